#include "MigrationRunner.h"
#include "PgTestEnv.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_progress");

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
        MigrationRequest r;
        r.check.inspection.source = pgtest::settings(Cluster::Source);
        r.check.inspection.target = pgtest::settings(Cluster::Target);
        r.check.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
        r.check.inspection.connectTimeout = std::chrono::seconds(5);
        r.check.method = MethodChoice::Dump;
        r.jobs = 4;
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
};

PGM_PG_TEST_MAIN(TestProgress)
#include "tst_progress.moc"
