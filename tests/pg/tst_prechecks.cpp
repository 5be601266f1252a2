#include "CheckRunner.h"
#include "PgTestEnv.h"

#include <QScopeGuard>
#include <QTcpServer>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kMain = QStringLiteral("pgm_chk_main");
const QString kOdd = QStringLiteral("pgm chk \"odd\" ü");
const QString kRls = QStringLiteral("pgm_chk_rls");

CheckRequest request(const ConnectionSettings& source, const ConnectionSettings& target,
                     MethodChoice method = MethodChoice::Auto, QStringList exclude = {kRls}) {
    CheckRequest r;
    r.inspection.source = source;
    r.inspection.target = target;
    r.inspection.excludedDatabases = std::move(exclude);
    r.inspection.connectTimeout = std::chrono::seconds(5);
    r.method = method;
    return r;
}

const Check* find(const CheckReport& report, const QString& id, const QString& dbname = {}) {
    for (const Check& check : report.outcome.checks) {
        if (check.id == id && (dbname.isEmpty() || check.dbname == dbname)) {
            return &check;
        }
    }
    return nullptr;
}

const PlannedDatabase* planned(const CheckReport& report, const QString& dbname) {
    for (const PlannedDatabase& db : report.outcome.plan) {
        if (db.dbname == dbname) {
            return &db;
        }
    }
    return nullptr;
}

/// The ids of the checks that block the migration.
QStringList blocking(const CheckReport& report) {
    QStringList ids;
    for (const Check& check : report.outcome.checks) {
        if (check.blocksMigration() && !ids.contains(check.id)) {
            ids << check.id;
        }
    }
    return ids;
}

QString dump(const CheckReport& report) {
    QString text = report.internalError + QLatin1Char('\n');
    for (const Check& check : report.outcome.checks) {
        text += QStringLiteral("%1 %2 [%3] %4\n")
                    .arg(statusName(check.status), check.id, check.dbname, check.detail);
    }
    return text;
}

void populateSource() {
    for (const QString& name : {kMain, kOdd, kRls}) {
        pgtest::recreateDatabase(Cluster::Source, name);
        pgtest::dropDatabase(Cluster::Target, name);
    }
    auto main = pgtest::connect(Cluster::Source, kMain);
    main->execScript(
        QStringLiteral("CREATE EXTENSION hstore;"
                       "CREATE TABLE with_pk (id int PRIMARY KEY, h hstore);"
                       "CREATE TABLE no_pk (v text);"
                       "INSERT INTO no_pk VALUES ('x');"
                       "CREATE UNLOGGED TABLE scratch (v text);"
                       "CREATE MATERIALIZED VIEW totals AS SELECT count(*) FROM with_pk;"
                       "SELECT lo_from_bytea(0, 'blob');"
                       "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RETURN NEW; END $$;"
                       "CREATE TRIGGER \"Touch Always\" BEFORE UPDATE ON with_pk "
                       "FOR EACH ROW EXECUTE FUNCTION touch();"
                       "ALTER TABLE with_pk ENABLE ALWAYS TRIGGER \"Touch Always\";"
                       "CREATE TRIGGER touch_plain BEFORE UPDATE ON with_pk "
                       "FOR EACH ROW EXECUTE FUNCTION touch();"));
    auto odd = pgtest::connect(Cluster::Source, kOdd);
    odd->execScript(QStringLiteral(
        "CREATE TABLE \"Mixed Case\" (id int PRIMARY KEY);"
        "CREATE FUNCTION no_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'change freeze'; END $$;"
        "CREATE EVENT TRIGGER \"Freeze \"\"DDL\"\"\" ON ddl_command_start EXECUTE PROCEDURE "
        "no_ddl();"
        "CREATE EVENT TRIGGER on_drops ON sql_drop WHEN TAG IN ('DROP PUBLICATION') "
        "EXECUTE PROCEDURE no_ddl();"
        "CREATE EVENT TRIGGER tables_only ON ddl_command_start WHEN TAG IN ('CREATE TABLE') "
        "EXECUTE PROCEDURE no_ddl();"
        "CREATE EVENT TRIGGER was_on ON ddl_command_end EXECUTE PROCEDURE no_ddl();"
        "ALTER EVENT TRIGGER was_on DISABLE;"));
    auto rls = pgtest::connect(Cluster::Source, kRls);
    rls->execScript(QStringLiteral("CREATE TABLE secrets (id int PRIMARY KEY, owner text);"
                                   "ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;"
                                   "GRANT SELECT ON secrets TO pgm_repl;"));
}

} // namespace

