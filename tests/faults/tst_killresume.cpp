#include "PgTestEnv.h"
#include "ReplicationObjects.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kSmall = QStringLiteral("pgm_fault_a"); ///< sorts first: migrated first
const QString kBig = QStringLiteral("pgm_fault_b");
const QString kPgDump = QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump");

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

/// pg_dump --schema-only of a database, without comments, SET lines, blank lines and the
/// \restrict lines (a random key per run): two
/// databases with the same schema (indexes, constraints, triggers, grants) print the same.
QString normalizedSchema(Cluster cluster, const QString& dbname) {
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), pgtest::password());
    dump.setProcessEnvironment(env);
    dump.start(kPgDump, {QStringLiteral("--schema-only"), QStringLiteral("--no-publications"),
                         QStringLiteral("--no-subscriptions"), QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(pgtest::port(cluster)), QStringLiteral("-U"),
                         QStringLiteral("postgres"), QStringLiteral("-d"), dbname});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
        return QStringLiteral("pg_dump failed: ") + QString::fromUtf8(dump.readAllStandardError());
    }
    QStringList kept;
    for (const QString& line :
         QString::fromUtf8(dump.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")) &&
            !line.startsWith(QLatin1String("SET ")) &&
            !line.startsWith(QLatin1String("\\restrict")) &&
            !line.startsWith(QLatin1String("\\unrestrict"))) {
            kept << line;
        }
    }
    return kept.join(QLatin1Char('\n'));
}

