#include "CheckReportFormat.h"
#include "CheckRules.h"
#include "CheckRunner.h"

#include <QSet>
#include <QTest>

using namespace pgm;

namespace {

ClusterFacts healthyFacts() {
    ClusterFacts facts;
    facts.connectivity.sourceReachable = true;
    facts.connectivity.targetReachable = true;
    facts.connectivity.sameServer = false;
    facts.connectivity.targetReachesSource = ConnectivityFacts::ProbeState::Reached;
    SourceFacts& source = facts.source;
    source.version = ServerVersion(140009);
    source.user = QStringLiteral("admin");
    source.superuser = true;
    source.replicationRole = true;
    source.walLevel = QStringLiteral("logical");
    source.maxReplicationSlots = 10;
    source.maxWalSenders = 10;
    SourceDatabaseFacts db;
    db.name = QStringLiteral("shop");
    db.reachable = true;
    db.sizeBytes = 1 << 20;
    db.encoding = QStringLiteral("UTF8");
    db.collate = QStringLiteral("C.UTF-8");
    db.extensions = {{QStringLiteral("hstore"), QStringLiteral("1.8")}};
    source.databases << db;
    source.maxLocksPerTransaction = 64;
    source.lockTableHolders = 120;
    source.lockTableSize = 64 * 120;
    TargetFacts& target = facts.target;
    target.version = ServerVersion(150004);
    target.user = QStringLiteral("admin");
    target.superuser = true;
    target.maxReplicationSlots = 10;
    target.maxLogicalReplicationWorkers = 8;
    target.maxSyncWorkersPerSubscription = 2;
    target.installedLanguages = {QStringLiteral("plpgsql")};
    target.availableExtensions.insert(
        QStringLiteral("hstore"), TargetExtension{QStringLiteral("1.8"),
                                                  {QStringLiteral("1.7"), QStringLiteral("1.8")},
                                                  true});
    target.freeDiskBytes = qint64(1) << 40;
    target.maxLocksPerTransaction = 64;
    target.lockTableHolders = 120;
    target.lockTableSize = 64 * 120;
    facts.tools.pgDumpPath = QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump");
    facts.tools.pgDumpVersion = ServerVersion(150004);
    facts.tools.pgRestorePath = QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore");
    facts.tools.pgRestoreVersion = ServerVersion(150004);
    return facts;
}

const Check* find(const QList<Check>& checks, const QString& id) {
    for (const Check& check : checks) {
        if (check.id == id) {
            return &check;
        }
    }
    return nullptr;
}

} // namespace

