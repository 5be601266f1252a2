// Copy workers' sessions opened ahead, while the schema restores (WorkersOpenedAhead): the
// workers must take them rather than open their own, see the copy's snapshot and nothing
// committed after it, open their own when an open ahead failed, and leave no session behind
// when fewer workers ran than pairs were opened.
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "WorkerSessions.h"

#include <QDateTime>
#include <QTest>
#include <mutex>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_workersessions");

// The sessions the workers would get, inside `snapshot`.
WorkerConnections connectionsIn(const QString& snapshot) {
    WorkerConnections connections;
    connections.source = pgtest::settings(Cluster::Source, QStringLiteral("postgres"), kDb);
    connections.target = pgtest::settings(Cluster::Target, QStringLiteral("postgres"), kDb);
    connections.snapshot = snapshot;
    return connections;
}

// Sessions open on the test database of `except`'s cluster, other than `except`.
int sessionsOn(PgConnection& except) {
    return except
        .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 "
                             "AND pid <> pg_backend_pid()"),
              {kDb})
        .scalar()
        .toInt();
}

// Waits up to five seconds for the test database's sessions (but `except`) to be `count`.
bool sessionsBecome(PgConnection& except, int count) {
    for (int i = 0; i < 100; ++i) {
        if (sessionsOn(except) == count) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

} // namespace

class TestWorkerSessions : public QObject {
    Q_OBJECT

private slots:
    void init() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral("CREATE TABLE t (id int); INSERT INTO t VALUES (1)"));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void workersTakeTheSessionsOpenedAhead() {
        auto coordinator = pgtest::connect(Cluster::Source, kDb);
        coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const QString snapshot =
            coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
        WorkerConnections connections = connectionsIn(snapshot);
        WorkersOpenedAhead ahead(connections, 2, nullptr);
        // A row committed after the snapshot: the workers must not see it.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("INSERT INTO t VALUES (2)"));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const QDateTime copyStart = QDateTime::currentDateTimeUtc();
        connections.ahead = &ahead;
        std::mutex mutex;
        QStringList seen;
        QList<QDateTime> opened;
        const QString error = forEachInParallel(
            2, 2, connections, nullptr, [&](PgConnection& source, PgConnection& target, qsizetype) {
                const PgResult rows = source.exec(QStringLiteral("SELECT count(*) FROM t"));
                const PgResult started = target.exec(
                    QStringLiteral("SELECT to_char(backend_start AT TIME ZONE 'UTC', "
                                   "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM pg_stat_activity "
                                   "WHERE pid = pg_backend_pid()"));
                std::lock_guard lock(mutex);
                seen << rows.scalar();
                opened << QDateTime::fromString(started.scalar(), Qt::ISODateWithMs);
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
        for (const QDateTime& start : opened) {
            QVERIFY2(start.isValid() && start < copyStart,
                     qPrintable(start.toString(Qt::ISODateWithMs) + QStringLiteral(" >= ") +
                                copyStart.toString(Qt::ISODateWithMs)));
        }
        QVERIFY(!ahead.take()); // both were taken
    }

    void aFailedOpenAheadLeavesTheWorkerItsOwn() {
        auto coordinator = pgtest::connect(Cluster::Source, kDb);
        coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const QString snapshot =
            coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
        // Opened ahead into a snapshot that does not exist: SET TRANSACTION SNAPSHOT fails.
        WorkersOpenedAhead ahead(connectionsIn(QStringLiteral("00000003-0000001B-1")), 1, nullptr);
        WorkerConnections connections = connectionsIn(snapshot);
        connections.ahead = &ahead;
        QString seen;
        const QString error = forEachInParallel(
            1, 1, connections, nullptr, [&](PgConnection& source, PgConnection&, qsizetype) {
                seen = source.exec(QStringLiteral("SELECT count(*) FROM t")).scalar();
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, QStringLiteral("1"));
    }

    void sessionsNoWorkerTookAreClosed() {
        auto coordinator = pgtest::connect(Cluster::Source, kDb);
        // Out of any transaction: one reads the server's sessions as of its first look.
        auto sourceAdmin = pgtest::connect(Cluster::Source, kDb);
        auto targetAdmin = pgtest::connect(Cluster::Target, kDb);
        coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const QString snapshot =
            coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
        {
            WorkersOpenedAhead ahead(connectionsIn(snapshot), 3, nullptr);
            std::optional<WorkerSessions> taken = ahead.take();
            QVERIFY(taken);
            QVERIFY(sessionsBecome(*sourceAdmin, 4)); // and the coordinator
            QVERIFY(sessionsBecome(*targetAdmin, 3));
        }
        QVERIFY(sessionsBecome(*sourceAdmin, 1)); // the coordinator
        QVERIFY(sessionsBecome(*targetAdmin, 0));
    }
};

PGM_PG_TEST_MAIN(TestWorkerSessions)
#include "tst_workersessions.moc"
