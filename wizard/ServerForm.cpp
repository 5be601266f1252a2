#include "ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pgm {

namespace {

template <typename W>
W* named(W* widget, const QString& prefix, const char* name, const QString& accessible) {
    widget->setObjectName(prefix + QLatin1String(name));
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

ServerForm::ServerForm(const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_host(named(new QLineEdit(this), prefix, "Host", tr("Hostname")))
    , m_port(named(new QSpinBox(this), prefix, "Port", tr("Port")))
    , m_database(named(new QLineEdit(this), prefix, "Database", tr("Database name")))
    , m_user(named(new QLineEdit(this), prefix, "User", tr("Username")))
    , m_password(named(new QLineEdit(this), prefix, "Password", tr("Password")))
    , m_ssl(named(new QCheckBox(tr("SSL encryption (recommended)"), this), prefix, "Ssl",
                  tr("SSL encryption")))
    , m_sslMode(named(new QComboBox(this), prefix, "SslMode", tr("SSL mode")))
    , m_remember(named(new QCheckBox(tr("Remember password"), this), prefix, "Remember",
                       tr("Remember password in the system keychain"))) {
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(QStringLiteral("postgres"));
    m_password->setEchoMode(QLineEdit::Password);
    m_ssl->setChecked(true);
    // The checkbox is the simple choice; the mode is for those who know they need another.
    m_sslMode->addItems({QStringLiteral("require"), QStringLiteral("verify-ca"),
                         QStringLiteral("verify-full"), QStringLiteral("prefer")});

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Hostname:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("&Database name:"), m_database);
    addRow(tr("&Username:"), m_user);
    addRow(tr("Pass&word:"), m_password);
    auto* sslRow = new QHBoxLayout;
    sslRow->addWidget(m_ssl);
    sslRow->addWidget(m_sslMode);
    sslRow->addStretch();
    form->addRow(QString(), sslRow);
    m_remember->setToolTip(tr("Kept in the system keychain, never in a file"));
    form->addRow(QString(), m_remember);

    connect(m_ssl, &QCheckBox::toggled, m_sslMode, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerForm::changed);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ServerForm::changed);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password}) {
        connect(edit, &QLineEdit::returnPressed, this, &ServerForm::submitted);
    }
    connect(m_ssl, &QCheckBox::toggled, this, &ServerForm::changed);
}

ConnectionSettings ServerForm::settings() const {
    ConnectionSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.dbname = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.sslmode = m_ssl->isChecked() ? m_sslMode->currentText() : QStringLiteral("disable");
    return settings;
}

void ServerForm::setSettings(const ConnectionSettings& settings) {
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.dbname);
    m_user->setText(settings.user);
    m_password->setText(settings.password);
    const bool ssl =
        settings.sslmode != QLatin1String("disable") && settings.sslmode != QLatin1String("allow");
    m_ssl->setChecked(ssl);
    const int index = m_sslMode->findText(settings.sslmode);
    if (index >= 0) {
        m_sslMode->setCurrentIndex(index);
    }
    m_sslMode->setEnabled(ssl);
}

bool ServerForm::isFilled() const {
    return !m_host->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
}

bool ServerForm::rememberPassword() const {
    return m_remember->isChecked();
}

} // namespace pgm