class TestCheckRules : public QObject {
    Q_OBJECT
private slots:
    /// A method-deciding failure does not stop the migration: the text says so beside its FAIL,
    /// so that "Ready to migrate" below it does not read as a contradiction.
    void aMethodDecidingFailureSaysItIsNotBlocking() {
        CheckReport report;
        Check capacity;
        capacity.id = QStringLiteral("source-replication-slots");
        capacity.title = QStringLiteral("Free replication slots on the source");
        capacity.status = Check::Status::Fail;
        capacity.kind = Check::Kind::MethodDeciding;
        report.outcome.checks << capacity;
        const QString text = checkReportToText(report, false);
        QVERIFY2(text.contains(QStringLiteral("not blocking")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ready to migrate")), qPrintable(text));
        capacity.kind = Check::Kind::Blocking;
        report.outcome.checks = {capacity};
        const QString blocked = checkReportToText(report, false);
        QVERIFY2(!blocked.contains(QStringLiteral("not blocking")) &&
                     blocked.contains(QStringLiteral("(blocking)")),
                 qPrintable(blocked));
    }

    void healthyClusterPassesAndReplicates() {
        const CheckOutcome outcome = evaluateChecks(healthyFacts(), MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        for (const Check& check : outcome.checks) {
            QVERIFY2(check.status == Check::Status::Pass,
                     qPrintable(check.id + QLatin1Char(' ') + check.detail));
        }
        QCOMPARE(outcome.plan.size(), 1);
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Replication);
    }

    void eachCheckIsReportedOncePerDatabase() {
        ClusterFacts facts = healthyFacts();
        facts.source.service = ManagedService::AmazonRds; // adds the managed-services check
        const CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QSet<QString> seen;
        for (const Check& check : outcome.checks) {
            const QString key = check.dbname + QLatin1Char('/') + check.id;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void pgDumpOlderThanTheSourceBlocksWhateverTheMethod() {
        ClusterFacts facts = healthyFacts();
        facts.source.version = ServerVersion(160002);
        facts.target.version = ServerVersion(160002);
        const CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(!outcome.allowed());
        const Check* tool = find(outcome.checks, QStringLiteral("pg-dump-version"));
        QCOMPARE(tool->kind, Check::Kind::Blocking);
        QCOMPARE(tool->detail, QStringLiteral("pg_dump found: /usr/lib/postgresql/15/bin/pg_dump "
                                              "(major 15); the source runs PostgreSQL 16.2, "
                                              "which needs pg_dump 16 or newer."));
        QVERIFY2(tool->remedy.contains(QStringLiteral("postgresql-client-16")) &&
                     tool->remedy.contains(QStringLiteral("--pg-dump-dir")),
                 qPrintable(tool->remedy));

        facts.tools = ClientToolFacts();
        facts.tools.directory = QStringLiteral("/opt/pg/bin");
        // The outcome kept in a variable: a pointer into a temporary's list would dangle.
        const CheckOutcome withoutTools = evaluateChecks(facts, MethodChoice::Auto, 2);
        const Check* none = find(withoutTools.checks, QStringLiteral("pg-dump-version"));
        QVERIFY2(none->detail.startsWith(
                     QStringLiteral("No pg_dump found in /opt/pg/bin (the chosen pg_dump "
                                    "directory)")),
                 qPrintable(none->detail));
    }

    void remediesNameTheProviderTheServerShows() {
        ClusterFacts facts = healthyFacts();
        facts.source.superuser = false;
        facts.source.replicationRole = false;
        facts.source.walLevel = QStringLiteral("replica");
        const auto remedies = [&facts]() -> QString {
            const CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
            return find(outcome.checks, QStringLiteral("wal-level"))->remedy + QLatin1Char('|') +
                   find(outcome.checks, QStringLiteral("source-replication-role"))->remedy;
        };
        QString text = remedies();
        QVERIFY2(!text.contains(QStringLiteral("rds")) &&
                     !text.contains(QStringLiteral("cloudsql")),
                 qPrintable(text));
        QVERIFY(!find(evaluateChecks(facts, MethodChoice::Auto, 2).checks,
                      QStringLiteral("managed-services")));
        facts.source.service = ManagedService::AmazonRds;
        text = remedies();
        QVERIFY2(text.contains(QStringLiteral("rds.logical_replication = 1")) &&
                     text.contains(QStringLiteral("GRANT rds_replication TO \"admin\";")),
                 qPrintable(text));
        facts.source.service = ManagedService::CloudSql;
        text = remedies();
        QVERIFY2(text.contains(QStringLiteral("cloudsql.logical_decoding = on")) &&
                     text.contains(QStringLiteral("member of cloudsqlsuperuser")),
                 qPrintable(text));
        facts.source.service = ManagedService::AzureFlexible;
        text = remedies();
        QVERIFY2(text.contains(QStringLiteral("server parameter wal_level = logical")) &&
                     text.contains(QStringLiteral("ALTER ROLE \"admin\" WITH REPLICATION; (as the "
                                                  "server admin, a member of azure_pg_admin)")),
                 qPrintable(text));
    }

    void anOwnerOfEveryTablePublishesWithoutAivenExtras() {
        ClusterFacts facts = healthyFacts();
        facts.source.superuser = false;
        facts.source.databases[0].canCreateInDatabase = true;
        CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Dump);
        facts.source.databases[0].ownsEveryTable = true;
        outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Replication);
        QVERIFY(find(outcome.checks, QStringLiteral("replication-privileges"))
                    ->detail.contains(QStringLiteral("Source: owner of every table")));
    }

    /// 16+: a member of pg_create_subscription with CREATE on the database subscribes itself,
    /// given a password the source asks for (password_required); each missing piece is named.
    void a16TargetWithoutSuperuserSubscribesItself() {
        ClusterFacts facts = healthyFacts();
        facts.target.superuser = false;
        facts.target.createDb = true;
        facts.target.createRole = true;
        facts.target.version = ServerVersion(160011);
        facts.source.passwordAuthenticated = true;
        const auto privileges = [&facts](MethodChoice choice, MigrationMethod* method) {
            const CheckOutcome outcome = evaluateChecks(facts, choice, 2);
            *method = outcome.plan.value(0).method;
            return *find(outcome.checks, QStringLiteral("replication-privileges"));
        };
        MigrationMethod method = MigrationMethod::Dump;
        Check check = privileges(MethodChoice::Auto, &method);
        QCOMPARE(method, MigrationMethod::Dump);
        QVERIFY2(check.detail.contains(QStringLiteral("not a member of pg_create_subscription")),
                 qPrintable(check.detail));
        QVERIFY2(
            check.remedy.contains(QStringLiteral("GRANT pg_create_subscription TO \"admin\";")),
            qPrintable(check.remedy));

        facts.target.createSubscriptionRole = true;
        check = privileges(MethodChoice::Replication, &method);
        QCOMPARE(method, MigrationMethod::Replication);
        QCOMPARE(check.status, Check::Status::Pass);
        QVERIFY2(check.detail.contains(QStringLiteral("Target: member of pg_create_subscription")),
                 qPrintable(check.detail));

        // An existing database where the user may not create.
        TargetDatabaseFacts existing;
        existing.name = QStringLiteral("shop");
        existing.reachable = true;
        facts.target.existingDatabases.insert(existing.name, existing);
        check = privileges(MethodChoice::Auto, &method);
        QCOMPARE(method, MigrationMethod::Dump);
        QVERIFY2(check.remedy.contains(
                     QStringLiteral("GRANT CREATE ON DATABASE \"shop\" TO \"admin\";")),
                 qPrintable(check.remedy));
        facts.target.existingDatabases.clear();
        // Names a remedy prints are quoted, so the statement works as copied.
        facts.target.user = QStringLiteral("Ops \"Admin\"");
        facts.target.existingDatabases.insert(existing.name, existing);
        check = privileges(MethodChoice::Auto, &method);
        QVERIFY2(check.remedy.contains(
                     QStringLiteral("GRANT CREATE ON DATABASE \"shop\" TO \"Ops \"\"Admin\"\"\";")),
                 qPrintable(check.remedy));
        facts.target.existingDatabases.clear();
        facts.target.user = QStringLiteral("admin");

        // No password (trust, peer, cert): blocking when replication is asked for.
        facts.source.passwordAuthenticated = false;
        const CheckOutcome forced = evaluateChecks(facts, MethodChoice::Replication, 2);
        QVERIFY(!forced.allowed());
        check = *find(forced.checks, QStringLiteral("replication-privileges"));
        QCOMPARE(check.status, Check::Status::Fail);
        QVERIFY2(check.detail.contains(QStringLiteral("password_required")) &&
                     check.detail.contains(QStringLiteral("trust, peer or cert")),
                 qPrintable(check.detail));
        QVERIFY2(check.remedy.contains(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD")),
                 qPrintable(check.remedy));
        QCOMPARE(evaluateChecks(facts, MethodChoice::Auto, 2).plan.value(0).method,
                 MigrationMethod::Dump);

        // Before 16 only a superuser or aiven_extras subscribes, whatever the memberships.
        facts.source.passwordAuthenticated = true;
        facts.target.version = ServerVersion(150004);
        check = privileges(MethodChoice::Auto, &method);
        QCOMPARE(method, MigrationMethod::Dump);
        QVERIFY2(check.detail.contains(QStringLiteral(
                     "only superusers may create subscriptions before PostgreSQL 16")),
                 qPrintable(check.detail));
    }

    void unreachableSourceStopsEverything() {
        ClusterFacts facts = healthyFacts();
        facts.connectivity.sourceReachable = false;
        facts.connectivity.sourceError =
            QStringLiteral("password authentication failed for user \"x\"");
        const CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(!outcome.allowed());
        QCOMPARE(outcome.checks.size(), 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("source-reachable"))->remedy,
                 QStringLiteral("Check the user name and password."));
        QVERIFY(outcome.plan.isEmpty());
    }

    void walLevelIsMethodDecidingUnlessReplicationIsForced() {
        ClusterFacts facts = healthyFacts();
        facts.source.walLevel = QStringLiteral("replica");
        CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        const Check* wal = find(outcome.checks, QStringLiteral("wal-level"));
        QCOMPARE(wal->status, Check::Status::Fail);
        QCOMPARE(wal->kind, Check::Kind::MethodDeciding);
        QVERIFY(wal->remedy.contains(QStringLiteral("ALTER SYSTEM SET wal_level = logical")));
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Dump);

        outcome = evaluateChecks(facts, MethodChoice::Replication, 2);
        QVERIFY(!outcome.allowed());
        QCOMPARE(find(outcome.checks, QStringLiteral("wal-level"))->kind, Check::Kind::Blocking);

        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(outcome.allowed());
        QCOMPARE(find(outcome.checks, QStringLiteral("wal-level"))->status, Check::Status::Skip);
    }

    void aStandbySourceMovesToTheDumpMethodWithAWarning() {
        ClusterFacts facts = healthyFacts();
        facts.source.inRecovery = true;
        facts.source.maxStandbyStreamingDelay = QStringLiteral("30s");
        CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        const Check* primary = find(outcome.checks, QStringLiteral("source-primary"));
        QCOMPARE(primary->status, Check::Status::Fail);
        QVERIFY(primary->remedy.contains(QStringLiteral("primary")));
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Dump);
        QVERIFY(outcome.plan[0].reason.contains(QStringLiteral("standby")));
        const Check* conflicts = find(outcome.checks, QStringLiteral("standby-conflicts"));
        QCOMPARE(conflicts->status, Check::Status::Warn);
        QVERIFY(conflicts->detail.contains(QStringLiteral("30s")));

        outcome = evaluateChecks(facts, MethodChoice::Replication, 2);
        QVERIFY(!outcome.allowed());
        QCOMPARE(find(outcome.checks, QStringLiteral("source-primary"))->kind,
                 Check::Kind::Blocking);
    }

