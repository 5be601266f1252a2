#include "MigrationRunner.h"
#include "MigrationState.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "StateStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <functional>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_cancel_app");
// A cancelled statement must end the command within this (the brief: "within seconds").
constexpr qint64 kPromptMs = 5000;

QString scalar(Cluster cluster, const QString& sql, const QString& dbname = kDb) {
    return pgtest::connect(cluster, dbname)->exec(sql).scalar();
}

/// Sessions of the test database on the target waiting for a lock: the command under test is
/// blocked behind the lock the test holds.
bool waitUntilBlockedOnTarget(const std::function<bool()>& running) {
    for (int i = 0; i < 600 && running(); ++i) {
        if (scalar(Cluster::Target,
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                                  "AND wait_event_type = 'Lock'")
                       .arg(kDb),
                   QStringLiteral("postgres")) != QLatin1String("0")) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

std::function<bool()> runningFn(QProcess& process) {
    return [&process] {
        return process.state() == QProcess::Running;
    };
}

/// Ctrl-C, then how long the process took to exit (-1: it did not within 15 s, and was killed).
qint64 interruptAndTime(QProcess& process) {
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(process.processId()), SIGINT);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    qInfo("Ctrl-C ended it in %lld ms", timer.elapsed());
    return timer.elapsed();
}

} // namespace

class TestCancel : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    QStringList servers() const {
        return {QStringLiteral("--source"),
                pgtest::serverUri(Cluster::Source),
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target),
                QStringLiteral("--exclude-db"),
                pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','))};
    }

    void startCli(QProcess& process, const QStringList& arguments) {
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        QVERIFY(process.waitForStarted());
    }

    static QString output(QProcess& process) {
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

    /// The source database, and (with `targetTables`) the same empty tables on the target, so
    /// the test can lock one there before the command starts.
    static void createDatabases(bool targetTables) {
        const QString schema =
            QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL);"
                           "CREATE TABLE notes (id int PRIMARY KEY, body text);");
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(schema + QStringLiteral("INSERT INTO items SELECT g, 'item ' || g FROM "
                                                 "generate_series(1, 5000) g;"
                                                 "INSERT INTO notes SELECT g, 'note ' || g FROM "
                                                 "generate_series(1, 500) g;"));
        pgtest::dropDatabase(Cluster::Target, kDb);
        if (targetTables) {
            pgtest::recreateDatabase(Cluster::Target, kDb);
            pgtest::connect(Cluster::Target, kDb)->execScript(schema);
        }
    }

    /// A session on the target that holds an ACCESS EXCLUSIVE lock on `items` until released.
    static std::unique_ptr<PgConnection> lockTargetTable() {
        auto locker = pgtest::connect(Cluster::Target, kDb);
        locker->execScript(QStringLiteral("BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE"));
        return locker;
    }

    static QString replicationLeftOnSource() {
        return scalar(Cluster::Source,
                      QStringLiteral("SELECT (SELECT count(*) FROM pg_replication_slots WHERE "
                                     "database = '%1') || ' slots, ' || (SELECT count(*) FROM "
                                     "pg_publication) || ' publications'")
                          .arg(kDb));
    }

