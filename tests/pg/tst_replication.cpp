#include "MigrationRunner.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "ReplicationControl.h"
#include "ReplicationObjects.h"
#include "SchemaDump.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_repl_app");

/// Writes to the source the whole time it runs: inserts, updates and deletes on a table with a
/// primary key and on one without, and advances a sequence.
class Writer {
public:
    void start() {
        m_thread = std::thread([this] {
            try {
                auto db = pgtest::connect(Cluster::Source, kDb);
                int i = 0;
                while (!m_stop.load()) {
                    ++i;
                    db->execScript(
                        QStringLiteral(
                            "INSERT INTO accounts (owner, balance) VALUES ('writer %1', %1); "
                            "UPDATE accounts SET balance = balance + 1 WHERE id = (SELECT max(id) "
                            "- 3 FROM accounts); "
                            "DELETE FROM accounts WHERE id = (SELECT min(id) + 5 FROM accounts); "
                            "INSERT INTO events_nopk VALUES (now(), 'w', %1); "
                            "UPDATE events_nopk SET kind = 'u' WHERE value = %1 - 2 AND kind = "
                            "'w'; "
                            "SELECT nextval('invoice_no')")
                            .arg(i));
                    ++m_writes;
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            } catch (const PgError& error) {
                m_error = error.describe();
            }
        });
    }
    void stop() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    ~Writer() { stop(); }
    int writes() const { return m_writes.load(); }
    QString error() const { return m_error; }

private:
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_writes{0};
    QString m_error;
};

QMap<QString, QString> fingerprints(Cluster cluster) {
    auto db = pgtest::connect(cluster, kDb);
    QMap<QString, QString> prints;
    for (const QString& table :
         {QStringLiteral("accounts"), QStringLiteral("events_nopk"), QStringLiteral("scratch")}) {
        prints.insert(table,
                      db->exec(QStringLiteral(
                                   "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                                   "ORDER BY t::text)), '') FROM ") +
                               table + QStringLiteral(" t"))
                          .scalar());
    }
    prints.insert(
        QStringLiteral("invoice_no"),
        db->exec(QStringLiteral("SELECT last_value || ':' || is_called FROM invoice_no")).scalar());
    prints.insert(QStringLiteral("large objects"),
                  db->exec(QStringLiteral("SELECT string_agg(md5(lo_get(oid)), ',' ORDER BY oid) "
                                          "FROM pg_largeobject_metadata"))
                      .scalar());
    return prints;
}

/// Every user trigger of the test database with its state (tgenabled), in one line.
QString triggerStates(Cluster cluster) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral("SELECT string_agg(tgrelid::regclass || '.' || tgname || '=' || "
                              "tgenabled::text, ' ' ORDER BY tgrelid::regclass::text, tgname) "
                              "FROM pg_trigger WHERE NOT tgisinternal"))
        .scalar();
}

// The primary keys built by their table's worker right after its load, counted from the
// engine's debug lines.
std::atomic_int g_keysAfterLoad{0};
QtMessageHandler g_previousHandler = nullptr;

void countKeysAfterLoad(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (text.endsWith(QLatin1String(": primary key built after its load"))) {
        ++g_keysAfterLoad;
    }
    g_previousHandler(type, context, text);
}

QString scalar(Cluster cluster, const QString& sql, const QString& dbname = kDb) {
    return pgtest::connect(cluster, dbname)->exec(sql).scalar();
}

ControlServers servers() {
    return {pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target)};
}

} // namespace

