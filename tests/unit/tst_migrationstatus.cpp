#include "MigrationState.h"

#include <QTest>

using namespace pgm;

Q_DECLARE_METATYPE(pgm::DbStatus)

namespace pgm {
// A failed comparison names the statuses (QTest finds this by argument lookup).
char* toString(DbStatus status) {
    return qstrdup(statusName(status).toUtf8().constData());
}
} // namespace pgm

namespace {

/// A migration whose databases have these statuses ("syncing,failed"), with the flags given.
MigrationState migration(const QString& statuses, bool finished, bool stopped,
                         const QString& error) {
    MigrationState state;
    state.id = QStringLiteral("status-table");
    if (finished) {
        state.finished = QDateTime::currentDateTimeUtc();
    }
    state.stopped = stopped;
    state.error = error;
    int n = 0;
    for (const QString& name : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        DatabaseState db;
        db.dbname = QStringLiteral("db%1").arg(++n);
        db.status = statusFromName(name).value();
        db.method =
            db.status == DbStatus::Syncing ? MigrationMethod::Replication : MigrationMethod::Dump;
        state.databases << db;
    }
    return state;
}

} // namespace

/// What every front end asks the state (the CLI's status, the wizard's list and pages), over
/// the combinations of database statuses, the migration's flags and whether its process lives.
class TestMigrationStatus : public QObject {
    Q_OBJECT
private slots:
    void namesRoundTrip() {
        for (const DbStatus status : {DbStatus::Running, DbStatus::Syncing, DbStatus::Done,
                                      DbStatus::Failed, DbStatus::Stopped, DbStatus::Interrupted}) {
            QVERIFY(statusFromName(statusName(status)) == status);
        }
        QCOMPARE(statusName(DbStatus::Syncing), QStringLiteral("syncing"));
        QVERIFY(!statusFromName(QStringLiteral("Syncing")).has_value());
        QVERIFY(!statusFromName(QString()).has_value());
    }

    void answers_data() {
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("ownerAlive");
        QTest::addColumn<DbStatus>("overall");
        QTest::addColumn<DbStatus>("shown");
        QTest::addColumn<bool>("syncing");
        QTest::addColumn<bool>("resumable");
        QTest::addColumn<bool>("migrated"); // opens at Close
        QTest::addColumn<bool>("committed");
        const QString none;
        const auto row = [](const char* name) -> QTestData& {
            return QTest::newRow(name);
        };
        // Each row: statuses, finished, stopped, error, ownerAlive, then the expected overall
        // and shown statuses, anySyncing, resumable, anyMigrated, committed.
        row("nothing yet") << none << false << false << none << true << DbStatus::Running
                           << DbStatus::Running << false << false << false << false;
        row("nothing, owner died")
            << none << false << false << none << false << DbStatus::Interrupted
            << DbStatus::Interrupted << false << true << false << false;
        row("blocking check failed")
            << none << true << false << QStringLiteral("roles") << false << DbStatus::Failed
            << DbStatus::Failed << false << false << false << false;
        row("running") << QStringLiteral("running,done") << false << false << none << true
                       << DbStatus::Running << DbStatus::Running << false << false << true << true;
        row("running, owner died")
            << QStringLiteral("running,done") << false << false << none << false
            << DbStatus::Interrupted << DbStatus::Interrupted << false << true << true << true;
        row("interrupted, owner back")
            << QStringLiteral("interrupted") << false << false << none << true << DbStatus::Running
            << DbStatus::Running << false << false << false << false;
        row("all done") << QStringLiteral("done,done") << true << false << none << false
                        << DbStatus::Done << DbStatus::Done << false << false << true << true;
        row("done and syncing") << QStringLiteral("done,syncing") << false << false << none << false
                                << DbStatus::Done << DbStatus::Syncing << true << false << true
                                << true;
        row("syncing") << QStringLiteral("syncing") << false << false << none << true
                       << DbStatus::Done << DbStatus::Syncing << true << false << true << true;
        // The bug of issue 11: the Close page said Syncing here while `status` said failed.
        row("syncing and failed") << QStringLiteral("syncing,failed") << false << false << none
                                  << false << DbStatus::Failed << DbStatus::Failed << true << false
                                  << true << true;
        row("failed and syncing, owner alive")
            << QStringLiteral("failed,syncing") << false << false << none << true
            << DbStatus::Failed << DbStatus::Failed << true << false << true << true;
        row("failed") << QStringLiteral("failed") << true << false << none << false
                      << DbStatus::Failed << DbStatus::Failed << false << false << false << false;
        row("running and failed") << QStringLiteral("running,failed") << false << false << none
                                  << false << DbStatus::Failed << DbStatus::Failed << false << false
                                  << false << true;
        row("stopped") << QStringLiteral("stopped,done") << true << true << none << false
                       << DbStatus::Stopped << DbStatus::Stopped << false << false << true << true;
        row("stopped while syncing")
            << QStringLiteral("syncing") << false << true << none << false << DbStatus::Stopped
            << DbStatus::Stopped << true << false << true << true;
        row("stopped beats an error")
            << QStringLiteral("failed") << true << true << QStringLiteral("cancelled") << false
            << DbStatus::Stopped << DbStatus::Stopped << false << false << false << false;
    }

