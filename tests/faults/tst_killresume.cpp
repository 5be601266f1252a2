#include "HeldCopy.h"
#include "PgTestEnv.h"
#include "ReplicationObjects.h"
#include "SchemaDump.h"
#include "StateStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <csignal>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kSmall = QStringLiteral("pgm_fault_a"); ///< sorts first: migrated first
const QString kBig = QStringLiteral("pgm_fault_b");
const QString kApplication = QStringLiteral("pgm_fault_killresume");
/// finish and resume connect as the state says, with pgmigrate's own application name.
const QString kFinishApplication = QStringLiteral("pgmigrate");

/// Every kind of object a rerun could forget: primary key, unique index, foreign key, check
/// constraint, trigger, view, sequence, grants to a role with a membership; and enough rows
/// (300 000) for the copy and the index build to be caught in the middle.
void createSourceDatabase(const QString& dbname, int rows) {
    pgtest::recreateDatabase(Cluster::Source, dbname);
    pgtest::connect(Cluster::Source, dbname)
        ->execScript(
            QStringLiteral(
                "CREATE SEQUENCE ticket_no START 1000; "
                "CREATE TABLE parent (id int PRIMARY KEY, code text NOT NULL, "
                "  qty int NOT NULL CHECK (qty >= 0)); "
                "CREATE UNIQUE INDEX parent_code ON parent (code); "
                "CREATE TABLE item (id bigint PRIMARY KEY, parent_id int NOT NULL "
                "  REFERENCES parent (id), label text, ticket bigint DEFAULT nextval('ticket_no'), "
                "  touched timestamptz); "
                "CREATE INDEX item_label ON item (label); "
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                "  $$BEGIN NEW.touched := now(); RETURN NEW; END$$; "
                "CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION "
                "  touch(); "
                "CREATE VIEW item_totals AS SELECT parent_id, count(*) AS n FROM item "
                "  GROUP BY parent_id; "
                "GRANT SELECT ON item_totals TO pgm_fault_reader; "
                "GRANT SELECT, INSERT ON parent TO pgm_fault_group; "
                "INSERT INTO parent SELECT g, 'code-' || g, g % 7 FROM generate_series(1, 1000) g; "
                "INSERT INTO item (id, parent_id, label) SELECT g, 1 + g % 1000, md5(g::text) "
                "  FROM generate_series(1, %1) g; "
                "SELECT setval('ticket_no', 5000)")
                .arg(rows));
}

QString scalar(Cluster cluster, const QString& dbname, const QString& sql) {
    return pgtest::connect(cluster, dbname)->exec(sql).scalar();
}

/// Each table's row count and a hash of its rows in a canonical order.
QStringList dataFingerprint(Cluster cluster, const QString& dbname) {
    auto db = pgtest::connect(cluster, dbname);
    QStringList prints;
    for (const QString& table : {QStringLiteral("parent"), QStringLiteral("item")}) {
        prints << table + QLatin1Char(':') +
                      db->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, "
                                              "'|' ORDER BY t::text)) FROM %1 t")
                                   .arg(table))
                          .scalar();
    }
    return prints;
}

/// The test's roles and their memberships, as one cluster sees them.
QString rolesOf(Cluster cluster) {
    return scalar(
        cluster, QStringLiteral("postgres"),
        QStringLiteral("SELECT string_agg(r.rolname || ':' || r.rolcanlogin || ':' || "
                       "r.rolinherit || ':' || coalesce((SELECT string_agg(g.rolname, ',' ORDER BY "
                       "g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "WHERE m.member = r.oid), ''), ' ' ORDER BY r.rolname) FROM pg_roles r "
                       "WHERE r.rolname LIKE 'pgm\\_fault\\_%'"));
}

/// pgmigrate's replication objects for `dbname`: "slot NAME", "publication NAME",
/// "subscription NAME".
QStringList replicationObjects(const QString& dbname) {
    QStringList found;
    const PgResult slotRows =
        pgtest::connect(Cluster::Source)
            ->exec(QStringLiteral("SELECT slot_name FROM pg_replication_slots "
                                  "WHERE database = $1 AND slot_name LIKE "
                                  "'pgmigrate\\_%'"),
                   {dbname});
    for (int row = 0; row < slotRows.rows(); ++row) {
        found << QStringLiteral("slot ") + slotRows.text(row, 0);
    }
    const PgResult pubs = pgtest::connect(Cluster::Source, dbname)
                              ->exec(QStringLiteral("SELECT pubname FROM pg_publication WHERE "
                                                    "pubname LIKE 'pgmigrate\\_%'"));
    for (int row = 0; row < pubs.rows(); ++row) {
        found << QStringLiteral("publication ") + pubs.text(row, 0);
    }
    const PgResult subs =
        pgtest::connect(Cluster::Target)
            ->exec(QStringLiteral("SELECT s.subname FROM pg_subscription s JOIN pg_database d ON "
                                  "d.oid = s.subdbid WHERE d.datname = $1"),
                   {dbname});
    for (int row = 0; row < subs.rows(); ++row) {
        found << QStringLiteral("subscription ") + subs.text(row, 0);
    }
    found.sort();
    return found;
}

QStringList expectedObjects(const QString& id, const QString& dbname) {
    const ReplicationNames names = ReplicationNames::forDatabase(id, dbname);
    QStringList expected = {QStringLiteral("slot ") + names.slot,
                            QStringLiteral("publication ") + names.publication,
                            QStringLiteral("subscription ") + names.subscription};
    expected.sort();
    return expected;
}

/// Gives the source database `kSmall` settings, a per-role setting and an ACL of its own,
/// which CREATE DATABASE alone does not carry; taken back when the returned guard goes.
[[nodiscard]] auto giveDatabaseLevel() {
    const QString db = QStringLiteral("\"%1\"").arg(kSmall);
    pgtest::connect(Cluster::Source)
        ->execScript(QStringLiteral("ALTER DATABASE %1 SET work_mem = '5MB'; "
                                    "ALTER ROLE pgm_fault_reader IN DATABASE %1 SET "
                                    "statement_timeout = '7s'; "
                                    "REVOKE CONNECT ON DATABASE %1 FROM PUBLIC; "
                                    "GRANT CONNECT ON DATABASE %1 TO pgm_fault_reader")
                         .arg(db));
    return qScopeGuard([db] {
        pgtest::connect(Cluster::Source)
            ->execScript(QStringLiteral("ALTER DATABASE %1 RESET ALL; "
                                        "ALTER ROLE pgm_fault_reader IN DATABASE %1 RESET ALL; "
                                        "GRANT CONNECT ON DATABASE %1 TO PUBLIC; "
                                        "REVOKE ALL ON DATABASE %1 FROM pgm_fault_reader")
                             .arg(db));
    });
}

/// One open session per server for watching runs: polling must not wait for a new login.
PgConnection& monitor(Cluster cluster) {
    static std::unique_ptr<PgConnection> sessions[2];
    std::unique_ptr<PgConnection>& session = sessions[cluster == Cluster::Source ? 0 : 1];
    if (!session) {
        session = pgtest::connect(cluster);
    }
    return *session;
}