    void aTargetThatRefusesWritesBlocks() {
        ClusterFacts facts = healthyFacts();
        facts.target.inRecovery = true;
        CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(!outcome.allowed());
        QVERIFY(find(outcome.checks, QStringLiteral("target-writable"))
                    ->detail.contains(QStringLiteral("standby")));

        facts = healthyFacts();
        facts.target.readOnlyDefault = true;
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(!outcome.allowed());
        QVERIFY(find(outcome.checks, QStringLiteral("target-writable"))
                    ->remedy.contains(QStringLiteral("default_transaction_read_only")));
    }

    void blockingChecks() {
        ClusterFacts facts = healthyFacts();
        facts.connectivity.sameServer = true;
        QVERIFY(!evaluateChecks(facts, MethodChoice::Auto, 2).allowed());

        facts = healthyFacts();
        facts.target.version = ServerVersion(130010);
        QVERIFY(!evaluateChecks(facts, MethodChoice::Auto, 2).allowed());

        facts = healthyFacts();
        facts.target.freeDiskBytes = 1000;
        const auto outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(!outcome.allowed());
        QCOMPARE(find(outcome.checks, QStringLiteral("target-disk-space"))->status,
                 Check::Status::Fail);

        facts = healthyFacts();
        facts.target.freeDiskBytes.reset();
        facts.target.diskUnknownReason = QStringLiteral("no privilege");
        QCOMPARE(find(evaluateChecks(facts, MethodChoice::Auto, 2).checks,
                      QStringLiteral("target-disk-space"))
                     ->status,
                 Check::Status::Warn);

        facts = healthyFacts();
        facts.source.databases[0].rlsTablesNotBypassed = {QStringLiteral("public.secrets")};
        QVERIFY(!evaluateChecks(facts, MethodChoice::Auto, 2).allowed());
    }