    void answers() {
        QFETCH(QString, statuses);
        QFETCH(bool, finished);
        QFETCH(bool, stopped);
        QFETCH(QString, error);
        QFETCH(bool, ownerAlive);
        const MigrationState state = migration(statuses, finished, stopped, error);
        QTEST(state.overallStatus(ownerAlive), "overall");
        QTEST(state.displayStatus(ownerAlive), "shown");
        QTEST(state.anySyncing(), "syncing");
        QTEST(state.resumable(ownerAlive), "resumable");
        QTEST(state.anyMigrated(), "migrated");
        QTEST(state.committed(), "committed");
        // The status JSON (what `pgmigrate status --json` prints) names the same overall status.
        QFETCH(DbStatus, overall);
        QCOMPARE(
            state.toStatusJson(ownerAlive)[QStringLiteral("migration")][QStringLiteral("status")]
                .toString(),
            statusName(overall));
    }

    void databaseStatusAsShown_data() {
        QTest::addColumn<DbStatus>("saved");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<bool>("ownerAlive");
        QTest::addColumn<DbStatus>("shown");
        QTest::newRow("running, alive")
            << DbStatus::Running << false << false << true << DbStatus::Running;
        QTest::newRow("running, owner died")
            << DbStatus::Running << false << false << false << DbStatus::Interrupted;
        QTest::newRow("running, finished run")
            << DbStatus::Running << true << false << false << DbStatus::Running;
        QTest::newRow("running, stopped")
            << DbStatus::Running << true << true << false << DbStatus::Stopped;
        QTest::newRow("syncing, owner gone")
            << DbStatus::Syncing << false << false << false << DbStatus::Syncing;
        QTest::newRow("failed") << DbStatus::Failed << false << false << false << DbStatus::Failed;
    }

    void databaseStatusAsShown() {
        QFETCH(DbStatus, saved);
        QFETCH(bool, finished);
        QFETCH(bool, stopped);
        QFETCH(bool, ownerAlive);
        MigrationState state = migration(statusName(saved), finished, stopped, QString());
        QTEST(state.databaseStatus(state.databases[0], ownerAlive), "shown");
        const QJsonObject json = state.toStatusJson(ownerAlive);
        QFETCH(DbStatus, shown);
        QCOMPARE(json[QStringLiteral("migration_detail")][0][QStringLiteral("status")].toString(),
                 statusName(shown));
    }
};

QTEST_GUILESS_MAIN(TestMigrationStatus)
#include "tst_migrationstatus.moc"
