#include "CheckRunner.h"
#include "MigrationRunner.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "ReplicationControl.h"
#include "SchemaDump.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <atomic>
#include <csignal>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kApp = QStringLiteral("pgm_app");
const QString kOdd = QStringLiteral("pgm odd \"db\" ü");
const QString kExcluded = QStringLiteral("pgm_excluded");
const QString kBig = QStringLiteral("pgm_big");

std::atomic_int g_insertBatches{0};
std::atomic_int g_failedInsertBatches{0};
std::atomic_int g_postDataScripts{0}; // databases whose indexes went as scripts
QtMessageHandler g_previousHandler = nullptr;

// Counts the batches the runner sent as INSERTs and those that failed (its debug log says
// so); passes on the rest but the copy's other debug lines.
void countInsertBatches(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QLatin1String("in one batch of INSERTs"))) {
        ++g_insertBatches;
    } else if (message.contains(QLatin1String("indexes and constraints of small tables:"))) {
        ++g_postDataScripts;
    } else if (message.contains(QLatin1String("batch of INSERTs failed"))) {
        ++g_failedInsertBatches;
        qWarning("%s", qPrintable(message));
    } else if (type != QtDebugMsg && g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

MigrationRequest request(QStringList exclude) {
    MigrationRequest r;
    r.check.inspection.source = pgtest::settings(Cluster::Source);
    r.check.inspection.target = pgtest::settings(Cluster::Target);
    r.check.inspection.excludedDatabases = std::move(exclude);
    r.check.inspection.connectTimeout = std::chrono::seconds(5);
    r.check.method = MethodChoice::Dump;
    r.jobs = 2;
    return r;
}

QString describe(const MigrationState& state) {
    return QString::fromUtf8(QJsonDocument(state.toStatusJson()).toJson());
}

/// A new source database `db` (and none on the target) with 20 orders, each of which wrote an
/// audit row through an AFTER INSERT trigger on orders: `triggerState` is what ALTER TABLE
/// sets it to after ("ENABLE ALWAYS"; empty leaves it a plain one).
void createAuditedOrders(const QString& db, const QString& triggerState) {
    pgtest::recreateDatabase(Cluster::Source, db);
    pgtest::dropDatabase(Cluster::Target, db);
    pgtest::connect(Cluster::Source, db)
        ->execScript(
            QStringLiteral("CREATE TABLE audit (id bigserial PRIMARY KEY, note text);"
                           "CREATE TABLE orders (id int PRIMARY KEY, total int);"
                           "CREATE FUNCTION note_order() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN INSERT INTO public.audit (note) VALUES ('order ' || NEW.id); "
                           "RETURN NEW; END $$;"
                           "CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW "
                           "EXECUTE FUNCTION note_order();%1"
                           "INSERT INTO orders SELECT g, g FROM generate_series(1, 20) g;")
                .arg(triggerState.isEmpty()
                         ? QString()
                         : QStringLiteral("ALTER TABLE orders %1 TRIGGER orders_audit;")
                               .arg(triggerState)));
}

/// Each table's rows, hashed in a canonical order: computed differently from the engine's own
/// checksum, so a bug there cannot hide itself.
QMap<QString, QString> tableFingerprints(Cluster cluster, const QString& dbname) {
    auto db = pgtest::connect(cluster, dbname);
    db->execScript(QStringLiteral("SET DateStyle = 'ISO, MDY'; SET TimeZone = 'UTC'; "
                                  "SET extra_float_digits = 3; SET bytea_output = 'hex'"));
    const PgResult tables = db->exec(QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN "
        "('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' ORDER BY 1"));
    QMap<QString, QString> prints;
    for (int row = 0; row < tables.rows(); ++row) {
        const QString table = tables.text(row, 0);
        prints.insert(
            table,
            db->exec(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                                    "'|' ORDER BY t::text)), '') FROM ") +
                     table + QStringLiteral(" t"))
                .scalar());
    }
    return prints;
}

QString scalar(Cluster cluster, const QString& dbname, const QString& sql) {
    return pgtest::connect(cluster, dbname)->exec(sql).scalar();
}

/// A database's check `id` as "status: remedy", or "missing".
QString checkRemedy(const CheckReport& report, const QString& id, const QString& dbname) {
    for (const Check& check : report.outcome.checks) {
        if (check.id == id && check.dbname == dbname) {
            return statusName(check.status) + QStringLiteral(": ") + check.remedy;
        }
    }
    return QStringLiteral("missing");
}

/// How each table of `dbname` was loaded, from the target's catalog: tables of 1 MB or more on
/// the source (`large`) must have every page in the visibility map (COPY FREEZE or VACUUM), the
/// others must still be in the files the schema restore made (no TRUNCATE). Lists the tables
/// that are not so, and how many large ones there were in *largeTables.
QStringList tablesLoadedTheWrongWay(const QString& dbname, int* largeTables) {
    const QString listed =
        QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname), %1 FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' "
                       "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                       "AND n.nspname NOT LIKE 'pg\\_toast%'");
    QHash<QString, bool> large;
    const PgResult sizes =
        pgtest::connect(Cluster::Source, dbname)
            ->exec(listed.arg(QStringLiteral("pg_table_size(c.oid) >= 1048576")));
    for (int row = 0; row < sizes.rows(); ++row) {
        large.insert(sizes.text(row, 0), sizes.boolean(row, 1));
    }
    const PgResult loaded =
        pgtest::connect(Cluster::Target, dbname)
            ->exec(listed.arg(QStringLiteral("format('%s %s %s', c.relfilenode = c.oid, "
                                             "c.relpages, c.relallvisible)")));
    QStringList wrong;
    *largeTables = 0;
    for (int row = 0; row < loaded.rows(); ++row) {
        const QString name = loaded.text(row, 0);
        const QStringList facts = loaded.text(row, 1).split(QLatin1Char(' '));
        if (large.value(name)) {
            ++*largeTables;
            if (facts[1].toLongLong() == 0 || facts[2] != facts[1]) {
                wrong << name + QStringLiteral(": ") + facts[2] + QStringLiteral(" of ") +
                             facts[1] + QStringLiteral(" pages all-visible");
            }
        } else if (facts[0] != QLatin1String("t")) {
            wrong << name + QStringLiteral(": small, yet rewritten");
        }
    }
    return wrong;
}

/// Six tables of 250 000 rows: big enough to interrupt mid-copy.
void createBigDatabase() {
    pgtest::recreateDatabase(Cluster::Source, kBig);
    auto big = pgtest::connect(Cluster::Source, kBig);
    for (int i = 0; i < 6; ++i) {
        big->execScript(
            QStringLiteral(
                "CREATE TABLE t%1 AS SELECT g AS id, md5(g::text) || md5((g * %1)::text) AS v "
                "FROM generate_series(1, 250000) g; ALTER TABLE t%1 ADD PRIMARY KEY (id)")
                .arg(i));
    }
}

/// The target's tables in `dbname` that have no statistics, comma-separated.
QString unanalyzedTables(const QString& dbname) {
    return scalar(Cluster::Target, dbname,
                  QStringLiteral("SELECT coalesce(string_agg(relid::regclass::text, ', '), '') "
                                 "FROM pg_stat_user_tables WHERE last_analyze IS NULL AND "
                                 "last_autoanalyze IS NULL"));
}

/// The transaction that wrote each small table's first row on the target, one per table that
/// has rows (its xmin).
QStringList rowTransactions(const QString& dbname) {
    auto db = pgtest::connect(Cluster::Target, dbname);
    const PgResult tables = db->exec(QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', "
        "'information_schema') AND n.nspname !~ '^pg_toast' AND pg_table_size(c.oid) < 1048576"));
    QStringList xmins;
    for (int row = 0; row < tables.rows(); ++row) {
        const QString xmin =
            db->exec(QStringLiteral("SELECT min(xmin::text) FROM ONLY ") + tables.text(row, 0))
                .scalar();
        if (!xmin.isEmpty()) {
            xmins << xmin;
        }
    }
    return xmins;
}

bool databaseExists(Cluster cluster, const QString& dbname) {
    return scalar(cluster, QStringLiteral("postgres"),
                  QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ") +
                      pgtest::connect(cluster)->quoteLiteral(dbname)) == QLatin1String("1");
}

} // namespace

class TestMigration : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

