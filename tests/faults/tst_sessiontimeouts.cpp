#include "PgError.h"
#include "PgTestEnv.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_timeouts_app");
// A source role whose sessions end after one second idle in a transaction, and whose
// statements end after one second: what a cautious DBA sets for application roles.
const QString kRole = QStringLiteral("pgm_impatient");
// How long the test keeps the migration waiting on the target: longer than those timeouts.
constexpr int kHoldMs = 2500;

QString scalar(Cluster cluster, const QString& sql, const QString& dbname = kDb) {
    return pgtest::connect(cluster, dbname)->exec(sql).scalar();
}

QString fingerprint(Cluster cluster) {
    return scalar(cluster, QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' "
                                          "ORDER BY id)) FROM items t"));
}

} // namespace

class TestSessionTimeouts : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    QStringList servers() const {
        return {QStringLiteral("--source"),
                QStringLiteral("postgres://%1@127.0.0.1:%2/postgres")
                    .arg(kRole)
                    .arg(pgtest::port(Cluster::Source)),
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target),
                QStringLiteral("--exclude-db"),
                pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','))};
    }

    /// Runs the CLI while the test holds an ACCESS EXCLUSIVE lock on the target's `items` for
    /// kHoldMs once the CLI waits for it: every source session of the CLI meanwhile sits idle
    /// (the snapshot holders inside their transaction). With `afterSlot`, the lock is taken only
    /// once the replication slot is being created (held back by a source transaction of the
    /// test), so the wait falls between the slot's snapshot and the copy. Returns exit code and
    /// output.
    std::pair<int, QString> runHeldUp(const QStringList& arguments, bool afterSlot = false) {
        std::unique_ptr<PgConnection> locker;
        std::unique_ptr<PgConnection> holder;
        const auto lock = [&locker] {
            locker = pgtest::connect(Cluster::Target, kDb);
            locker->execScript(QStringLiteral("BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE"));
        };
        if (afterSlot) {
            holder = pgtest::connect(Cluster::Source, kDb); // slot creation waits for its xid
            holder->execScript(QStringLiteral("BEGIN; SELECT txid_current()"));
        } else {
            lock();
        }
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        process.waitForStarted();
        const auto waitFor = [&process](Cluster cluster, const QString& condition) {
            for (int i = 0; i < 1200 && process.state() == QProcess::Running; ++i) {
                if (scalar(cluster,
                           QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE ") +
                               condition,
                           QStringLiteral("postgres")) != QLatin1String("0")) {
                    return true;
                }
                QTest::qWait(50);
            }
            return false;
        };
        bool waited = true;
        if (afterSlot) {
            waited = waitFor(Cluster::Source, QStringLiteral("backend_type = 'walsender' AND "
                                                             "query LIKE 'CREATE_REPLICATION%'"));
            lock();
            holder->execScript(QStringLiteral("COMMIT"));
        }
        waited = waited && waitFor(Cluster::Target, QStringLiteral("datname = '%1' AND "
                                                                   "wait_event_type = 'Lock'")
                                                        .arg(kDb));
        if (waited) {
            QTest::qWait(kHoldMs);
        }
        locker.reset(); // the lock goes with the session
        holder.reset();
        process.waitForFinished(120000);
        const QString output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (!waited) {
            return {-1, QStringLiteral("the command never waited for the lock: ") + output};
        }
        return {process.exitCode(), output};
    }

    /// The source database, and its empty tables on the target (so the test can lock one there
    /// before the migration starts).
    static void createDatabases() {
        const QString schema =
            QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL);"
                           "CREATE INDEX items_label ON items (label);");
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(schema + QStringLiteral("INSERT INTO items SELECT g, 'item ' || g FROM "
                                                 "generate_series(1, 20000) g;"));
        pgtest::recreateDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Target, kDb)->execScript(schema);
    }

    void migrateAndVerify(const QString& method) {
        createDatabases();
        const bool replication = method == QLatin1String("replication");
        const auto [migrated, migrateOutput] =
            runHeldUp(QStringList{QStringLiteral("migrate"), QStringLiteral("--method"), method,
                                  QStringLiteral("--id"), QStringLiteral("timeouts-") + method}
                          << servers(),
                      replication);
        QVERIFY2(migrated == 0, qPrintable(migrateOutput));
        QCOMPARE(fingerprint(Cluster::Target), fingerprint(Cluster::Source));
        const auto [verified, verifyOutput] =
            runHeldUp(QStringList{QStringLiteral("verify")} << servers());
        QVERIFY2(verified == 0, qPrintable(verifyOutput));
        QVERIFY2(verifyOutput.contains(QStringLiteral("1 tables compared")),
                 qPrintable(verifyOutput));
    }

private slots:
    void initTestCase() {
        auto admin = pgtest::connect(Cluster::Source);
        admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kRole);
        admin->exec(QStringLiteral("CREATE ROLE ") + kRole +
                    QStringLiteral(" LOGIN SUPERUSER REPLICATION PASSWORD ") +
                    admin->quoteLiteral(pgtest::password()));
        admin->execScript(QStringLiteral("ALTER ROLE %1 SET idle_in_transaction_session_timeout "
                                         "= '1s'; ALTER ROLE %1 SET statement_timeout = '1s'")
                              .arg(kRole));
    }

    void cleanupTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kRole);
        }
    }

    void dumpMethodOutlastsTheRoleTimeouts() { migrateAndVerify(QStringLiteral("dump")); }

    void replicationOutlastsTheRoleTimeouts() {
        migrateAndVerify(QStringLiteral("replication"));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM pg_subscription")),
                 QStringLiteral("1"));
        QProcess stop;
        stop.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        stop.start(QStringLiteral(PGMIGRATE_CLI), {QStringLiteral("stop"), QStringLiteral("--id"),
                                                   QStringLiteral("timeouts-replication")});
        QVERIFY(stop.waitForFinished(60000));
        QVERIFY2(stop.exitCode() == 0, stop.readAllStandardOutput().constData());
    }
};

PGM_PG_TEST_MAIN(TestSessionTimeouts)
#include "tst_sessiontimeouts.moc"
