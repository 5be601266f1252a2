#include "ValidationPage.h"

#include "AccessibleName.h"
#include "CheckRules.h"
#include "CredentialStore.h"
#include "DatabaseNameList.h"
#include "HostPort.h"
#include "ServerForm.h"
#include "ToolDirectoryField.h"
#include "ValidationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pgm {

namespace {

QString statusText(Check::Status status) {
    switch (status) {
    case Check::Status::Pass:
        return ValidationPage::tr("Passed");
    case Check::Status::Warn:
        return ValidationPage::tr("Warning");
    case Check::Status::Fail:
        return ValidationPage::tr("Failed");
    case Check::Status::Skip:
        return ValidationPage::tr("Skipped");
    }
    return {};
}

QColor statusColor(Check::Status status) {
    switch (status) {
    case Check::Status::Pass:
        return QColor(0x1b, 0x7f, 0x3b);
    case Check::Status::Warn:
        return QColor(0xa6, 0x61, 0x00);
    case Check::Status::Fail:
        return QColor(0xc0, 0x1c, 0x28);
    case Check::Status::Skip:
        return QColor(0x77, 0x77, 0x77);
    }
    return {};
}

} // namespace

ValidationPage::ValidationPage(CredentialStore* credentials, QWidget* parent)
    : QWizardPage(parent)
    , m_source(new ServerForm(QStringLiteral("source"), this))
    , m_target(new ServerForm(QStringLiteral("target"), this))
    , m_excludedDatabases(new QLineEdit(this))
    , m_sourceFromTarget(new QLineEdit(this))
    , m_pgDumpDir(new ToolDirectoryField(this))
    , m_run(new QPushButton(tr("&Run check"), this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_checkDetail(new QLabel(this))
    , m_databases(new QListWidget(this))
    , m_dumpMethod(
          new QCheckBox(tr("Start the migration using a one-time snapshot (dump method)"), this))
    , m_tablesWithoutPk(new QComboBox(this))
    , m_credentials(credentials)
    , m_check(new ValidationModel(this)) {
    setObjectName(QStringLiteral("validationPage"));
    setTitle(tr("Database connection and validation"));
    setSubTitle(tr("Enter both servers, then run the checks."));

    QLayout* servers = serverBoxes();
    QLayout* excludedRow = excludedDatabasesRow();
    QLayout* fromTargetRow = sourceFromTargetRow();
    setUpResults();
    layOut(servers, excludedRow, fromTargetRow);
    connectResults();
    connectCheck();
    connectFields();
}

QLayout* ValidationPage::serverBoxes() {
    auto* sourceBox = new QGroupBox(tr("Source"), this);
    (new QVBoxLayout(sourceBox))->addWidget(m_source);
    auto* targetBox = new QGroupBox(tr("Target"), this);
    (new QVBoxLayout(targetBox))->addWidget(m_target);
    auto* servers = new QHBoxLayout;
    servers->addWidget(sourceBox);
    servers->addWidget(targetBox);
    return servers;
}

// The databases to exclude, and Run check beside them.
QLayout* ValidationPage::excludedDatabasesRow() {
    m_excludedDatabases->setObjectName(QStringLiteral("excludedDatabases"));
    m_excludedDatabases->setAccessibleName(tr("Exclude databases"));
    m_excludedDatabases->setPlaceholderText(
        tr("names separated by commas; \"a,b\" for a name with a comma"));
    m_excludedDatabases->setToolTip(
        tr("The same list as pgmigrate --exclude-db: names separated by commas. Write a name "
           "holding a comma, spaces at its ends or a leading double quote in double quotes, "
           "with \"\" for a quote inside: app, \"a,b\", \"\"\"q\"."));
    auto* excludedLabel = new QLabel(tr("&Exclude databases:"), this);
    excludedLabel->setBuddy(m_excludedDatabases);
    auto* excludedRow = new QHBoxLayout;
    excludedRow->addWidget(excludedLabel);
    excludedRow->addWidget(m_excludedDatabases, 1);
    m_run->setObjectName(QStringLiteral("runCheck"));
    nameAfterText(m_run);
    excludedRow->addWidget(m_run);
    return excludedRow;
}

QLayout* ValidationPage::sourceFromTargetRow() {
    // The target server, not this computer, connects to the source for replication.
    m_sourceFromTarget->setObjectName(QStringLiteral("sourceAddressFromTarget"));
    m_sourceFromTarget->setAccessibleName(tr("Source address as seen from the target"));
    m_sourceFromTarget->setPlaceholderText(
        tr("optional host[:port], when the target server reaches the source by another address"));
    auto* fromTargetLabel = new QLabel(tr("Source address seen from the &target:"), this);
    fromTargetLabel->setBuddy(m_sourceFromTarget);
    auto* fromTargetRow = new QHBoxLayout;
    fromTargetRow->addWidget(fromTargetLabel);
    fromTargetRow->addWidget(m_sourceFromTarget, 1);
    return fromTargetRow;
}

// The status line, the results, the databases' checklist, the selected check and the choices
// the results may call for.
void ValidationPage::setUpResults() {
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("Check results"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_results->setRootIsDecorated(true);
    m_results->setWordWrap(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_dumpMethod->setObjectName(QStringLiteral("dumpMethod"));
    nameAfterText(m_dumpMethod);
    m_dumpMethod->setVisible(false);
    // Publishing a table without primary key would make UPDATE and DELETE fail on the source:
    // the user decides what happens to such tables.
    m_tablesWithoutPk->setObjectName(QStringLiteral("tablesWithoutPk"));
    m_tablesWithoutPk->setAccessibleName(tr("Tables without primary key"));
    m_tablesWithoutPk->addItem(tr("Tables without primary key: copy them again at cut-over"),
                               int(TablesWithoutPk::Dump));
    m_tablesWithoutPk->addItem(tr("Tables without primary key: set REPLICA IDENTITY FULL on the "
                                  "source (locks each briefly; slower updates on the target)"),
                               int(TablesWithoutPk::ReplicaIdentityFull));
    m_tablesWithoutPk->setVisible(false);

    m_databases->setObjectName(QStringLiteral("databaseChecklist"));
    m_databases->setAccessibleName(tr("Databases to migrate"));
    m_databases->setToolTip(tr("Untick a database to leave it out of the migration"));
    m_databases->setMaximumWidth(260);
    m_databases->setVisible(false);
    m_checkDetail->setObjectName(QStringLiteral("checkDetail"));
    m_checkDetail->setAccessibleName(tr("Selected check"));
    m_checkDetail->setWordWrap(true);
    m_checkDetail->setTextFormat(Qt::PlainText);
    m_checkDetail->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_checkDetail->setVisible(false);
}

void ValidationPage::layOut(QLayout* servers, QLayout* excludedRow, QLayout* fromTargetRow) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(servers);
    layout->addLayout(excludedRow);
    layout->addLayout(fromTargetRow);
    layout->addWidget(m_pgDumpDir);
    layout->addWidget(m_status);
    auto* resultsRow = new QHBoxLayout;
    resultsRow->addWidget(m_results, 1);
    resultsRow->addWidget(m_databases);
    layout->addLayout(resultsRow, 1);
    layout->addWidget(m_checkDetail);
    layout->addWidget(m_dumpMethod);
    layout->addWidget(m_tablesWithoutPk);
}

// The selected check shown in full; unticking a database excludes it.
void ValidationPage::connectResults() {
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // A check (not a group): its whole detail and remedy, which the column cuts short.
        const bool check = item && item->parent();
        m_checkDetail->setVisible(check);
        if (check) {
            m_checkDetail->setText(item->text(0) + QStringLiteral(": ") + item->text(1) +
                                   QStringLiteral(". ") + item->text(2));
        }
    });
    connect(m_databases, &QListWidget::itemChanged, this, [this] {
        QStringList excluded;
        for (int row = 0; row < m_databases->count(); ++row) {
            if (m_databases->item(row)->checkState() == Qt::Unchecked) {
                excluded << m_databases->item(row)->text();
            }
        }
        m_excludedDatabases->setText(formatDatabaseList(excluded)); // the check then runs again
    });
}

// Run check starts or cancels the check; its end shows the report.
void ValidationPage::connectCheck() {
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_check->isRunning()) {
            m_check->cancel();
        } else {
            runCheck();
        }
    });
    connect(m_check, &ValidationModel::progress, m_status, &QLabel::setText);
    const auto checkEnded = [this] {
        m_run->setText(tr("&Run check"));
        nameAfterText(m_run);
    };
    connect(m_check, &ValidationModel::cancelled, this, [this, checkEnded] {
        checkEnded();
        m_status->setText(tr("Check cancelled."));
    });
    connect(m_check, &ValidationModel::finished, this, [this, checkEnded] {
        checkEnded();
        showDatabases();
        if (m_check->report().ok()) {
            rememberPasswords();
        }
    });
    connect(m_check, &ValidationModel::judged, this, &ValidationPage::showReport);
    connect(m_check, &ValidationModel::completeChanged, this, &QWizardPage::completeChanged);
    connect(m_dumpMethod, &QCheckBox::toggled, this, [this](bool dump) {
        m_check->setMethod(dump ? MethodChoice::Dump : MethodChoice::Auto);
    });
}