private slots:
    void initTestCase() {
        QProcess loader;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), pgtest::password());
        loader.setProcessEnvironment(env);
        loader.start(QStringLiteral(PGMIGRATE_DATASET),
                     {QStringLiteral("127.0.0.1"), QString::number(pgtest::port(Cluster::Source))});
        QVERIFY(loader.waitForFinished(120000));
        QVERIFY2(loader.exitCode() == 0, loader.readAllStandardError().constData());
        for (const QString& name : {kApp, kOdd, kExcluded, kBig}) {
            pgtest::dropDatabase(Cluster::Target, name);
        }
    }

    void cleanupTestCase() {
        for (const QString& name : {kApp, kOdd, kExcluded, kBig, QStringLiteral("pgm_own_a"),
                                    QStringLiteral("pgm_own_b")}) {
            pgtest::dropDatabase(Cluster::Source, name);
            pgtest::dropDatabase(Cluster::Target, name);
        }
    }

    void wholeClusterArrivesVerified() {
        MigrationRequest r = request({kExcluded});
        r.skipTables << kApp + QStringLiteral(".public.scratch");
        // Every table takes the large tables' path when jobs are spare: read back in parts,
        // its primary key built meanwhile and left out of the post-data restore.
        r.largeTableBytes = 0;
        r.jobs = 4;
        MigrationRunner migration(r, StateStore(m_stateDir.path()), nullptr);
        const MigrationState state = migration.run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(state.overallMethod(), QStringLiteral("pg_dump"));
        for (const QString& db : {kApp, kOdd}) {
            const QString difference = pgtest::schemaDifference(db);
            QVERIFY2(difference.isEmpty(), qPrintable(db + QLatin1Char('\n') + difference));
        }
        // Where the time went, phase by phase (`status` prints it).
        for (const DatabaseState& db : state.databases) {
            for (const Phase phase :
                 {Phase::Schema, Phase::Data, Phase::Indexes, Phase::Verify, Phase::Analyze}) {
                QVERIFY2(db.phaseSeconds.value(phase, -1) >= 0,
                         qPrintable(db.dbname + QLatin1Char(' ') + phaseId(phase)));
            }
            QVERIFY(!db.phaseSeconds.contains(Phase::Finished));
        }

        // Independently computed fingerprints match, table by table (skipped one aside).
        for (const QString& db : {kApp, kOdd}) {
            QMap<QString, QString> source = tableFingerprints(Cluster::Source, db);
            QMap<QString, QString> target = tableFingerprints(Cluster::Target, db);
            if (db == kApp) {
                QVERIFY(source.take(QStringLiteral("public.scratch")) != QStringLiteral("0:"));
                QCOMPARE(target.take(QStringLiteral("public.scratch")), QStringLiteral("0:"));
            }
            QCOMPARE(target, source);
        }
        // The planner has statistics for every table, partitioned roots included (autovacuum
        // never analyzes those), and for the materialized view.
        for (const QString& db : {kApp, kOdd}) {
            QCOMPARE(unanalyzedTables(db), QString());
        }
        // Tables of 1 MB and more arrive with their visibility map (index-only scans need it);
        // smaller ones are loaded into the files the schema made: at 20,000 tables the new
        // files of a TRUNCATE per table cost more than their rows.
        int largeTables = 0;
        for (const QString& db : {kApp, kOdd}) {
            int large = 0;
            const QStringList wrong = tablesLoadedTheWrongWay(db, &large);
            QVERIFY2(wrong.isEmpty(),
                     qPrintable(db + QStringLiteral(": ") + wrong.join(QStringLiteral(", "))));
            largeTables += large;
        }
        QVERIFY(largeTables > 0);
        // The excluded database is left alone; the audit trigger did not fire during the load.
        QVERIFY(!databaseExists(Cluster::Target, kExcluded));
        QCOMPARE(scalar(Cluster::Target, kApp, QStringLiteral("SELECT count(*) FROM audit_log")),
                 QStringLiteral("5"));
        // An extension's configuration table: its own two rows plus the user's one, once.
        QCOMPARE(scalar(Cluster::Target, kApp,
                        QStringLiteral(
                            "SELECT string_agg(k, ',' ORDER BY k) FROM pgm_ext.pgm_ext_settings")),
                 QStringLiteral("locale,theme,version"));
        // Sequences, large objects, the materialized view, policies and grants.
        QCOMPARE(scalar(Cluster::Target, kApp, QStringLiteral("SELECT last_value FROM invoice_no")),
                 QStringLiteral("987654321"));
        QCOMPARE(scalar(Cluster::Target, kApp,
                        QStringLiteral("SELECT string_agg(md5(lo_get(oid)), ',' ORDER BY oid) FROM "
                                       "pg_largeobject_metadata")),
                 scalar(Cluster::Source, kApp,
                        QStringLiteral("SELECT string_agg(md5(lo_get(oid)), ',' ORDER BY oid) FROM "
                                       "pg_largeobject_metadata")));
        QCOMPARE(scalar(Cluster::Target, kApp,
                        QStringLiteral("SELECT pg_get_userbyid(lomowner) FROM "
                                       "pg_largeobject_metadata WHERE oid = 424201")),
                 QStringLiteral("pgm_app_owner"));
        QCOMPARE(scalar(Cluster::Target, kApp, QStringLiteral("SELECT count(*) FROM pg_policy")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(Cluster::Target, kApp,
                        QStringLiteral("SELECT has_table_privilege('pgm_app_reader', "
                                       "'public.customers', 'SELECT')::text")),
                 QStringLiteral("true"));
        QCOMPARE(
            scalar(Cluster::Target, kApp,
                   QStringLiteral(
                       "SELECT relowner::regrole::text FROM pg_class WHERE relname = 'customers'")),
            QStringLiteral("pgm_app_owner"));
        // A LOGIN role keeps its password (its SCRAM verifier was carried).
        ConnectionSettings login =
            pgtest::settings(Cluster::Target, QStringLiteral("pgm_app_login"), kApp);
        login.password = QStringLiteral("login-pass-1");
        auto asLogin = PgConnection::open(login, std::chrono::seconds(5));
        QCOMPARE(asLogin->exec(QStringLiteral("SELECT count(*) FROM customers")).scalar(),
                 QStringLiteral("4283"));
        // The state holds no password.
        QFile stateFile(StateStore(m_stateDir.path()).statePath(state.id));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QByteArray saved = stateFile.readAll();
        QVERIFY(!saved.contains(pgtest::password().toUtf8()));
        QVERIFY(saved.contains("\"verified\": true"));
    }

    void verifyCommandSpotsADifference() {
        const QProcessEnvironment env = pgtest::cliEnvironment();
        const QStringList arguments = {QStringLiteral("verify"),
                                       QStringLiteral("--source"),
                                       pgtest::serverUri(Cluster::Source),
                                       QStringLiteral("--target"),
                                       pgtest::serverUri(Cluster::Target),
                                       QStringLiteral("--exclude-db"),
                                       kExcluded,
                                       QStringLiteral("--skip-table"),
                                       kApp + QStringLiteral(".public.scratch"),
                                       QStringLiteral("--json")};
        const auto verify = [&] {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
            process.waitForFinished(60000);
            return std::make_pair(process.exitCode(), process.readAllStandardOutput());
        };
        auto [code, out] = verify();
        QVERIFY2(code == 0, out.constData());
        pgtest::connect(Cluster::Target, kApp)
            ->exec(
                QStringLiteral("UPDATE customers SET email = 'changed@example.com' WHERE id = 7"));
        std::tie(code, out) = verify();
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("public.customers: same row count (5000) but different contents"),
                 out.constData());
    }

    void rerunRefusesThenTruncatesWithoutDuplicates() {
        MigrationRunner again(request({kExcluded}), StateStore(m_stateDir.path()), nullptr);
        const MigrationState refused = again.run();
        QCOMPARE(refused.overallStatus(), DbStatus::Failed);
        QVERIFY2(refused.toStatusJson()[QStringLiteral("migration")][QStringLiteral("error")]
                     .toString()
                     .contains(QStringLiteral("duplicate rows")),
                 qPrintable(describe(refused)));

        MigrationRequest truncate = request({kExcluded});
        truncate.ifExists = IfExists::Truncate;
        MigrationRunner replace(truncate, StateStore(m_stateDir.path()), nullptr);
        const MigrationState state = replace.run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, kApp),
                 tableFingerprints(Cluster::Source, kApp));
        QCOMPARE(scalar(Cluster::Target, kApp, QStringLiteral("SELECT count(*) FROM audit_log")),
                 QStringLiteral("5")); // the trigger exists now and still did not fire
    }

    void aSchemaDumpThatFailsEmptiesNothing() {
        // Started over onto the migrated database (--if-exists truncate, as the wizard's Start
        // over) with a pg_dump that dies a second into the run's dump. That dump runs while the
        // target is inspected; its failure must end the run before any target table is emptied.
        QTemporaryDir tools;
        QVERIFY(tools.isValid());
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
        QFile dump(tools.filePath(QStringLiteral("pg_dump")));
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write(
            QStringLiteral("#!/bin/sh\ncase \"$*\" in *--snapshot=*) "
                           "sleep 1; echo 'pg_dump: error: the test made this dump fail' >&2; "
                           "exit 1 ;; esac\nexec %1pg_dump \"$@\"\n")
                .arg(bin)
                .toUtf8());
        dump.close();
        QVERIFY(dump.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner));
        QVERIFY(QFile::link(bin + QStringLiteral("pg_restore"),
                            tools.filePath(QStringLiteral("pg_restore"))));
        const QMap<QString, QString> before = tableFingerprints(Cluster::Target, kApp);
        const QString schemaBefore = pgtest::normalizedSchema(Cluster::Target, kApp);
        QVERIFY2(
            before.value(QStringLiteral("public.customers")).startsWith(QStringLiteral("5000:")),
            "the earlier test migrated pgm_app");

        MigrationRequest over = request({kExcluded});
        over.ifExists = IfExists::Truncate;
        over.check.inspection.pgDumpDir = tools.path();
        MigrationRunner runner(over, StateStore(m_stateDir.path()), nullptr);
        const MigrationState state = runner.run();
        QVERIFY2(state.overallStatus() == DbStatus::Failed, qPrintable(describe(state)));
        QVERIFY2(describe(state).contains(QStringLiteral("the test made this dump fail")),
                 qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, kApp), before);
        QCOMPARE(pgtest::normalizedSchema(Cluster::Target, kApp), schemaBefore);
    }

    void aTruncateLeavesASkippedInheritanceChildAlone() {
        // Started over with --if-exists truncate and a child table skipped: TRUNCATE of its
        // parent without ONLY would empty the child too, whose rows this run does not copy.
        const QString db = QStringLiteral("pgm_inherit");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE parent (id int PRIMARY KEY, v text);"
                "CREATE TABLE child (extra int, PRIMARY KEY (id)) INHERITS (parent);"
                "INSERT INTO parent SELECT g, 'p' || g FROM generate_series(1, 3) g;"
                "INSERT INTO child SELECT g, 'c' || g, g FROM generate_series(11, 12) g;"));
        const QStringList others = pgtest::sourceDatabasesExcept(db);
        MigrationState state =
            MigrationRunner(request(others), StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        pgtest::connect(Cluster::Target, db)
            ->exec(QStringLiteral("INSERT INTO child VALUES (99, 'target only', 0)"));
        pgtest::connect(Cluster::Source, db)
            ->exec(QStringLiteral("INSERT INTO parent VALUES (4, 'p4')"));

        MigrationRequest over = request(others);
        over.ifExists = IfExists::Truncate;
        over.skipTables << db + QStringLiteral(".public.child");
        state = MigrationRunner(over, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT string_agg(id::text, ' ' ORDER BY id) FROM ONLY "
                                       "child")),
                 QStringLiteral("11 12 99"));
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT string_agg(id::text, ' ' ORDER BY id) FROM ONLY "
                                       "parent")),
                 QStringLiteral("1 2 3 4"));
        const QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void alwaysTriggersDoNotFireOnALoadIntoExistingTables() {
        // A start over loads into the tables left, in replica sessions: an ENABLE ALWAYS
        // trigger fired there on each copied row, and wrote a second audit row beside the
        // copied one. It is disabled for the load and given its state back at the end.
        const QString db = QStringLiteral("pgm_always");
        createAuditedOrders(db, QStringLiteral("ENABLE ALWAYS"));
        const QStringList others = pgtest::sourceDatabasesExcept(db);
        MigrationState state =
            MigrationRunner(request(others), StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        MigrationRequest over = request(others);
        over.ifExists = IfExists::Truncate;
        state = MigrationRunner(over, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void eventTriggersComeLastPublicationsAndSubscriptionsAreListed() {
        // A DDL audit log, as many shops keep: on the target its trigger would log the
        // migration's own statements (the materialized view's refresh, the owners) beside the
        // copied rows. So it is made last, and disabled while a later run writes there.
        const QString db = QStringLiteral("pgm_events");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE ddl_log (id serial PRIMARY KEY, tag text);"
                "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
                "$$BEGIN INSERT INTO ddl_log (tag) VALUES (tg_tag); END$$;"
                "CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE PROCEDURE log_ddl();"
                "CREATE EVENT TRIGGER \"no drops\" ON sql_drop WHEN TAG IN ('DROP TABLE') "
                "EXECUTE PROCEDURE log_ddl();"
                "ALTER EVENT TRIGGER \"no drops\" DISABLE;"
                "COMMENT ON EVENT TRIGGER log_ddl IS 'audit';"
                "CREATE TABLE t (id int PRIMARY KEY, v text);"
                "CREATE INDEX t_v ON t (v);"
                "INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 100) g;"
                "CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM t;"
                "CREATE PUBLICATION \"cdc feed\" FOR TABLE t;"
                "CREATE PUBLICATION audit FOR TABLE ddl_log;"
                "CREATE SUBSCRIPTION upstream CONNECTION 'host=192.0.2.1 dbname=x' "
                "PUBLICATION p WITH (connect = false);"));
        MigrationState state = MigrationRunner(request(pgtest::sourceDatabasesExcept(db)),
                                               StateStore(m_stateDir.path()), nullptr)
                                   .run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        const QString events = QStringLiteral(
            "SELECT string_agg(evtname || ':' || evtenabled::text, ',' ORDER BY evtname) "
            "FROM pg_event_trigger");
        QCOMPARE(scalar(Cluster::Target, db, events), QStringLiteral("log_ddl:O,no drops:D"));
        QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QString warnings = state.warnings.join(QLatin1Char('\n'));
        QVERIFY2(!warnings.contains(QStringLiteral("EVENT TRIGGER")), qPrintable(warnings));
        QVERIFY2(
            warnings.contains(QStringLiteral(
                "pgm_events: the source's publications are not migrated: audit, \"cdc feed\".")),
            qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("pgm_events: the source's subscriptions are not "
                                                  "migrated (the target must not replicate on its "
                                                  "own): upstream")),
                 qPrintable(warnings));
        QCOMPARE(scalar(Cluster::Target, db, QStringLiteral("SELECT count(*) FROM pg_publication")),
                 QStringLiteral("0"));

        // Again into the tables now there: the audit trigger on the target is off while the run
        // writes (it logged the refresh and the verification failed), on again at its end.
        MigrationRequest again = request(pgtest::sourceDatabasesExcept(db));
        again.ifExists = IfExists::Truncate;
        QCOMPARE(checkRemedy(runChecksBlocking(again.check),
                             QStringLiteral("target-event-triggers"), db),
                 QStringLiteral("pass: "));
        state = MigrationRunner(again, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QCOMPARE(scalar(Cluster::Target, db, events), QStringLiteral("log_ddl:O,no drops:D"));
        difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // A run that fails after it disabled them leaves them as it found them: here a
        // constraint only the target has refuses the copy.
        pgtest::connect(Cluster::Target, db)
            ->exec(QStringLiteral(
                "ALTER TABLE t ADD CONSTRAINT pgm_refuses CHECK (id < 50) NOT VALID"));
        state = MigrationRunner(again, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Failed &&
                     state.databases[0].error.contains(QStringLiteral("pgm_refuses")),
                 qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db, events), QStringLiteral("log_ddl:O,no drops:D"));
        QVERIFY(state.databases[0].triggerStates.isEmpty());

        // A target user that is not a superuser may not make them: the run gives the statements.
        pgtest::dropDatabase(Cluster::Target, db);
        auto admin = pgtest::connect(Cluster::Target);
        pgtest::createTargetAdmin();
        MigrationRequest managed = request(pgtest::sourceDatabasesExcept(db));
        managed.check.inspection.target.user = QStringLiteral("pgm_target_admin");
        state = MigrationRunner(managed, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QCOMPARE(
            scalar(Cluster::Target, db, QStringLiteral("SELECT count(*) FROM pg_event_trigger")),
            QStringLiteral("0"));
        warnings = state.warnings.join(QLatin1Char('\n'));
        const QString statements = QStringLiteral(
            "CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE PROCEDURE public.log_ddl(); "
            "COMMENT ON EVENT TRIGGER log_ddl IS 'audit'; ALTER EVENT TRIGGER log_ddl OWNER TO "
            "postgres; CREATE EVENT TRIGGER \"no drops\" ON sql_drop WHEN TAG IN ('DROP TABLE') "
            "EXECUTE PROCEDURE public.log_ddl(); ALTER EVENT TRIGGER \"no drops\" DISABLE; ALTER "
            "EVENT TRIGGER \"no drops\" OWNER TO postgres");
        QVERIFY2(warnings.contains(QStringLiteral("pgm_events: event triggers are not migrated "
                                                  "(only a superuser may make them)")) &&
                     warnings.contains(statements),
                 qPrintable(warnings));
        // The statements given make them, comment and state included (the tables stay the
        // admin's: the source's owner is a superuser, which it may not give them to).
        pgtest::connect(Cluster::Target, db)->execScript(statements);
        QCOMPARE(scalar(Cluster::Target, db, events), QStringLiteral("log_ddl:O,no drops:D"));
        const QString comment =
            QStringLiteral("SELECT obj_description(oid, 'pg_event_trigger') FROM pg_event_trigger "
                           "WHERE evtname = 'log_ddl'");
        QCOMPARE(scalar(Cluster::Target, db, comment), QStringLiteral("audit"));
        // Now enabled there, the audit trigger would log a later run's refresh beside the
        // copied rows, and this user may not disable it: the check says so, with what a
        // superuser runs before and after (a run that heeds nothing fails its verification).
        MigrationRequest managedAgain = managed;
        managedAgain.ifExists = IfExists::Truncate;
        const CheckReport report = runChecksBlocking(managedAgain.check);
        const QString remedy = checkRemedy(report, QStringLiteral("target-event-triggers"), db);
        QVERIFY2(
            remedy.startsWith(QStringLiteral("warn: ")) &&
                remedy.contains(QStringLiteral("(ALTER EVENT TRIGGER log_ddl DISABLE;) and "
                                               "enables them after (ALTER EVENT TRIGGER log_ddl "
                                               "ENABLE;)")),
            qPrintable(remedy));
        auto targetDb = pgtest::connect(Cluster::Target, db);
        targetDb->exec(QStringLiteral("ALTER EVENT TRIGGER log_ddl DISABLE"));
        state = MigrationRunner(managedAgain, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        // The trigger is there, so the run does not ask for it again; only for its state.
        warnings = state.warnings.join(QLatin1Char('\n'));
        QVERIFY2(!warnings.contains(QStringLiteral("CREATE EVENT TRIGGER")) &&
                     warnings.contains(QStringLiteral("a superuser runs there: ALTER EVENT "
                                                      "TRIGGER log_ddl ENABLE")),
                 qPrintable(warnings));
        targetDb->exec(QStringLiteral("ALTER EVENT TRIGGER log_ddl ENABLE"));
        QCOMPARE(scalar(Cluster::Target, db, events), QStringLiteral("log_ddl:O,no drops:D"));
        targetDb.reset();
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral("ALTER SUBSCRIPTION upstream SET (slot_name = NONE);"
                                        "DROP SUBSCRIPTION upstream"));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        admin->exec(QStringLiteral("DROP ROLE pgm_target_admin"));
    }

    void aReadOnlyDatabaseMigratesAndStaysReadOnly() {
        // An archive kept read-only (ALTER DATABASE ... SET default_transaction_read_only): given
        // to the new database at its creation, the setting made the schema's restore fail.
        const QString db = QStringLiteral("pgm_archive");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(
                QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text);"
                               "INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 100) g;"
                               "CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM t;"
                               "ALTER DATABASE pgm_archive SET default_transaction_read_only = on;"
                               "ALTER DATABASE pgm_archive SET work_mem = '8MB';"
                               "DROP ROLE IF EXISTS pgm_reporting; CREATE ROLE pgm_reporting;"
                               "ALTER ROLE pgm_reporting IN DATABASE pgm_archive "
                               "SET default_transaction_read_only = on"));
        // Left to choose, the run dumps it: no publication can be made in it.
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        r.check.method = MethodChoice::Auto;
        const MigrationState state =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(state.databases.size(), 1);
        QCOMPARE(state.databases[0].method, MigrationMethod::Dump);
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT array_to_string(setconfig, ' ') FROM "
                                       "pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                       "s.setdatabase WHERE d.datname = 'pgm_archive' "
                                       "AND s.setrole = 0")),
                 QStringLiteral("work_mem=8MB default_transaction_read_only=on"));
        // Another role's read-only default never stood in the way: given with the rest.
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT array_to_string(setconfig, ' ') FROM "
                                       "pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                       "s.setdatabase WHERE d.datname = 'pgm_archive' "
                                       "AND s.setrole = 'pgm_reporting'::regrole")),
                 QStringLiteral("default_transaction_read_only=on"));
        QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // A run killed right after it gave the read-only default, before it saved the database
        // done: its resume must not find every session of its own read-only.
        QString error;
        std::optional<MigrationState> killed = StateStore(m_stateDir.path()).load(state.id, &error);
        QVERIFY2(killed, qPrintable(error));
        killed->databases[0].status = DbStatus::Running;
        killed->databases[0].phase = pgm::Phase::Analyze;
        killed->databases[0].finished = {};
        killed->finished = {};
        QVERIFY2(StateStore(m_stateDir.path()).save(*killed, &error), qPrintable(error));
        MigrationRequest resume = request({});
        resume.id = state.id;
        resume.resume = true;
        const MigrationState resumed =
            MigrationRunner(resume, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(resumed.overallStatus() == DbStatus::Done, qPrintable(describe(resumed)));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT array_to_string(setconfig, ' ') FROM "
                                       "pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                       "s.setdatabase WHERE d.datname = 'pgm_archive' "
                                       "AND s.setrole = 0")),
                 QStringLiteral("work_mem=8MB default_transaction_read_only=on"));
        // Started over, by a new run: the same.
        MigrationRequest over = r;
        over.ifExists = IfExists::Truncate;
        const MigrationState again =
            MigrationRunner(over, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(again.overallStatus() == DbStatus::Done, qPrintable(describe(again)));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT array_to_string(setconfig, ' ') FROM "
                                       "pg_db_role_setting s JOIN pg_database d ON d.oid = "
                                       "s.setdatabase WHERE d.datname = 'pgm_archive' "
                                       "AND s.setrole = 0")),
                 QStringLiteral("work_mem=8MB default_transaction_read_only=on"));

        // A database the target already had is used as it is: none of the source's settings.
        pgtest::recreateDatabase(Cluster::Target, db);
        const MigrationState into =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(into.overallStatus() == DbStatus::Done, qPrintable(describe(into)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_db_role_setting s JOIN "
                                       "pg_database d ON d.oid = s.setdatabase WHERE "
                                       "d.datname = 'pgm_archive'")),
                 QStringLiteral("0"));
        difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source)->exec(QStringLiteral("DROP ROLE pgm_reporting"));
        pgtest::connect(Cluster::Target)->exec(QStringLiteral("DROP ROLE pgm_reporting"));
    }

    void tablesWithoutColumnsArrive() {
        // CREATE TABLE t () and a table whose columns were all dropped still hold rows, which
        // COPY carries; "COPY t () ..." is a syntax error. A small one goes in a batch, the
        // large one (over a megabyte) alone and read back in parts.
        const QString db = QStringLiteral("pgm_nocolumns");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE nothing (); INSERT INTO nothing SELECT FROM generate_series(1, 3);"
                "CREATE TABLE dropped (a int, b text);"
                "INSERT INTO dropped SELECT g, 'b' FROM generate_series(1, 5) g;"
                "ALTER TABLE dropped DROP COLUMN a, DROP COLUMN b;"
                "CREATE TABLE many_nothings ();"
                "INSERT INTO many_nothings SELECT FROM generate_series(1, 200000);"
                "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)"));
        const MigrationState state = MigrationRunner(request(pgtest::sourceDatabasesExcept(db)),
                                                     StateStore(m_stateDir.path()), nullptr)
                                         .run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT (SELECT count(*) FROM nothing) || ' ' || "
                                       "(SELECT count(*) FROM dropped) || ' ' || "
                                       "(SELECT count(*) FROM many_nothings)")),
                 QStringLiteral("3 5 200000"));
        const QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void aDatabaseWithoutTablesMigratesAgain() {
        // Without a table nothing told that an earlier run had restored the schema: a start
        // over (or a resume) restored it again, in one transaction, which failed for ever on
        // "already exists".
        const QString db = QStringLiteral("pgm_notables");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE SCHEMA app; CREATE FUNCTION app.answer() RETURNS int LANGUAGE sql "
                "AS 'SELECT 42'; CREATE VIEW app.v AS SELECT app.answer() AS a;"
                "COMMENT ON VIEW app.v IS 'no tables here'; CREATE SEQUENCE app.s;"
                "SELECT setval('app.s', 7)"));
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        for (int run = 0; run < 2; ++run) {
            const MigrationState state =
                MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
            QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
            QCOMPARE(scalar(Cluster::Target, db,
                            QStringLiteral("SELECT (SELECT a FROM app.v) || ' ' || last_value "
                                           "FROM app.s")),
                     QStringLiteral("42 7"));
            const QString difference = pgtest::schemaDifference(db);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            r.ifExists = IfExists::Truncate; // then started over
        }
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void valuesWhoseBinaryFormHoldsOidsArriveAsTheyAre() {
        // In binary an array names its element type's oid and a composite its fields' ones,
        // which the target checks against its own (a user type's differ: "wrong element
        // type"); a reg* value is an oid itself, which the target took as it was, pointing at
        // nothing there or at something else. Such tables go in text, as pg_dump copies them.
        const QString db = QStringLiteral("pgm_oidtypes");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TYPE mood AS ENUM ('calm', 'busy'); CREATE DOMAIN posint AS int "
                "CHECK (VALUE > 0); CREATE TYPE pair AS (n int, m mood); "
                "CREATE TEXT SEARCH CONFIGURATION own_cfg (COPY = english); "
                "CREATE TABLE audit (id int PRIMARY KEY, moods mood[], p pair, ps pair[], "
                "  counts posint[], cfg regconfig, rel regclass, kind regtype); "
                "CREATE TABLE plain (id int PRIMARY KEY, m mood, n posint); "
                "INSERT INTO audit SELECT i, ARRAY['calm', 'busy']::mood[], ROW(i, "
                "'busy'::mood)::pair, "
                "  ARRAY[ROW(i, 'calm'::mood)::pair], ARRAY[i, i + 1]::posint[], "
                "  CASE WHEN i % 2 = 0 THEN 'own_cfg' ELSE 'english' END::regconfig, "
                "  CASE WHEN i % 2 = 0 THEN 'plain' ELSE 'audit' END::regclass, "
                "  CASE WHEN i % 2 = 0 THEN 'pair' ELSE 'mood' END::regtype "
                "FROM generate_series(1, 200) i; "
                "INSERT INTO plain SELECT i, 'calm', i FROM generate_series(1, 200) i"));
        const MigrationState state = MigrationRunner(request(pgtest::sourceDatabasesExcept(db)),
                                                     StateStore(m_stateDir.path()), nullptr)
                                         .run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        const QString rows = QStringLiteral("SELECT string_agg(a::text, '|' ORDER BY id) FROM "
                                            "audit a");
        QCOMPARE(scalar(Cluster::Target, db, rows), scalar(Cluster::Source, db, rows));
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT to_tsvector(cfg, 'the migrations')::text || ' ' "
                                       "|| rel::text || ' ' || kind::text FROM audit "
                                       "WHERE id = 2")),
                 QStringLiteral("'migrat':2 plain pair"));
        const QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void largeObjectsArriveAsTheSourceHasThemAtAnySize() {
        // One of 1.1 GB (sparse: a byte written past a gap): verification read it whole with
        // lo_get(oid), which the server refuses from 1 GB. Then, started over after the source
        // deleted it, revoked a grant and changed a comment, the target follows.
        const QString db = QStringLiteral("pgm_blobs");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->execScript(
                QStringLiteral("DROP ROLE IF EXISTS pgm_lo_reader; CREATE ROLE pgm_lo_reader"));
        }
        auto source = pgtest::connect(Cluster::Source, db);
        source->execScript(QStringLiteral(
            "SELECT lo_from_bytea(90001, decode(repeat('0123456789abcdef', 200000), 'hex'));"
            "SELECT lo_create(90002); SELECT lo_put(90002, 1100000000, '\\x2a');"
            "SELECT lo_from_bytea(90003, '');"
            "COMMENT ON LARGE OBJECT 90001 IS 'scan';"
            "GRANT SELECT ON LARGE OBJECT 90001 TO pgm_lo_reader;"
            "CREATE TABLE docs (id int PRIMARY KEY, blob oid); INSERT INTO docs VALUES (1, "
            "90001)"));
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        const QString facts = QStringLiteral(
            "SELECT string_agg(concat_ws(' ', m.oid, obj_description(m.oid, 'pg_largeobject'), "
            "m.lomacl::text), '; ' ORDER BY m.oid) || ' | ' || (SELECT md5(lo_get(90001))) "
            "FROM pg_largeobject_metadata m");
        const MigrationState state =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db, facts), scalar(Cluster::Source, db, facts));
        // Past the gap, the byte; the gap not written out (the last megabyte's pages at most,
        // not 537,000 of them).
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT encode(lo_get(90002, 1099999999, 10), 'hex') || ' ' "
                                       "|| (SELECT count(*) <= 512 FROM pg_largeobject WHERE "
                                       "loid = 90002)")),
                 QStringLiteral("002a true"));

        source->execScript(QStringLiteral(
            "SELECT lo_unlink(90002); REVOKE SELECT ON LARGE OBJECT 90001 FROM pgm_lo_reader;"
            "COMMENT ON LARGE OBJECT 90003 IS 'new'; COMMENT ON LARGE OBJECT 90001 IS NULL"));
        r.ifExists = IfExists::Truncate;
        const MigrationState over =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(over.overallStatus() == DbStatus::Done, qPrintable(describe(over)));
        QCOMPARE(scalar(Cluster::Target, db, facts), scalar(Cluster::Source, db, facts));
        QVERIFY2(over.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("90002")),
                 qPrintable(over.warnings.join(QLatin1Char('\n'))));
        source.reset();
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->exec(QStringLiteral("DROP ROLE pgm_lo_reader"));
        }
    }

    void aTargetTableOfOtherColumnTypesGetsTheValuesConverted() {
        // A schema the user made on the target beforehand, with other (same-width) types: a
        // binary COPY would load a bigint's bytes as a double precision, and read them back
        // the same. Copied as text, each value is converted, and said.
        const QString db = QStringLiteral("pgm_othertypes");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::recreateDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id int PRIMARY KEY, v bigint, w int, n numeric);"
                "INSERT INTO t VALUES (1, 12345, 7, 1.5), (2, -5, 0, NULL);"
                "CREATE TABLE same (id int PRIMARY KEY); INSERT INTO same VALUES (1)"));
        pgtest::connect(Cluster::Target, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id int PRIMARY KEY, v double precision, w real, n numeric);"
                "CREATE TABLE same (id int PRIMARY KEY)"));
        const MigrationState state = MigrationRunner(request(pgtest::sourceDatabasesExcept(db)),
                                                     StateStore(m_stateDir.path()), nullptr)
                                         .run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db,
                        QStringLiteral("SELECT string_agg(concat_ws(' ', id, v, w, n), ', ' "
                                       "ORDER BY id) FROM t")),
                 QStringLiteral("1 12345 7 1.5, 2 -5 0"));
        QVERIFY2(state.warnings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("public.t have columns of other types")),
                 qPrintable(state.warnings.join(QLatin1Char('\n'))));
        QVERIFY(!state.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("public.same")));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void aTruncateOnTheSourceWaitsForTheCopy() {
        // TRUNCATE is not MVCC-safe: committed during the copy, it shows the table empty in the
        // copy's snapshot, and verification in that snapshot finds both sides alike. One worker
        // copies `big` first; meanwhile a TRUNCATE of `small` must wait for the run's lock.
        const QString db = QStringLiteral("pgm_truncated");
        pgtest::recreateDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE big AS SELECT g AS id, md5(g::text) AS v "
                "FROM generate_series(1, 1000000) g;"
                "CREATE TABLE small AS SELECT g AS id FROM generate_series(1, 1000) g"));
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        r.jobs = 1;
        std::atomic_bool copying{false};
        MigrationState state;
        std::thread worker([&] {
            state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr,
                                    [&](const MigrationState& current) {
                                        for (const DatabaseState& each : current.databases) {
                                            if (each.phase == pgm::Phase::Data) {
                                                copying = true;
                                            }
                                        }
                                    })
                        .run();
        });
        for (int i = 0; i < 3000 && !copying; ++i) {
            QTest::qWait(10);
        }
        PgResult ignored;
        QString sqlstate;
        QString message;
        const bool truncated =
            copying && pgtest::connect(Cluster::Source, db)
                           ->tryExecScript(QStringLiteral("SET lock_timeout = '1s';"
                                                          "TRUNCATE small"),
                                           &ignored, &sqlstate, &message);
        worker.join();
        QVERIFY2(copying, "the copy never started");
        QVERIFY2(!truncated && sqlstate == QLatin1String("55P03"), qPrintable(message));
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(scalar(Cluster::Target, db, QStringLiteral("SELECT count(*) FROM small")),
                 QStringLiteral("1000"));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void badTargetsFailCleanly() {
        const QString before = scalar(Cluster::Target, QStringLiteral("postgres"),
                                      QStringLiteral("SELECT count(*) FROM pg_database"));
        MigrationRequest wrong = request({kExcluded, kApp, kOdd});
        wrong.check.inspection.target.password = QStringLiteral("not-the-password");
        MigrationState state = MigrationRunner(wrong, StateStore(m_stateDir.path()), nullptr).run();
        QCOMPARE(state.overallStatus(), DbStatus::Failed);
        QVERIFY(state.error.contains(QStringLiteral("password authentication failed")));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        MigrationRequest closedPort = request({kExcluded, kApp, kOdd});
        closedPort.check.inspection.target.port = closed.serverPort();
        closed.close();
        state = MigrationRunner(closedPort, StateStore(m_stateDir.path()), nullptr).run();
        QCOMPARE(state.overallStatus(), DbStatus::Failed);
        QVERIFY2(state.error.contains(QStringLiteral("Connection refused")),
                 qPrintable(state.error));
        QCOMPARE(scalar(Cluster::Target, QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_database")),
                 before);
    }

    /// The run's own first session to the target connects to a database it then migrates (as
    /// `postgres` is, on a whole cluster): ending the sessions a killed run left there must not
    /// end this run's own, or every database after it fails ("terminating connection due to
    /// administrator command").
    void aRunKeepsItsOwnSessionInADatabaseItMigrates() {
        const QString first = QStringLiteral("pgm_own_a");
        const QString second = QStringLiteral("pgm_own_b");
        for (const QString& name : {first, second}) {
            pgtest::recreateDatabase(Cluster::Source, name);
            pgtest::connect(Cluster::Source, name)
                ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);"
                                            "INSERT INTO t SELECT generate_series(1, 10)"));
            pgtest::dropDatabase(Cluster::Target, name);
        }
        pgtest::recreateDatabase(Cluster::Target, first); // where the run connects, empty
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(first));
        r.check.inspection.excludedDatabases.removeAll(second);
        r.check.inspection.target.dbname = first;
        const MigrationState state =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done && state.databases.size() == 2,
                 qPrintable(describe(state)));
        for (const QString& name : {first, second}) {
            QCOMPARE(tableFingerprints(Cluster::Target, name),
                     tableFingerprints(Cluster::Source, name));
            pgtest::dropDatabase(Cluster::Source, name);
            pgtest::dropDatabase(Cluster::Target, name);
        }
    }

    void nonSuperuserTargetMigrates() {
        // A managed-service style target: CREATEDB and CREATEROLE, no superuser.
        pgtest::dropDatabase(Cluster::Target, kOdd);
        auto admin = pgtest::connect(Cluster::Target);
        pgtest::createTargetAdmin();
        MigrationRequest r = request({kExcluded, kApp, kBig});
        r.check.inspection.target.user = QStringLiteral("pgm_target_admin");
        const MigrationState state =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, kOdd),
                 tableFingerprints(Cluster::Source, kOdd));
        // Restored as the admin's own, then each object given to its source owner; the
        // memberships that took are given back.
        const QString owners = QStringLiteral(
            "SELECT string_agg(DISTINCT relowner::regrole::text, ',') FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'Ünïcødé'");
        QCOMPARE(scalar(Cluster::Target, kOdd, owners), scalar(Cluster::Source, kOdd, owners));
        QCOMPARE(scalar(Cluster::Target, kOdd, owners), QStringLiteral("pgm_app_owner"));
        QCOMPARE(scalar(Cluster::Target, kOdd,
                        QStringLiteral("SELECT count(*) FROM pg_auth_members "
                                       "WHERE member = 'pgm_target_admin'::regrole")),
                 QStringLiteral("0"));
        pgtest::dropDatabase(Cluster::Target, kOdd);
        admin->exec(QStringLiteral("DROP ROLE pgm_target_admin"));
    }

    void startOverAsAManagedAdminQuietsTriggersOfTablesItGaveAway() {
        // A CREATEROLE admin gave every table to its source owner at the end of the first run;
        // a start over into them must still turn their ALWAYS trigger off for the load (it
        // acts as the owner again) and give every trigger and table back at the end.
        const QString db = QStringLiteral("pgm_given_away");
        createAuditedOrders(db, QStringLiteral("ENABLE ALWAYS"));
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral("ALTER DATABASE pgm_given_away OWNER TO pgm_app_owner;"
                                        "ALTER TABLE orders OWNER TO pgm_app_owner;"
                                        "ALTER TABLE audit OWNER TO pgm_app_owner;"
                                        "ALTER FUNCTION note_order() OWNER TO pgm_app_owner;"));
        auto admin = pgtest::connect(Cluster::Target);
        pgtest::createTargetAdmin();
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        r.check.inspection.target.user = QStringLiteral("pgm_target_admin");
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        const QString given = pgtest::schemaDifference(db);
        QVERIFY2(given.isEmpty(), qPrintable(state.warnings.join(QLatin1Char(10)) + given));
        r.ifExists = IfExists::Truncate;
        state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        const QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        admin->exec(QStringLiteral("DROP ROLE pgm_target_admin"));
    }

    void idleSessionTimeoutsDoNotEndTheRunsSessions() {
        // A server that ends sessions idle between statements (idle_session_timeout, 14+, as
        // DBAs set it against leaked connections) must not end the run's own: its admin
        // sessions wait while each database copies, then create the next one.
        const QStringList dbs = {QStringLiteral("pgm_idle_one"), QStringLiteral("pgm_idle_two")};
        for (const QString& db : dbs) {
            pgtest::recreateDatabase(Cluster::Source, db);
            pgtest::dropDatabase(Cluster::Target, db);
            pgtest::connect(Cluster::Source, db)
                ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text);"
                                            "INSERT INTO t SELECT g, md5(g::text) FROM "
                                            "generate_series(1, 300000) g;"));
        }
        const QString role =
            QStringLiteral("DROP ROLE IF EXISTS pgm_idle_admin; CREATE ROLE pgm_idle_admin "
                           "LOGIN SUPERUSER PASSWORD '%1'; ALTER ROLE pgm_idle_admin SET "
                           "idle_session_timeout = '200ms'")
                .arg(pgtest::password());
        pgtest::connect(Cluster::Source)->execScript(role);
        pgtest::connect(Cluster::Target)->execScript(role);
        QStringList exclude = pgtest::sourceDatabasesExcept(dbs[0]);
        exclude.removeAll(dbs[1]);
        MigrationRequest r = request(exclude);
        r.jobs = 1; // one database after the other, on the same admin sessions
        r.check.inspection.source.user = QStringLiteral("pgm_idle_admin");
        r.check.inspection.target.user = QStringLiteral("pgm_idle_admin");
        const MigrationState state =
            MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done,
                 qPrintable(describe(state) + state.warnings.join(QLatin1Char('\n'))));
        for (const QString& db : dbs) {
            QCOMPARE(tableFingerprints(Cluster::Target, db),
                     tableFingerprints(Cluster::Source, db));
            const QString difference = pgtest::schemaDifference(db);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            pgtest::dropDatabase(Cluster::Source, db);
            pgtest::dropDatabase(Cluster::Target, db);
        }
        pgtest::connect(Cluster::Source)->exec(QStringLiteral("DROP ROLE pgm_idle_admin"));
        pgtest::connect(Cluster::Target)->exec(QStringLiteral("DROP ROLE pgm_idle_admin"));
    }

    void aStopGivesBackTheTriggersOfAnInterruptedLoad() {
        // A start over killed while it loaded into existing tables, their triggers disabled:
        // its state holds their states from before. `stop` gives them back, with the source
        // out of reach too (it needs only the target).
        const QString db = QStringLiteral("pgm_interrupted_load");
        createAuditedOrders(db, QStringLiteral("ENABLE ALWAYS"));
        MigrationState state = MigrationRunner(request(pgtest::sourceDatabasesExcept(db)),
                                               StateStore(m_stateDir.path()), nullptr)
                                   .run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        state.databases[0].status = DbStatus::Running; // as a killed run's state says
        state.databases[0].triggerStates << QStringList{
            QStringLiteral("public.orders"), QStringLiteral("orders_audit"), QStringLiteral("A")};
        pgtest::connect(Cluster::Target, db)
            ->exec(QStringLiteral("ALTER TABLE orders DISABLE TRIGGER orders_audit"));
        ControlServers servers{pgtest::settings(Cluster::Source),
                               pgtest::settings(Cluster::Target)};
        servers.source.port = 1; // nothing listens there
        const QStringList notes = stopMigration(state, servers);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
        QCOMPARE(state.databases[0].status, DbStatus::Stopped);
        QVERIFY(state.databases[0].triggerStates.isEmpty());
        const QString difference = pgtest::schemaDifference(db);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
    }

    void triggersInALoadIntoExistingTablesAreTurnedOffOrCaught() {
        // A target user that may not set session_replication_role loads into existing tables
        // with their triggers on: an audit trigger wrote a row per loaded order into a table
        // already checked as it was copied, and the run said done. The user's own tables get
        // their triggers disabled for the load (and back at the end); on a table of another
        // owner the trigger fires, every table is compared again, and the run fails.
        const QString db = QStringLiteral("pgm_fires");
        createAuditedOrders(db, {});
        // And a foreign key between partitioned tables (on their parents, the load names the
        // partitions): one job loads shops before the regions it points at.
        pgtest::connect(Cluster::Source, db)
            ->execScript(QStringLiteral(
                "CREATE TABLE regions (id int PRIMARY KEY) PARTITION BY RANGE (id);"
                "CREATE TABLE regions_low PARTITION OF regions FOR VALUES FROM (0) TO (1000);"
                "CREATE TABLE shops (id int PRIMARY KEY, region int REFERENCES regions) "
                "PARTITION BY RANGE (id);"
                "CREATE TABLE shops_low PARTITION OF shops FOR VALUES FROM (0) TO (100000);"
                "INSERT INTO regions SELECT g FROM generate_series(1, 5) g;"
                "INSERT INTO shops SELECT g, 1 + g % 5 FROM generate_series(1, 2000) g;"));
        auto admin = pgtest::connect(Cluster::Target);
        admin->execScript(
            QStringLiteral("DROP ROLE IF EXISTS pgm_plain_target; DROP ROLE IF EXISTS pgm_other; "
                           "CREATE ROLE pgm_other; "
                           "CREATE ROLE pgm_plain_target LOGIN CREATEDB PASSWORD '%1'")
                .arg(pgtest::password()));
        MigrationRequest r = request(pgtest::sourceDatabasesExcept(db));
        r.check.inspection.target.user = QStringLiteral("pgm_plain_target");
        MigrationState state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));

        r.ifExists = IfExists::Truncate;
        r.jobs = 1;
        state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(tableFingerprints(Cluster::Target, db), tableFingerprints(Cluster::Source, db));
        QVERIFY2(!describe(state).contains(QStringLiteral("fired while loading")) &&
                     !describe(state).contains(QStringLiteral("foreign keys are dropped")),
                 qPrintable(describe(state)));
        // The same schema, triggers enabled, but the owners (a target user without CREATEROLE
        // may not give its objects to postgres: the run warns of it).
        for (const QString& line : pgtest::schemaDifference(db).split(QLatin1Char('\n'))) {
            QVERIFY2(line.contains(QStringLiteral(" OWNER TO ")), qPrintable(line));
        }

        // A trigger on a table the user owns is disabled for that load, and enabled again when
        // the run fails.
        const QString stamp = QStringLiteral(
            "CREATE FUNCTION same_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RETURN NEW; END $$; CREATE TRIGGER audit_stamp BEFORE INSERT ON audit "
            "FOR EACH ROW EXECUTE FUNCTION same_row();");
        pgtest::connect(Cluster::Source, db)->execScript(stamp);
        pgtest::connect(Cluster::Target, db)
            ->execScript(stamp + QStringLiteral("ALTER TABLE orders OWNER TO pgm_other;"
                                                "GRANT ALL ON orders TO pgm_plain_target"));
        state = MigrationRunner(r, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.overallStatus() == DbStatus::Failed, qPrintable(describe(state)));
        QVERIFY2(state.databases[0].error.contains(
                     QStringLiteral("public.audit: 20 rows on the source, 40 on the target")),
                 qPrintable(describe(state)));
        QVERIFY2(
            state.warnings.join(QLatin1Char('\n'))
                .contains(QStringLiteral("triggers and foreign key checks fired while loading")),
            qPrintable(describe(state)));
        for (const QString& line : pgtest::schemaDifference(db).split(QLatin1Char('\n'))) {
            QVERIFY2(line.contains(QStringLiteral(" OWNER TO ")) ||
                         line.contains(QStringLiteral("GRANT ALL ON TABLE public.orders")),
                     qPrintable(line));
        }
        QVERIFY(state.databases[0].triggerStates.isEmpty());
        pgtest::dropDatabase(Cluster::Source, db);
        pgtest::dropDatabase(Cluster::Target, db);
        admin->execScript(QStringLiteral("DROP ROLE pgm_plain_target; DROP ROLE pgm_other"));
    }

    void killedMidCopyResumesToACorrectTarget() {
        createBigDatabase();
        const QStringList exclude = {kExcluded, kApp, kOdd};
        const QString id = QStringLiteral("kill-test");
        QProcessEnvironment env = pgtest::cliEnvironment(m_stateDir.path());
        // The runs' own temporary directory, to see what the killed run leaves there.
        const QTemporaryDir temporary;
        env.insert(QStringLiteral("TMPDIR"), temporary.path());
        const QStringList arguments = {QStringLiteral("migrate"),
                                       QStringLiteral("--source"),
                                       pgtest::serverUri(Cluster::Source),
                                       QStringLiteral("--target"),
                                       pgtest::serverUri(Cluster::Target),
                                       QStringLiteral("--method"),
                                       QStringLiteral("dump"),
                                       QStringLiteral("--jobs"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--exclude-db"),
                                       exclude.join(QLatin1Char(',')),
                                       QStringLiteral("--id"),
                                       id};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        QVERIFY(first.waitForStarted());

        // Kill it once at least one table of the big database is copied but not all.
        const QString statePath = StateStore(m_stateDir.path()).statePath(id);
        QStringList leaked;
        bool killed = false;
        for (int i = 0; i < 3000 && !killed && first.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            // Meanwhile, no child process ever shows a password in its arguments.
            QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
            while (processes.hasNext()) {
                QFile cmdline(processes.next() + QStringLiteral("/cmdline"));
                if (cmdline.open(QIODevice::ReadOnly) &&
                    cmdline.readAll().contains(pgtest::password().toUtf8())) {
                    leaked << cmdline.fileName();
                }
            }
            QFile file(statePath);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const int copied = int(file.readAll().count("\"copied\": true"));
            if (copied >= 1 && copied < 6) {
                first.kill();
                killed = true;
            }
        }
        QVERIFY2(killed, "the migration finished before it could be killed mid-copy");
        QVERIFY(first.waitForFinished(10000));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char(' '))));
        // Not the passfile, which may be there too (without XDG_RUNTIME_DIR).
        const QStringList pgmigrateFiles = {QStringLiteral("pgmigrate-schema-*"),
                                            QStringLiteral("pgmigrate-list-*")};
        QVERIFY2(!QDir(temporary.path()).entryList(pgmigrateFiles, QDir::Files).isEmpty(),
                 "the killed run left no schema archive: the check below proves nothing");

        // The status shows it interrupted; a resume finishes it and verification passes.
        QProcess status;
        status.setProcessEnvironment(env);
        status.start(QStringLiteral(PGMIGRATE_CLI),
                     {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(status.waitForFinished(30000));
        QVERIFY2(status.readAllStandardOutput().contains("\"interrupted\""),
                 "status does not say interrupted");

        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(
            QStringLiteral(PGMIGRATE_CLI),
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY(resume.waitForFinished(120000));
        const QByteArray resumeOutput =
            resume.readAllStandardOutput() + resume.readAllStandardError();
        QVERIFY2(resume.exitCode() == 0, resumeOutput.constData());
        // The resume removed the killed run's temporary files (its schema archive, its lists,
        // its passfile).
        QCOMPARE(QDir(temporary.path()).entryList({QStringLiteral("pgmigrate-*")}, QDir::Files),
                 QStringList());
        QCOMPARE(tableFingerprints(Cluster::Target, kBig),
                 tableFingerprints(Cluster::Source, kBig));

        // verify finds the servers (and exclusions) in the saved state.
        QProcess verify;
        verify.setProcessEnvironment(env);
        verify.start(QStringLiteral(PGMIGRATE_CLI),
                     {QStringLiteral("verify"), QStringLiteral("--id"), id});
        QVERIFY(verify.waitForFinished(60000));
        const QByteArray verified = verify.readAllStandardOutput();
        QVERIFY2(verify.exitCode() == 0, verified.constData());
        QVERIFY(verified.contains("pgm_big: 6 tables compared"));

        // A finished migration cannot be resumed, and a second run of the same id is refused
        // while one holds its lock.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(
            QStringLiteral(PGMIGRATE_CLI),
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardOutput().contains("already done"));
    }

    void anIdThatWouldShareSlotNamesIsRefused_data() {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("id");
        QTest::newRow("other case and punctuation")
            << QStringLiteral("twin.mig-1") << QStringLiteral("TWIN-mig_1");
        QTest::newRow("the same first 32 characters")
            << QStringLiteral("twin.mig.1.but.longer.than.32.characters")
            << QStringLiteral("twin.mig.1.but.longer.than.32.characters.apart");
    }

    void anIdThatWouldShareSlotNamesIsRefused() {
        // Slot names keep 32 characters of the id, in lower case and [a-z0-9_]: a second
        // migration under such an id would take the first one's slots (and its stop would drop
        // them). Refused before anything reaches a server.
        QFETCH(QString, earlier);
        QFETCH(QString, id);
        QTemporaryDir dir;
        const StateStore store(dir.path());
        MigrationState first;
        first.id = earlier;
        QString error;
        QVERIFY(store.save(first, &error));
        const qint64 databases = pgtest::connect(Cluster::Target)
                                     ->exec(QStringLiteral("SELECT count(*) FROM pg_database"))
                                     .integer(0, 0);
        MigrationRequest r = request({});
        r.id = id;
        const MigrationState refused = MigrationRunner(r, store, nullptr).run();
        QVERIFY2(refused.error.contains(QStringLiteral("would give its replication slots the "
                                                       "names migration %1 uses")
                                            .arg(first.id)),
                 qPrintable(refused.error));
        QVERIFY(!QFile::exists(store.statePath(id)));
        QCOMPARE(pgtest::connect(Cluster::Target)
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_database"))
                     .integer(0, 0),
                 databases);
    }

    void anInterruptedRunIsResumable() {
        // The wizard quitting mid-copy: interrupted, not stopped, so it can continue.
        createBigDatabase();
        pgtest::dropDatabase(Cluster::Target, kBig);
        MigrationRequest r = request({kExcluded, kApp, kOdd});
        r.id = QStringLiteral("interrupt-resume");
        r.jobs = 1;
        std::atomic_bool cancelled{false};
        std::atomic_bool interrupt{false};
        MigrationState state;
        std::thread worker([&] {
            MigrationRunner runner(r, StateStore(m_stateDir.path()), &cancelled,
                                   [&](const MigrationState& current) {
                                       for (const DatabaseState& db : current.databases) {
                                           if (db.dbname == kBig && db.phase == pgm::Phase::Data) {
                                               interrupt = true;
                                               cancelled = true;
                                           }
                                       }
                                   });
            runner.setInterruptFlag(&interrupt);
            state = runner.run();
        });
        worker.join();
        QVERIFY(interrupt.load());
        QVERIFY(!state.stopped);
        QCOMPARE(state.overallStatus(false), DbStatus::Interrupted);

        MigrationRequest resume = request({});
        resume.id = r.id;
        resume.resume = true;
        const MigrationState done =
            MigrationRunner(resume, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(done.overallStatus() == DbStatus::Done,
                 QJsonDocument(done.toStatusJson()).toJson().constData());
        QCOMPARE(tableFingerprints(Cluster::Target, kBig),
                 tableFingerprints(Cluster::Source, kBig));
    }

    void ctrlCStopsAndAStoppedMigrationCannotContinue() {
        // pgm_big exists from the previous test: copy it again over itself, and interrupt.
        const QProcessEnvironment env = pgtest::cliEnvironment(m_stateDir.path());
        const QString id = QStringLiteral("interrupt-test");
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(PGMIGRATE_CLI),
                  {QStringLiteral("migrate"), QStringLiteral("--source"),
                   pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                   pgtest::serverUri(Cluster::Target), QStringLiteral("--method"),
                   QStringLiteral("dump"), QStringLiteral("--jobs"), QStringLiteral("1"),
                   QStringLiteral("--if-exists"), QStringLiteral("truncate"),
                   QStringLiteral("--exclude-db"),
                   QStringList{kExcluded, kApp, kOdd}.join(QLatin1Char(',')),
                   QStringLiteral("--id"), id});
        QVERIFY(run.waitForStarted());
        const QString statePath = StateStore(m_stateDir.path()).statePath(id);
        bool interrupted = false;
        for (int i = 0; i < 3000 && !interrupted && run.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            QFile file(statePath);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains("\"phase\": \"data\"")) {
                ::kill(pid_t(run.processId()), SIGINT);
                interrupted = true;
            }
        }
        QVERIFY(interrupted);
        QVERIFY(run.waitForFinished(30000));
        QCOMPARE(run.exitCode(), 1);
        const QByteArray out = run.readAllStandardOutput();
        QVERIFY2(out.contains(": stopped"), out.constData());

        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(
            QStringLiteral(PGMIGRATE_CLI),
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY(resume.waitForFinished(30000));
        QCOMPARE(resume.exitCode(), 1);
        QVERIFY(resume.readAllStandardOutput().contains("cannot continue"));
    }

    void smallTablesArriveInBatches_data() {
        QTest::addColumn<bool>("inserts");
        QTest::newRow("copied") << false;
        QTest::newRow("as INSERTs, as to a distant target") << true;
    }

    void smallTablesArriveInBatches() {
        // Tables under a megabyte go many to a transaction (TableBatch); wholeClusterArrives-
        // Verified sends every table the large tables' way, so this run checks the batches'
        // result as that test checks its own: schema, rows, statistics. Against a distant
        // target the smallest go as INSERT statements (RowInserts): here whatever the distance.
        QFETCH(bool, inserts);
        for (const QString& db : {kApp, kOdd}) {
            pgtest::dropDatabase(Cluster::Target, db);
        }
        MigrationRequest r = request({kExcluded, kBig});
        // Either way whatever the round trip measured: one over the default 0.5 ms (a machine
        // busy with other suites) would send the smallest tables as INSERTs in the copied row.
        r.insertsFromRoundTrip = inserts ? std::chrono::microseconds(0) : std::chrono::hours(1);
        QLoggingCategory::setFilterRules(QStringLiteral("pgm.engine.copy.debug=true"));
        g_previousHandler = qInstallMessageHandler(countInsertBatches);
        MigrationRunner migration(r, StateStore(m_stateDir.path()), nullptr);
        g_insertBatches = 0;
        g_failedInsertBatches = 0;
        g_postDataScripts = 0;
        const MigrationState state = migration.run();
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QStringLiteral("pgm.engine.copy.debug=false"));
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QCOMPARE(g_insertBatches.load() > 0, inserts);
        QCOMPARE(g_failedInsertBatches.load(), 0); // each went as INSERTs, not COPY after all
        // A distant target's few indexes go as scripts too (pg_restore waits for each); a
        // near one's, fewer than kMinScriptedEntries in every database here, to pg_restore.
        QCOMPARE(g_postDataScripts.load() > 0, inserts);
        for (const QString& db : {kApp, kOdd}) {
            const QString difference = pgtest::schemaDifference(db);
            QVERIFY2(difference.isEmpty(), qPrintable(db + QLatin1Char('\n') + difference));
            QCOMPARE(tableFingerprints(Cluster::Target, db),
                     tableFingerprints(Cluster::Source, db));
            QCOMPARE(unanalyzedTables(db), QString());
            int large = 0;
            const QStringList wrong = tablesLoadedTheWrongWay(db, &large);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
        }
        QCOMPARE(scalar(Cluster::Target, kApp,
                        QStringLiteral(
                            "SELECT string_agg(k, ',' ORDER BY k) FROM pgm_ext.pgm_ext_settings")),
                 QStringLiteral("locale,theme,version"));
        QCOMPARE(scalar(Cluster::Target, kApp, QStringLiteral("SELECT count(*) FROM audit_log")),
                 QStringLiteral("5"));
        // Fewer loading transactions than small tables with rows: some shared one.
        const QStringList transactions = rowTransactions(kApp);
        QVERIFY(transactions.size() > 2);
        QVERIFY2(QSet<QString>(transactions.begin(), transactions.end()).size() <
                     transactions.size(),
                 qPrintable(transactions.join(QLatin1Char(' '))));
    }
};

PGM_PG_TEST_MAIN(TestMigration)
#include "tst_migration.moc"