class TestReplication : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    MigrationRequest request(TablesWithoutPk choice) {
        MigrationRequest r;
        r.check.inspection.source = pgtest::settings(Cluster::Source);
        r.check.inspection.target = pgtest::settings(Cluster::Target);
        r.check.inspection.connectTimeout = std::chrono::seconds(5);
        // Only this test's database: every other one on the shared source is excluded.
        r.check.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
        r.check.method = MethodChoice::Auto;
        r.tablesWithoutPk = choice;
        r.jobs = 2;
        return r;
    }

    void resetDatabases() {
        dropLeftovers();
        createDatabase();
    }

    void dropLeftovers() {
        // Whatever a failed earlier test left: subscriptions, then slots.
        if (scalar(Cluster::Target,
                   QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(kDb),
                   QStringLiteral("postgres")) == QLatin1String("1")) {
            auto target = pgtest::connect(Cluster::Target, kDb);
            const PgResult subs =
                target->exec(QStringLiteral("SELECT quote_ident(subname) FROM pg_subscription "
                                            "WHERE subdbid = (SELECT oid FROM pg_database WHERE "
                                            "datname = current_database())"));
            for (int row = 0; row < subs.rows(); ++row) {
                target->execScript(QStringLiteral("ALTER SUBSCRIPTION %1 DISABLE; ALTER "
                                                  "SUBSCRIPTION %1 SET (slot_name = NONE); "
                                                  "DROP SUBSCRIPTION %1")
                                       .arg(subs.text(row, 0)));
            }
        }
        pgtest::connect(Cluster::Source)
            ->exec(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM "
                                  "pg_replication_slots WHERE database = $1"),
                   {kDb});
    }

    void createDatabase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE accounts (id bigserial PRIMARY KEY, owner text, balance numeric);"
                "INSERT INTO accounts (owner, balance) SELECT 'owner ' || g, g FROM "
                "generate_series(1, 100000) g;"
                "CREATE TABLE events_nopk (at timestamptz, kind text, value int);"
                "INSERT INTO events_nopk SELECT now(), 'seed', g FROM generate_series(1, 20000) g;"
                "CREATE SEQUENCE invoice_no START 1000;"
                "CREATE UNLOGGED TABLE scratch (k int PRIMARY KEY, v text);"
                "INSERT INTO scratch SELECT g, 'v' || g FROM generate_series(1, 100) g;"
                "SELECT lo_from_bytea(0, 'blob contents');"));
    }

    /// The cut-over (writes stopped), then source and target must be equal with nothing left.
    void finishAndCompare(MigrationState& state) {
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        // Each cut-over step is saved as the database's phase as it starts, and timed.
        QStringList savedSteps;
        options.checkpoint = [&savedSteps](const MigrationState& saved) {
            for (const DatabaseState& db : saved.databases) {
                if (db.dbname == kDb) {
                    savedSteps << phaseId(db.phase);
                }
            }
        };
        QVERIFY2(finishMigration(state, servers(), options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
        const QStringList steps = {QStringLiteral("drain"), QStringLiteral("catch-up"),
                                   QStringLiteral("verify"), QStringLiteral("cleanup")};
        QCOMPARE(savedSteps, steps);
        for (const DatabaseState& db : state.databases) {
            if (db.dbname == kDb) {
                for (const QString& step : steps) {
                    QVERIFY2(db.phaseSeconds.contains(phaseFromId(step)), qPrintable(step));
                }
            }
        }
    }

    void assertNoReplicationLeft() {
        QCOMPARE(
            scalar(
                Cluster::Source,
                QStringLiteral(
                    "SELECT count(*) FROM pg_replication_slots WHERE slot_name LIKE 'pgmigrate%'")),
            QStringLiteral("0"));
        QCOMPARE(scalar(Cluster::Source, QStringLiteral("SELECT count(*) FROM pg_publication")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM pg_subscription"),
                        QStringLiteral("postgres")),
                 QStringLiteral("0"));
        QCOMPARE(serverPassfiles(), QStringLiteral("0"));
    }

    /// The passfiles pgmigrate left in the target's data directory.
    static QString serverPassfiles() {
        return scalar(Cluster::Target,
                      QStringLiteral("SELECT count(*) FROM pg_ls_dir(current_setting("
                                     "'data_directory')) AS f WHERE f LIKE 'pgmigrate-%.pgpass'"),
                      QStringLiteral("postgres"));
    }

    static QString subscriptionConninfo() {
        return scalar(Cluster::Target,
                      QStringLiteral("SELECT string_agg(subconninfo, ' ') FROM pg_subscription"),
                      QStringLiteral("postgres"));
    }

private slots:
    void cleanupTestCase() {
        dropLeftovers();
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void underWriteLoadNothingIsLostOrDuplicated() {
        resetDatabases();
        Writer writer;
        writer.start();
        MigrationRequest r = request(TablesWithoutPk::ReplicaIdentityFull);
        r.verifyReplicatedCopy = true; // the optional check right after the copy, under load
        MigrationRunner runner(r, StateStore(m_stateDir.path()), nullptr);
        MigrationState state = runner.run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.databases[0].method, MigrationMethod::Replication);
        QCOMPARE(state.databases[0].replicaIdentityFull,
                 QStringList{QStringLiteral("public.events_nopk")});
        // A superuser target keeps the source password in a 0600 file of its own, so the
        // subscription's connection string (readable in pg_subscription) holds none.
        const QString conninfo = subscriptionConninfo();
        QVERIFY2(conninfo.contains(QStringLiteral("passfile=")), qPrintable(conninfo));
        QVERIFY(!conninfo.contains(QStringLiteral("password")));
        QVERIFY(!conninfo.contains(pgtest::password()));
        QCOMPARE(serverPassfiles(), QStringLiteral("1"));
        // The source keeps accepting UPDATE and DELETE on the table without a primary key.
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("DELETE FROM events_nopk WHERE value = 3"));

        QTest::qWait(1500); // keep writing while it streams
        QVERIFY(refreshReplicationStatus(state, servers()).isEmpty());
        QCOMPARE(state.databases[0].status, DbStatus::Syncing);
        QVERIFY(state.databases[0].lagBytes >= 0);

        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        QVERIFY(writer.writes() > 50);
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        QVERIFY2(finishMigration(state, servers(), options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.overallStatus(), DbStatus::Done);
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral(
                            "SELECT relreplident FROM pg_class WHERE relname = 'events_nopk'")),
                 QStringLiteral("d"));
    }

    void tablesWithoutPkNeedAChoiceAndNothingIsLeftBehind() {
        resetDatabases();
        MigrationState state = MigrationRunner(request(TablesWithoutPk::Refuse),
                                               StateStore(m_stateDir.path()), nullptr)
                                   .run();
        QCOMPARE(state.databases[0].status, DbStatus::Failed);
        QVERIFY(state.databases[0].error.contains(QStringLiteral("public.events_nopk")));
        QVERIFY(state.databases[0].error.contains(QStringLiteral("--tables-without-pk")));
        assertNoReplicationLeft();
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("UPDATE events_nopk SET value = 0 WHERE value = 1"));
    }

    void dumpChoiceCopiesThoseTablesAtCutover() {
        resetDatabases();
        Writer writer;
        writer.start();
        MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.databases[0].copyAtCutover,
                 QStringList{QStringLiteral("public.events_nopk")});
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral(
                            "SELECT relreplident FROM pg_class WHERE relname = 'events_nopk'")),
                 QStringLiteral("d")); // left untouched
        QTest::qWait(1000);
        writer.stop();
        QVERIFY2(writer.error().isEmpty(),
                 qPrintable(writer.error())); // UPDATE/DELETE kept working
        finishAndCompare(state);
    }

    void aSkippedUnloggedTableKeepsTheTargetsRowsAtTheCutover() {
        // Unlogged tables are copied again at the cut-over (replication does not carry them),
        // but not one the user skipped: its rows on the target are the target's own.
        resetDatabases();
        MigrationRequest r = request(TablesWithoutPk::Dump);
        r.skipTables = {kDb + QStringLiteral(".public.scratch")};
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        pgtest::connect(Cluster::Target, kDb)
            ->exec(QStringLiteral("INSERT INTO scratch VALUES (1000, 'the target''s own')"));
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        QVERIFY2(finishMigration(state, servers(), options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(scalar(Cluster::Target,
                        QStringLiteral("SELECT string_agg(k || ' ' || v, ',') FROM scratch")),
                 QStringLiteral("1000 the target's own"));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM events_nopk")),
                 scalar(Cluster::Source, QStringLiteral("SELECT count(*) FROM events_nopk")));
        assertNoReplicationLeft();
    }

    void aSlotAnotherSessionHoldsKeepsTheDatabaseFromDone() {
        // At the cleanup the subscription goes, then its slot; another client that takes the
        // slot in between (here pg_recvlogical) keeps it past the drop's retries. A database
        // marked done then would never have that slot removed, which keeps the source's WAL:
        // not done, and the next finish removes it once it is free.
        resetDatabases();
        MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        const ReplicationNames names = ReplicationNames::forDatabase(state.id, kDb);
        QProcess holder;
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        options.checkpoint = [&](const MigrationState& saved) {
            if (saved.databases[0].phase != Phase::Cleanup ||
                holder.state() != QProcess::NotRunning) {
                return;
            }
            // The slot freed (the subscription disabled), then taken by pg_recvlogical.
            auto target = pgtest::connect(Cluster::Target, kDb);
            target->exec(QStringLiteral("ALTER SUBSCRIPTION %1 DISABLE")
                             .arg(target->quoteIdentifier(names.subscription)));
            const QString active =
                QStringLiteral(
                    "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1' AND active")
                    .arg(names.slot);
            for (int i = 0; i < 100 && scalar(Cluster::Source, active) != QLatin1String("0"); ++i) {
                QThread::msleep(100);
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), pgtest::password());
            holder.setProcessEnvironment(env);
            holder.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_recvlogical"),
                         {QStringLiteral("--dbname"),
                          QStringLiteral("postgres://postgres@127.0.0.1:%1/%2")
                              .arg(pgtest::port(Cluster::Source))
                              .arg(kDb),
                          QStringLiteral("--slot"), names.slot, QStringLiteral("--option"),
                          QStringLiteral("proto_version=1"), QStringLiteral("--option"),
                          QStringLiteral("publication_names=") + names.publication,
                          QStringLiteral("--start"), QStringLiteral("--file"),
                          QStringLiteral("/dev/null")});
            holder.waitForStarted();
            for (int i = 0; i < 100 && scalar(Cluster::Source, active) != QLatin1String("1"); ++i) {
                QThread::msleep(100);
            }
        };
        const bool done = finishMigration(state, servers(), options, nullptr);
        const QString described = QString::fromUtf8(QJsonDocument(state.toStatusJson()).toJson());
        QVERIFY2(holder.state() == QProcess::Running, holder.readAllStandardError().constData());
        holder.kill();
        holder.waitForFinished(5000);
        QVERIFY2(!done, qPrintable(described));
        QCOMPARE(state.databases[0].status, DbStatus::Syncing);
        QCOMPARE(state.databases[0].phase, Phase::Cleanup);
        QVERIFY2(
            state.databases[0].error.contains(
                QStringLiteral("the replication slot %1 is still on the source").arg(names.slot)),
            qPrintable(described));
        QVERIFY2(state.databases[0].error.contains(QStringLiteral("the next finish removes")),
                 qPrintable(described));

        // The slot free again, the next finish completes the cleanup.
        options.checkpoint = {};
        QVERIFY2(finishMigration(state, servers(), options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.databases[0].status, DbStatus::Done);
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
    }

    void anInheritanceChildLeftOutOfReplicationStaysWritable() {
        // A parent with a key, a child without one (inheritance, as legacy partitioning made
        // them): the child is copied at the cut-over. Named without ONLY, the parent would have
        // brought the child into the publication, and the source would have refused every
        // UPDATE and DELETE on it while the migration ran.
        resetDatabases();
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE measures (id int PRIMARY KEY, v int);"
                "CREATE TABLE measures_2026 () INHERITS (measures);"
                "INSERT INTO measures VALUES (1, 1);"
                "INSERT INTO measures_2026 SELECT g, g FROM generate_series(2, 50) g;"));
        MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY(state.databases[0].copyAtCutover.contains(QStringLiteral("public.measures_2026")));
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral("SELECT string_agg(tablename, ' ' ORDER BY tablename) "
                                       "FROM pg_publication_tables WHERE tablename LIKE "
                                       "'measures%'")),
                 QStringLiteral("measures"));
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral("UPDATE measures_2026 SET v = v + 1 WHERE id < 10;"
                                          "DELETE FROM measures_2026 WHERE id = 50;"
                                          "UPDATE measures SET v = 7 WHERE id = 1"));
        finishAndCompare(state);
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM ONLY measures_2026")),
                 QStringLiteral("48"));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aLargeTablesKeyIsBuiltByItsWorkerBeforeItStreams() {
        // Nothing reads the copy back on the fast path (it is verified at cut-over), so a large
        // table's worker builds its primary key right after its load; here every table counts
        // as large. The key must be pg_restore's (same name and definition), in place before
        // the subscription applies the writer's UPDATEs and DELETEs.
        resetDatabases();
        Writer writer;
        writer.start();
        MigrationRequest r = request(TablesWithoutPk::Dump);
        r.largeTableBytes = 0;
        QLoggingCategory::setFilterRules(QStringLiteral("pgm.engine.copy.debug=true"));
        g_previousHandler = qInstallMessageHandler(countKeysAfterLoad);
        g_keysAfterLoad = 0;
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QStringLiteral("pgm.engine.copy.debug=false"));
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY2(g_keysAfterLoad.load() >= 1, "no key was built by its table's worker");
        QTest::qWait(1000);
        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        finishAndCompare(state);
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void brokenReplicationShowsAsFailedAndStopCleansUp() {
        resetDatabases();
        MigrationState state = MigrationRunner(request(TablesWithoutPk::ReplicaIdentityFull),
                                               StateStore(m_stateDir.path()), nullptr)
                                   .run();
        QCOMPARE(state.databases[0].status, DbStatus::Syncing);
        // Someone disables the subscription behind the tool's back.
        pgtest::connect(Cluster::Target, kDb)
            ->exec(QStringLiteral("ALTER SUBSCRIPTION ") +
                   QStringLiteral("%1 DISABLE")
                       .arg(ReplicationNames::forDatabase(state.id, kDb).subscription));
        refreshReplicationStatus(state, servers());
        QCOMPARE(state.databases[0].status, DbStatus::Failed);
        QVERIFY2(state.databases[0].error.contains(QStringLiteral("disabled")),
                 qPrintable(state.databases[0].error));

        const QStringList notes = stopMigration(state, servers());
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(state.overallStatus(), DbStatus::Stopped);
        assertNoReplicationLeft();
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral(
                            "SELECT relreplident FROM pg_class WHERE relname = 'events_nopk'")),
                 QStringLiteral("d"));
        // The data copied so far stays.
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM accounts")),
                 QStringLiteral("100000"));
    }

    void fromTheCommandLineStatusAndFinishWithFrozenWrites() {
        resetDatabases();
        const QProcessEnvironment env = pgtest::cliEnvironment(m_stateDir.path());
        const auto cli = [&env](const QStringList& arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
            process.closeWriteChannel();
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), QByteArray(process.readAllStandardOutput() +
                                                                 process.readAllStandardError()));
        };
        const MigrationRequest r = request(TablesWithoutPk::Dump);
        auto [code, out] = cli({QStringLiteral("migrate"), QStringLiteral("--source"),
                                pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                                pgtest::serverUri(Cluster::Target), QStringLiteral("--exclude-db"),
                                r.check.inspection.excludedDatabases.join(QLatin1Char(',')),
                                QStringLiteral("--tables-without-pk"), QStringLiteral("dump"),
                                QStringLiteral("--max-replication-lag"), QStringLiteral("0"),
                                QStringLiteral("--id"), QStringLiteral("cli-repl")});
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("syncing"), out.constData());

        // Status after the process ended: read from the servers.
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('late', 1)"));
        std::tie(code, out) = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(out.contains("\"retained_wal_bytes\"") &&
                     out.contains("\"wal_status\": \"reserved\""),
                 out.constData());
        std::tie(code, out) = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(code == 0 && out.contains("\"syncing\"") && out.contains("\"lag_bytes\""),
                 out.constData());

        // A finish without confirmation refuses when nobody can answer.
        std::tie(code, out) = cli({QStringLiteral("finish")});
        QCOMPARE(code, 2);
        std::tie(code, out) = cli({QStringLiteral("finish"), QStringLiteral("--freeze-writes")});
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("writes were frozen for"), out.constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
        // Writes work again on the source.
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('after', 1)"));
        std::tie(code, out) = cli({QStringLiteral("status")});
        QVERIFY2(out.contains("cli-repl: done"), out.constData());
    }

    void nonSuperusersThroughAivenExtras() {
        // Managed-service style: the source user has REPLICATION, the target user CREATEDB and
        // CREATEROLE; neither is a superuser. The aiven_extras stand-in (tests/fixture/extensions)
        // is available on both servers and trusted, so they may install it.
        resetDatabases();
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral(
            // aiven_extras publishes a table's inheritance children with it: this child has no
            // replica identity, is copied at the cut-over, and must stay writable meanwhile.
            "CREATE TABLE measures (id int PRIMARY KEY, v int);"
            "CREATE TABLE measures_2026 () INHERITS (measures);"
            "INSERT INTO measures_2026 SELECT g, g FROM generate_series(2, 50) g;"
            "GRANT CREATE ON DATABASE pgm_repl_app TO pgm_repl;"
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgm_repl;"
            "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO pgm_repl;"
            "DO $$DECLARE o oid; BEGIN FOR o IN SELECT oid FROM pg_largeobject_metadata LOOP "
            "EXECUTE format('GRANT SELECT ON LARGE OBJECT %s TO pgm_repl', o); END LOOP; END $$;"));
        auto targetAdmin = pgtest::connect(Cluster::Target);
        pgtest::createTargetAdmin();
        MigrationRequest r = request(TablesWithoutPk::ReplicaIdentityFull);
        r.check.inspection.source.user = QStringLiteral("pgm_repl");
        r.check.inspection.target.user = QStringLiteral("pgm_target_admin");
        // REPLICA IDENTITY FULL needs table ownership: as pgm_repl owns nothing, use dump instead.
        r.tablesWithoutPk = TablesWithoutPk::Dump;
        Writer writer;
        writer.start();
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(scalar(Cluster::Target,
                        QStringLiteral(
                            "SELECT count(*) FROM pg_extension WHERE extname = 'aiven_extras'")),
                 QStringLiteral("1"));
        // Without a superuser the target server cannot keep a passfile: the password is in
        // the connection string, as the README says.
        QVERIFY(subscriptionConninfo().contains(QStringLiteral("password=")));
        QCOMPARE(serverPassfiles(), QStringLiteral("0"));
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral("SELECT string_agg(tablename, ' ' ORDER BY tablename) "
                                       "FROM pg_publication_tables WHERE tablename LIKE "
                                       "'measures%'")),
                 QStringLiteral("measures"));
        source->exec(QStringLiteral("UPDATE measures_2026 SET v = 0 WHERE id < 10"));
        QTest::qWait(1000);
        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        ControlServers control{r.check.inspection.source, r.check.inspection.target};
        QVERIFY(refreshReplicationStatus(state, control).isEmpty());
        QCOMPARE(state.databases[0].status, DbStatus::Syncing);
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        QVERIFY2(finishMigration(state, control, options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        // Subscription, slot and publication are gone: aiven_extras made the user the
        // publication's owner.
        assertNoReplicationLeft();
        QVERIFY2(!state.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("PUBLICATION")),
                 qPrintable(state.warnings.join(QLatin1Char('\n'))));
        pgtest::dropDatabase(Cluster::Target, kDb);
        targetAdmin->exec(QStringLiteral("DROP ROLE pgm_target_admin"));
    }

    void stopWithTheSourceDownCleansTheTargetAndSaysWhatIsLeft() {
        // A private pair of clusters, so this test may take its source down.
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
        const QString fixture = QStringLiteral(PGMIGRATE_FIXTURE);
        const QString clusters = dir.path() + QStringLiteral("/pg");
        QProcess start;
        start.start(fixture, {QStringLiteral("start"), clusters});
        QVERIFY(start.waitForFinished(120000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        QFile envFile(clusters + QStringLiteral("/env"));
        QVERIFY(envFile.open(QIODevice::ReadOnly));
        QMap<QString, QString> env;
        for (const QByteArray& line : envFile.readAll().split('\n')) {
            const QList<QByteArray> parts = line.mid(7).split('='); // "export K=V"
            if (parts.size() == 2) {
                env.insert(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]));
            }
        }
        ConnectionSettings source = pgtest::settings(Cluster::Source);
        source.port = env.value(QStringLiteral("PGM_TEST_SOURCE_PORT")).toInt();
        source.password = env.value(QStringLiteral("PGM_TEST_PASSWORD"));
        ConnectionSettings target = source;
        target.port = env.value(QStringLiteral("PGM_TEST_TARGET_PORT")).toInt();
        {
            auto admin = PgConnection::open(source, std::chrono::seconds(10));
            admin->exec(QStringLiteral("CREATE DATABASE down_app"));
            auto db = PgConnection::open(source.withDatabase(QStringLiteral("down_app")),
                                         std::chrono::seconds(10));
            db->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t "
                                          "SELECT generate_series(1, 1000)"));
        }
        MigrationRequest r;
        r.check.inspection.source = source;
        r.check.inspection.target = target;
        r.check.inspection.excludedDatabases = {QStringLiteral("postgres")};
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());

        QProcess down;
        down.start(fixture, {QStringLiteral("stop-one"), clusters, QStringLiteral("source")});
        QVERIFY(down.waitForFinished(60000));
        const QStringList notes = stopMigration(state, {source, target});
        const QString names =
            ReplicationNames::forDatabase(state.id, QStringLiteral("down_app")).slot;
        QVERIFY2(
            notes.join(QLatin1Char('\n')).contains(QStringLiteral("pg_drop_replication_slot")) &&
                notes.join(QLatin1Char('\n')).contains(names) &&
                notes.join(QLatin1Char('\n')).contains(QStringLiteral("DROP PUBLICATION")),
            qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(state.overallStatus(), DbStatus::Stopped);
        auto targetDb = PgConnection::open(target.withDatabase(QStringLiteral("down_app")),
                                           std::chrono::seconds(10));
        QCOMPARE(targetDb->exec(QStringLiteral("SELECT count(*) FROM pg_subscription")).scalar(),
                 QStringLiteral("0"));
        QCOMPARE(targetDb->exec(QStringLiteral("SELECT count(*) FROM t")).scalar(),
                 QStringLiteral("1000"));
        targetDb.reset();
        QProcess stop;
        stop.start(fixture, {QStringLiteral("stop"), clusters});
        QVERIFY(stop.waitForFinished(60000));
    }

    void nativeInitialSyncWhenNoReplicationConnection() {
        resetDatabases();
        Writer writer;
        writer.start();
        MigrationRequest r = request(TablesWithoutPk::ReplicaIdentityFull);
        r.nativeInitialSync = true;
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QTest::qWait(500);
        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        finishAndCompare(state);
    }

    void nativeInitialSyncWhenThisComputerMayNotReplicate() {
        // This computer reaches the source through PgBouncer, which refuses replication
        // connections, while the target server reaches the source directly: the engine falls
        // back by itself to the target's own initial copy, says so, and the result is as exact.
        if (pgtest::port(Cluster::Pooler) == 0) {
            if (qEnvironmentVariableIsSet("CI")) {
                QFAIL("the fixture started no PgBouncer (is pgbouncer installed?)");
            }
            QSKIP("pgbouncer is not installed");
        }
        resetDatabases();
        Writer writer;
        writer.start();
        MigrationRequest r = request(TablesWithoutPk::ReplicaIdentityFull);
        r.check.inspection.source = pgtest::settings(Cluster::Pooler);
        r.check.inspection.sourceHostFromTarget = QStringLiteral("127.0.0.1");
        r.check.inspection.sourcePortFromTarget = pgtest::port(Cluster::Source);
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.databases[0].method, MigrationMethod::Replication);
        QVERIFY2(state.warnings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("no replication connection from this computer")),
                 qPrintable(state.warnings.join(QLatin1Char('\n'))));
        QTest::qWait(500);
        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        const ControlServers control{r.check.inspection.source, r.check.inspection.target};
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        QVERIFY2(finishMigration(state, control, options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
    }

    void noPasswordInTheTargetLogEvenWhenItLogsEveryStatement() {
        // A target user whose every statement the server logs: the subscription's connection
        // string and the passfile's line must still not put the password in the log.
        const QString logPath =
            qEnvironmentVariable("PGM_TEST_LOG_DIR") + QStringLiteral("/target.log");
        QVERIFY2(QFileInfo::exists(logPath), qPrintable(logPath));
        resetDatabases();
        auto targetAdmin = pgtest::connect(Cluster::Target);
        targetAdmin->execScript(
            QStringLiteral("DROP ROLE IF EXISTS pgm_logged_admin; "
                           "CREATE ROLE pgm_logged_admin LOGIN SUPERUSER PASSWORD '%1'; "
                           "ALTER ROLE pgm_logged_admin SET log_statement = 'all'")
                .arg(pgtest::password()));
        const qint64 logStart = QFileInfo(logPath).size();
        MigrationRequest r = request(TablesWithoutPk::ReplicaIdentityFull);
        r.check.inspection.target.user = QStringLiteral("pgm_logged_admin");
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        const ControlServers control{r.check.inspection.source, r.check.inspection.target};
        QVERIFY(stopMigration(state, control).isEmpty());
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(logStart);
        const QByteArray written = log.readAll();
        QVERIFY2(written.contains("statement: "), "the target logged no statement at all");
        QVERIFY(!written.contains(pgtest::password().toUtf8()));
        pgtest::dropDatabase(Cluster::Target, kDb);
        targetAdmin->execScript(QStringLiteral("REASSIGN OWNED BY pgm_logged_admin TO postgres; "
                                               "DROP OWNED BY pgm_logged_admin; "
                                               "DROP ROLE pgm_logged_admin"));
        assertNoReplicationLeft();
    }

    void slotCreationWaitIsBoundedAndNamesTheBlocker() {
        resetDatabases();
        // A transaction holding an xid, left open: slot creation must wait for it.
        auto blocker = pgtest::connect(Cluster::Source, kDb);
        blocker->execScript(
            QStringLiteral("BEGIN; INSERT INTO accounts (owner, balance) VALUES ('blocker', 0)"));
        const QString pid = blocker->exec(QStringLiteral("SELECT pg_backend_pid()")).scalar();
        MigrationRequest r = request(TablesWithoutPk::Dump);
        r.slotTimeout = std::chrono::seconds(3);
        QElapsedTimer timer;
        timer.start();
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY(timer.elapsed() < 60000);
        QCOMPARE(state.databases[0].status, DbStatus::Failed);
        QVERIFY2(state.databases[0].error.contains(QStringLiteral("within 3 s")) &&
                     state.databases[0].error.contains(QStringLiteral("pid ") + pid),
                 qPrintable(state.databases[0].error));
        blocker->exec(QStringLiteral("ROLLBACK"));
        assertNoReplicationLeft();
    }

    void statusReadsEveryDatabaseAndTellsThemApart() {
        // Status reads every database's slot and subscription in one query per server: each
        // database must get its own reading back, whatever its name.
        const QStringList names = {QStringLiteral("status one"), QStringLiteral("status \"two\""),
                                   QStringLiteral("st\u00e1tus 3")};
        for (const QString& name : names) {
            pgtest::dropReplicationLeftovers(name);
            pgtest::recreateDatabase(Cluster::Source, name);
            pgtest::dropDatabase(Cluster::Target, name);
            pgtest::connect(Cluster::Source, name)
                ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text);"
                                            "INSERT INTO t SELECT g, 'v' || g "
                                            "FROM generate_series(1, 1000) g;"));
        }
        MigrationRequest r = request(TablesWithoutPk::Dump);
        r.check.inspection.excludedDatabases.clear();
        for (const QString& name : pgtest::sourceDatabasesExcept(names[0])) {
            if (!names.contains(name)) {
                r.check.inspection.excludedDatabases << name;
            }
        }
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QCOMPARE(state.databases.size(), qsizetype(3));
        for (const DatabaseState& db : state.databases) {
            QVERIFY2(db.status == DbStatus::Syncing, qPrintable(db.dbname + db.error));
        }
        // The second one's subscription is disabled behind the tool's back; a row written on
        // the source of the third must not make its lag anyone else's.
        pgtest::connect(Cluster::Target, names[1])
            ->exec(QStringLiteral("ALTER SUBSCRIPTION %1 DISABLE")
                       .arg(ReplicationNames::forDatabase(state.id, names[1]).subscription));
        pgtest::connect(Cluster::Source, names[2])
            ->exec(QStringLiteral("INSERT INTO t VALUES (0, 'late')"));
        const QStringList notes = refreshReplicationStatus(state, servers());
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
        for (const DatabaseState& db : state.databases) {
            if (db.dbname == names[1]) {
                QCOMPARE(db.status, DbStatus::Failed);
                QVERIFY2(db.error.contains(QStringLiteral("disabled")), qPrintable(db.error));
            } else {
                QVERIFY2(db.status == DbStatus::Syncing, qPrintable(db.dbname + db.error));
                QVERIFY(db.lagBytes >= 0);
                QVERIFY(db.retainedBytes >= 0);
            }
        }
        // A target out of reach is said once, and leaves every database as it was: unknown is
        // not failed.
        ControlServers away = servers();
        away.target.port = 1; // nothing listens there
        const QStringList unreachable = refreshReplicationStatus(state, away);
        QVERIFY2(unreachable.size() == 1 &&
                     unreachable[0].startsWith(QStringLiteral("target not reachable")),
                 qPrintable(unreachable.join(QLatin1Char('\n'))));
        for (const DatabaseState& db : state.databases) {
            QCOMPARE(db.status, db.dbname == names[1] ? DbStatus::Failed : DbStatus::Syncing);
        }
        // The third one still streams.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM t"),
                              names[2]) == QLatin1String("1001");
            },
            30000));
        const QStringList left = stopMigration(state, servers());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        for (const QString& name : names) {
            QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM t"), name),
                     name == names[2] ? QStringLiteral("1001") : QStringLiteral("1000"));
            const QString difference = pgtest::schemaDifference(name);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            pgtest::dropDatabase(Cluster::Target, name);
            pgtest::dropDatabase(Cluster::Source, name);
        }
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral("SELECT count(*) FROM pg_replication_slots "
                                       "WHERE slot_name LIKE 'pgmigrate%'"),
                        QStringLiteral("postgres")),
                 QStringLiteral("0"));
    }

    void startingOverNeverDuplicates() {
        resetDatabases();
        MigrationState first =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QCOMPARE(first.databases[0].status, DbStatus::Syncing);
        QVERIFY(stopMigration(first, servers()).isEmpty());
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('between', 1)"));

        MigrationState refused =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QCOMPARE(refused.databases[0].status, DbStatus::Failed);
        QVERIFY(refused.databases[0].error.contains(QStringLiteral("duplicate rows")));
        assertNoReplicationLeft();

        MigrationRequest over = request(TablesWithoutPk::Dump);
        over.ifExists = IfExists::Truncate;
        MigrationState second = MigrationRunner(over, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(second.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(second.toStatusJson()).toJson().constData());
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('after', 1)"));
        finishAndCompare(second);
    }

    void triggersThatFireOnReplicatedRowsWaitForTheCutover() {
        // ENABLE ALWAYS (as some platforms set their audit and search-index triggers) and
        // ENABLE REPLICA triggers fire in the subscription's apply worker and in the copy's
        // replica sessions: on the target they would write each audit row a second time. They
        // stay disabled there while anything replicates, through a stop (the source out of
        // reach) and a start over into the tables left, and take their states back at the
        // cut-over. A partition's clone of
        // an ALWAYS trigger, disabled on the source, keeps its own state.
        resetDatabases();
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE audit (id bigserial PRIMARY KEY, note text);"
                "CREATE FUNCTION note_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "INSERT INTO public.audit (note) VALUES (TG_TABLE_NAME || ' ' || TG_OP); "
                "RETURN NEW; END $$;"
                "CREATE TRIGGER always_audit AFTER INSERT ON accounts FOR EACH ROW "
                "EXECUTE FUNCTION note_row();"
                "ALTER TABLE accounts ENABLE ALWAYS TRIGGER always_audit;"
                "CREATE TRIGGER replica_audit AFTER UPDATE ON accounts FOR EACH ROW "
                "EXECUTE FUNCTION note_row();"
                "ALTER TABLE accounts ENABLE REPLICA TRIGGER replica_audit;"
                // A name with quotes, spaces and non-ASCII letters, kept in the state file.
                "CREATE TRIGGER \"ünï \"\"trig\"\" x\" AFTER DELETE ON accounts FOR EACH ROW "
                "EXECUTE FUNCTION note_row();"
                "ALTER TABLE accounts ENABLE REPLICA TRIGGER \"ünï \"\"trig\"\" x\";"
                "CREATE TABLE readings (id int PRIMARY KEY, v int) PARTITION BY RANGE (id);"
                "CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (0) TO (100);"
                "CREATE TABLE readings_high PARTITION OF readings FOR VALUES FROM (100) TO (200);"
                "CREATE TRIGGER readings_audit AFTER INSERT ON readings FOR EACH ROW "
                "EXECUTE FUNCTION note_row();"
                "ALTER TABLE readings ENABLE ALWAYS TRIGGER readings_audit;"
                "ALTER TABLE readings_high DISABLE TRIGGER readings_audit;"
                "INSERT INTO readings VALUES (1, 1), (150, 1);"));
        const QString states = triggerStates(Cluster::Source);
        QVERIFY2(states.contains(QStringLiteral("readings_high.readings_audit=D")),
                 qPrintable(states));
        const auto syncWrites = [](int id) {
            auto source = pgtest::connect(Cluster::Source, kDb);
            source->execScript(
                QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('synced', 1);"
                               "UPDATE accounts SET balance = balance + 1 WHERE id < 3;"
                               "INSERT INTO readings VALUES (%1, 2), (%2, 2);")
                    .arg(id)
                    .arg(id + 100));
        };

        MigrationState first =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(first.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(first.toStatusJson()).toJson().constData());
        QVERIFY2(first.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("always_audit")),
                 qPrintable(first.warnings.join(QLatin1Char('\n'))));
        QVERIFY(!triggerStates(Cluster::Target).contains(QLatin1Char('A')));
        syncWrites(2);
        // A stop while the source is out of reach gives them the states the run kept before
        // disabling them (the clone's own one too); what is left on the source is said, and a
        // stop once it is back removes it.
        ControlServers sourceAway = servers();
        sourceAway.source.port = 1; // nothing listens there
        const QString stopped = stopMigration(first, sourceAway).join(QLatin1Char('\n'));
        QVERIFY2(!stopped.contains(QStringLiteral("trigger")), qPrintable(stopped));
        QCOMPARE(triggerStates(Cluster::Target), states);
        QVERIFY(first.databases[0].triggerStates.isEmpty());
        const QStringList again = stopMigration(first, servers());
        QVERIFY2(again.isEmpty(), qPrintable(again.join(QLatin1Char('\n'))));
        QCOMPARE(triggerStates(Cluster::Target), states);

        MigrationRequest over = request(TablesWithoutPk::Dump);
        over.ifExists = IfExists::Truncate;
        MigrationState second = MigrationRunner(over, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(second.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(second.toStatusJson()).toJson().constData());
        syncWrites(3);
        finishAndCompare(second);
        const QString audit = QStringLiteral(
            "SELECT count(*) || ':' || md5(string_agg(id || note, ',' ORDER BY id)) FROM audit");
        QCOMPARE(scalar(Cluster::Target, audit), scalar(Cluster::Source, audit));
        QCOMPARE(triggerStates(Cluster::Target), states);
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aSourceMadeReadOnlyBeforeTheFinishStillCutsOver() {
        // A DBA stops the application's writes by making the source database read-only
        // (ALTER DATABASE ... SET default_transaction_read_only = on) before the finish. The
        // finish's own sessions must still remove the publication, the slot and the replica
        // identities there, and `--freeze-writes` must leave that setting as the DBA set it.
        resetDatabases();
        MigrationState state = MigrationRunner(request(TablesWithoutPk::ReplicaIdentityFull),
                                               StateStore(m_stateDir.path()), nullptr)
                                   .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY(!state.databases[0].replicaIdentityFull.isEmpty());
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO accounts (owner, balance) VALUES ('last', 1)"));
        const QString readOnly =
            QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(kDb);
        pgtest::connect(Cluster::Source)->exec(readOnly);
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        options.freezeWrites = true;
        QVERIFY2(finishMigration(state, servers(), options, nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral("SELECT count(*) FROM pg_class WHERE relreplident = 'f'")),
                 QStringLiteral("0"));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(scalar(Cluster::Source,
                        QStringLiteral("SELECT array_to_string(setconfig, ',') FROM "
                                       "pg_db_role_setting WHERE setrole = 0 AND setdatabase = "
                                       "(SELECT oid FROM pg_database WHERE datname = "
                                       "current_database())")),
                 QStringLiteral("default_transaction_read_only=on"));
        pgtest::connect(Cluster::Source)
            ->exec(
                QStringLiteral("ALTER DATABASE %1 RESET default_transaction_read_only").arg(kDb));
    }

    void idleSessionTimeoutsDoNotEndTheCutoversSessions() {
        // The finish opens its cleanup sessions first and uses them last, after the drain and
        // the verification: a server's idle_session_timeout (14+) must not end them.
        resetDatabases();
        MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        const QString idle =
            QStringLiteral("ALTER DATABASE %1 SET idle_session_timeout = '300ms'").arg(kDb);
        pgtest::connect(Cluster::Source)->exec(idle);
        pgtest::connect(Cluster::Target)->exec(idle);
        finishAndCompare(state);
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void eventTriggersAreMadeOnTheTargetAtTheCutover() {
        // A DDL audit log: on the target its trigger would log the run's index builds and the
        // cut-over's ALTERs beside the replicated rows, so it is made last, once replication is
        // gone; then the target audits as the source did.
        resetDatabases();
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE ddl_log (id serial PRIMARY KEY, tag text);"
                "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
                "$$BEGIN INSERT INTO ddl_log (tag) VALUES (tg_tag); END$$;"
                "CREATE EVENT TRIGGER \"ünï audit\" ON ddl_command_end WHEN TAG IN "
                "('CREATE INDEX', 'ALTER TABLE', 'GRANT') EXECUTE PROCEDURE log_ddl();"
                "CREATE EVENT TRIGGER quiet ON sql_drop EXECUTE PROCEDURE log_ddl();"
                "ALTER EVENT TRIGGER quiet ENABLE ALWAYS;"
                "COMMENT ON EVENT TRIGGER \"ünï audit\" IS 'the auditors'' one';"
                "CREATE INDEX accounts_owner ON accounts (owner);"));
        MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("SELECT count(*) FROM pg_event_trigger")),
                 QStringLiteral("0"));
        finishAndCompare(state);
        const QString events =
            QStringLiteral("SELECT string_agg(evtname || ':' || evtenabled::text, ',' ORDER BY "
                           "evtname) FROM pg_event_trigger");
        QCOMPARE(scalar(Cluster::Target, events), scalar(Cluster::Source, events));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString warnings = state.warnings.join(QLatin1Char('\n'));
        QVERIFY2(!warnings.contains(QStringLiteral("event trigger")), qPrintable(warnings));
        const QString logged = QStringLiteral("SELECT count(*) FROM ddl_log");
        QCOMPARE(scalar(Cluster::Target, logged), QStringLiteral("1")); // the source's index
        pgtest::connect(Cluster::Target, kDb)
            ->exec(QStringLiteral("CREATE INDEX accounts_balance ON accounts (balance)"));
        QCOMPARE(scalar(Cluster::Target, logged), QStringLiteral("2"));
        pgtest::connect(Cluster::Target, kDb)->exec(QStringLiteral("DROP INDEX accounts_balance"));

        // Again into the database now there: the run disables both while it writes. One the
        // source drops meanwhile gets back the state it had; the other the source's.
        MigrationRequest again = request(TablesWithoutPk::Dump);
        again.ifExists = IfExists::Truncate;
        state = MigrationRunner(again, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(scalar(Cluster::Target, events), QStringLiteral("quiet:D,ünï audit:D"));
        pgtest::connect(Cluster::Source, kDb)->exec(QStringLiteral("DROP EVENT TRIGGER quiet"));
        finishAndCompare(state);
        QCOMPARE(scalar(Cluster::Target, events), QStringLiteral("quiet:A,ünï audit:O"));
        QVERIFY(state.databases[0].triggerStates.isEmpty());

        // Once more, and while it syncs the source gets an event trigger whose function the
        // target lacks (DDL is not replicated): giving fails as a whole, so the triggers the run
        // disabled get back the states they had, and a note gives the statements.
        state = MigrationRunner(again, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases[0].status == DbStatus::Syncing,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        // `quiet` is the target's own now (check names it): the run leaves it as it is.
        QCOMPARE(scalar(Cluster::Target, events), QStringLiteral("quiet:A,ünï audit:D"));
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE FUNCTION newcomer() RETURNS event_trigger LANGUAGE plpgsql AS "
                "$$BEGIN END$$;"
                "CREATE EVENT TRIGGER newcomer ON ddl_command_end EXECUTE PROCEDURE newcomer();"
                // Given, it would be R; its state before the run was O.
                "ALTER EVENT TRIGGER \"ünï audit\" ENABLE REPLICA;"));
        finishAndCompare(state);
        QCOMPARE(scalar(Cluster::Target, events), QStringLiteral("quiet:A,ünï audit:O"));
        QVERIFY(state.databases[0].triggerStates.isEmpty());
        const QString notes = state.warnings.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("could not be made on the target")) &&
                     notes.contains(QStringLiteral("CREATE EVENT TRIGGER newcomer")),
                 qPrintable(notes));
    }

    void aChangeFreezeOnTheSourceFailsTheDatabaseByItsStep() {
        // A DBA's change freeze (an event trigger refusing DDL) on the source: the publication
        // is DDL, so replication fails there, naming that step, and leaves nothing behind.
        resetDatabases();
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(
                QStringLiteral("CREATE FUNCTION no_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
                               "$$BEGIN RAISE EXCEPTION 'change freeze (%)', tg_tag; END$$;"
                               "CREATE EVENT TRIGGER change_freeze ON ddl_command_start EXECUTE "
                               "PROCEDURE no_ddl();"));
        const MigrationState state =
            MigrationRunner(request(TablesWithoutPk::Dump), StateStore(m_stateDir.path()), nullptr)
                .run();
        QCOMPARE(state.databases[0].status, DbStatus::Failed);
        QVERIFY2(state.databases[0].error.startsWith(QStringLiteral("create publication: ")) &&
                     state.databases[0].error.contains(QStringLiteral("change freeze")),
                 qPrintable(state.databases[0].error));
        assertNoReplicationLeft();
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("DROP EVENT TRIGGER change_freeze"));
    }

    void maxReplicationLagWithStopReplicationCutsOver() {
        // The reference tool's flags: wait for the lag, then cut over, in one command.
        resetDatabases();
        const MigrationRequest r = request(TablesWithoutPk::Dump);
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI),
                      {QStringLiteral("migrate"), QStringLiteral("--source"),
                       pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                       pgtest::serverUri(Cluster::Target), QStringLiteral("--exclude-db"),
                       r.check.inspection.excludedDatabases.join(QLatin1Char(',')),
                       QStringLiteral("--tables-without-pk"), QStringLiteral("dump"),
                       QStringLiteral("--max-replication-lag"), QStringLiteral("1000000"),
                       QStringLiteral("--stop-replication")});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && out.contains("replication  done"), out.constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        assertNoReplicationLeft();
    }
};

PGM_PG_TEST_MAIN(TestReplication)
#include "tst_replication.moc"