void ValidationPage::connectFields() {
    // Hosts and users are mandatory (QWizard's "name*" fields); the rest may stay empty.
    registerField(QStringLiteral("sourceHost*"), m_source->hostField());
    registerField(QStringLiteral("sourceUser*"), m_source->userField());
    registerField(QStringLiteral("targetHost*"), m_target->hostField());
    registerField(QStringLiteral("targetUser*"), m_target->userField());
    // Keyboard use: Enter in any field runs the check until it passes (then Enter is Next).
    const auto submit = [this] {
        if (!isComplete() && !m_check->isRunning()) {
            runCheck();
        }
    };
    connect(m_source, &ServerForm::submitted, this, submit);
    connect(m_target, &ServerForm::submitted, this, submit);
    connect(m_excludedDatabases, &QLineEdit::returnPressed, this, submit);
    connect(m_sourceFromTarget, &QLineEdit::returnPressed, this, submit);
    connect(m_pgDumpDir, &ToolDirectoryField::submitted, this, submit);
    setTabOrder(m_excludedDatabases, m_run);
    setTabOrder(m_run, m_sourceFromTarget);
    connect(m_source, &ServerForm::changed, this, &ValidationPage::invalidate);
    connect(m_target, &ServerForm::changed, this, &ValidationPage::invalidate);
    connect(m_excludedDatabases, &QLineEdit::textChanged, this, &ValidationPage::invalidate);
    connect(m_sourceFromTarget, &QLineEdit::textChanged, this, &ValidationPage::invalidate);
    connect(m_pgDumpDir, &ToolDirectoryField::changed, this, &ValidationPage::invalidate);
}

