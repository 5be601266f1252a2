#include "DatabaseNameList.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "PgTestEnv.h"
#include "ReplicationControl.h"
#include "Screenshots.h"
#include "StateStore.h"
#include "StatusTag.h"
#include "TestCredentials.h"
#include "ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace pgm;
using pgtest::Cluster;
using pgtest::screenshots;

namespace {

const QString kDb = QStringLiteral("pgm_gui_app");

QString count(Cluster cluster, const QString& table) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                              "ORDER BY t::text)), '') FROM ") +
               table + QStringLiteral(" t"))
        .scalar();
}

} // namespace

/// The whole wizard, driven as a person would, against the real test clusters.
class TestWizardFlow : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        pgtest::connect(Cluster::Source)
            ->exec(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM "
                                  "pg_replication_slots WHERE database = $1"),
                   {kDb});
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE items (id serial PRIMARY KEY, name text);"
                "INSERT INTO items (name) SELECT 'item ' || g FROM generate_series(1, 20000) g;"
                "CREATE TABLE log_nopk (at timestamptz DEFAULT now(), line text);"
                "INSERT INTO log_nopk (line) SELECT 'line ' || g FROM generate_series(1, 500) g;"));
    }

    void cleanupTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void replicationEndToEnd() {
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.resize(1024, 768);
        wizard.show();
        wizard.setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        wizard.next(); // Configure -> Validation
        // Only this test's database: every other one on the shared source is excluded.
        const QStringList others = pgtest::sourceDatabasesExcept(kDb);
        wizard.findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))
            ->setText(formatDatabaseList(others));
        // Remember both passwords (the test's in-memory keychain), for the reopening.
        wizard.findChild<QCheckBox*>(QStringLiteral("sourceRemember"))->setChecked(true);
        wizard.findChild<QCheckBox*>(QStringLiteral("targetRemember"))->setChecked(true);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("runCheck")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.validationPage()->isComplete(), 60000);
        auto* noPk = wizard.findChild<QComboBox*>(QStringLiteral("tablesWithoutPk"));
        QVERIFY(noPk->isVisible()); // log_nopk has no primary key
        QCOMPARE(TablesWithoutPk(noPk->currentData().toInt()), TablesWithoutPk::Dump);

        wizard.next(); // -> Migration
        QCOMPARE(wizard.currentId(), int(MigrationWizard::MigrationId));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isHidden()); // not started: Back is there
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(50);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("startMigration")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 120000);
        QVERIFY2(ticks > 2, "the event loop stalled during the migration");
        QVERIFY(wizard.button(QWizard::BackButton)->isHidden()); // started: no way back
        QCOMPARE(wizard.model()->state().databases.size(), 1);
        QCOMPARE(wizard.model()->state().databases[0].status, DbStatus::Syncing);
        auto* tables = wizard.findChild<QTableWidget*>(QStringLiteral("tableProgress"));
        QCOMPARE(tables->rowCount(), 2); // items and log_nopk, each with its rows once copied
        for (int row = 0; row < tables->rowCount(); ++row) {
            QCOMPARE(tables->item(row, 3)->text(), QStringLiteral("copied"));
        }
        // In the user's locale, digits grouped ("20,000" in English).
        QVERIFY(tables->findItems(QLocale().toString(20000), Qt::MatchExactly).size() == 1);
        for (int row = 0; row < tables->rowCount(); ++row) {
            QCOMPARE(qobject_cast<QProgressBar*>(tables->cellWidget(row, 4))->value(), 1000);
        }
        QVERIFY(screenshots(wizard, QStringLiteral("wizard-migration")));

        wizard.next(); // -> Close
        QCOMPARE(wizard.currentId(), int(MigrationWizard::CloseId));
        auto* tag = wizard.findChild<StatusTag*>(QStringLiteral("closeStatus"));
        QCOMPARE(tag->text(), QStringLiteral("Syncing"));
        QVERIFY(screenshots(wizard, QStringLiteral("wizard-close-syncing")));
        // Keep replicating: the window closes, the servers go on.
        wizard.button(QWizard::FinishButton)->click(); // labelled Keep replicating
        QVERIFY(!wizard.isVisible());
        // Writes keep flowing to the target while it syncs.
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO items (name) VALUES ('late')"));

        // The app is opened again: it shows the migration it left, with passwords from the
        // keychain.
        const StateStore store;
        QString error;
        const auto saved = store.load(store.latestId(), &error);
        QVERIFY2(saved.has_value(), qPrintable(error));
        MigrationWizard reopened(pgtest::memoryCredentials());
        reopened.resize(1024, 768);
        reopened.openSaved(*saved);
        reopened.show();
        QCOMPARE(reopened.currentId(), int(MigrationWizard::CloseId));
        auto* reopenedTag = reopened.findChild<StatusTag*>(QStringLiteral("closeStatus"));
        QCOMPARE(reopenedTag->text(), QStringLiteral("Syncing"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !reopened.model()->request().inspection.target.password.isEmpty() &&
                !reopened.model()->isBusy(),
            20000);
        QCOMPARE(reopenedTag->text(), QStringLiteral("Syncing")); // as read from the servers
        QTest::mouseClick(reopened.findChild<QPushButton*>(QStringLiteral("closeConnection")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(reopenedTag->text(), QStringLiteral("Ready"), 120000);
        // The finish's steps, each with its time and limit, as `pgmigrate status` shows them.
        auto* steps = reopened.findChild<QLabel*>(QStringLiteral("finishSteps"));
        QVERIFY(steps->isVisible());
        QVERIFY2(steps->text().contains(QStringLiteral("%1: ").arg(kDb)),
                 qPrintable(steps->text()));
        QVERIFY2(steps->text().contains(QRegularExpression(QStringLiteral("drain [0-9.]+/300 s"))),
                 qPrintable(steps->text()));
        QVERIFY2(steps->text().contains(QStringLiteral("verify ")), qPrintable(steps->text()));
        QVERIFY(screenshots(reopened, QStringLiteral("wizard-close-ready")));
        QCOMPARE(count(Cluster::Target, QStringLiteral("items")),
                 count(Cluster::Source, QStringLiteral("items")));
        QCOMPARE(count(Cluster::Target, QStringLiteral("log_nopk")),
                 count(Cluster::Source, QStringLiteral("log_nopk")));
        QCOMPARE(pgtest::connect(Cluster::Source, kDb)
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_publication"))
                     .scalar(),
                 QStringLiteral("0"));
    }

    void savedMigrationsAreListedAndOpen() {
        // After the flow above, the migration is remembered: listed Ready, and it opens.
        MigrationsWindow window(pgtest::memoryCredentials());
        window.show();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("migrations"));
        QVERIFY(table->rowCount() >= 1);
        QCOMPARE(qobject_cast<StatusTag*>(table->cellWidget(0, 1))->text(),
                 QStringLiteral("Ready"));
        QVERIFY(screenshots(window, QStringLiteral("migrations-window")));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("openMigration")),
                          Qt::LeftButton);
        MigrationWizard* opened = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<MigrationWizard*>(widget);
                wizard && wizard->isVisible()) {
                opened = wizard;
            }
        }
        QVERIFY(opened);
        QCOMPARE(opened->currentId(), int(MigrationWizard::CloseId));
        QCOMPARE(opened->findChild<StatusTag*>(QStringLiteral("closeStatus"))->text(),
                 QStringLiteral("Ready"));
        // A finished migration opens on its report, the tab shown first.
        auto* report = opened->findChild<QTextBrowser*>(QStringLiteral("closeReport"));
        QVERIFY(report->isVisible());
        QVERIFY2(report->toPlainText().contains(kDb), qPrintable(report->toPlainText()));
        opened->close();
    }

    void unreadableStatesAreListedNotHidden() {
        // A state file cut short (disk full, a crash of the file system) is shown, not skipped:
        // its servers may hold replication objects, and opening it says why it cannot be used.
        const QString id = QStringLiteral("29991231-000000-dead");
        QFile damaged(m_state.path() + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": 1, \"id\": \"29991231-000000-dead\", \"databa");
        damaged.close();
        MigrationsWindow window(pgtest::memoryCredentials());
        window.show();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("migrations"));
        QCOMPARE(table->item(0, 0)->text(), id); // the newest id first
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Unreadable"));
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("damaged")));
        table->selectRow(0);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("openMigration")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY(
            (box = window.findChild<QMessageBox*>(QStringLiteral("unreadableStateMessage"))));
        QVERIFY(box->informativeText().contains(damaged.fileName()));
        box->close();
        QVERIFY(damaged.remove());
    }

    void closingWhileCopyingKeepsItRunning() {
        // Closing the window mid-copy hides it; the copy goes on and the list brings it back.
        const QString db = QStringLiteral("pgm_gui_bg");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id int PRIMARY KEY, v text); "
                "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 200000) g"));
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.setAllowBackground(true);
        wizard.show();
        wizard.setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        wizard.next();
        const QStringList others = pgtest::sourceDatabasesExcept(db);
        wizard.findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))
            ->setText(formatDatabaseList(others));
        wizard.validationPage()->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.validationPage()->isComplete(), 60000);
        wizard.next();
        QSignalSpy background(&wizard, &MigrationWizard::sentToBackground);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("startMigration")),
                          Qt::LeftButton);
        QVERIFY(wizard.model()->isBusy());
        // Stop's and Quit's questions while it copies: window-modal, answered through their
        // signals, so no nested event loop holds the copy's progress back meanwhile.
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("stopMigration")),
                          Qt::LeftButton);
        auto* stop = wizard.findChild<QMessageBox*>(QStringLiteral("stopConfirmation"));
        QVERIFY(stop && stop->isVisible());
        QCOMPARE(stop->windowModality(), Qt::WindowModal);
        QTest::mouseClick(stop->button(QMessageBox::No), Qt::LeftButton);
        wizard.setAllowBackground(false);
        wizard.reject(); // returns at once, the question open
        auto* quit = wizard.findChild<QMessageBox*>(QStringLiteral("quitConfirmation"));
        QVERIFY(quit && quit->isVisible());
        QCOMPARE(quit->windowModality(), Qt::WindowModal);
        QTest::mouseClick(quit->button(QMessageBox::No), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.model()->state().stopped, false);
        wizard.setAllowBackground(true);
        wizard.reject(); // the window's close button
        QCOMPARE(background.count(), 1);
        QVERIFY(!wizard.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.model()->isBusy(), 120000); // it went on without a window
        QCOMPARE(wizard.model()->state().databases.first().status, DbStatus::Syncing);

        MigrationsWindow list(pgtest::memoryCredentials());
        list.setLiveWizard(&wizard);
        list.show();
        QTest::mouseClick(list.findChild<QPushButton*>(QStringLiteral("openMigration")),
                          Qt::LeftButton);
        QVERIFY(wizard.isVisible()); // the same wizard, as it was
        QCOMPARE(wizard.currentId(), int(MigrationWizard::MigrationId));
        MigrationState running = wizard.model()->state(); // cleanup: stop it on the servers
        stopMigration(running,
                      {pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target)});
        wizard.hide();
        pgtest::dropReplicationLeftovers(db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::dropDatabase(Cluster::Source, db);
    }

    void dumpMethodForANonSuperuserEndsReady() {
        // No superuser, no REPLICATION, no aiven_extras: the checkbox, then a one-time copy.
        const QString db = QStringLiteral("pgm_gui_dump");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(
                QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                               "INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 1000) g; "
                               "GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgm_reader"));
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.show();
        wizard.setServers(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                          pgtest::settings(Cluster::Target));
        wizard.next();
        const QStringList others = pgtest::sourceDatabasesExcept(db);
        wizard.findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))
            ->setText(formatDatabaseList(others));
        wizard.validationPage()->runCheck();
        auto* dump = wizard.findChild<QCheckBox*>(QStringLiteral("dumpMethod"));
        QTRY_VERIFY_WITH_TIMEOUT(dump->isVisible(), 60000);
        dump->setChecked(true);
        QVERIFY(wizard.validationPage()->isComplete());
        wizard.next();
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("startMigration")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 120000);
        QCOMPARE(wizard.model()->state().databases.first().method, MigrationMethod::Dump);
        wizard.next();
        QCOMPARE(wizard.findChild<StatusTag*>(QStringLiteral("closeStatus"))->text(),
                 QStringLiteral("Ready"));
        QCOMPARE(pgtest::connect(Cluster::Target, db)
                     ->exec(QStringLiteral("SELECT count(*) FROM t"))
                     .scalar(),
                 QStringLiteral("1000"));
        wizard.close();
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::dropDatabase(Cluster::Source, db);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestWizardFlow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardflow.moc"