/// The test's roles and their memberships, as one cluster sees them.
/// Empty when both databases' schemas print the same; otherwise the lines that differ.
QString schemaDifference(const QString& dbname) {
    const QString source = normalizedSchema(Cluster::Source, dbname);
    const QString target = normalizedSchema(Cluster::Target, dbname);
    if (source == target) {
        return {};
    }
    const QStringList sourceLines = source.split(QLatin1Char('\n'));
    const QStringList targetLines = target.split(QLatin1Char('\n'));
    QStringList difference;
    for (const QString& line : sourceLines) {
        if (!targetLines.contains(line)) {
            difference << QStringLiteral("missing on the target: ") + line;
        }
    }
    for (const QString& line : targetLines) {
        if (!sourceLines.contains(line)) {
            difference << QStringLiteral("only on the target: ") + line;
        }
    }
    return difference.isEmpty() ? QStringLiteral("same lines, another order")
                                : difference.join(QLatin1Char('\n'));
}

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
    std::pair<int, QString> cli(const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    QStringList migrateArguments(const QString& id, const QString& method,
                                 const QStringList& databases) {
        QStringList exclude = pgtest::sourceDatabasesExcept(databases.value(0));
        for (const QString& db : databases) {
            exclude.removeAll(db);
        }
        return {QStringLiteral("migrate"),
                QStringLiteral("--source"),
                pgtest::serverUri(Cluster::Source),
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target),
                QStringLiteral("--method"),
                method,
                QStringLiteral("--jobs"),
                QStringLiteral("2"),
                QStringLiteral("--exclude-db"),
                exclude.join(QLatin1Char(',')),
                QStringLiteral("--id"),
                id};
    }

    /// One database's {status, phase} in the saved state of migration `id`.
    std::pair<QString, QString> savedPhase(const QString& id, const QString& dbname) {
        QFile file(m_stateDir.filePath(id + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QJsonArray dbs = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("databases"))
                                   .toArray();
        for (const QJsonValue& value : dbs) {
            const QJsonObject db = value.toObject();
            if (db.value(QStringLiteral("dbname")).toString() == dbname) {
                return {db.value(QStringLiteral("status")).toString(),
                        db.value(QStringLiteral("phase")).toString()};
            }
        }
        return {};
    }

    /// Starts a migration and SIGKILLs it `delayMs` after the state shows `dbname` in `phase`.
    /// Returns the phase the state shows after the kill (empty when never reached).
    QString runAndKill(const QStringList& arguments, const QString& id, const QString& dbname,
                       const QString& phase, int delayMs,
                       const std::function<bool()>& alsoWaitFor = {}, int signal = SIGKILL) {
        QProcess run;
        run.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        run.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        if (!run.waitForStarted()) {
            return {};
        }
        bool seen = false;
        for (int i = 0; i < 24000 && run.state() == QProcess::Running; ++i) {
            if (savedPhase(id, dbname).second == phase && (!alsoWaitFor || alsoWaitFor())) {
                seen = true;
                break;
            }
            QThread::msleep(5);
        }
        if (seen && delayMs > 0) {
            QThread::msleep(delayMs);
        }
        if (signal == SIGKILL) {
            // As hard as a crash: the tools it started die with it, mid-statement.
            for (const qint64 pid : processTree(run.processId())) {
                ::kill(pid_t(pid), SIGKILL);
            }
        } else {
            ::kill(pid_t(run.processId()), signal);
        }
        run.waitForFinished(60000);
        return seen ? savedPhase(id, dbname).second : QString();
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
        const QString schemaDiff = schemaDifference(dbname);
        QVERIFY2(schemaDiff.isEmpty(), qPrintable(schemaDiff));
        QCOMPARE(rolesOf(Cluster::Target), rolesOf(Cluster::Source));
        if (!syncing) {
            QCOMPARE(
                scalar(Cluster::Target, dbname, QStringLiteral("SELECT last_value FROM ticket_no")),
                QStringLiteral("5000"));
        }
        QCOMPARE(replicationObjects(dbname), syncing ? expectedObjects(id, dbname) : QStringList());
    }

private slots:
    void initTestCase() {
        auto source = pgtest::connect(Cluster::Source);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            cleanTarget({kSmall, kBig});
            auto admin = pgtest::connect(cluster);
            admin->execScript(QStringLiteral(
                "DROP ROLE IF EXISTS pgm_fault_reader; DROP ROLE IF EXISTS pgm_fault_group"));
        }
        for (const QString& db : {kSmall, kBig}) {
            pgtest::dropDatabase(Cluster::Source, db);
        }
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
        const QString killedIn =
            runAndKill(migrateArguments(id, method, {kBig}), id, kBig, phase, delayMs);
        QVERIFY2(!killedIn.isEmpty(), "the run never reached the phase");
        qInfo("killed in phase %s", qPrintable(killedIn));

        QString finalId = id;
        std::pair<int, QString> recovered;
        if (startOver) {
            finalId = id + QStringLiteral("-again");
            recovered = cli(migrateArguments(finalId, method, {kBig})
                            << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        } else {
            recovered = cli({QStringLiteral("migrate"), QStringLiteral("--resume"),
                             QStringLiteral("--id"), id});
        }
        QVERIFY2(recovered.first == 0, qPrintable(recovered.second));
        const bool syncing = method == QLatin1String("replication");
        QCOMPARE(savedPhase(finalId, kBig).first,
                 syncing ? QStringLiteral("syncing") : QStringLiteral("done"));
        assertEqualsSource(finalId, kBig, syncing);
        if (syncing) {
            const auto [code, out] = cli({QStringLiteral("stop"), QStringLiteral("--id"), finalId});
            QVERIFY2(code == 0, qPrintable(out));
            QCOMPARE(replicationObjects(kBig), QStringList());
        }
    }

    void resumeLeavesSyncingDatabasesAlone() {
        cleanTarget({kSmall, kBig});
        const QString id = QStringLiteral("fault-syncing");
        const QString killedIn =
            runAndKill(migrateArguments(id, QStringLiteral("replication"), {kSmall, kBig}), id,
                       kBig, QStringLiteral("data"), 200,
                       [&] { return savedPhase(id, kSmall).first == QLatin1String("syncing"); });
        QCOMPARE(killedIn, QStringLiteral("data"));
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

    void ctrlCLeavesNoReplicationBehind() {
        cleanTarget({kSmall, kBig});
        const QString id = QStringLiteral("fault-ctrl-c");
        const QString stoppedIn = runAndKill(
            migrateArguments(id, QStringLiteral("replication"), {kSmall, kBig}), id, kBig,
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
        const auto [code, out] =
            cli({QStringLiteral("check"), QStringLiteral("--source"),
                 pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                 pgtest::serverUri(Cluster::Target), QStringLiteral("--exclude-db"),
                 pgtest::sourceDatabasesExcept(kSmall).join(QLatin1Char(',')),
                 QStringLiteral("--json")});
        source->exec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {slot});
        QJsonObject found;
        const QJsonArray checks = QJsonDocument::fromJson(out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        for (const QJsonValue& check : checks) {
            if (check.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("source-idle-migration-slots")) {
                found = check.toObject();
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
        QCOMPARE(code, 0); // advisory: nothing blocks
    }
};

PGM_PG_TEST_MAIN(TestKillResume)

#include "tst_killresume.moc"
