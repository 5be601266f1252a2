#include "PgTestEnv.h"

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

void recreateDatabase(Cluster cluster, const QString& dbname) {
    dropDatabase(cluster, dbname);
    auto admin = connect(cluster);
    admin->exec(QStringLiteral("CREATE DATABASE %1").arg(admin->quoteIdentifier(dbname)));
}

} // namespace pgtest