ValidationPage::~ValidationPage() = default;

void ValidationPage::setServers(const ConnectionSettings& source,
                                const ConnectionSettings& target) {
    m_source->setSettings(source);
    m_target->setSettings(target);
}

bool ValidationPage::dumpMethodChosen() const {
    return m_dumpMethod->isChecked();
}

const CheckReport& ValidationPage::report() const {
    return m_check->report();
}

CheckRequest ValidationPage::request() const {
    CheckRequest request = m_check->request();
    request.method = m_dumpMethod->isChecked() ? MethodChoice::Dump : MethodChoice::Auto;
    return request;
}

TablesWithoutPk ValidationPage::tablesWithoutPkChoice() const {
    return TablesWithoutPk(m_tablesWithoutPk->currentData().toInt());
}

bool ValidationPage::isComplete() const {
    // QWizardPage's own test covers the mandatory fields registered below.
    return QWizardPage::isComplete() && m_check->isComplete();
}

void ValidationPage::invalidate() {
    if (m_check->invalidate()) {
        m_status->setText(tr("Settings changed: run the check again."));
    }
}

void ValidationPage::runCheck() {
    if (!m_source->isFilled() || !m_target->isFilled()) {
        m_status->setText(tr("Fill in at least the hostname and username of both servers."));
        return;
    }
    CheckRequest request;
    request.inspection.source = m_source->settings();
    request.inspection.target = m_target->settings();
    QString error;
    if (!parseDatabaseList(m_excludedDatabases->text(), &request.inspection.excludedDatabases,
                           &error)) {
        m_status->setText(tr("Exclude databases: %1.").arg(error));
        return;
    }
    if (!parseHostPort(m_sourceFromTarget->text().trimmed(),
                       &request.inspection.sourceHostFromTarget,
                       &request.inspection.sourcePortFromTarget)) {
        m_status->setText(tr("Source address seen from the target: give host or host:port."));
        return;
    }
    request.inspection.pgDumpDir = m_pgDumpDir->directory();
    request.method = m_dumpMethod->isChecked() ? MethodChoice::Dump : MethodChoice::Auto;
    m_results->clear();
    m_status->setText(tr("Checking…"));
    m_run->setText(tr("Cancel &check"));
    nameAfterText(m_run);
    m_check->check(request);
}

