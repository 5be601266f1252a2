// Managed-service permission models, simulated with roles on the fixture's real servers: what
// each provider creates (its groups, Aiven's _aiven database) and the migration user it gives
// its customers, never a superuser. Vanilla PostgreSQL does not pass role attributes down to
// members, so the groups only let pgmigrate recognise the provider; the login roles carry what
// the provider would grant them. For each: the checks name the provider and its own remedies,
// the plan promises replication, and the migration does replicate, ending with data, schema
// and grants equal on both sides.

#include "CheckRunner.h"
#include "MigrationRunner.h"
#include "PgTestEnv.h"
#include "ReplicationControl.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_managed_app");
const QString kReader = QStringLiteral("pgm_managed_reader");

/// Tables with a primary key, a foreign key, a check, an index, a trigger, a sequence and a
/// grant, made by `owner`.
QString datasetSql(const QString& owner) {
    return QStringLiteral(
               "SET ROLE %1;"
               "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL UNIQUE);"
               "CREATE TABLE orders (id bigserial PRIMARY KEY, customer int REFERENCES customers, "
               "amount numeric(10,2) CHECK (amount >= 0), noted timestamptz);"
               "CREATE INDEX orders_customer ON orders (customer);"
               "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
               "$$BEGIN NEW.noted := now(); RETURN NEW; END$$;"
               "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW "
               "EXECUTE FUNCTION touch();"
               "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 200) g;"
               "INSERT INTO orders (customer, amount, noted) SELECT 1 + g % 200, g / 7.0, "
               "'2026-01-01'::timestamptz + g * interval '1 minute' "
               "FROM generate_series(1, 2000) g;"
               "GRANT SELECT ON customers, orders TO %2;"
               "RESET ROLE;")
        .arg(owner, kReader);
}

/// Each table's rows, hashed in a canonical order (independent of the engine's checksum).
QMap<QString, QString> fingerprints(Cluster cluster) {
    auto db = pgtest::connect(cluster, kDb);
    db->execScript(QStringLiteral("SET TimeZone = 'UTC'; SET extra_float_digits = 3"));
    QMap<QString, QString> prints;
    QStringList tables = {QStringLiteral("customers"), QStringLiteral("orders")};
    for (const QString& table : {QStringLiteral("app_s.notes"), QStringLiteral("app_s.scratch")}) {
        if (db->exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {table}).scalar() ==
            QLatin1String("t")) {
            tables << table;
        }
    }
    for (const QString& table : tables) {
        prints.insert(table, db->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg("
                                                     "t::text, '|' ORDER BY t::text)) FROM ") +
                                      table + QStringLiteral(" t"))
                                 .scalar());
    }
    prints.insert(QStringLiteral("orders_id_seq"),
                  db->exec(QStringLiteral("SELECT last_value FROM orders_id_seq")).scalar());
    return prints;
}

/// The providers' own roles (as pgmigrate recognises them): never migrated, so the source's
/// grants to them and memberships in them are left out of the comparison.
const QString kProviderRoles =
    QStringLiteral("^(rds_|rdsadmin|cloudsql|azure_|azuresu|aiven_|_aiven)");

