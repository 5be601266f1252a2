#include "PgTestEnv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pgtest {

namespace {

QString env(const char* name) {
    return QString::fromLocal8Bit(qgetenv(name));
}

} // namespace

bool available() {
    return !qEnvironmentVariableIsEmpty("PGM_TEST_SOURCE_PORT") &&
           !qEnvironmentVariableIsEmpty("PGM_TEST_PASSWORD");
}

int unavailableExitCode() {
    return qgetenv("CI") == "true" ? 1 : 77;
}

QString password() {
    return env("PGM_TEST_PASSWORD");
}

QString sslRootCert() {
    return env("PGM_TEST_SSL_ROOTCERT");
}

int port(Cluster cluster) {
    switch (cluster) {
    case Cluster::Source:
        return env("PGM_TEST_SOURCE_PORT").toInt();
    case Cluster::Target:
        return env("PGM_TEST_TARGET_PORT").toInt();
    case Cluster::Replica:
        return env("PGM_TEST_REPLICA_PORT").toInt();
    case Cluster::FewSlots:
        return env("PGM_TEST_FEWSLOTS_PORT").toInt();
    case Cluster::Pooler:
        return env("PGM_TEST_POOLER_PORT").toInt();
    }
    return 0;
}

pgm::ConnectionSettings settings(Cluster cluster, const QString& user, const QString& dbname) {
    pgm::ConnectionSettings s;
    s.host = env("PGM_TEST_HOST");
    s.port = port(cluster);
    s.user = user;
    s.password = password();
    s.dbname = dbname;
    s.connectTimeoutSeconds = 5;
    return s;
}

std::unique_ptr<pgm::PgConnection> connect(Cluster cluster, const QString& dbname) {
    return pgm::PgConnection::open(settings(cluster, QStringLiteral("postgres"), dbname),
                                   std::chrono::seconds(10));
}

void dropDatabase(Cluster cluster, const QString& dbname) {
    auto admin = connect(cluster);
    admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                    .arg(admin->quoteIdentifier(dbname)));
}

void createTargetAdmin() {
    connect(Cluster::Target)
        ->execScript(QStringLiteral("DROP ROLE IF EXISTS pgm_target_admin; CREATE ROLE "
                                    "pgm_target_admin LOGIN CREATEDB CREATEROLE PASSWORD '%1'")
                         .arg(password()));
}

QString databaseLevel(Cluster cluster, const QString& dbname) {
    return connect(cluster)
        ->exec(QStringLiteral(
                   "SELECT coalesce((SELECT string_agg(a::text, ',' ORDER BY a::text) FROM "
                   "unnest(d.datacl) a), '') || ' ' || coalesce((SELECT string_agg("
                   "coalesce(r.rolname, '') || ':' || array_to_string(s.setconfig, ','), ';' "
                   "ORDER BY 1) FROM pg_db_role_setting s LEFT JOIN pg_roles r ON "
                   "r.oid = s.setrole WHERE s.setdatabase = d.oid), '') "
                   "FROM pg_database d WHERE d.datname = $1"),
               {dbname})
        .scalar();
}

void recreateDatabase(Cluster cluster, const QString& dbname) {
    dropDatabase(cluster, dbname);
    auto admin = connect(cluster);
    admin->exec(QStringLiteral("CREATE DATABASE %1").arg(admin->quoteIdentifier(dbname)));
}

QString serverUri(Cluster cluster) {
    return QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres").arg(port(cluster));
}

QProcessEnvironment cliEnvironment(const QString& stateDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!stateDir.isEmpty()) {
        env.insert(QStringLiteral("PGMIGRATE_STATE_DIR"), stateDir);
    }
    env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), password());
    env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), password());
    return env;
}

bool writeFakePgTools(const QString& directory, const QString& version) {
    for (const QString& tool : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")}) {
        QFile script(directory + QLatin1Char('/') + tool);
        if (!script.open(QIODevice::WriteOnly) ||
            script.write(QStringLiteral("#!/bin/sh\necho '%1 (PostgreSQL) %2'\n")
                             .arg(tool, version)
                             .toUtf8()) < 0) {
            return false;
        }
        script.close();
        if (!script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner)) {
            return false;
        }
    }
    return true;
}

QStringList sourceDatabasesExcept(const QString& dbname) {
    const pgm::PgResult names =
        connect(Cluster::Source)
            ->exec(QStringLiteral(
                       "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> $1"),
                   {dbname});
    QStringList others;
    for (int row = 0; row < names.rows(); ++row) {
        others << names.text(row, 0);
    }
    return others;
}

void dropReplicationLeftovers(const QString& dbname) {
    auto admin = connect(Cluster::Target);
    if (admin->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {dbname})
            .integer(0, 0) > 0) {
        auto target = connect(Cluster::Target, dbname);
        const pgm::PgResult subs = target->exec(
            QStringLiteral("SELECT quote_ident(subname) FROM pg_subscription WHERE subdbid = "
                           "(SELECT oid FROM pg_database WHERE datname = current_database())"));
        for (int row = 0; row < subs.rows(); ++row) {
            target->execScript(
                QStringLiteral("ALTER SUBSCRIPTION %1 DISABLE; ALTER SUBSCRIPTION %1 "
                               "SET (slot_name = NONE); DROP SUBSCRIPTION %1")
                    .arg(subs.text(row, 0)));
        }
    }
    connect(Cluster::Source)
        ->exec(
            QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                           "WHERE database = $1 AND NOT active"),
            {dbname});
    // And its publications: a test that failed before its stop leaves them for the next.
    auto source = connect(Cluster::Source);
    if (source
            ->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {dbname})
            .integer(0, 0) > 0) {
        auto db = connect(Cluster::Source, dbname);
        const pgm::PgResult pubs = db->exec(QStringLiteral(
            "SELECT quote_ident(pubname) FROM pg_publication WHERE pubname LIKE 'pgmigrate\\_%'"));
        for (int row = 0; row < pubs.rows(); ++row) {
            db->exec(QStringLiteral("DROP PUBLICATION ") + pubs.text(row, 0));
        }
    }
}

QJsonArray cutoverSteps(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8())
        .object()
        .value(QStringLiteral("migration_detail"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("cutover_steps"))
        .toArray();
}

} // namespace pgtest