/// Whether a pgmigrate session named `application` (the test's runs; finish and resume name
/// theirs "pgmigrate") waits for a lock in `dbname`, in a statement starting with `statement`:
/// the run is held exactly there.
bool waitingOnLock(Cluster cluster, const QString& dbname, const QString& statement,
                   const QString& application = kApplication) {
    return monitor(cluster)
               .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                    "application_name = $1 AND datname = $2 AND "
                                    "wait_event_type = 'Lock' AND query LIKE $3 || '%'"),
                     {application, dbname, statement})
               .integer(0, 0) > 0;
}

/// A killed client's statement that waits for a lock would still run once the lock is free:
/// as after a crash between two statements, it does not. Ends those sessions.
void endSessions(Cluster cluster, const QString& dbname,
                 const QString& application = kApplication) {
    monitor(cluster).exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name = $1 AND datname = $2 AND "
                                         "backend_type = 'client backend'"),
                          {application, dbname});
}

/// Whether the test's pgmigrate has a session open on the target (the checks' is the first).
bool connectedToTarget() {
    return monitor(Cluster::Target)
               .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                    "application_name = $1"),
                     {kApplication})
               .integer(0, 0) > 0;
}

/// Whether `finish --freeze-writes` left `dbname` read-only on the source.
bool frozen(const QString& dbname) {
    return pgtest::connect(Cluster::Source)
               ->exec(QStringLiteral("SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d "
                                     "ON d.oid = s.setdatabase WHERE d.datname = $1 AND "
                                     "s.setrole = 0 AND 'default_transaction_read_only=on' = "
                                     "ANY (s.setconfig)"),
                      {dbname})
               .integer(0, 0) > 0;
}

/// `pid` and every process below it (pg_dump, pg_restore and its workers).
QList<qint64> processTree(qint64 pid) {
    QMultiHash<qint64, qint64> children;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        QFile stat(processes.next() + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // "pid (comm) state ppid ...": the name may hold spaces, so split after its ')'.
        const QString line = QString::fromUtf8(stat.readAll());
        const QStringList fields =
            line.mid(line.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (fields.size() > 1) {
            children.insert(fields[1].toLongLong(),
                            line.section(QLatin1Char(' '), 0, 0).toLongLong());
        }
    }
    QList<qint64> tree = {pid};
    for (qsizetype i = 0; i < tree.size(); ++i) {
        tree << children.values(tree[i]);
    }
    return tree;
}

} // namespace