private slots:
    void cleanup() {
        // Whatever a failed run left: frozen writes, subscriptions, slots, the databases.
        auto admin = pgtest::connect(Cluster::Source);
        PgResult ignored;
        QString state;
        QString message;
        admin->tryExec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(kDb) +
                           QStringLiteral(" RESET default_transaction_read_only"),
                       {}, &ignored, &state, &message); // absent when the test passed early
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void ctrlCStopsAMigrationBlockedOnTheTarget() {
        createDatabases(true);
        auto locker = lockTargetTable();
        QProcess run;
        startCli(run, QStringList{QStringLiteral("migrate"), QStringLiteral("--method"),
                                  QStringLiteral("replication"), QStringLiteral("--id"),
                                  QStringLiteral("cancel-migrate")}
                          << servers());
        QVERIFY2(waitUntilBlockedOnTarget(runningFn(run)), qPrintable(output(run)));
        const qint64 took = interruptAndTime(run);
        locker.reset();
        QVERIFY2(took >= 0 && took < kPromptMs,
                 qPrintable(QStringLiteral("Ctrl-C took %1 ms: ").arg(took) + output(run)));

        QString error;
        const auto state =
            StateStore(m_stateDir.path()).load(QStringLiteral("cancel-migrate"), &error);
        QVERIFY2(state, qPrintable(error));
        QVERIFY(state->stopped);
        QCOMPARE(state->overallStatus(), DbStatus::Stopped);
        // Nothing keeps WAL on the live source.
        QCOMPARE(replicationLeftOnSource(), QStringLiteral("0 slots, 0 publications"));
    }

    void theWizardsStopFlagStopsTheEngineAsPromptly() {
        // The wizard's Stop and closing it raise the flag the runner was given (MigrationModel),
        // from the GUI thread, while the runner works on an engine thread: the same path.
        createDatabases(true);
        auto locker = lockTargetTable();
        MigrationRequest request;
        request.check.inspection.source = pgtest::settings(Cluster::Source);
        request.check.inspection.target = pgtest::settings(Cluster::Target);
        request.check.inspection.connectTimeout = std::chrono::seconds(5);
        request.check.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
        request.check.method = MethodChoice::Replication;
        std::atomic_bool cancelled{false};
        std::atomic_bool done{false};
        MigrationState state;
        std::thread engine([&] {
            state = MigrationRunner(request, StateStore(m_stateDir.path()), &cancelled).run();
            done = true;
        });
        const bool blocked = waitUntilBlockedOnTarget([&done] { return !done.load(); });
        QElapsedTimer timer;
        timer.start();
        cancelled = true;
        while (!done.load() && timer.elapsed() < 15000) {
            QTest::qWait(20);
        }
        const qint64 took = done.load() ? timer.elapsed() : -1;
        locker.reset(); // lets a runner that ignored the flag finish, so the test can end
        engine.join();
        QVERIFY(blocked);
        QVERIFY2(took >= 0 && took < kPromptMs, qPrintable(QStringLiteral("took %1 ms").arg(took)));
        QVERIFY(state.stopped);
        QCOMPARE(state.overallStatus(), DbStatus::Stopped);
        QCOMPARE(replicationLeftOnSource(), QStringLiteral("0 slots, 0 publications"));
    }

    void ctrlCStopsAVerifyBlockedOnTheTarget() {
        createDatabases(true);
        auto locker = lockTargetTable();
        QProcess verify;
        startCli(verify, QStringList{QStringLiteral("verify")} << servers());
        QVERIFY2(waitUntilBlockedOnTarget(runningFn(verify)), qPrintable(output(verify)));
        const qint64 took = interruptAndTime(verify);
        QVERIFY2(took >= 0 && took < kPromptMs,
                 qPrintable(QStringLiteral("Ctrl-C took %1 ms: ").arg(took) + output(verify)));
        QVERIFY(verify.exitCode() != 0); // a cancelled verification proves nothing
    }

    void ctrlCDuringAFrozenFinishUnfreezesTheSource() {
        createDatabases(false);
        QProcess migrate;
        startCli(migrate, QStringList{QStringLiteral("migrate"), QStringLiteral("--method"),
                                      QStringLiteral("replication"), QStringLiteral("--id"),
                                      QStringLiteral("cancel-finish")}
                              << servers());
        QVERIFY(migrate.waitForFinished(120000));
        QVERIFY2(migrate.exitCode() == 0, qPrintable(output(migrate)));

        // The cut-over's verification waits for the lock the test holds on the target.
        auto locker = lockTargetTable();
        QProcess finish;
        startCli(finish, {QStringLiteral("finish"), QStringLiteral("--freeze-writes"),
                          QStringLiteral("--id"), QStringLiteral("cancel-finish")});
        QVERIFY2(waitUntilBlockedOnTarget(runningFn(finish)), qPrintable(output(finish)));
        QCOMPARE(scalar(Cluster::Source, QStringLiteral("SHOW default_transaction_read_only")),
                 QStringLiteral("on"));
        const qint64 took = interruptAndTime(finish);
        locker.reset();
        QVERIFY2(took >= 0 && took < kPromptMs,
                 qPrintable(QStringLiteral("Ctrl-C took %1 ms: ").arg(took) + output(finish)));
        // Writable again, and the database still replicates: the state owns its objects...
        QCOMPARE(scalar(Cluster::Source, QStringLiteral("SHOW default_transaction_read_only")),
                 QStringLiteral("off"));
        QString error;
        const auto state =
            StateStore(m_stateDir.path()).load(QStringLiteral("cancel-finish"), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->databases.size(), 1);
        QCOMPARE(state->databases[0].status, DbStatus::Syncing);
        QVERIFY2(state->databases[0].error.contains(QStringLiteral("cancelled")),
                 qPrintable(state->databases[0].error));
        QCOMPARE(replicationLeftOnSource(), QStringLiteral("1 slots, 1 publications"));

        // ...and `stop` removes them.
        QProcess stop;
        startCli(stop,
                 {QStringLiteral("stop"), QStringLiteral("--id"), QStringLiteral("cancel-finish")});
        QVERIFY(stop.waitForFinished(60000));
        QVERIFY2(stop.exitCode() == 0, qPrintable(output(stop)));
        QCOMPARE(replicationLeftOnSource(), QStringLiteral("0 slots, 0 publications"));
    }
};

PGM_PG_TEST_MAIN(TestCancel)
#include "tst_cancel.moc"
