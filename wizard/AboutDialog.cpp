#include "AboutDialog.h"

#include "AccessibleName.h"
#include "ServerVersion.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgm {

namespace {

/// A value a person may want to copy into a bug report: selectable, and named for tests and
/// screen readers after the label in front of it.
QLabel* valueLabel(const QString& text, const QString& objectName, const QString& accessibleName,
                   QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About pgmigrate"));
    setAccessibleName(tr("About pgmigrate"));

    auto* title = new QLabel(
        QStringLiteral("<b>pgmigrate %1</b>").arg(QStringLiteral(PGMIGRATE_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* summary =
        new QLabel(tr("Moves whole PostgreSQL clusters between servers with no downtime."), this);
    summary->setWordWrap(true);

    // The license by its SPDX name, and where a packaged install keeps its text.
    const QString license =
        tr("%1 (the license text: %2)")
            .arg(QStringLiteral(PGMIGRATE_LICENSE), QStringLiteral(PGMIGRATE_COPYRIGHT_FILE));
    auto* form = new QFormLayout;
    const auto addRow = [this, form](const QString& label, const QString& value,
                                     const QString& objectName) {
        form->addRow(label, valueLabel(value, objectName, withoutMnemonic(label).chopped(1), this));
    };
    addRow(tr("Version:"), QStringLiteral(PGMIGRATE_VERSION), QStringLiteral("aboutVersion"));
    addRow(tr("License:"), license, QStringLiteral("aboutLicense"));
    // The versions this process runs with (Qt and libpq are shared libraries that may be newer
    // than the ones it was built with); QtKeychain tells only the version it was built with.
    addRow(tr("Qt:"), QString::fromLatin1(qVersion()), QStringLiteral("aboutQtVersion"));
    addRow(tr("libpq:"), libpqVersion().text(), QStringLiteral("aboutLibpqVersion"));
    addRow(tr("QtKeychain:"), QStringLiteral(PGMIGRATE_QTKEYCHAIN_VERSION),
           QStringLiteral("aboutKeychainVersion"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeAbout"));
    nameAfterText(close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    close->setFocus();
    setMinimumWidth(480); // the license line and its path on one line or two, not four
}

void AboutDialog::showOver(QWidget* parent) {
    auto* dialog = new AboutDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace pgm