    void extensions() {
        ClusterFacts facts = healthyFacts();
        facts.source.databases[0].extensions
            << ExtensionVersion{QStringLiteral("postgis"), QStringLiteral("3.4.0")};
        auto outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(!outcome.allowed());
        QVERIFY(find(outcome.checks, QStringLiteral("extensions-available"))
                    ->detail.contains(QStringLiteral("postgis")));

        facts = healthyFacts();
        facts.source.databases[0].extensions[0].version = QStringLiteral("1.10");
        outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(find(outcome.checks, QStringLiteral("extensions-available"))
                    ->detail.contains(QStringLiteral("Older")));

        // A non-superuser target may install trusted extensions (13+) and allow-listed ones only.
        facts = healthyFacts();
        facts.target.superuser = false;
        QVERIFY(canInstallOnTarget(facts.target, QStringLiteral("hstore")));
        facts.target.availableExtensions[QStringLiteral("hstore")].trusted = false;
        QVERIFY(!canInstallOnTarget(facts.target, QStringLiteral("hstore")));
        facts.target.allowListedExtensions << QStringLiteral("hstore");
        QVERIFY(canInstallOnTarget(facts.target, QStringLiteral("hstore")));
        facts.target.allowListedExtensions.clear();
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("extensions-installable"))->status,
                 Check::Status::Fail);
        QVERIFY(!outcome.allowed());
    }

    void targetPrivilegesForDatabasesAndRoles() {
        ClusterFacts facts = healthyFacts();
        facts.source.roles = {QStringLiteral("app_owner"), QStringLiteral("reader")};
        facts.target.roles = {QStringLiteral("admin"), QStringLiteral("reader")};
        auto outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QVERIFY(find(outcome.checks, QStringLiteral("roles"))
                    ->detail.contains(QStringLiteral("app_owner")));
        QCOMPARE(find(outcome.checks, QStringLiteral("roles"))->status, Check::Status::Pass);

        facts.target.superuser = false;
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("roles"))->status, Check::Status::Warn);
        QVERIFY(find(outcome.checks, QStringLiteral("roles"))
                    ->remedy.contains(QStringLiteral("CREATEROLE")));
        // A database to create needs CREATEDB.
        const Check* database = find(outcome.checks, QStringLiteral("target-database"));
        QCOMPARE(database->status, Check::Status::Fail);
        QVERIFY(database->remedy.contains(QStringLiteral("CREATEDB")));
        QVERIFY(!outcome.allowed());
        facts.target.createDb = true;
        facts.target.createRole = true;
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("target-database"))->status,
                 Check::Status::Pass);
        QCOMPARE(find(outcome.checks, QStringLiteral("roles"))->status, Check::Status::Pass);
    }

    void versionComparison() {
        QCOMPARE(compareExtensionVersions(QStringLiteral("1.10"), QStringLiteral("1.9")), 1);
        QCOMPARE(compareExtensionVersions(QStringLiteral("1.8"), QStringLiteral("1.8")), 0);
        QCOMPARE(compareExtensionVersions(QStringLiteral("1.8"), QStringLiteral("1.8.0")), 0);
        QCOMPARE(compareExtensionVersions(QStringLiteral("3.3.2"), QStringLiteral("3.4.0")), -1);
    }

    void slotsShortageMovesDatabasesToDump() {
        ClusterFacts facts = healthyFacts();
        facts.source.maxReplicationSlots = 1;
        const auto outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        const Check* slotCheck = find(outcome.checks, QStringLiteral("source-replication-slots"));
        QCOMPARE(slotCheck->status, Check::Status::Fail);
        QVERIFY(slotCheck->remedy.contains(QStringLiteral("max_replication_slots = 3")));
        QCOMPARE(outcome.plan[0].method, MigrationMethod::Dump);
    }

    void advisoryWarnings() {
        ClusterFacts facts = healthyFacts();
        facts.source.databases[0].tablesWithoutReplicaIdentity = {QStringLiteral("public.log")};
        facts.source.databases[0].largeObjects = 3;
        facts.source.longTransactions
            << SessionFacts{42, QStringLiteral("shop"), QStringLiteral("app"),
                            QStringLiteral("idle in transaction"), 900};
        facts.source.preparedTransactions << QStringLiteral("tx1 (shop)");
        const auto outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        QCOMPARE(find(outcome.checks, QStringLiteral("tables-without-primary-key"))->status,
                 Check::Status::Warn);
        QCOMPARE(find(outcome.checks, QStringLiteral("unreplicated-objects"))->status,
                 Check::Status::Warn);
        QVERIFY(find(outcome.checks, QStringLiteral("open-transactions"))
                    ->detail.contains(QStringLiteral("pid 42")));
        QCOMPARE(find(outcome.checks, QStringLiteral("prepared-transactions"))->status,
                 Check::Status::Warn);
    }

    /// Only a superuser may create a SQL_ASCII database with a locale other than C or POSIX.
    void aSqlAsciiDatabaseOnlyASuperuserMayMakeIsAWarning() {
        ClusterFacts facts = healthyFacts();
        SourceDatabaseFacts& db = facts.source.databases[0];
        db.encoding = QStringLiteral("SQL_ASCII");
        db.ctype = QStringLiteral("en_US.UTF-8");
        facts.target.encoding = QStringLiteral("UTF8");
        facts.target.superuser = false;
        facts.target.createDb = true;
        // The outcome is kept: find() points into its list.
        const auto encodingCheck = [&facts] {
            const auto outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
            const Check* check = find(outcome.checks, QStringLiteral("encoding-locale"));
            return check ? *check : Check();
        };
        const Check check = encodingCheck();
        QCOMPARE(check.status, Check::Status::Warn);
        QVERIFY2(check.remedy.contains(QStringLiteral(
                     "CREATE DATABASE \"shop\" TEMPLATE template0 ENCODING 'SQL_ASCII' "
                     "LC_COLLATE 'C.UTF-8' LC_CTYPE 'en_US.UTF-8' OWNER \"admin\"")),
                 qPrintable(check.remedy));
        facts.target.superuser = true;
        QCOMPARE(encodingCheck().status, Check::Status::Pass);
        facts.target.superuser = false;
        db.ctype = QStringLiteral("C");
        QCOMPARE(encodingCheck().status, Check::Status::Pass);
    }

    void theTargetsEventTriggersTheRunLeavesEnabledAreAWarning() {
        ClusterFacts facts = healthyFacts();
        SourceDatabaseFacts& db = facts.source.databases[0];
        db.eventTriggers = {QStringLiteral("audit")};
        TargetDatabaseFacts existing;
        existing.name = db.name;
        existing.reachable = true;
        existing.enabledEventTriggers = {QStringLiteral("audit"), QStringLiteral("\"Guard\"")};
        existing.eventTriggerStates = {QStringLiteral("ENABLE"), QStringLiteral("ENABLE ALWAYS")};
        facts.target.existingDatabases.insert(db.name, existing);
        // The outcome is kept: find() points into its list.
        const auto eventCheck = [&facts] {
            const auto outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
            const Check* check = find(outcome.checks, QStringLiteral("target-event-triggers"));
            return check ? *check : Check();
        };
        // A superuser's run quiets the source's own; the target's own stays enabled.
        facts.target.superuser = true;
        Check check = eventCheck();
        QCOMPARE(check.status, Check::Status::Warn);
        QCOMPARE(check.remedy, QStringLiteral("A superuser disables them in the target database "
                                              "while the migration runs (ALTER EVENT TRIGGER "
                                              "\"Guard\" DISABLE;) and enables them after (ALTER "
                                              "EVENT TRIGGER \"Guard\" ENABLE ALWAYS;); or leave "
                                              "them if they write nothing."));
        // Another user may disable none.
        facts.target.superuser = false;
        check = eventCheck();
        QCOMPARE(check.status, Check::Status::Warn);
        QVERIFY2(check.detail.startsWith(QStringLiteral("audit, \"Guard\" stay enabled")) &&
                     check.remedy.contains(QStringLiteral("(ALTER EVENT TRIGGER audit DISABLE; "
                                                          "ALTER EVENT TRIGGER \"Guard\" "
                                                          "DISABLE;)")),
                 qPrintable(check.detail + check.remedy));
        facts.target.existingDatabases[db.name].enabledEventTriggers.clear();
        QCOMPARE(eventCheck().status, Check::Status::Pass);
        // A database the run creates has none: no row.
        facts.target.existingDatabases.clear();
        QCOMPARE(eventCheck().id, QString());
    }

    void aLockTableTooSmallForTheTablesBlocks() {
        ClusterFacts facts = healthyFacts();
        facts.source.maxLocksPerTransaction = 64;
        facts.source.lockTableHolders = 120;
        facts.source.lockTableSize = 64 * 120; // 7680
        facts.source.lockTableUsed = 100;
        facts.source.databases[0].lockedTables = 1000;
        auto outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("source-lock-table"))->status,
                 Check::Status::Pass);
        // 20,000 tables, each locked by pg_dump and by the copy's snapshot: the server would run
        // out of shared memory, whatever the method.
        facts.source.databases[0].lockedTables = 20000;
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        const Check* locks = find(outcome.checks, QStringLiteral("source-lock-table"));
        QCOMPARE(locks->status, Check::Status::Fail);
        QVERIFY(!outcome.allowed());
        QVERIFY2(locks->detail.contains(QStringLiteral("20000 tables")), qPrintable(locks->detail));
        // Twice the need (44,064) and what is in use, over 120 backends, in steps of 64: 768.
        QVERIFY2(locks->remedy.contains(QStringLiteral("max_locks_per_transaction = 768;")),
                 qPrintable(locks->remedy));
        // More than half the room left: a warning only.
        facts.source.databases[0].lockedTables = 5000;
        outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        locks = find(outcome.checks, QStringLiteral("source-lock-table"));
        QCOMPARE(locks->status, Check::Status::Warn);
        QVERIFY(outcome.allowed());
    }

    void databasesMigratingAtOnceAddTheirLocks() {
        // DatabaseQueue migrates up to --jobs databases at once, each pg_dump holding its locks:
        // two databases of 1,500 tables (3,000 locks each) fit alone, not together.
        ClusterFacts facts = healthyFacts();
        facts.source.lockTableUsed = 100; // 7,580 left of 7,680
        facts.source.databases[0].lockedTables = 1500;
        SourceDatabaseFacts other = facts.source.databases[0];
        other.name = QStringLiteral("crm");
        SourceDatabaseFacts empty = other;
        empty.name = QStringLiteral("postgres");
        empty.lockedTables = 0;
        facts.source.databases << empty << other;
        const auto status = [&facts](int jobs) {
            return find(evaluateChecks(facts, MethodChoice::Dump, jobs).checks,
                        QStringLiteral("source-lock-table"))
                ->status;
        };
        QCOMPARE(status(1), Check::Status::Pass);
        QCOMPARE(status(2), Check::Status::Warn);
        const CheckOutcome outcome = evaluateChecks(facts, MethodChoice::Dump, 8);
        const Check* locks = find(outcome.checks, QStringLiteral("source-lock-table"));
        QVERIFY2(locks->detail.startsWith(QStringLiteral(
                     "The 2 largest databases (shop, crm) migrate at once with 8 jobs and have "
                     "3000 tables together;")),
                 qPrintable(locks->detail)); // the empty one takes no table lock
        // pg_restore locks each table once on the target: there the two fit.
        QCOMPARE(find(outcome.checks, QStringLiteral("target-lock-table"))->status,
                 Check::Status::Pass);
        // Five of them with eight jobs: past twice the room, pg_dump would stop.
        facts.source.databases << other << other << other;
        QCOMPARE(status(8), Check::Status::Fail);
        QCOMPARE(status(1), Check::Status::Pass);
    }

    void aTargetLockTableTooSmallForTheSchemaRestoreBlocks() {
        // pg_restore creates the largest database's tables in one transaction on the target.
        ClusterFacts facts = healthyFacts();
        facts.source.maxLocksPerTransaction = 768; // what the source's own check asks for
        facts.source.lockTableSize = 768 * 120;
        facts.source.databases[0].lockedTables = 20000;
        auto outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("source-lock-table"))->status,
                 Check::Status::Pass);
        const Check* locks = find(outcome.checks, QStringLiteral("target-lock-table"));
        QVERIFY(locks);
        QCOMPARE(locks->status, Check::Status::Fail);
        QVERIFY(!outcome.allowed());
        QVERIFY2(locks->detail.contains(QStringLiteral("The target's lock table holds 7680")),
                 qPrintable(locks->detail));
        QVERIFY2(locks->remedy.contains(QStringLiteral("max_locks_per_transaction = 384; on the "
                                                       "target")),
                 qPrintable(locks->remedy));
        facts.target.maxLocksPerTransaction = 384;
        facts.target.lockTableSize = 384 * 120;
        outcome = evaluateChecks(facts, MethodChoice::Dump, 2);
        QCOMPARE(find(outcome.checks, QStringLiteral("target-lock-table"))->status,
                 Check::Status::Pass);
        QVERIFY(outcome.allowed());
    }

    void aSyncingMigrationsSlotIsNeverCalledForgotten() {
        // One slot belongs to a migration still syncing (its subscriber is away: a restart, a
        // network cut), one to nobody this computer knows, one to a stopped migration.
        ClusterFacts facts = healthyFacts();
        IdleMigrationSlot away;
        away.name = QStringLiteral("pgmigrate_live_0123456789");
        away.database = QStringLiteral("shop");
        away.inactiveSeconds = 40;
        away.migrationId = QStringLiteral("live");
        away.migrationStatus = DbStatus::Syncing;
        IdleMigrationSlot unknown;
        unknown.name = QStringLiteral("pgmigrate_gone_0123456789");
        unknown.database = QStringLiteral("shop");
        IdleMigrationSlot stopped = unknown;
        stopped.name = QStringLiteral("pgmigrate_old_0123456789");
        stopped.migrationId = QStringLiteral("old");
        stopped.migrationStatus = DbStatus::Stopped;
        facts.source.idleMigrationSlots << away << unknown << stopped;
        const auto outcome = evaluateChecks(facts, MethodChoice::Auto, 2);
        QVERIFY(outcome.allowed());
        const Check* forgotten =
            find(outcome.checks, QStringLiteral("source-idle-migration-slots"));
        QCOMPARE(forgotten->status, Check::Status::Warn);
        QVERIFY(!forgotten->detail.contains(away.name));
        QVERIFY(!forgotten->remedy.contains(away.name));
        QVERIFY(forgotten->remedy.contains(unknown.name));
        QVERIFY(forgotten->detail.contains(QStringLiteral("of migration old, stopped")));
        const Check* waiting = find(outcome.checks, QStringLiteral("source-away-subscribers"));
        QCOMPARE(waiting->status, Check::Status::Warn);
        QVERIFY(waiting->detail.contains(away.name + QStringLiteral(" (database shop, 0 MB of "
                                                                    "WAL, unread for 40 s) of "
                                                                    "migration live")));
        QVERIFY(waiting->remedy.contains(QStringLiteral("Do not drop")));
        QVERIFY(!waiting->remedy.contains(QStringLiteral("pg_drop_replication_slot")));
    }
};

QTEST_GUILESS_MAIN(TestCheckRules)
#include "tst_checkrules.moc"