class TestPreChecks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { populateSource(); }

    void cleanupTestCase() {
        for (const QString& name : {kMain, kOdd, kRls}) {
            pgtest::dropDatabase(Cluster::Source, name);
        }
    }

    void superuserPathPasses() {
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target)));
        QVERIFY2(report.ok(), qPrintable(dump(report)));
        for (const QString& id :
             {QStringLiteral("source-reachable"), QStringLiteral("target-reachable"),
              QStringLiteral("distinct-servers"), QStringLiteral("server-versions"),
              QStringLiteral("wal-level"), QStringLiteral("source-replication-slots"),
              QStringLiteral("source-wal-senders"), QStringLiteral("target-replication-capacity"),
              QStringLiteral("target-reaches-source"), QStringLiteral("target-disk-space"),
              QStringLiteral("source-replication-role")}) {
            const Check* check = find(report, id);
            QVERIFY2(check, qPrintable(id));
            QVERIFY2(check->status == Check::Status::Pass,
                     qPrintable(id + QStringLiteral(": ") + check->detail));
        }
        QCOMPARE(find(report, QStringLiteral("extensions-available"), kMain)->status,
                 Check::Status::Pass);
        QVERIFY(find(report, QStringLiteral("extensions-available"), kMain)
                    ->detail.contains(QStringLiteral("hstore")));
        QCOMPARE(find(report, QStringLiteral("languages"), kMain)->status, Check::Status::Pass);
        QCOMPARE(find(report, QStringLiteral("target-database"), kMain)->status,
                 Check::Status::Pass);

        const Check* noPk = find(report, QStringLiteral("tables-without-primary-key"), kMain);
        QCOMPARE(noPk->status, Check::Status::Warn);
        QVERIFY(noPk->detail.contains(QStringLiteral("public.no_pk")));
        QVERIFY(!noPk->detail.contains(QStringLiteral("with_pk")));
        const Check* unreplicated = find(report, QStringLiteral("unreplicated-objects"), kMain);
        QVERIFY2(unreplicated->detail.contains(QStringLiteral("1 large objects")),
                 qPrintable(unreplicated->detail));
        QVERIFY(unreplicated->detail.contains(QStringLiteral("public.scratch")));
        QVERIFY(unreplicated->detail.contains(QStringLiteral("public.totals")));
        const Check* triggers = find(report, QStringLiteral("replica-triggers"), kMain);
        QCOMPARE(triggers->status, Check::Status::Warn);
        QVERIFY2(triggers->detail.contains(QStringLiteral("public.with_pk: \"Touch Always\" "
                                                          "(ALWAYS)")),
                 qPrintable(triggers->detail));
        QVERIFY(!triggers->detail.contains(QStringLiteral("touch_plain")));
        QCOMPARE(find(report, QStringLiteral("replica-triggers"), kOdd)->status,
                 Check::Status::Pass);
        // The replication method's publication is DDL on the source: a change freeze there
        // would fail it, and it is said before.
        QCOMPARE(find(report, QStringLiteral("source-event-triggers"), kMain)->status,
                 Check::Status::Pass);
        const Check* events = find(report, QStringLiteral("source-event-triggers"), kOdd);
        QCOMPARE(events->status, Check::Status::Warn);
        QVERIFY2(events->detail.startsWith(QStringLiteral(
                     "\"Freeze \"\"DDL\"\"\" (ddl_command_start), on_drops (sql_drop) fire")),
                 qPrintable(events->detail));
        QVERIFY(events->remedy.contains(QStringLiteral("dump method")));

        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Replication);
        QVERIFY(planned(report, kMain)->sizeBytes > 0);
        QCOMPARE(planned(report, kOdd)->method, MigrationMethod::Replication);
        QVERIFY(!planned(report, kRls));
        QVERIFY(report.facts.source.excludedDatabases.contains(kRls));
    }

    void aRoleAtItsConnectionLimitStillReachesEveryDatabase() {
        // Databases are inspected several at once; a role allowed two sessions (the checks'
        // own and one more) must still get every database inspected, as when they were read
        // one at a time: those refused are tried again alone.
        auto admin = pgtest::connect(Cluster::Source, QStringLiteral("postgres"));
        admin->exec(QStringLiteral("ALTER ROLE pgm_reader CONNECTION LIMIT 2"));
        const auto unlimited = qScopeGuard(
            [&admin] { admin->exec(QStringLiteral("ALTER ROLE pgm_reader CONNECTION LIMIT -1")); });
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                    pgtest::settings(Cluster::Target), MethodChoice::Dump));
        for (const QString& db : {kMain, kOdd, QStringLiteral("postgres")}) {
            const Check* reached = find(report, QStringLiteral("source-database-reachable"), db);
            QVERIFY2(reached, qPrintable(db + QLatin1Char('\n') + dump(report)));
            QVERIFY2(reached->status == Check::Status::Pass,
                     qPrintable(db + QStringLiteral(": ") + reached->detail));
        }
    }

    void sameServerIsBlocking() {
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source),
                    pgtest::settings(Cluster::Source, QStringLiteral("pgm_repl"))));
        QVERIFY(!report.ok());
        QCOMPARE(find(report, QStringLiteral("distinct-servers"))->status, Check::Status::Fail);
    }

    void walLevelReplicaMeansDump() {
        pgtest::recreateDatabase(Cluster::Replica, kMain);
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::Replica), pgtest::settings(Cluster::Target)));
        pgtest::dropDatabase(Cluster::Replica, kMain);
        QVERIFY2(report.ok(), qPrintable(dump(report)));
        QCOMPARE(find(report, QStringLiteral("wal-level"))->status, Check::Status::Fail);
        QVERIFY(find(report, QStringLiteral("wal-level"))
                    ->remedy.contains(QStringLiteral("wal_level = logical")));
        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Dump);
        QVERIFY(planned(report, kMain)->reason.contains(QStringLiteral("wal_level is 'replica'")));

        const CheckReport forced = runChecksBlocking(request(pgtest::settings(Cluster::Replica),
                                                             pgtest::settings(Cluster::Target),
                                                             MethodChoice::Replication));
        QVERIFY(!forced.ok());
        QVERIFY(find(forced, QStringLiteral("wal-level"))->blocksMigration());
    }

    void tooFewSlotsMeansDump() {
        pgtest::recreateDatabase(Cluster::FewSlots, kMain);
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::FewSlots), pgtest::settings(Cluster::Target)));
        pgtest::dropDatabase(Cluster::FewSlots, kMain);
        QVERIFY2(report.ok(), qPrintable(dump(report)));
        const Check* slotCheck = find(report, QStringLiteral("source-replication-slots"));
        QCOMPARE(slotCheck->status, Check::Status::Fail);
        QVERIFY(slotCheck->remedy.contains(QStringLiteral("max_replication_slots")));
        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Dump);
        QVERIFY(planned(report, kMain)->reason.contains(QStringLiteral("not enough")));
    }

    void nonSuperusersFallBackToDump() {
        // A user with REPLICATION but no superuser and no aiven_extras.
        // (It may not read the tables postgres made: that alone blocks, see below.)
        const QStringList unreadable = {QStringLiteral("source-read-access")};
        CheckReport report =
            runChecksBlocking(request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_repl")),
                                      pgtest::settings(Cluster::Target)));
        QCOMPARE(blocking(report), unreadable);
        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Dump);
        QVERIFY2(planned(report, kMain)
                     ->reason.contains(QStringLiteral("no superuser and no aiven_extras")),
                 qPrintable(planned(report, kMain)->reason));
        QCOMPARE(find(report, QStringLiteral("replication-privileges"), kMain)->status,
                 Check::Status::Fail);

        // A plain user: no REPLICATION either.
        report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                    pgtest::settings(Cluster::Target)));
        QCOMPARE(blocking(report), unreadable);
        QCOMPARE(find(report, QStringLiteral("source-replication-role"))->status,
                 Check::Status::Fail);
        QVERIFY(planned(report, kOdd)->reason.contains(QStringLiteral("REPLICATION")));

        // Forcing replication makes it blocking; choosing dump skips the question.
        report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                    pgtest::settings(Cluster::Target), MethodChoice::Replication));
        QVERIFY(!report.ok());
        report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                    pgtest::settings(Cluster::Target), MethodChoice::Dump));
        QCOMPARE(blocking(report), unreadable);
        QCOMPARE(find(report, QStringLiteral("source-replication-role"))->status,
                 Check::Status::Skip);
    }

    /// A source user that may not read every table or sequence: pg_dump would stop on the
    /// first, halfway through a migration the checks had let start. The check names them, and
    /// its remedy, run as printed, makes it pass.
    void unreadableTablesAreBlocking() {
        const auto reader = [] {
            return runChecksBlocking(
                request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                        pgtest::settings(Cluster::Target), MethodChoice::Dump,
                        pgtest::sourceDatabasesExcept(kMain)));
        };
        CheckReport report = reader();
        const Check* check = find(report, QStringLiteral("source-read-access"), kMain);
        QVERIFY2(check && check->status == Check::Status::Fail && check->blocksMigration(),
                 qPrintable(dump(report)));
        QVERIFY2(check->detail.contains(QStringLiteral("public.no_pk, public.scratch, "
                                                       "public.with_pk")),
                 qPrintable(check->detail));
        QVERIFY2(
            check->remedy.contains(QStringLiteral("GRANT pg_read_all_data TO \"pgm_reader\";")),
            qPrintable(check->remedy));
        const QString owner = QStringLiteral("as each schema's owner: ");
        const qsizetype from = check->remedy.indexOf(owner) + owner.size();
        const QString grants =
            check->remedy.mid(from, check->remedy.indexOf(QStringLiteral(" Or, for every")) - from);
        QVERIFY2(
            grants.startsWith(QStringLiteral("GRANT USAGE ON SCHEMA public TO \"pgm_reader\";")),
            qPrintable(grants));
        auto main = pgtest::connect(Cluster::Source, kMain);
        main->execScript(grants);
        report = reader();
        QCOMPARE(find(report, QStringLiteral("source-read-access"), kMain)->status,
                 Check::Status::Pass);
        main->execScript(QStringLiteral("REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM "
                                        "pgm_reader; REVOKE USAGE ON SCHEMA public FROM "
                                        "pgm_reader"));
    }

    void nonSuperuserTargetSubscribesThroughAivenExtras() {
        const CheckReport report = runChecksBlocking(
            request(pgtest::settings(Cluster::Source),
                    pgtest::settings(Cluster::Target, QStringLiteral("pgm_repl"))));
        QCOMPARE(find(report, QStringLiteral("target-disk-space"))->status, Check::Status::Warn);
        QVERIFY(find(report, QStringLiteral("target-disk-space"))
                    ->detail.contains(QStringLiteral("pg_execute_server_program")));
        QCOMPARE(find(report, QStringLiteral("target-reaches-source"))->status,
                 Check::Status::Skip);
        // PostgreSQL 15 lets only superusers subscribe; the aiven_extras stand-in the fixture
        // installs (trusted) is the way around, and the plan uses it.
        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Replication);
        QVERIFY2(find(report, QStringLiteral("replication-privileges"), kMain)
                     ->detail.contains(QStringLiteral("Target: aiven_extras")),
                 qPrintable(find(report, QStringLiteral("replication-privileges"), kMain)->detail));
    }

    void rowLevelSecurityIsBlocking() {
        const CheckReport report =
            runChecksBlocking(request(pgtest::settings(Cluster::Source, QStringLiteral("pgm_repl")),
                                      pgtest::settings(Cluster::Target), MethodChoice::Dump, {}));
        QVERIFY(!report.ok());
        const Check* rls = find(report, QStringLiteral("row-level-security"), kRls);
        QCOMPARE(rls->status, Check::Status::Fail);
        QVERIFY(rls->detail.contains(QStringLiteral("public.secrets")));
        QVERIFY(rls->remedy.contains(QStringLiteral("BYPASSRLS")));
        // The superuser bypasses it.
        const CheckReport super =
            runChecksBlocking(request(pgtest::settings(Cluster::Source),
                                      pgtest::settings(Cluster::Target), MethodChoice::Dump, {}));
        QCOMPARE(find(super, QStringLiteral("row-level-security"), kRls)->status,
                 Check::Status::Pass);
    }

    void unreachableServersAreBlocking() {
        ConnectionSettings wrongPassword = pgtest::settings(Cluster::Target);
        wrongPassword.password = QStringLiteral("not-the-password");
        CheckReport report =
            runChecksBlocking(request(pgtest::settings(Cluster::Source), wrongPassword));
        QVERIFY(!report.ok());
        QCOMPARE(find(report, QStringLiteral("target-reachable"))->remedy,
                 QStringLiteral("Check the user name and password."));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ConnectionSettings closedPort = pgtest::settings(Cluster::Source);
        closedPort.port = closed.serverPort();
        closed.close();
        report = runChecksBlocking(request(closedPort, pgtest::settings(Cluster::Target)));
        QVERIFY(!report.ok());
        QVERIFY(find(report, QStringLiteral("source-reachable"))
                    ->detail.contains(QStringLiteral("Connection refused")));
        QVERIFY(report.outcome.plan.isEmpty());
    }

    void targetThatCannotReachTheSource() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        CheckRequest r =
            request(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        r.inspection.sourceHostFromTarget = QStringLiteral("127.0.0.1");
        r.inspection.sourcePortFromTarget = closed.serverPort();
        closed.close();
        const CheckReport report = runChecksBlocking(r);
        QVERIFY2(report.ok(), qPrintable(dump(report)));
        const Check* probe = find(report, QStringLiteral("target-reaches-source"));
        QCOMPARE(probe->status, Check::Status::Fail);
        QVERIFY2(probe->detail.contains(QStringLiteral("could not connect")),
                 qPrintable(probe->detail));
        QVERIFY(!probe->detail.contains(pgtest::password()));
        QCOMPARE(planned(report, kMain)->method, MigrationMethod::Dump);
        // The probe leaves nothing behind.
        auto target = pgtest::connect(Cluster::Target);
        QCOMPARE(target->exec(QStringLiteral("SELECT count(*) FROM pg_subscription")).scalar(),
                 QStringLiteral("0"));
    }

    void existingTargetDatabaseWithData() {
        pgtest::recreateDatabase(Cluster::Target, kOdd);
        pgtest::connect(Cluster::Target, kOdd)
            ->execScript(QStringLiteral("CREATE TABLE t (v int); INSERT INTO t VALUES (1)"));
        CheckRequest r =
            request(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        r.inspection.excludedDatabases << QStringLiteral("no_such_db");
        const CheckReport report = runChecksBlocking(r);
        pgtest::dropDatabase(Cluster::Target, kOdd);
        const Check* existing = find(report, QStringLiteral("target-database"), kOdd);
        QCOMPARE(existing->status, Check::Status::Warn);
        QVERIFY(existing->detail.contains(QStringLiteral("1 of its 1 tables")));
        QCOMPARE(find(report, QStringLiteral("excluded-databases"))->status, Check::Status::Warn);
        QVERIFY(find(report, QStringLiteral("excluded-databases"))
                    ->detail.contains(QStringLiteral("no_such_db")));
    }

    void asynchronousRunReportsProgressAndCancels() {
        QTcpServer silent; // accepts and never answers: the run waits on it
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionSettings hanging = pgtest::settings(Cluster::Target);
        hanging.port = silent.serverPort();
        CheckRequest r = request(pgtest::settings(Cluster::Source), hanging);
        r.inspection.connectTimeout = std::chrono::seconds(30);
        QFuture<CheckReport> future = runChecks(r);
        QTest::qWait(500);
        QVERIFY(future.isRunning());
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 3000);

        QFuture<CheckReport> complete = runChecks(
            request(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target)));
        QTRY_VERIFY_WITH_TIMEOUT(complete.isFinished(), 60000);
        QVERIFY(complete.result().ok());
    }
};

PGM_PG_TEST_MAIN(TestPreChecks)
#include "tst_prechecks.moc"
