#include "KeychainCredentialStore.h"
#include "MigrationWizard.h"
#include "PgTestEnv.h"
#include "TestCredentials.h"
#include "ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace pgm;
using pgtest::Cluster;

class TestValidationPage : public QObject {
    Q_OBJECT
private:
    MigrationWizard* openOnValidation(CredentialStore* credentials = pgtest::memoryCredentials()) {
        auto* wizard = new MigrationWizard(credentials);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        wizard->next();
        return wizard;
    }

    /// Runs the check and expects it to block on the fake pg_dump at `fakePgDump` (14.0, older
    /// than the source's 15), named in the check's detail.
    static void checkBlocksOnOldPgDump(MigrationWizard* wizard, const QString& fakePgDump) {
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("checkStatus"));
        page->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Fix the failed checks")),
                                 60000);
        auto* results = wizard->findChild<QTreeWidget*>(QStringLiteral("checkResults"));
        const auto found = results->findItems(QStringLiteral("needs pg_dump 15 or newer"),
                                              Qt::MatchContains | Qt::MatchRecursive, 2);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.first()->text(2).contains(fakePgDump));
    }

private slots:
    // First, before anything in this process talks to D-Bus: with no Secret Service at all,
    // "Remember password" must not hang, not write plain text, and say the password was not saved.
    void withoutAKeychainTheWizardStillWorks() {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        KeychainCredentialStore keychain; // the real one, finding no Secret Service
        MigrationWizard* wizard = openOnValidation(&keychain);
        wizard->setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        wizard->findChild<QCheckBox*>(QStringLiteral("sourceRemember"))->setChecked(true);
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        page->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("checkStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("not saved")), 15000);
        QVERIFY(page->isComplete()); // the migration can go on without it
        delete wizard;               // before the keychain it uses
        if (!bus.isEmpty()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        }
    }

    void fieldsFromTheWizardRunTheChecks() {
        MigrationWizard* wizard = openOnValidation();
        QCOMPARE(wizard->currentId(), int(MigrationWizard::ValidationId));
        ConnectionSettings source = pgtest::settings(Cluster::Source);
        source.sslmode = QStringLiteral("require");
        ConnectionSettings target = pgtest::settings(Cluster::Target);
        target.sslmode = QStringLiteral("disable");
        wizard->setServers(source, target);
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // Keyboard only: Enter in the password field runs the check.
        QTest::keyClick(wizard->findChild<QLineEdit*>(QStringLiteral("targetPassword")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        auto* results = wizard->findChild<QTreeWidget*>(QStringLiteral("checkResults"));
        QVERIFY(results->topLevelItemCount() >= 2); // servers, then each database
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("checkStatus"))
                    ->text()
                    .contains(QStringLiteral("Ready")));
        QVERIFY(!wizard->findChild<QCheckBox*>(QStringLiteral("dumpMethod"))->isVisible());

        // The source's databases as a checklist; unticking one excludes it (and asks to check
        // again).
        auto* list = wizard->findChild<QListWidget*>(QStringLiteral("databaseChecklist"));
        QVERIFY(list->isVisible());
        const auto postgres = list->findItems(QStringLiteral("postgres"), Qt::MatchExactly);
        QCOMPARE(postgres.size(), 1);
        postgres.first()->setCheckState(Qt::Unchecked);
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))->text(),
                 QStringLiteral("postgres"));
        QVERIFY(!page->isComplete());
        wizard->findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))->clear();

        // Editing a field invalidates the result.
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("excludedDatabases")),
                         QStringLiteral("x"));
        QVERIFY(!page->isComplete());
        wizard->close();
    }

    void nonSuperuserIsOfferedTheDumpMethod() {
        MigrationWizard* wizard = openOnValidation();
        wizard->setServers(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                           pgtest::settings(Cluster::Target));
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        page->runCheck();
        auto* dump = wizard->findChild<QCheckBox*>(QStringLiteral("dumpMethod"));
        QTRY_VERIFY_WITH_TIMEOUT(dump->isVisible(), 60000);
        dump->setChecked(true);
        QVERIFY(page->isComplete());
        QVERIFY(page->report().outcome.plan.first().reason.contains(
            QStringLiteral("chosen by the user")));
        wizard->close();
    }

    void olderPgDumpBlocksTheMigration() {
        // The wizard's pg_dump setting (PGMIGRATE_PG_DUMP_DIR) names a directory whose pg_dump
        // is a fake reporting 14.0, older than the source's 15: the page blocks and says so.
        QTemporaryDir tools;
        QVERIFY(pgtest::writeFakePgTools(tools.path(), QStringLiteral("14.0")));
        qputenv("PGMIGRATE_PG_DUMP_DIR", tools.path().toUtf8());
        // Unset whatever happens: the cases after this one need the installed pg_dump.
        const auto unset = qScopeGuard([] { qunsetenv("PGMIGRATE_PG_DUMP_DIR"); });
        MigrationWizard* wizard = openOnValidation();
        wizard->setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        checkBlocksOnOldPgDump(wizard, tools.filePath(QStringLiteral("pg_dump")));
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(!page->isComplete());
        wizard->close();
    }

    void pgDumpDirectoryFieldIsUsedAndSaved() {
        // The same fake pg_dump, chosen in the page's own field this time: the check names it,
        // and a directory that holds the right one lets the migration go on.
        QTemporaryDir tools;
        QVERIFY(pgtest::writeFakePgTools(tools.path(), QStringLiteral("14.0")));
        MigrationWizard* wizard = openOnValidation();
        wizard->setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        auto* directory = wizard->findChild<QLineEdit*>(QStringLiteral("pgDumpDirectory"));
        QVERIFY(directory && directory->isVisible());
        QVERIFY(wizard->findChild<QPushButton*>(QStringLiteral("browsePgDumpDirectory")));
        directory->setText(tools.path());
        checkBlocksOnOldPgDump(wizard, tools.filePath(QStringLiteral("pg_dump")));
        if (QTest::currentTestFailed()) {
            return;
        }
        directory->setText(QStringLiteral("/usr/lib/postgresql/15/bin"));
        page->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        QCOMPARE(page->request().inspection.pgDumpDir,
                 QStringLiteral("/usr/lib/postgresql/15/bin"));
        wizard->close();
    }

    void wrongPasswordAndSilentHostKeepTheGuiResponsive() {
        MigrationWizard* wizard = openOnValidation();
        ConnectionSettings wrong = pgtest::settings(Cluster::Target);
        wrong.password = QStringLiteral("wrong-password");
        wizard->setServers(pgtest::settings(Cluster::Source), wrong);
        auto* page = wizard->findChild<ValidationPage*>(QStringLiteral("validationPage"));
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("checkStatus"));
        page->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Fix the failed checks")),
                                 30000);
        auto* results = wizard->findChild<QTreeWidget*>(QStringLiteral("checkResults"));
        const auto found = results->findItems(QStringLiteral("password authentication failed"),
                                              Qt::MatchContains | Qt::MatchRecursive, 2);
        QVERIFY(!found.isEmpty());
        QVERIFY(!page->isComplete());
        // The first failure is selected and shown in full, remedy included, under the tree.
        auto* detail = wizard->findChild<QLabel*>(QStringLiteral("checkDetail"));
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(QStringLiteral("password authentication failed")),
                 qPrintable(detail->text()));
        QCOMPARE(results->currentItem(), found.first());

        // A host that accepts and never answers: the event loop keeps turning meanwhile.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionSettings hanging = pgtest::settings(Cluster::Target);
        hanging.port = silent.serverPort();
        wizard->setServers(pgtest::settings(Cluster::Source), hanging);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(50);
        page->runCheck();
        QTest::qWait(1500);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        // Cancel from the same button.
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("runCheck")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("cancelled")), 5000);
        wizard->close();
    }

    void screenshots() {
        // Pictures of each page for a person to look at (saved next to the test binary).
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            wizard.resize(size);
            wizard.show();
            wizard.restart();
            QVERIFY(
                wizard.grab().save(QStringLiteral("wizard-configure-%1.png").arg(size.width())));
            wizard.next();
            wizard.validationPage()->runCheck();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.validationPage()->isComplete(), 60000);
            QVERIFY(
                wizard.grab().save(QStringLiteral("wizard-validation-%1.png").arg(size.width())));
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestValidationPage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_validationpage.moc"