/// Indexes, constraints, triggers, grants (to others than the owner, whoever granted them: on
/// tables, columns, the schema, by default privileges, and on the database when owners are
/// kept) and the memberships of the test's roles; owners (of relations, schemas, functions,
/// large objects and the database; not the provider's table) when asked. Grants to and
/// memberships in provider roles are left out.
QString schema(Cluster cluster, bool withOwners) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral(
                   "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
                   "SELECT 'index ' || indexdef AS x FROM pg_indexes WHERE schemaname = 'public' "
                   "UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' "
                   "|| pg_get_constraintdef(oid) FROM pg_constraint "
                   "WHERE connamespace = 'public'::regnamespace "
                   "UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger "
                   "WHERE NOT tgisinternal "
                   "UNION ALL SELECT DISTINCT 'grant ' || c.relname || ' ' || a.grantee::regrole "
                   "|| ' ' || a.privilege_type FROM pg_class c, aclexplode(c.relacl) a "
                   "WHERE c.relnamespace::regnamespace::text IN ('public', 'lead_s') "
                   "AND a.grantee <> c.relowner AND a.grantee::regrole::text !~ $2 "
                   "UNION ALL SELECT 'column grant ' || c.relname || '.' || t.attname || ' ' || "
                   "a.grantee::regrole || ' ' || a.privilege_type "
                   "FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid, "
                   "aclexplode(t.attacl) a WHERE c.relnamespace = 'public'::regnamespace "
                   "AND a.grantee::regrole::text !~ $2 "
                   "UNION ALL SELECT 'schema grant ' || a.grantee::regrole || ' ' || "
                   "a.privilege_type FROM pg_namespace n, aclexplode(n.nspacl) a "
                   "WHERE n.nspname = 'public' AND a.grantee::regrole::text !~ $2 "
                   "UNION ALL SELECT 'database grant ' || a.grantee::regrole || ' ' || "
                   "a.privilege_type FROM pg_database d, aclexplode(d.datacl) a "
                   "WHERE $1 AND d.datname = current_database() AND a.grantee <> d.datdba "
                   "AND a.grantee::regrole::text !~ $2 "
                   "UNION ALL SELECT 'default grant ' || d.defaclrole::regrole || ' ' || "
                   "d.defaclobjtype::text || ' ' || a.grantee::regrole || ' ' || a.privilege_type "
                   "FROM pg_default_acl d, aclexplode(d.defaclacl) a "
                   "WHERE a.grantee::regrole::text !~ $2 "
                   "UNION ALL SELECT 'member ' || m.rolname || ' of ' || g.rolname "
                   "FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member "
                   "JOIN pg_roles g ON g.oid = am.roleid "
                   "WHERE m.rolname ~ '^pgm_(rds|csql|aiven|avn|managed)' AND g.rolname !~ $2 "
                   "UNION ALL SELECT 'grant by ' || a.grantor::regrole || ' ' || c.relname || "
                   "' ' || a.grantee::regrole || ' ' || a.privilege_type FROM pg_class c, "
                   "aclexplode(c.relacl) a WHERE c.relnamespace = 'public'::regnamespace "
                   "AND a.grantor::regrole::text = 'pgm_aiven_lead' "
                   "UNION ALL SELECT 'row security ' || c.oid::regclass || ' ' || "
                   "c.relrowsecurity || ' ' || c.relforcerowsecurity FROM pg_class c "
                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname IN ('public', 'app_s') AND c.relkind IN ('r', 'p') "
                   "UNION ALL SELECT 'policy ' || schemaname || '.' || tablename || ' ' || "
                   "policyname || ' ' || coalesce(qual, '') FROM pg_policies "
                   "UNION ALL SELECT 'owner ' || c.oid::regclass || ' ' || c.relowner::regrole "
                   "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $1 "
                   "AND n.nspname IN ('public', 'app_s') AND c.relkind IN ('r', 'S', 'v', 'p') "
                   "AND c.relname !~ '^provider_' "
                   "UNION ALL SELECT 'owner schema ' || nspname || ' ' || nspowner::regrole "
                   "FROM pg_namespace WHERE $1 AND nspname IN ('public', 'app_s') "
                   "UNION ALL SELECT 'owner ' || oid::regprocedure || ' ' || proowner::regrole "
                   "FROM pg_proc WHERE $1 AND pronamespace = 'public'::regnamespace "
                   "UNION ALL SELECT 'owner database ' || datdba::regrole FROM pg_database "
                   "WHERE $1 AND datname = current_database() "
                   "UNION ALL SELECT 'owner large object ' || lomowner::regrole "
                   "FROM pg_largeobject_metadata WHERE $1"
                   ") s"),
               {withOwners ? QStringLiteral("true") : QStringLiteral("false"), kProviderRoles})
        .scalar();
}

