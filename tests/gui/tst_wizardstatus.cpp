#include "CredentialStore.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "OpenedWizard.h"
#include "PgTestEnv.h"
#include "StateStore.h"
#include "StatusTag.h"
#include "TestCredentials.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace pgm;
using pgtest::Cluster;
using pgtest::openedWizard;

namespace {

const QString kDb = QStringLiteral("pgm_gui_status");
const QString kId = QStringLiteral("gui-status-test");

/// Runs the command line on the test's state directory; its exit code, its output in `out`.
int runCli(const QString& stateDir, const QStringList& arguments, QByteArray* out) {
    QProcess cli;
    cli.setProcessEnvironment(pgtest::cliEnvironment(stateDir));
    cli.start(QStringLiteral(PGMIGRATE_CLI), arguments);
    if (!cli.waitForFinished(120000)) {
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    *out = cli.readAllStandardOutput() + cli.readAllStandardError();
    return cli.exitCode();
}

} // namespace

/// One overall status for a migration, whoever shows it: the command line's `status`, the
/// migrations list, the Migration page and the Close page.
class TestWizardStatus : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                                        "INSERT INTO t SELECT g, md5(g::text) "
                                        "FROM generate_series(1, 1000) g"));
    }

    void cleanupTestCase() {
        QByteArray out;
        runCli(m_state.path(), {QStringLiteral("stop"), QStringLiteral("--id"), kId}, &out);
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void syncingAndFailedIsFailedEverywhere() {
        // A real replicated database, left syncing by the command line.
        QByteArray out;
        const int migrated = runCli(m_state.path(),
                                    {QStringLiteral("migrate"), QStringLiteral("--source"),
                                     pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                                     pgtest::serverUri(Cluster::Target), QStringLiteral("--method"),
                                     QStringLiteral("replication"), QStringLiteral("--exclude-db"),
                                     pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                                     QStringLiteral("--id"), kId},
                                    &out);
        QVERIFY2(migrated == 0, out.constData());
        // A second database of the same migration whose copy failed (as a lost target would
        // leave it): the saved state then holds one syncing and one failed database.
        const StateStore store;
        QString error;
        auto saved = store.load(kId, &error);
        QVERIFY2(saved.has_value(), qPrintable(error));
        QCOMPARE(saved->databases.size(), 1);
        QVERIFY(saved->databases[0].status == DbStatus::Syncing);
        DatabaseState failed;
        failed.dbname = QStringLiteral("pgm_gui_status_lost");
        failed.method = MigrationMethod::Dump;
        failed.status = DbStatus::Failed;
        failed.phase = pgm::Phase::Data;
        failed.error = QStringLiteral("the target closed the connection");
        saved->databases << failed;
        QVERIFY2(store.save(*saved, &error), qPrintable(error));

        // The command line: failed, as the seed's status defines it (any database failed).
        // (its exit code is not the point here; the JSON is)
        runCli(m_state.path(),
               {QStringLiteral("status"), QStringLiteral("--id"), kId, QStringLiteral("--json")},
               &out);
        const QJsonObject status = QJsonDocument::fromJson(out).object();
        QCOMPARE(status[QStringLiteral("migration")][QStringLiteral("status")].toString(),
                 QStringLiteral("failed"));

        // The migrations list, then the wizard it opens, say the same.
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        QCOMPARE(list.findChild<QTableWidget*>(QStringLiteral("migrations"))->rowCount(), 1);
        QCOMPARE(pgtest::firstListedStatus(list), QStringLiteral("Failed"));
        std::unique_ptr<QTimer> answerer; // passwords not in the keychain are asked for
        MigrationWizard* wizard = pgtest::openFromList(list, &answerer);
        QVERIFY(wizard);
        // Opened at Close (a database replicates); the refresh from the servers has run.
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CloseId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->request().inspection.target.password.isEmpty() &&
                                     !wizard->model()->isBusy(),
                                 20000);
        QVERIFY(wizard->model()->state().databases[0].status == DbStatus::Syncing);
        QCOMPARE(wizard->findChild<StatusTag*>(QStringLiteral("closeStatus"))->text(),
                 QStringLiteral("Failed"));
        QCOMPARE(wizard->findChild<StatusTag*>(QStringLiteral("overallStatus"))->text(),
                 QStringLiteral("Failed"));
        // The replicating database can still be stopped or finished from there.
        QVERIFY(wizard->findChild<QPushButton*>(QStringLiteral("stopReplication"))->isVisible());
        wizard->close();
    }

    void listReadsTheLagFromTheServers() {
        // The migration the test above left syncing, its passwords remembered as the wizard
        // remembers them: the list, merely shown, reads the lag from the servers itself and
        // saves the reading (before, it only showed what another window had saved).
        const StateStore store;
        QString error;
        const auto listed = store.load(kId, &error);
        QVERIFY2(listed.has_value(), qPrintable(error));
        for (const ConnectionSettings& server : {listed->source, listed->target}) {
            pgtest::memoryCredentials()->write(credentialKey(server), pgtest::password(),
                                               [](CredentialStore::Result, const QString&) {});
        }
        // Past the spacing within which a lag sample is not kept (the wizard above saved one).
        QTest::qWait(int(LagHistory::kMinSpacingMs) + 100);
        const QDateTime shown = QDateTime::currentDateTimeUtc();
        const auto lastRead = [&] {
            QString ignored;
            const auto saved = store.load(kId, &ignored);
            return saved && !saved->lagHistory.isEmpty()
                       ? saved->lagHistory.samples().constLast().at
                       : QDateTime();
        };
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        QTRY_VERIFY_WITH_TIMEOUT(lastRead().isValid() && lastRead() > shown, 20000);
        auto* table = list.findChild<QTableWidget*>(QStringLiteral("migrations"));
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 8) && table->item(0, 8)->toolTip().contains(
                                                          QLatin1String("Read from the servers")),
                                 5000);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestWizardStatus test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardstatus.moc"