void ValidationPage::showDatabases() {
    const QSignalBlocker blocker(m_databases);
    m_databases->clear();
    const QStringList names = m_check->sourceDatabases();
    const QStringList& excluded = m_check->report().facts.source.excludedDatabases;
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_databases);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(excluded.contains(name) ? Qt::Unchecked : Qt::Checked);
    }
    m_databases->setVisible(!names.isEmpty());
}

void ValidationPage::showReport() {
    const CheckReport& report = m_check->report();
    m_results->clear();
    QTreeWidgetItem* group = nullptr;
    QTreeWidgetItem* firstProblem = nullptr;
    QString groupName = QStringLiteral("\x01");
    for (const Check& check : report.outcome.checks) {
        if (!group || check.dbname != groupName) {
            groupName = check.dbname;
            group = new QTreeWidgetItem(
                m_results,
                {check.dbname.isEmpty() ? tr("Servers") : tr("Database %1").arg(check.dbname)});
            group->setExpanded(true);
        }
        QString detail = check.detail;
        if (!check.remedy.isEmpty() && check.status != Check::Status::Pass) {
            detail += QLatin1Char('\n') + tr("Fix: %1").arg(check.remedy);
        }
        auto* item = new QTreeWidgetItem(group, {check.title, statusText(check.status), detail});
        item->setForeground(1, statusColor(check.status));
        item->setToolTip(2, detail);
        if (!firstProblem && check.status != Check::Status::Pass) {
            firstProblem = item;
        }
    }
    // The first failure or warning is what the user needs to read first.
    m_results->setCurrentItem(firstProblem);

    m_dumpMethod->setVisible(m_check->replicationImpossible() || m_dumpMethod->isChecked());
    m_tablesWithoutPk->setVisible(m_check->hasTablesWithoutPk());

    if (!report.internalError.isEmpty()) {
        m_status->setText(tr("The check stopped: %1").arg(report.internalError));
    } else if (report.ok()) {
        QStringList plan;
        for (const PlannedDatabase& planned : report.outcome.plan) {
            plan << tr("%1: %2").arg(planned.dbname, planned.method == MigrationMethod::Replication
                                                         ? tr("replication")
                                                         : tr("dump"));
        }
        m_status->setText(tr("Ready to migrate. %1").arg(plan.join(QStringLiteral(", "))));
    } else {
        m_status->setText(tr("Fix the failed checks marked blocking, then run the check again."));
    }
}

void ValidationPage::rememberPasswords() {
    const CheckRequest& request = m_check->request();
    const QList<std::pair<ServerForm*, ConnectionSettings>> servers = {
        {m_source, request.inspection.source}, {m_target, request.inspection.target}};
    for (const auto& [form, settings] : servers) {
        if (!form->rememberPassword() || settings.password.isEmpty()) {
            continue;
        }
        // The store is the app's and may answer after this page is gone.
        m_credentials->write(credentialKey(settings), settings.password,
                             [this, self = QPointer<ValidationPage>(this)](
                                 CredentialStore::Result result, const QString& error) {
                                 if (self && result != CredentialStore::Result::Ok) {
                                     // Never a plain-text fallback: say so and go on without.
                                     m_status->setText(m_status->text() + QLatin1Char('\n') +
                                                       tr("The password was not saved: no system "
                                                          "keychain is available (%1).")
                                                           .arg(error));
                                 }
                             });
    }
}

} // namespace pgm