/// The provider roles on the target (none may be migrated there).
QString providerRolesOnTarget() {
    return pgtest::connect(Cluster::Target)
        ->exec(QStringLiteral("SELECT coalesce(string_agg(rolname, ','), '') FROM pg_roles "
                              "WHERE rolname ~ $1"),
               {kProviderRoles})
        .scalar();
}

/// The memberships Aiven's admin holds on the target (it gives back what it took).
QString adminMemberships() {
    return pgtest::connect(Cluster::Target)
        ->exec(QStringLiteral("SELECT coalesce(string_agg(roleid::regrole::text, ','), '') "
                              "FROM pg_auth_members WHERE member = 'pgm_avnadmin'::regrole"))
        .scalar();
}

/// The check, or an empty one (which fails every assertion on its texts) when it is missing.
const Check* find(const CheckReport& report, const QString& id, const QString& dbname = {}) {
    static const Check missing;
    for (const Check& check : report.outcome.checks) {
        if (check.id == id && check.dbname == dbname) {
            return &check;
        }
    }
    return &missing;
}

QString dump(const CheckReport& report) {
    QStringList lines;
    for (const Check& check : report.outcome.checks) {
        lines << QStringLiteral("%1 %2 [%3] %4 | %5")
                     .arg(check.id, statusName(check.status), check.dbname, check.detail,
                          check.remedy);
    }
    for (const PlannedDatabase& planned : report.outcome.plan) {
        lines << QStringLiteral("plan %1 %2 %3")
                     .arg(planned.dbname, methodName(planned.method), planned.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestManagedServices : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    CheckRequest checkRequest(Cluster source, const QString& sourceUser,
                              const QString& targetUser = QStringLiteral("postgres")) {
        CheckRequest request;
        request.inspection.source = pgtest::settings(source, sourceUser);
        request.inspection.target = pgtest::settings(Cluster::Target, targetUser);
        request.inspection.connectTimeout = std::chrono::seconds(5);
        if (source == Cluster::Source) {
            request.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
        }
        return request;
    }

    /// Checks, then migrates by replication, writes during the sync (`writes` too), cuts over,
    /// compares; the migration's warnings hold `notes` and, once cut over, `finishNote` (none
    /// on owners if empty).
    void migrateAndCompare(const CheckRequest& check, bool ownersKept,
                           const QStringList& notes = {}, const QString& finishNote = {},
                           const QString& writes = {}) {
        const CheckReport report = runChecksBlocking(check);
        QVERIFY2(report.ok() && report.outcome.plan.size() == 1 &&
                     report.outcome.plan[0].method == MigrationMethod::Replication,
                 qPrintable(dump(report)));
        MigrationRequest request;
        request.check = check;
        MigrationState state =
            MigrationRunner(request, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing &&
                     state.databases[0].method == MigrationMethod::Replication,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        for (const QString& note : notes) {
            QVERIFY2(state.warnings.contains(note),
                     qPrintable(state.warnings.join(QLatin1Char('\n'))));
        }
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("INSERT INTO customers VALUES (201, 'late');"
                                        "INSERT INTO orders (customer, amount) VALUES (201, 5);"
                                        "UPDATE orders SET amount = amount + 1 WHERE id <= 10;"
                                        "DELETE FROM orders WHERE id BETWEEN 11 AND 20;") +
                         writes);
        FinishOptions options;
        options.drainTimeout = std::chrono::seconds(60);
        QVERIFY2(finishMigration(state, {check.inspection.source, check.inspection.target}, options,
                                 nullptr),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(state.databases[0].status, DbStatus::Done);
        const QString warnings = state.warnings.join(QLatin1Char('\n'));
        QVERIFY2(finishNote.isEmpty() ? !warnings.contains(QStringLiteral("owned by"))
                                      : warnings.contains(finishNote),
                 qPrintable(warnings));
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        QCOMPARE(schema(Cluster::Target, ownersKept), schema(Cluster::Source, ownersKept));
    }

    static void dropEverywhere(const QStringList& roles) {
        for (const Cluster cluster : {Cluster::Source, Cluster::Target, Cluster::Replica}) {
            pgtest::dropDatabase(cluster, kDb);
            auto admin = pgtest::connect(cluster);
            admin->execScript(QStringLiteral("DROP DATABASE IF EXISTS _aiven"));
            for (const QString& role : roles) {
                if (admin
                        ->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"),
                               {role})
                        .scalar() == QLatin1String("1")) {
                    admin->execScript(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role));
                }
            }
        }
    }

    /// The provider's roles on `cluster`, as postgres; `script` uses %1 for the password.
    static void createRoles(Cluster cluster, const QString& script) {
        const bool logsIn = script.contains(QStringLiteral("%1"));
        pgtest::connect(cluster)->execScript(QStringLiteral("CREATE ROLE %1;").arg(kReader) +
                                             (logsIn ? script.arg(pgtest::password()) : script));
    }

    static void createDatabase(const QString& owner, const QString& tablesOwner) {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        auto admin = pgtest::connect(Cluster::Source);
        admin->execScript(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(kDb, owner));
        pgtest::connect(Cluster::Source, kDb)->execScript(datasetSql(tablesOwner));
    }

private slots:
    void amazonRdsSource() {
        const QStringList roles = {QStringLiteral("pgm_rds_master"),
                                   QStringLiteral("pgm_rds_plain"),
                                   kReader,
                                   QStringLiteral("rds_superuser"),
                                   QStringLiteral("rds_replication"),
                                   QStringLiteral("rds_iam"),
                                   QStringLiteral("rdsadmin")};
        dropEverywhere(roles);
        // As RDS has them: the master user is no superuser, but a member of rds_superuser and
        // (for logical replication) rds_replication; it creates the databases and owns the
        // tables. RDS offers no aiven_extras: the owner publishes its tables itself.
        const QString rds = QStringLiteral(
            "CREATE ROLE rds_superuser; CREATE ROLE rds_replication; CREATE ROLE rds_iam;"
            "CREATE ROLE rdsadmin LOGIN;"
            "CREATE ROLE pgm_rds_master LOGIN CREATEDB CREATEROLE REPLICATION PASSWORD '%1' "
            "IN ROLE rds_superuser, rds_replication;"
            "CREATE ROLE pgm_rds_plain LOGIN PASSWORD '%1' IN ROLE rds_iam, pgm_managed_reader;");
        createRoles(Cluster::Source, rds);
        createRoles(Cluster::Replica, rds);
        createDatabase(QStringLiteral("pgm_rds_master"), QStringLiteral("pgm_rds_master"));
        // What the master user grants RDS's roles: on tables and a column (mixed with grants
        // to ordinary roles in one ACL), the schema, the database, default privileges.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "SET ROLE pgm_rds_master;"
                "GRANT SELECT ON customers TO rds_superuser;"
                "GRANT INSERT ON orders TO rds_iam, pgm_rds_plain;"
                "GRANT UPDATE (name) ON customers TO rds_superuser, pgm_rds_plain;"
                "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO rds_superuser, "
                "pgm_managed_reader;"
                "RESET ROLE;"
                "GRANT USAGE ON SCHEMA public TO rds_superuser, pgm_rds_plain;"
                "GRANT CONNECT ON DATABASE pgm_managed_app TO rds_iam, pgm_rds_plain;"));

        const CheckReport report =
            runChecksBlocking(checkRequest(Cluster::Source, QStringLiteral("pgm_rds_master")));
        QVERIFY2(find(report, QStringLiteral("managed-services"))
                     ->detail.contains(QStringLiteral(
                         "Source: Amazon RDS, as pgm_rds_master (member of rds_replication, "
                         "rds_superuser). Target: no managed service recognised.")),
                 qPrintable(dump(report)));
        QVERIFY2(find(report, QStringLiteral("replication-privileges"), kDb)
                     ->detail.contains(QStringLiteral("Source: owner of every table")),
                 qPrintable(dump(report)));

        // Where logical decoding is off (the replica cluster's wal_level) and for a user the
        // master has not granted rds_replication, the remedies are RDS's.
        const CheckReport off =
            runChecksBlocking(checkRequest(Cluster::Replica, QStringLiteral("pgm_rds_plain")));
        QVERIFY2(find(off, QStringLiteral("wal-level"))
                     ->remedy.contains(QStringLiteral("rds.logical_replication = 1")),
                 qPrintable(dump(off)));
        QVERIFY2(
            find(off, QStringLiteral("source-replication-role"))
                ->remedy.contains(QStringLiteral("GRANT rds_replication TO \"pgm_rds_plain\"")),
            qPrintable(dump(off)));
        QVERIFY2(find(off, QStringLiteral("replication-privileges"), QStringLiteral("postgres"))
                     ->remedy.contains(QStringLiteral("Amazon RDS offers no superuser and no "
                                                      "aiven_extras")),
                 qPrintable(dump(off)));

        migrateAndCompare(checkRequest(Cluster::Source, QStringLiteral("pgm_rds_master")), true,
                          {QStringLiteral("not migrated: provider role rds_superuser (Amazon "
                                          "RDS)")});
        QCOMPARE(providerRolesOnTarget(), QString());
        QVERIFY2(find(report, QStringLiteral("provider-roles"))
                     ->detail.contains(QStringLiteral("not migrated: provider role rds_superuser "
                                                      "(Amazon RDS); not migrated: provider role "
                                                      "rdsadmin (Amazon RDS)")),
                 qPrintable(dump(report)));
        QCOMPARE(pgtest::connect(Cluster::Source, kDb)
                     ->exec(QStringLiteral(
                         "SELECT count(*) FROM pg_extension WHERE extname = 'aiven_extras'"))
                     .scalar(),
                 QStringLiteral("0"));
        dropEverywhere(roles);
    }

    void cloudSqlSource() {
        const QStringList roles = {
            QStringLiteral("pgm_csql_admin"),    QStringLiteral("pgm_csql_app"),
            QStringLiteral("pgm_csql_plain"),    kReader,
            QStringLiteral("cloudsqlsuperuser"), QStringLiteral("cloudsqliamuser")};
        dropEverywhere(roles);
        // As Cloud SQL has them: its "postgres" user is a member of cloudsqlsuperuser with
        // CREATEROLE, CREATEDB and (once granted) REPLICATION; the application's role, which it
        // created and is a member of, owns the database and the tables.
        const QString cloudSql = QStringLiteral(
            "CREATE ROLE cloudsqlsuperuser CREATEROLE CREATEDB; CREATE ROLE cloudsqliamuser;"
            "CREATE ROLE pgm_csql_admin LOGIN CREATEROLE CREATEDB REPLICATION PASSWORD '%1' "
            "IN ROLE cloudsqlsuperuser;"
            "CREATE ROLE pgm_csql_app ROLE pgm_csql_admin;"
            "CREATE ROLE pgm_csql_plain LOGIN PASSWORD '%1';");
        createRoles(Cluster::Source, cloudSql);
        createRoles(Cluster::Replica, cloudSql);
        createDatabase(QStringLiteral("pgm_csql_app"), QStringLiteral("pgm_csql_app"));
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("GRANT SELECT ON orders TO cloudsqliamuser, "
                                        "cloudsqlsuperuser;"
                                        "GRANT cloudsqliamuser TO pgm_csql_app;"
                                        // an object of the provider's own role, not migrated
                                        "CREATE TABLE provider_flags (k text PRIMARY KEY);"
                                        "INSERT INTO provider_flags VALUES ('a'), ('b');"
                                        "ALTER TABLE provider_flags OWNER TO "
                                        "cloudsqlsuperuser;"));

        const CheckReport report =
            runChecksBlocking(checkRequest(Cluster::Source, QStringLiteral("pgm_csql_admin")));
        QVERIFY2(find(report, QStringLiteral("managed-services"))
                     ->detail.contains(QStringLiteral("Source: Google Cloud SQL, as "
                                                      "pgm_csql_admin (member of "
                                                      "cloudsqlsuperuser)")),
                 qPrintable(dump(report)));
        QVERIFY2(find(report, QStringLiteral("replication-privileges"), kDb)
                     ->detail.contains(QStringLiteral("Source: owner of every table")),
                 qPrintable(dump(report)));
        const CheckReport off =
            runChecksBlocking(checkRequest(Cluster::Replica, QStringLiteral("pgm_csql_plain")));
        QVERIFY2(find(off, QStringLiteral("wal-level"))
                     ->remedy.contains(QStringLiteral("cloudsql.logical_decoding = on")),
                 qPrintable(dump(off)));
        QVERIFY2(find(off, QStringLiteral("source-replication-role"))
                     ->remedy.contains(QStringLiteral("ALTER ROLE \"pgm_csql_plain\" WITH "
                                                      "REPLICATION; (as a member of "
                                                      "cloudsqlsuperuser")),
                 qPrintable(dump(off)));

        // The provider's object is restored as the target user's, and said so.
        migrateAndCompare(checkRequest(Cluster::Source, QStringLiteral("pgm_csql_admin")), true,
                          {QStringLiteral("not migrated: provider role cloudsqliamuser (Google "
                                          "Cloud SQL)")},
                          QStringLiteral("pgm_managed_app: 1 objects stay owned by postgres "
                                         "(owned by provider role cloudsqlsuperuser, which is not "
                                         "migrated): table public.provider_flags"));
        QCOMPARE(providerRolesOnTarget(), QString());
        dropEverywhere(roles);
    }

    void azureFlexibleSourceRemedies() {
        const QStringList roles = {QStringLiteral("pgm_azure_admin"), kReader,
                                   QStringLiteral("azure_pg_admin")};
        dropEverywhere(roles);
        // Azure's server admin is a member of azure_pg_admin; replication needs wal_level =
        // logical as a server parameter and ALTER ROLE ... REPLICATION.
        createRoles(Cluster::Replica,
                    QStringLiteral("CREATE ROLE azure_pg_admin;"
                                   "CREATE ROLE pgm_azure_admin LOGIN CREATEDB CREATEROLE "
                                   "PASSWORD '%1' IN ROLE azure_pg_admin;"));
        const CheckReport off =
            runChecksBlocking(checkRequest(Cluster::Replica, QStringLiteral("pgm_azure_admin")));
        QVERIFY2(find(off, QStringLiteral("managed-services"))
                     ->detail.contains(QStringLiteral("Azure Database for PostgreSQL flexible "
                                                      "server")),
                 qPrintable(dump(off)));
        QVERIFY2(find(off, QStringLiteral("wal-level"))
                     ->remedy.contains(QStringLiteral("wal_level = logical (az postgres "
                                                      "flexible-server parameter set")),
                 qPrintable(dump(off)));
        QVERIFY2(find(off, QStringLiteral("source-replication-role"))
                     ->remedy.contains(QStringLiteral("ALTER ROLE \"pgm_azure_admin\" WITH "
                                                      "REPLICATION; (as the server admin, a "
                                                      "member of azure_pg_admin)")),
                 qPrintable(dump(off)));
        dropEverywhere(roles);
    }

    void aivenTarget() {
        const QStringList roles = {QStringLiteral("pgm_avnadmin"), QStringLiteral("pgm_aiven_app"),
                                   QStringLiteral("pgm_aiven_lead"),
                                   QStringLiteral("pgm_aiven_clerk"), kReader};
        dropEverywhere(roles);
        // As Aiven has it: the _aiven database, and avnadmin with CREATEDB and CREATEROLE, no
        // superuser, subscribing through aiven_extras (the fixture's stand-in).
        auto target = pgtest::connect(Cluster::Target);
        target->execScript(QStringLiteral("CREATE DATABASE _aiven"));
        target->execScript(QStringLiteral("CREATE ROLE pgm_avnadmin LOGIN CREATEDB CREATEROLE "
                                          "PASSWORD '%1'")
                               .arg(pgtest::password()));
        createRoles(Cluster::Source,
                    QStringLiteral("CREATE ROLE pgm_aiven_app; CREATE ROLE pgm_aiven_lead; "
                                   "CREATE ROLE pgm_aiven_clerk;"));
        createDatabase(QStringLiteral("pgm_aiven_app"), QStringLiteral("pgm_aiven_app"));

        const CheckRequest check = checkRequest(Cluster::Source, QStringLiteral("postgres"),
                                                QStringLiteral("pgm_avnadmin"));
        const CheckReport report = runChecksBlocking(check);
        QVERIFY2(find(report, QStringLiteral("managed-services"))
                     ->detail.contains(QStringLiteral("Source: no managed service recognised. "
                                                      "Target: Aiven for PostgreSQL, as "
                                                      "pgm_avnadmin.")),
                 qPrintable(dump(report)));
        QVERIFY2(find(report, QStringLiteral("replication-privileges"), kDb)
                     ->detail.contains(QStringLiteral("Target: aiven_extras")),
                 qPrintable(dump(report)));
        // What only owners see and owners' defaults: a table whose row security hides every
        // row from anyone else (so the copy must be verified before the owners change), one
        // whose policy its owner obeys too (FORCE: the verification's reads must get past it),
        // grants made by other roles than the owner (one owns a schema, so the admin acts as
        // it, except on a table in that schema, which is the admin's until the owners are
        // given; the other owns nothing: those grants become the owners'), a schema, a view,
        // default privileges and a large object of the application's role.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE SCHEMA app_s AUTHORIZATION pgm_aiven_app;"
                "CREATE SCHEMA lead_s AUTHORIZATION pgm_aiven_lead;"
                "GRANT USAGE, CREATE ON SCHEMA lead_s TO pgm_aiven_app;"
                "CREATE TABLE lead_s.tally (n int PRIMARY KEY);"
                "ALTER TABLE lead_s.tally OWNER TO pgm_aiven_app;"
                "SET ROLE pgm_aiven_app;"
                "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgm_managed_reader;"
                "CREATE TABLE app_s.notes (id int PRIMARY KEY, body text);"
                "INSERT INTO app_s.notes SELECT g, 'n' || g FROM generate_series(1, 50) g;"
                "ALTER TABLE customers ENABLE ROW LEVEL SECURITY;"
                "ALTER TABLE app_s.notes ENABLE ROW LEVEL SECURITY;"
                "ALTER TABLE app_s.notes FORCE ROW LEVEL SECURITY;"
                "CREATE POLICY first_notes ON app_s.notes USING (id <= 10);"
                // unlogged: copied again at the cut-over, emptied by a DELETE first
                "CREATE UNLOGGED TABLE app_s.scratch (id int PRIMARY KEY, body text);"
                "INSERT INTO app_s.scratch SELECT g, 's' || g FROM generate_series(1, 20) g;"
                "ALTER TABLE app_s.scratch ENABLE ROW LEVEL SECURITY;"
                "ALTER TABLE app_s.scratch FORCE ROW LEVEL SECURITY;"
                "CREATE POLICY first_scratch ON app_s.scratch USING (id <= 10);"
                "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100;"
                "GRANT INSERT ON customers TO pgm_aiven_lead WITH GRANT OPTION;"
                "GRANT SELECT ON orders TO pgm_aiven_clerk WITH GRANT OPTION;"
                "GRANT SELECT ON lead_s.tally TO pgm_aiven_lead WITH GRANT OPTION;"
                "SET ROLE pgm_aiven_lead;"
                "GRANT INSERT ON customers TO pgm_managed_reader;"
                "GRANT SELECT ON lead_s.tally TO pgm_managed_reader;"
                "SET ROLE pgm_aiven_clerk;"
                "GRANT SELECT ON orders TO pgm_aiven_lead;"
                "SET ROLE pgm_aiven_app;"
                "SELECT lo_from_bytea(0, 'pgmigrate');"
                "RESET ROLE;"));
        // Without superuser the admin restores every object as its own, then gives each to its
        // source owner through memberships it takes for the migration and gives back.
        const QString clerkNote =
            kDb + QStringLiteral(": grants that pgm_aiven_clerk, pgm_aiven_lead made on objects "
                                 "they do not own "
                                 "are made by the objects' owners on the target (a target user "
                                 "without superuser cannot act as another role); the privileges "
                                 "are the same");
        migrateAndCompare(check, true, {clerkNote}, {},
                          QStringLiteral("INSERT INTO app_s.notes VALUES (51, 'late');"
                                         "UPDATE app_s.notes SET body = 'n3b' WHERE id = 3;"
                                         "UPDATE app_s.notes SET body = 'n33b' WHERE id = 33;"));
        QCOMPARE(adminMemberships(), QString());

        // The same by a copy: the owners change once the copy is verified.
        pgtest::dropDatabase(Cluster::Target, kDb);
        CheckRequest dump = check;
        dump.method = MethodChoice::Dump;
        MigrationRequest request;
        request.check = dump;
        const MigrationState state =
            MigrationRunner(request, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(state.databases.size() == 1 && state.databases[0].status == DbStatus::Done &&
                     state.borrowedRoles.isEmpty(),
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY2(!state.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("owned by")) &&
                     state.warnings.contains(clerkNote),
                 qPrintable(state.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        QCOMPARE(schema(Cluster::Target, true), schema(Cluster::Source, true));
        QCOMPARE(adminMemberships(), QString());

        // Started over into that database: its tables are the owners' again, with row security
        // on, and a table's owner obeys FORCE's policies (COPY FROM is refused then). It has
        // no aiven_extras (the copy made it), so the loading sessions may not turn foreign key
        // checks off, and orders, the largest table, is loaded first (one job: no race with
        // customers, which its foreign key points at).
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("INSERT INTO app_s.notes VALUES (52, 'again');"
                                        "UPDATE customers SET name = 'c1b' WHERE id = 1;"));
        request.ifExists = IfExists::Truncate;
        request.jobs = 1;
        const MigrationState over =
            MigrationRunner(request, StateStore(m_stateDir.path()), nullptr).run();
        QVERIFY2(over.databases.size() == 1 && over.databases[0].status == DbStatus::Done &&
                     over.borrowedRoles.isEmpty() &&
                     !over.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("fired")) &&
                     !over.warnings.join(QLatin1Char('\n'))
                          .contains(QStringLiteral("foreign keys are dropped")),
                 QJsonDocument(over.toStatusJson()).toJson().constData());
        QCOMPARE(fingerprints(Cluster::Target), fingerprints(Cluster::Source));
        QCOMPARE(schema(Cluster::Target, true), schema(Cluster::Source, true));
        QCOMPARE(adminMemberships(), QString());
        dropEverywhere(roles);
    }

    void cleanupTestCase() {
        dropEverywhere({QStringLiteral("pgm_rds_master"), QStringLiteral("pgm_rds_plain"),
                        QStringLiteral("rds_superuser"), QStringLiteral("rds_replication"),
                        QStringLiteral("rds_iam"), QStringLiteral("rdsadmin"),
                        QStringLiteral("cloudsqliamuser"), QStringLiteral("pgm_csql_admin"),
                        QStringLiteral("pgm_csql_app"), QStringLiteral("pgm_csql_plain"),
                        QStringLiteral("cloudsqlsuperuser"), QStringLiteral("pgm_azure_admin"),
                        QStringLiteral("azure_pg_admin"), QStringLiteral("pgm_avnadmin"),
                        QStringLiteral("pgm_aiven_app"), QStringLiteral("pgm_aiven_lead"),
                        QStringLiteral("pgm_aiven_clerk"), kReader});
    }
};

PGM_PG_TEST_MAIN(TestManagedServices)
#include "tst_managedservices.moc"