class TestKillResume : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    /// Runs the CLI to its end; returns its exit code and output.
    std::pair<int, QString> cli(const QStringList& arguments, const QString& language = {}) {
        QProcess process;
        QProcessEnvironment env = pgtest::cliEnvironment(m_stateDir.path());
        if (!language.isEmpty()) {
            env.insert(QStringLiteral("LANGUAGE"), language);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    /// Two or more `databases` migrate at once with the default `jobs`; one at a time with 1.
    QStringList migrateArguments(const QString& id, const QString& method,
                                 const QStringList& databases, int jobs = 2) {
        QStringList exclude = pgtest::sourceDatabasesExcept(databases.value(0));
        for (const QString& db : databases) {
            exclude.removeAll(db);
        }
        // The test's own application name tells its runs' sessions from other tests' ones.
        const QString named = QStringLiteral("?application_name=") + kApplication;
        return {QStringLiteral("migrate"),
                QStringLiteral("--source"),
                pgtest::serverUri(Cluster::Source) + named,
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target) + named,
                QStringLiteral("--method"),
                method,
                QStringLiteral("--jobs"),
                QString::number(jobs),
                QStringLiteral("--exclude-db"),
                exclude.join(QLatin1Char(',')),
                QStringLiteral("--id"),
                id};
    }

    /// One database as the saved state of migration `id` has it (empty when not saved yet).
    QJsonObject savedDatabase(const QString& id, const QString& dbname) {
        QFile file(m_stateDir.filePath(id + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QJsonArray dbs = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("databases"))
                                   .toArray();
        for (const QJsonValue& value : dbs) {
            if (value.toObject().value(QStringLiteral("dbname")).toString() == dbname) {
                return value.toObject();
            }
        }
        return {};
    }

    /// One database's {status, phase} in the saved state of migration `id`.
    std::pair<QString, QString> savedPhase(const QString& id, const QString& dbname) {
        const QJsonObject db = savedDatabase(id, dbname);
        return {db.value(QStringLiteral("status")).toString(),
                db.value(QStringLiteral("phase")).toString()};
    }

    /// The tables the saved state remembers as copied (a resume skips them).
    QStringList savedCopiedTables(const QString& id, const QString& dbname) {
        QStringList copied;
        for (const QJsonValue& table :
             savedDatabase(id, dbname).value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("copied")).toBool()) {
                copied << table.toObject().value(QStringLiteral("name")).toString();
            }
        }
        return copied;
    }

    /// Starts the CLI and sends `signal` once `when()` holds (or the CLI ended, or two minutes
    /// passed); SIGKILL reaches the tools it started too. Returns whether `when()` held.
    bool runAndKillWhen(const QStringList& arguments, const std::function<bool()>& when,
                        int delayMs = 0, int signal = SIGKILL) {
        QProcess run;
        run.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        run.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        if (!run.waitForStarted()) {
            return false;
        }
        bool seen = false;
        for (int i = 0; i < 24000 && run.state() == QProcess::Running; ++i) {
            if (when()) {
                seen = true;
                break;
            }
            QThread::msleep(5);
        }
        if (seen && delayMs > 0) {
            QThread::msleep(delayMs);
        }
        // A run that ended by itself was not killed there.
        seen = seen && run.state() == QProcess::Running;
        if (signal == SIGKILL) {
            // As hard as a crash: the tools it started die with it, mid-statement.
            for (const qint64 pid : processTree(run.processId())) {
                ::kill(pid_t(pid), SIGKILL);
            }
        } else {
            ::kill(pid_t(run.processId()), signal);
        }
        run.waitForFinished(60000);
        if (!seen) {
            const QByteArray output = run.readAllStandardOutput() + run.readAllStandardError();
            qWarning("never reached the kill point: %s", output.constData());
        }
        return seen;
    }

    /// Migrates kBig by a dump one table at a time (--jobs 1) and kills the run while its copy
    /// waits for a lock on the tables it has not reached, once `alsoWhen()` holds too. Returns
    /// whether it got there.
    bool killWhileTheCopyWaits(const QString& id, const std::function<bool()>& alsoWhen = {}) {
        std::unique_ptr<PgConnection> holder;
        const bool killed =
            runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kBig}, 1), [&] {
                if (!holder && savedPhase(id, kBig).second == QLatin1String("data")) {
                    holder = pgtest::holdTablesNotBeingCopied(kBig);
                }
                return holder && pgtest::copyWaitsForALock(kBig) && (!alsoWhen || alsoWhen());
            });
        pgtest::endTargetSessions(kBig);
        holder.reset();
        return killed;
    }

    /// Starts a migration and SIGKILLs it `delayMs` after the state shows `dbname` in `phase`.
    /// Returns the phase the state shows after the kill (empty when never reached).
    QString runAndKill(const QStringList& arguments, const QString& id, const QString& dbname,
                       const QString& phase, int delayMs,
                       const std::function<bool()>& alsoWaitFor = {}, int signal = SIGKILL) {
        const bool seen = runAndKillWhen(
            arguments,
            [&] {
                return savedPhase(id, dbname).second == phase && (!alsoWaitFor || alsoWaitFor());
            },
            delayMs, signal);
        return seen ? savedPhase(id, dbname).second : QString();
    }

    /// item (about 27 MB) is large then, and its key is built in the data phase; parent (64 kB)
    /// is not, and its worker, done first, lends its job to item's read-back and key.
    [[nodiscard]] static auto buildKeysEarly() {
        qputenv("PGMIGRATE_LARGE_TABLE_MB", "1");
        return qScopeGuard([] { qunsetenv("PGMIGRATE_LARGE_TABLE_MB"); });
    }

    /// Once kBig copies its data, holds item's early primary key: true while CREATE UNIQUE
    /// INDEX waits. No delay can aim at the copy, which may end within milliseconds.
    bool earlyKeyHeld(const QString& id, std::unique_ptr<PgConnection>& holder) {
        if (!holder && savedPhase(id, kBig).second == QLatin1String("data")) {
            // An uncommitted table of the key's index's name: CREATE UNIQUE INDEX waits for
            // this transaction when it enters the name in pg_class.
            holder = pgtest::connect(Cluster::Target, kBig);
            holder->execScript(QStringLiteral("BEGIN; CREATE TABLE item_pkey (x int)"));
        }
        return holder &&
               waitingOnLock(Cluster::Target, kBig, QStringLiteral("CREATE UNIQUE INDEX"));
    }

    /// Once kBig copies its data, holds its verification: the target's large objects, which
    /// it compares last and nothing before it touches (kBig has none). True while it waits
    /// there: the phase itself may last a few milliseconds, less than a look at the state.
    bool verifyHeld(const QString& id, std::unique_ptr<PgConnection>& holder) {
        const QString phase = savedPhase(id, kBig).second;
        if (!holder && (phase == QLatin1String("data") || phase == QLatin1String("indexes"))) {
            holder = pgtest::connect(Cluster::Target, kBig);
            holder->execScript(QStringLiteral(
                "BEGIN; LOCK TABLE pg_largeobject_metadata IN ACCESS EXCLUSIVE MODE"));
        }
        return holder && waitingOnLock(Cluster::Target, kBig, QStringLiteral("SELECT m.oid::text"));
    }

    void cleanTarget(const QStringList& databases) {
        for (const QString& db : databases) {
            pgtest::dropReplicationLeftovers(db);
            pgtest::dropDatabase(Cluster::Target, db);
        }
    }

    /// The end state equals the source: data, schema, roles; and replication objects exist
    /// exactly when the state says syncing (those of `id`).
    void assertEqualsSource(const QString& id, const QString& dbname, bool syncing) {
        QCOMPARE(dataFingerprint(Cluster::Target, dbname),
                 dataFingerprint(Cluster::Source, dbname));
        const QString schemaDiff = pgtest::schemaDifference(dbname);
        QVERIFY2(schemaDiff.isEmpty(), qPrintable(schemaDiff));
        QCOMPARE(rolesOf(Cluster::Target), rolesOf(Cluster::Source));
        if (!syncing) {
            QCOMPARE(
                scalar(Cluster::Target, dbname, QStringLiteral("SELECT last_value FROM ticket_no")),
                QStringLiteral("5000"));
        }
        QCOMPARE(replicationObjects(dbname), syncing ? expectedObjects(id, dbname) : QStringList());
    }

    /// Recovers the killed migration `id` by `migrate --resume` or by starting over (a new
    /// migration with --if-exists truncate, as the wizard's Start over), then asserts that the
    /// target equals the source; a replicated one is stopped at the end.
    void recoverAndCompare(const QString& id, const QString& method, const QString& dbname,
                           bool startOver) {
        QString finalId = id;
        std::pair<int, QString> recovered;
        if (startOver) {
            finalId = id + QStringLiteral("-again");
            recovered = cli(migrateArguments(finalId, method, {dbname})
                            << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        } else {
            recovered = cli({QStringLiteral("migrate"), QStringLiteral("--resume"),
                             QStringLiteral("--id"), id});
        }
        QVERIFY2(recovered.first == 0, qPrintable(recovered.second));
        const bool syncing = method == QLatin1String("replication");
        QCOMPARE(savedPhase(finalId, dbname).first,
                 syncing ? QStringLiteral("syncing") : QStringLiteral("done"));
        assertEqualsSource(finalId, dbname, syncing);
        if (syncing) {
            const auto [code, out] = cli({QStringLiteral("stop"), QStringLiteral("--id"), finalId});
            QVERIFY2(code == 0, qPrintable(out));
            QCOMPARE(replicationObjects(dbname), QStringList());
        }
    }

    QString statePath(const QString& id) const {
        return m_stateDir.filePath(id + QStringLiteral(".json"));
    }

    /// The target without the test's databases and roles, as before a first run.
    void cleanTargetAndRoles() {
        cleanTarget({kSmall, kBig});
        pgtest::connect(Cluster::Target)
            ->execScript(QStringLiteral(
                "DROP ROLE IF EXISTS pgm_fault_reader; DROP ROLE IF EXISTS pgm_fault_group"));
    }

    /// The rows of a test that recovers either way: --resume, or stop and migrate again.
    static void resumeOrStartOver() {
        QTest::addColumn<bool>("startOver");
        QTest::addRow("resume") << false;
        QTest::addRow("start over") << true;
    }

private slots:
    void initTestCase() {
        // What a crashed earlier run left goes first: its databases, then the roles they use.
        cleanupTestCase();
        auto source = pgtest::connect(Cluster::Source);
        source->execScript(QStringLiteral("CREATE ROLE pgm_fault_group; CREATE ROLE "
                                          "pgm_fault_reader LOGIN IN ROLE pgm_fault_group"));
        createSourceDatabase(kSmall, 100);
        createSourceDatabase(kBig, 300000);
    }

    void cleanupTestCase() {
        cleanTarget({kSmall, kBig});
        for (const QString& db : {kSmall, kBig}) {
            pgtest::dropDatabase(Cluster::Source, db);
        }
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->execScript(QStringLiteral(
                "DROP ROLE IF EXISTS pgm_fault_reader; DROP ROLE IF EXISTS pgm_fault_group"));
        }
    }

    void killedThenRecovered_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<bool>("startOver");
        for (const bool startOver : {false, true}) {
            const char* how = startOver ? "start over" : "resume";
            QTest::addRow("dump, schema, %s", how)
                << QStringLiteral("dump") << QStringLiteral("schema") << 0 << startOver;
            QTest::addRow("dump, mid-data, %s", how)
                << QStringLiteral("dump") << QStringLiteral("data") << 300 << startOver;
            QTest::addRow("dump, mid-indexes, %s", how)
                << QStringLiteral("dump") << QStringLiteral("indexes") << 150 << startOver;
            QTest::addRow("dump, verify, %s", how)
                << QStringLiteral("dump") << QStringLiteral("verify") << 0 << startOver;
            QTest::addRow("replication, slot, %s", how)
                << QStringLiteral("replication") << QStringLiteral("slot") << 0 << startOver;
            QTest::addRow("replication, subscribe, %s", how)
                << QStringLiteral("replication") << QStringLiteral("subscribe") << 0 << startOver;
        }
    }

    void killedThenRecovered() {
        QFETCH(QString, method);
        QFETCH(QString, phase);
        QFETCH(int, delayMs);
        QFETCH(bool, startOver);
        cleanTarget({kBig});
        static int run = 0;
        const QString id = QStringLiteral("fault-%1").arg(++run);
        std::unique_ptr<PgConnection> holder;
        QString killedIn;
        if (phase == QLatin1String("verify")) {
            if (runAndKillWhen(migrateArguments(id, method, {kBig}),
                               [&] { return verifyHeld(id, holder); })) {
                killedIn = savedPhase(id, kBig).second;
            }
            endSessions(Cluster::Target, kBig);
            holder.reset();
        } else {
            killedIn = runAndKill(migrateArguments(id, method, {kBig}), id, kBig, phase, delayMs);
        }
        QVERIFY2(!killedIn.isEmpty(), "the run never reached the phase");
        qInfo("killed in phase %s", qPrintable(killedIn));

        recoverAndCompare(id, method, kBig, startOver);
    }

    void killedBeforeTheDatabases_data() {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("startOver");
        for (const bool startOver : {false, true}) {
            const char* how = startOver ? "start over" : "resume";
            QTest::addRow("checks, %s", how) << QStringLiteral("checks") << startOver;
            QTest::addRow("roles, %s", how) << QStringLiteral("roles") << startOver;
        }
    }

    /// Killed during the checks (nothing saved yet) or between creating the roles and granting
    /// their memberships.
    void killedBeforeTheDatabases() {
        QFETCH(QString, point);
        QFETCH(bool, startOver);
        cleanTargetAndRoles();
        static int run = 0;
        const QString id = QStringLiteral("fault-early-%1").arg(++run);
        std::unique_ptr<PgConnection> holder;
        std::function<bool()> when = [&] {
            return !QFile::exists(statePath(id)) && connectedToTarget();
        };
        if (point == QLatin1String("roles")) {
            // Every GRANT of a role waits for this lock: the run stops right after its roles.
            holder = pgtest::connect(Cluster::Target);
            holder->execScript(
                QStringLiteral("BEGIN; LOCK TABLE pg_auth_members IN EXCLUSIVE MODE"));
            when = [] {
                return waitingOnLock(Cluster::Target, QStringLiteral("postgres"),
                                     QStringLiteral("GRANT"));
            };
        }
        const bool killed =
            runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kSmall}), when);
        endSessions(Cluster::Target, QStringLiteral("postgres"));
        holder.reset(); // its transaction ends with the session
        QVERIFY(killed);
        if (point == QLatin1String("checks")) {
            // Nothing was saved, so nothing can resume: it says so, and a new run recovers.
            QVERIFY(!QFile::exists(statePath(id)));
            if (!startOver) {
                const auto [code, out] = cli({QStringLiteral("migrate"), QStringLiteral("--resume"),
                                              QStringLiteral("--id"), id});
                QVERIFY2(code != 0 && out.contains(QStringLiteral("no migration with id")),
                         qPrintable(out));
                const auto [again, againOut] =
                    cli(migrateArguments(id, QStringLiteral("dump"), {kSmall}));
                QVERIFY2(again == 0, qPrintable(againOut));
                assertEqualsSource(id, kSmall, false);
                return;
            }
        }
        recoverAndCompare(id, QStringLiteral("dump"), kSmall, startOver);
    }

    void killedBeforeTheDatabaseSettings_data() { resumeOrStartOver(); }

    /// Killed between creating the target database and giving it the source's settings (its
    /// ACL given, the settings waiting for a lock), then resumed or started over: either way
    /// the database gets them, as a first run gives them (a new migration finds the database,
    /// and the killed one's state says it made it).
    void killedBeforeTheDatabaseSettings() {
        QFETCH(bool, startOver);
        cleanTargetAndRoles();
        const auto reset = giveDatabaseLevel();
        const QString id = QStringLiteral("fault-database-settings-%1").arg(startOver);
        // ALTER DATABASE ... SET writes this catalog: the run stops right before it.
        auto holder = pgtest::connect(Cluster::Target);
        holder->execScript(
            QStringLiteral("BEGIN; LOCK TABLE pg_db_role_setting IN EXCLUSIVE MODE"));
        const bool killed =
            runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kSmall}), [] {
                return waitingOnLock(Cluster::Target, QStringLiteral("postgres"),
                                     QStringLiteral("ALTER DATABASE"));
            });
        endSessions(Cluster::Target, QStringLiteral("postgres"));
        holder.reset();
        QVERIFY(killed);
        QVERIFY(
            !pgtest::databaseLevel(Cluster::Target, kSmall).contains(QLatin1String("work_mem")));
        recoverAndCompare(id, QStringLiteral("dump"), kSmall, startOver);
        QCOMPARE(pgtest::databaseLevel(Cluster::Target, kSmall),
                 pgtest::databaseLevel(Cluster::Source, kSmall));
    }

    /// Killed while CREATE DATABASE waits: its server session goes on, and the resumed run's
    /// CREATE DATABASE waits beside it. Whichever commits first, the resume ends with the
    /// database as on the source (ACL, settings), not failing on "already exists" (the order
    /// is the server's: tst_databasecreator makes the losing one deterministic).
    void killedWhileCreatingTheDatabase() {
        cleanTargetAndRoles();
        const auto reset = giveDatabaseLevel();
        const QString id = QStringLiteral("fault-creating-database");
        // CREATE DATABASE inserts into this catalog: runs wait here, after their lookup.
        auto holder = pgtest::connect(Cluster::Target);
        holder->execScript(QStringLiteral("BEGIN; LOCK TABLE pg_database IN EXCLUSIVE MODE"));
        const auto creating = [] {
            return monitor(Cluster::Target)
                .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                     "wait_event_type = 'Lock' AND query LIKE 'CREATE DATABASE%'"))
                .integer(0, 0);
        };
        QVERIFY(runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kSmall}),
                               [&] { return creating() == 1; }));
        QProcess resume;
        resume.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        resume.setProcessChannelMode(QProcess::MergedChannels);
        resume.start(
            QStringLiteral(PGMIGRATE_CLI),
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QTRY_COMPARE_WITH_TIMEOUT(creating(), qint64(2), 60000); // the killed one's, and its own
        holder.reset(); // the killed run's statement goes first and commits
        QVERIFY(resume.waitForFinished(120000));
        QVERIFY2(resume.exitCode() == 0, resume.readAll().constData());
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("done"));
        assertEqualsSource(id, kSmall, false);
        QCOMPARE(pgtest::databaseLevel(Cluster::Target, kSmall),
                 pgtest::databaseLevel(Cluster::Source, kSmall));
    }

    void killedSettingSequences_data() { resumeOrStartOver(); }

    /// Killed after the indexes, while the sequences are set (dump).
    void killedSettingSequences() {
        QFETCH(bool, startOver);
        cleanTarget({kBig});
        static int run = 0;
        const QString id = QStringLiteral("fault-sequences-%1").arg(++run);
        std::unique_ptr<PgConnection> holder;
        const bool killed =
            runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kBig}), [&] {
                if (!holder && savedPhase(id, kBig).second == QLatin1String("data")) {
                    // The target has the sequence now: setval waits for this lock.
                    holder = pgtest::connect(Cluster::Target, kBig);
                    holder->execScript(QStringLiteral("BEGIN; ALTER SEQUENCE ticket_no CACHE 1"));
                }
                return holder &&
                       waitingOnLock(Cluster::Target, kBig, QStringLiteral("SELECT setval"));
            });
        endSessions(Cluster::Target, kBig);
        holder.reset();
        QVERIFY(killed);
        QCOMPARE(savedPhase(id, kBig).second, QStringLiteral("indexes"));
        recoverAndCompare(id, QStringLiteral("dump"), kBig, startOver);
    }

    void killedBuildingTheEarlyKey_data() { resumeOrStartOver(); }

    /// Killed while a large table's primary key is built beside its read-back, its transaction
    /// held at CREATE UNIQUE INDEX: nothing of the key stays, and a resume or a start over ends
    /// with the source's schema, the key made once.
    void killedBuildingTheEarlyKey() {
        QFETCH(bool, startOver);
        cleanTarget({kBig});
        static int run = 0;
        const QString id = QStringLiteral("fault-early-key-%1").arg(++run);
        const auto unset = buildKeysEarly();
        std::unique_ptr<PgConnection> holder;
        const bool killed = runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kBig}),
                                           [&] { return earlyKeyHeld(id, holder); });
        endSessions(Cluster::Target, kBig);
        holder.reset();
        QVERIFY2(killed, "the key was never held");
        QCOMPARE(savedPhase(id, kBig).second, QStringLiteral("data"));
        QCOMPARE(
            scalar(Cluster::Target, kBig,
                   QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'item_pkey'")),
            QStringLiteral("0"));
        recoverAndCompare(id, QStringLiteral("dump"), kBig, startOver);
    }

    /// Killed while two databases migrate at once (--jobs 2), each held at its sequences: the
    /// resume finishes both, each equal to its source.
    void killedWhileDatabasesMigrateAtOnce() {
        cleanTarget({kSmall, kBig});
        const QString id = QStringLiteral("fault-at-once");
        std::unique_ptr<PgConnection> holders[2];
        const QString databases[2] = {kSmall, kBig};
        const bool killed =
            runAndKillWhen(migrateArguments(id, QStringLiteral("dump"), {kSmall, kBig}), [&] {
                bool bothWait = true;
                for (int i = 0; i < 2; ++i) {
                    if (!holders[i] &&
                        savedPhase(id, databases[i]).second == QLatin1String("data")) {
                        // The target has the sequence now: setval waits for this lock.
                        holders[i] = pgtest::connect(Cluster::Target, databases[i]);
                        holders[i]->execScript(
                            QStringLiteral("BEGIN; ALTER SEQUENCE ticket_no CACHE 1"));
                    }
                    bothWait = bothWait && holders[i] &&
                               waitingOnLock(Cluster::Target, databases[i],
                                             QStringLiteral("SELECT setval"));
                }
                return bothWait;
            });
        for (int i = 0; i < 2; ++i) {
            endSessions(Cluster::Target, databases[i]);
            holders[i].reset();
        }
        QVERIFY2(killed, "the two databases were never held at once");
        QCOMPARE(savedPhase(id, kSmall),
                 std::make_pair(QStringLiteral("running"), QStringLiteral("indexes")));
        QCOMPARE(savedPhase(id, kBig),
                 std::make_pair(QStringLiteral("running"), QStringLiteral("indexes")));
        const auto [code, out] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY2(code == 0, qPrintable(out));
        for (const QString& dbname : databases) {
            QCOMPARE(savedPhase(id, dbname).first, QStringLiteral("done"));
            assertEqualsSource(id, dbname, false);
        }
    }

    void killedWhileSyncing_data() { resumeOrStartOver(); }

    /// Killed while every database is syncing and migrate waits for the lag to fall
    /// (--max-replication-lag): replication goes on without it.
    void killedWhileSyncing() {
        QFETCH(bool, startOver);
        cleanTarget({kSmall});
        static int run = 0;
        const QString id = QStringLiteral("fault-syncing-%1").arg(++run);
        std::unique_ptr<PgConnection> holder;
        const bool killed = runAndKillWhen(
            migrateArguments(id, QStringLiteral("replication"), {kSmall})
                << QStringLiteral("--max-replication-lag") << QStringLiteral("0"),
            [&] {
                if (!holder && savedPhase(id, kSmall).first == QLatin1String("syncing")) {
                    // The apply worker waits for this lock: the change below keeps a lag.
                    holder = pgtest::connect(Cluster::Target, kSmall);
                    holder->execScript(
                        QStringLiteral("BEGIN; LOCK TABLE parent IN ACCESS EXCLUSIVE MODE"));
                    pgtest::connect(Cluster::Source, kSmall)
                        ->exec(QStringLiteral(
                                   "INSERT INTO parent VALUES ($1::int, 'lagging-' || $1, 1)"),
                               {QString::number(7000 + run)});
                }
                return holder != nullptr;
            },
            1000);
        holder.reset();
        QVERIFY(killed);
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("syncing"));
        QCOMPARE(replicationObjects(kSmall), expectedObjects(id, kSmall));

        if (!startOver) {
            // Nothing is left to copy: the resume says so and replication keeps flowing.
            const auto [code, out] = cli({QStringLiteral("migrate"), QStringLiteral("--resume"),
                                          QStringLiteral("--id"), id});
            QVERIFY2(code == 0, qPrintable(out));
            QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("syncing"));
            QTRY_COMPARE_WITH_TIMEOUT(dataFingerprint(Cluster::Target, kSmall),
                                      dataFingerprint(Cluster::Source, kSmall), 30000);
            assertEqualsSource(id, kSmall, true);
            const auto [stopped, stopOut] =
                cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
            QVERIFY2(stopped == 0, qPrintable(stopOut));
            QCOMPARE(replicationObjects(kSmall), QStringList());
            return;
        }
        // A second migration into a database the first still replicates into would apply
        // every change twice: it refuses and names the way out.
        const auto [refused, refusedOut] = cli(
            migrateArguments(id + QStringLiteral("-twice"), QStringLiteral("replication"), {kSmall})
            << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        QVERIFY2(refused != 0 && refusedOut.contains(id) &&
                     refusedOut.contains(QStringLiteral("pgmigrate stop")),
                 qPrintable(refusedOut));
        QCOMPARE(replicationObjects(kSmall), expectedObjects(id, kSmall));
        const auto [stopped, stopOut] = cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
        QVERIFY2(stopped == 0, qPrintable(stopOut));
        recoverAndCompare(id, QStringLiteral("replication"), kSmall, true);
    }

    void killedInFinish_data() {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("startOver");
        for (const bool startOver : {false, true}) {
            const char* how = startOver ? "start over" : "finish again";
            QTest::addRow("drain, %s", how) << QStringLiteral("drain") << startOver;
            QTest::addRow("sequences, %s", how) << QStringLiteral("sequences") << startOver;
            QTest::addRow("cleanup, %s", how) << QStringLiteral("cleanup") << startOver;
        }
    }

    /// `finish` killed while it drains (writes frozen), while it copies the sequences, and
    /// while it removes the replication objects; then finished again, or stopped and started
    /// over.
    void killedInFinish() {
        QFETCH(QString, point);
        QFETCH(bool, startOver);
        cleanTarget({kSmall});
        static int run = 0;
        const QString id = QStringLiteral("fault-finish-%1").arg(++run);
        const auto [synced, syncOut] =
            cli(migrateArguments(id, QStringLiteral("replication"), {kSmall}));
        QVERIFY2(synced == 0, qPrintable(syncOut));
        // Whatever happens below, the source must not stay read-only for the next cases.
        const auto unfreeze = qScopeGuard([] {
            auto admin = pgtest::connect(Cluster::Source);
            admin->exec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(kSmall) +
                        QStringLiteral(" RESET default_transaction_read_only"));
        });

        QStringList finish = {QStringLiteral("finish"), QStringLiteral("--id"), id,
                              QStringLiteral("--yes")};
        std::unique_ptr<PgConnection> holder;
        std::function<bool()> when;
        int delayMs = 0;
        if (point == QLatin1String("drain")) {
            // The apply worker waits for this lock, so the change below keeps finish draining.
            holder = pgtest::connect(Cluster::Target, kSmall);
            holder->execScript(QStringLiteral("BEGIN; LOCK TABLE parent IN ACCESS EXCLUSIVE MODE"));
            pgtest::connect(Cluster::Source, kSmall)
                ->exec(QStringLiteral("INSERT INTO parent VALUES ($1::int, 'in-flight-' || $1, 1)"),
                       {QString::number(6000 + run)});
            finish << QStringLiteral("--freeze-writes");
            when = [] {
                return frozen(kSmall);
            };
            delayMs = 500;
        } else if (point == QLatin1String("sequences")) {
            holder = pgtest::connect(Cluster::Target, kSmall);
            holder->execScript(QStringLiteral("BEGIN; ALTER SEQUENCE ticket_no CACHE 1"));
            when = [] {
                return waitingOnLock(Cluster::Target, kSmall, QStringLiteral("SELECT setval"),
                                     kFinishApplication);
            };
        } else {
            // The subscription and the slot are gone by then; the publication waits.
            holder = pgtest::connect(Cluster::Source, kSmall);
            holder->execScript(QStringLiteral("BEGIN; COMMENT ON PUBLICATION %1 IS 'held'")
                                   .arg(holder->quoteIdentifier(
                                       ReplicationNames::forDatabase(id, kSmall).publication)));
            when = [] {
                return waitingOnLock(Cluster::Source, kSmall, QStringLiteral("DROP PUBLICATION"),
                                     kFinishApplication);
            };
        }
        const bool killed = runAndKillWhen(finish, when, delayMs);
        endSessions(Cluster::Source, kSmall, kFinishApplication);
        endSessions(Cluster::Target, kSmall, kFinishApplication);
        holder.reset();
        QVERIFY(killed);
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("syncing"));
        if (point == QLatin1String("drain")) {
            // The user sees that the application cannot write, and what undoes it.
            const auto [code, out] = cli({QStringLiteral("status"), QStringLiteral("--id"), id});
            QVERIFY2(code == 0 && out.contains(QStringLiteral("writes frozen: the source "
                                                              "database is read-only")),
                     qPrintable(out));
        }

        if (!startOver) {
            const auto [code, out] = cli(
                {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")});
            QVERIFY2(code == 0, qPrintable(out));
            QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("done"));
            assertEqualsSource(id, kSmall, false);
        } else {
            const auto [code, out] = cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
            QVERIFY2(code == 0, qPrintable(out));
            recoverAndCompare(id, QStringLiteral("replication"), kSmall, true);
        }
        QVERIFY2(!frozen(kSmall), "the source database stayed read-only");
    }

    void aResumeRefusesASourceWhoseTablesChanged() {
        // DDL on the source between the kill and the resume: the target's tables are the killed
        // run's, and copying into them would lose a CHECK without a word (or fail on a column).
        cleanTarget({kBig});
        const QString id = QStringLiteral("fault-drift");
        QVERIFY2(!runAndKill(migrateArguments(id, QStringLiteral("dump"), {kBig}), id, kBig,
                             QStringLiteral("data"), 300)
                      .isEmpty(),
                 "the run never reached the copy");
        auto source = pgtest::connect(Cluster::Source, kBig);
        source->exec(
            QStringLiteral("ALTER TABLE parent ADD CONSTRAINT code_set CHECK (code <> '')"));
        const auto [refused, why] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        source->exec(QStringLiteral("ALTER TABLE parent DROP CONSTRAINT code_set"));
        QVERIFY2(
            refused != 0 && why.contains(QStringLiteral("changed since the interrupted run")) &&
                why.contains(QStringLiteral("only on the source: public.parent CHECK code_set")),
            qPrintable(why));
        // The source as it was, the resume goes on.
        const auto [code, out] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY2(code == 0, qPrintable(out));
        assertEqualsSource(id, kBig, false);

        // Started over into those tables instead: the copy goes into them as they are, and
        // says what of the source's definition they lack.
        source->exec(
            QStringLiteral("ALTER TABLE parent ADD CONSTRAINT code_set CHECK (code <> '')"));
        const auto dropCheck = qScopeGuard(
            [&] { source->exec(QStringLiteral("ALTER TABLE parent DROP CONSTRAINT code_set")); });
        const auto [again, warned] =
            cli(migrateArguments(id + QStringLiteral("-again"), QStringLiteral("dump"), {kBig})
                << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        QVERIFY2(again == 0 && warned.contains(QStringLiteral("the target's tables differ from the "
                                                              "source's (only on the source: "
                                                              "public.parent CHECK code_set)")),
                 qPrintable(warned));
    }

    void aResumeCopiesAgainWhatTheSourceChangedSince() {
        // Rows written on the source between the kill and the resume, in a table the killed
        // run had copied: verification would fail that table at every resume.
        cleanTarget({kBig});
        const QString id = QStringLiteral("fault-rows-since");
        // item, the largest, copied first; parent held until then.
        QVERIFY2(killWhileTheCopyWaits(id, [&] { return !savedCopiedTables(id, kBig).isEmpty(); }),
                 "the copy was never held");
        QCOMPARE(savedCopiedTables(id, kBig), QStringList{QStringLiteral("public.item")});
        auto source = pgtest::connect(Cluster::Source, kBig);
        const QString was =
            scalar(Cluster::Source, kBig, QStringLiteral("SELECT label FROM item WHERE id = 7"));
        source->exec(QStringLiteral("UPDATE item SET label = 'written since' WHERE id = 7"));
        const auto restore = qScopeGuard([&] {
            source->exec(QStringLiteral("UPDATE item SET label = $1 WHERE id = 7"), {was});
        });
        const auto [code, out] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("public.item changed on the source since the "
                                             "interrupted run copied them: copied again")),
                 qPrintable(out));
        assertEqualsSource(id, kBig, false);
    }

    /// A state saved before the table list (killed between the schema's commit and the next
    /// save): the resume copies every table, and the status lists them all, verified.
    void aResumeListsTheTablesTheStateLacked() {
        cleanTarget({kBig});
        const QString id = QStringLiteral("fault-no-table-list");
        QVERIFY2(killWhileTheCopyWaits(id), "the copy was never held");
        QFile file(statePath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray databases = state.value(QStringLiteral("databases")).toArray();
        for (qsizetype i = 0; i < databases.size(); ++i) {
            QJsonObject db = databases[i].toObject();
            db.insert(QStringLiteral("tables"), QJsonArray());
            databases[i] = db;
        }
        state.insert(QStringLiteral("databases"), databases);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();
        const auto [code, out] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY2(code == 0, qPrintable(out));
        assertEqualsSource(id, kBig, false);
        const QJsonArray tables = savedDatabase(id, kBig).value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(),
                 scalar(Cluster::Source, kBig,
                        QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname "
                                       "NOT IN ('pg_catalog', 'information_schema')"))
                     .toInt());
        for (const auto& table : tables) {
            QVERIFY2(table.toObject().value(QStringLiteral("verified")).toBool(),
                     QJsonDocument(table.toObject()).toJson().constData());
        }
    }

    void resumeLeavesSyncingDatabasesAlone() {
        cleanTarget({kSmall, kBig});
        const QString id = QStringLiteral("fault-syncing");
        std::unique_ptr<PgConnection> holder;
        // One database after the other (--jobs 1): the first syncing while the second copies.
        const bool killed = runAndKillWhen(
            migrateArguments(id, QStringLiteral("replication"), {kSmall, kBig}, 1), [&] {
                if (!holder && savedPhase(id, kSmall).first == QLatin1String("syncing")) {
                    holder = pgtest::holdTablesNotBeingCopied(kBig);
                }
                // The table copied before the held one is on disk within a second, though
                // no other table finishes after it.
                return holder && pgtest::copyWaitsForALock(kBig) &&
                       !savedCopiedTables(id, kBig).isEmpty();
            });
        pgtest::endTargetSessions(kBig);
        holder.reset();
        QVERIFY2(killed, "the large database's copy was never held");
        QCOMPARE(savedPhase(id, kBig).second, QStringLiteral("data"));
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("syncing"));
        const QStringList smallObjects = expectedObjects(id, kSmall);
        QCOMPARE(replicationObjects(kSmall), smallObjects);

        const auto [code, out] = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), id});
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("syncing"));
        QCOMPARE(savedPhase(id, kBig).first, QStringLiteral("syncing"));
        QCOMPARE(replicationObjects(kSmall), smallObjects);
        assertEqualsSource(id, kBig, true);

        // Replication still flows for the database that was syncing all along.
        pgtest::connect(Cluster::Source, kSmall)
            ->exec(QStringLiteral("INSERT INTO parent VALUES (5001, 'after-resume', 1)"));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(Cluster::Target, kSmall,
                   QStringLiteral("SELECT count(*) FROM parent WHERE code = 'after-resume'")),
            QStringLiteral("1"), 30000);
        const auto [stopped, stopOut] = cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
        QVERIFY2(stopped == 0, qPrintable(stopOut));
        QCOMPARE(replicationObjects(kSmall), QStringList());
        QCOMPARE(replicationObjects(kBig), QStringList());
    }

    void stopLeftoversRemovesWhatNoStateClaims() {
        cleanTarget({kSmall, kBig});
        const auto [synced, syncOut] = cli(migrateArguments(
            QStringLiteral("fault-keep"), QStringLiteral("replication"), {kSmall}));
        QVERIFY2(synced == 0, qPrintable(syncOut));
        // A run killed mid-copy whose state file is gone too: nothing names its objects.
        const QString lost = QStringLiteral("fault-lost");
        QCOMPARE(runAndKill(migrateArguments(lost, QStringLiteral("replication"), {kBig}), lost,
                            kBig, QStringLiteral("data"), 0),
                 QStringLiteral("data"));
        QVERIFY(QFile::remove(m_stateDir.filePath(lost + QStringLiteral(".json"))));
        QCOMPARE(replicationObjects(kBig).size(), 2); // its slot and publication

        const auto [code, out] =
            cli({QStringLiteral("stop"), QStringLiteral("--leftovers"), QStringLiteral("--source"),
                 pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                 pgtest::serverUri(Cluster::Target)});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(ReplicationNames::forDatabase(lost, kBig).slot), qPrintable(out));
        QCOMPARE(replicationObjects(kBig), QStringList());
        // The syncing migration's objects are claimed by its state: they stay.
        QCOMPARE(replicationObjects(kSmall), expectedObjects(QStringLiteral("fault-keep"), kSmall));
        const auto [stopped, stopOut] =
            cli({QStringLiteral("stop"), QStringLiteral("--id"), QStringLiteral("fault-keep")});
        QVERIFY2(stopped == 0, qPrintable(stopOut));
        QCOMPARE(replicationObjects(kSmall), QStringList());
    }

    /// A new migration into a database removes what a killed run left there, and only that:
    /// a migration stopped earlier left nothing, and its state stays as the user left it (it
    /// was rewritten as "replaced" by every later run, each asking the servers again).
    void aStoppedMigrationIsLeftAsItWas() {
        cleanTarget({kSmall});
        const QString stopped = QStringLiteral("fault-stopped-earlier");
        const auto [synced, syncOut] =
            cli(migrateArguments(stopped, QStringLiteral("replication"), {kSmall}));
        QVERIFY2(synced == 0, qPrintable(syncOut));
        const auto [stopCode, stopOut] =
            cli({QStringLiteral("stop"), QStringLiteral("--id"), stopped});
        QVERIFY2(stopCode == 0, qPrintable(stopOut));
        QFile stoppedFile(statePath(stopped));
        QVERIFY(stoppedFile.open(QIODevice::ReadOnly));
        const QByteArray stoppedState = stoppedFile.readAll();
        stoppedFile.close();

        const QString killed = QStringLiteral("fault-killed-earlier");
        QCOMPARE(runAndKill(migrateArguments(killed, QStringLiteral("replication"), {kSmall})
                                << QStringLiteral("--if-exists") << QStringLiteral("truncate"),
                            killed, kSmall, QStringLiteral("data"), 0),
                 QStringLiteral("data"));
        QCOMPARE(replicationObjects(kSmall).size(), 2); // its slot and publication

        const QString next = QStringLiteral("fault-after-both");
        const auto [code, out] =
            cli(migrateArguments(next, QStringLiteral("replication"), {kSmall})
                << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        QVERIFY2(code == 0, qPrintable(out));
        assertEqualsSource(next, kSmall, true); // data, schema, roles, and its objects alone
        const QJsonObject replaced = savedDatabase(killed, kSmall);
        QCOMPARE(replaced.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(replaced.value(QStringLiteral("error")).toString().contains(next),
                 qPrintable(replaced.value(QStringLiteral("error")).toString()));
        QVERIFY(stoppedFile.open(QIODevice::ReadOnly));
        QCOMPARE(stoppedFile.readAll(), stoppedState);
        QCOMPARE(savedPhase(stopped, kSmall).first, QStringLiteral("stopped"));
        const auto [again, againOut] = cli({QStringLiteral("stop"), QStringLiteral("--id"), next});
        QVERIFY2(again == 0, qPrintable(againOut));
        QCOMPARE(replicationObjects(kSmall), QStringList());
    }

    void stopLeftoversFailsWhenASlotStaysInGerman() {
        // A slot the user running stop may not drop (no REPLICATION attribute): the command
        // says so and exits 1, in any language. Its lines are translated, so the exit code
        // must not be read back from them (in German this exited 0).
        const QString slot = QStringLiteral("pgmigrate_undroppable_test");
        const QString role = QStringLiteral("pgm_leftover_viewer");
        auto source = pgtest::connect(Cluster::Source, kSmall);
        source->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, 'pgoutput')"),
                     {slot});
        source->exec(QStringLiteral("DROP ROLE IF EXISTS ") + source->quoteIdentifier(role));
        const PgResult create =
            source->exec(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', "
                                        "$1::text, $2::text)"),
                         {role, pgtest::password()});
        source->exec(create.text(0, 0));
        QString sourceUri = pgtest::serverUri(Cluster::Source);
        sourceUri.replace(QStringLiteral("postgres@"), role + QLatin1Char('@'));
        const auto [code, out] =
            cli({QStringLiteral("stop"), QStringLiteral("--leftovers"), QStringLiteral("--source"),
                 sourceUri, QStringLiteral("--target"), pgtest::serverUri(Cluster::Target)},
                QStringLiteral("de"));
        const PgResult left = source->exec(
            QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = $1"),
            {slot});
        source->exec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {slot});
        source->exec(QStringLiteral("DROP ROLE ") + source->quoteIdentifier(role));
        QCOMPARE(left.text(0, 0), QStringLiteral("1"));
        QVERIFY2(out.contains(slot), qPrintable(out));
        QVERIFY2(code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(out)));
    }

    void ctrlCLeavesNoReplicationBehind() {
        cleanTarget({kSmall, kBig});
        const QString id = QStringLiteral("fault-ctrl-c");
        // One database after the other (--jobs 1): the first syncing while the second copies.
        const QString stoppedIn = runAndKill(
            migrateArguments(id, QStringLiteral("replication"), {kSmall, kBig}, 1), id, kBig,
            QStringLiteral("data"), 0,
            [&] { return savedPhase(id, kSmall).first == QLatin1String("syncing"); }, SIGINT);
        QCOMPARE(stoppedIn, QStringLiteral("data"));
        // Stopped means stopped: no database keeps a subscription, slot or publication.
        QCOMPARE(savedPhase(id, kSmall).first, QStringLiteral("stopped"));
        QCOMPARE(replicationObjects(kSmall), QStringList());
        QCOMPARE(replicationObjects(kBig), QStringList());
    }

    void checkNamesForgottenSlots() {
        // What a run killed after creating its slot leaves: a slot no subscriber reads.
        const QString slot = QStringLiteral("pgmigrate_forgotten_test");
        auto source = pgtest::connect(Cluster::Source, kSmall);
        source->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, 'pgoutput')"),
                     {slot});
        // And the slot of a migration this computer knows as syncing, whose subscriber is away.
        MigrationState syncing;
        syncing.id = QStringLiteral("fault-away");
        syncing.created = QDateTime::currentDateTimeUtc();
        DatabaseState db;
        db.dbname = kSmall;
        db.method = MigrationMethod::Replication;
        db.status = DbStatus::Syncing;
        syncing.databases << db;
        QString saveError;
        QVERIFY2(StateStore(m_stateDir.path()).save(syncing, &saveError), qPrintable(saveError));
        const QString awaySlot = ReplicationNames::forDatabase(syncing.id, kSmall).slot;
        source->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, 'pgoutput')"),
                     {awaySlot});
        const auto [code, out] =
            cli({QStringLiteral("check"), QStringLiteral("--source"),
                 pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                 pgtest::serverUri(Cluster::Target), QStringLiteral("--exclude-db"),
                 pgtest::sourceDatabasesExcept(kSmall).join(QLatin1Char(',')),
                 QStringLiteral("--json")});
        source->exec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {slot});
        source->exec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {awaySlot});
        QFile::remove(statePath(syncing.id));
        QJsonObject found;
        QJsonObject away;
        const QJsonArray checks = QJsonDocument::fromJson(out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        for (const QJsonValue& check : checks) {
            if (check.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("source-idle-migration-slots")) {
                found = check.toObject();
            }
            if (check.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("source-away-subscribers")) {
                away = check.toObject();
            }
        }
        QVERIFY2(!found.isEmpty(), qPrintable(out));
        QCOMPARE(found.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(found.value(QStringLiteral("detail")).toString().contains(slot), qPrintable(out));
        QVERIFY2(
            found.value(QStringLiteral("detail")).toString().contains(QLatin1String("MB of WAL")),
            qPrintable(out));
        QVERIFY2(found.value(QStringLiteral("remedy"))
                     .toString()
                     .contains(QStringLiteral("pg_drop_replication_slot('%1')").arg(slot)),
                 qPrintable(out));
        // The syncing migration's slot is told apart: never offered for dropping.
        QVERIFY2(!found.value(QStringLiteral("remedy")).toString().contains(awaySlot),
                 qPrintable(out));
        QCOMPARE(away.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(away.value(QStringLiteral("detail")).toString().contains(awaySlot),
                 qPrintable(out));
        QCOMPARE(code, 0); // advisory: nothing blocks
    }
};

PGM_PG_TEST_MAIN(TestKillResume)

#include "tst_killresume.moc"
