#include "MigrationRunner.h"
#include "PgTestEnv.h"
#include "SchemaDump.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_progress");

/// A dump migration of kDb alone.
MigrationRequest dumpRequest(int jobs) {
    MigrationRequest r;
    r.check.inspection.source = pgtest::settings(Cluster::Source);
    r.check.inspection.target = pgtest::settings(Cluster::Target);
    r.check.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
    r.check.inspection.connectTimeout = std::chrono::seconds(5);
    r.check.method = MethodChoice::Dump;
    r.jobs = jobs;
    return r;
}

} // namespace

/// The progress callback of a migration (the CLI's progress line, the wizard's model) is called
/// from copy workers as tables finish and as bytes stream: never two calls at once, so it may
/// keep state of its own without a lock.
class TestProgress : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void progressCallbackIsNeverCalledTwiceAtOnce() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        // Many tables: workers finish one after another, each saving the state and reporting
        // progress.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "DO $$BEGIN FOR i IN 1..120 LOOP EXECUTE format('CREATE TABLE t%s (id int "
                "PRIMARY KEY, v text); INSERT INTO t%s SELECT g, md5(g::text) FROM "
                "generate_series(1, 3000) g', i, i); END LOOP; END $$"));
        MigrationRequest r = dumpRequest(4);
        // Each table alone, so each finishes apart (small tables go in batches otherwise,
        // reported a batch at a time).
        r.largeTableBytes = 0;
        std::atomic_int inside{0};
        std::atomic_int overlaps{0};
        std::atomic_int calls{0};
        QTemporaryDir stateDir;
        MigrationRunner runner(r, StateStore(stateDir.path()), nullptr, [&](const MigrationState&) {
            if (inside.fetch_add(1) > 0) {
                ++overlaps;
            }
            ++calls;
            QThread::msleep(20); // a slow terminal, a busy GUI thread
            inside.fetch_sub(1);
        });
        const MigrationState state = runner.run();
        // Done means every table was verified on the target (row count and checksum).
        QVERIFY2(state.overallStatus() == DbStatus::Done,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY(calls.load() > 100);
        QCOMPARE(overlaps.load(), 0);
    }

    /// A batch of small tables that fails (here on a type without binary I/O) is copied again
    /// one table at a time: what the batch had streamed is counted once, not twice, so the
    /// bytes copied match a run where the batch succeeded.
    void aRetriedBatchCountsItsBytesOnce() {
        const auto migrate = [&]() {
            pgtest::dropDatabase(Cluster::Target, kDb);
            QTemporaryDir stateDir; // one job: one batch, its tables in order
            MigrationRunner runner(dumpRequest(1), StateStore(stateDir.path()), nullptr, {});
            return runner.run();
        };
        const auto streamed = [](const DatabaseState& db, const QString& table) {
            for (const TableState& t : db.tables) {
                if (t.name == table) {
                    return t.bytesStreamed;
                }
            }
            return qint64(-1);
        };
        pgtest::recreateDatabase(Cluster::Source, kDb);
        // The empty table last by name and by size, after two that the batch streams first.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE a1 (id int PRIMARY KEY, v text); "
                "INSERT INTO a1 SELECT g, md5(g::text) FROM generate_series(1, 2000) g; "
                "CREATE TABLE a2 (LIKE a1 INCLUDING ALL); INSERT INTO a2 SELECT * FROM a1; "
                "CREATE TABLE z_acl (id int PRIMARY KEY, acl aclitem)"));
        const MigrationState retried = migrate();
        QVERIFY2(retried.overallStatus() == DbStatus::Done,
                 QJsonDocument(retried.toStatusJson()).toJson().constData());
        const QString difference = pgtest::schemaDifference(kDb); // the retried tables too
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::connect(Cluster::Source, kDb)->exec(QStringLiteral("DROP TABLE z_acl"));
        const MigrationState whole = migrate();
        QVERIFY2(whole.overallStatus() == DbStatus::Done,
                 QJsonDocument(whole.toStatusJson()).toJson().constData());
        const auto ours = [](const MigrationState& state) {
            for (const DatabaseState& db : state.databases) {
                if (db.dbname == kDb) {
                    return db;
                }
            }
            return DatabaseState();
        };
        const DatabaseState a = ours(retried);
        const DatabaseState b = ours(whole);
        QVERIFY(b.bytesDone > 0);
        QCOMPARE(a.bytesDone, b.bytesDone);
        for (const QString& table : {QStringLiteral("public.a1"), QStringLiteral("public.a2")}) {
            QCOMPARE(streamed(a, table), streamed(b, table));
        }
    }
};

PGM_PG_TEST_MAIN(TestProgress)
#include "tst_progress.moc"
