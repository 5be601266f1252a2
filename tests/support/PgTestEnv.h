#pragma once

#include "ConnectionSettings.h"
#include "PgConnection.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTest>
#include <memory>

namespace pgtest {

/// The clusters started by tests/fixture/pg-clusters.sh, as its env file describes them. Pooler
/// is PgBouncer in front of the source: ordinary connections pass, replication connections are
/// refused (port 0 when the fixture found no pgbouncer).
enum class Cluster { Source, Target, Replica, FewSlots, Pooler };

/// True when the fixture's environment is present.
bool available();
/// The exit code for a pg test that found no cluster: 77 (skipped) normally, 1 under CI,
/// where a skipped PostgreSQL test would hide a broken setup.
int unavailableExitCode();

QString password();
int port(Cluster cluster);
/// Settings for a cluster as a given user (postgres is the superuser).
pgm::ConnectionSettings settings(Cluster cluster, const QString& user = QStringLiteral("postgres"),
                                 const QString& dbname = QStringLiteral("postgres"));
/// An open superuser connection, for test setup.
std::unique_ptr<pgm::PgConnection> connect(Cluster cluster,
                                           const QString& dbname = QStringLiteral("postgres"));
/// Drops (if present) and creates a database on a cluster.
void recreateDatabase(Cluster cluster, const QString& dbname);
void dropDatabase(Cluster cluster, const QString& dbname);
/// (Re)creates pgm_target_admin on the target: LOGIN CREATEDB CREATEROLE, no superuser, the
/// test password; what managed services give their admin user.
void createTargetAdmin();
/// A database's ACL (entries sorted) and its own and per-role settings, as `cluster` holds
/// them: what CREATE DATABASE alone does not give. " " when it has none of them.
QString databaseLevel(Cluster cluster, const QString& dbname);
QString sslRootCert();
/// postgres://postgres@127.0.0.1:PORT/postgres, without the password (it goes in the env).
QString serverUri(Cluster cluster);
/// The environment a CLI run gets: both passwords, and the state directory when given.
QProcessEnvironment cliEnvironment(const QString& stateDir = {});
/// Every database of the source but `dbname`: what a test excludes to migrate only its own.
QStringList sourceDatabasesExcept(const QString& dbname);

/// Writes, into `directory`, a fake pg_dump and pg_restore that only print `version` (e.g.
/// "14.0") as the real ones do for --version. True when both were written and are executable.
bool writeFakePgTools(const QString& directory, const QString& version);
/// Removes what a failed replication test may have left for `dbname`: subscriptions in the
/// target database, then slots and pgmigrate's publications on the source.
void dropReplicationLeftovers(const QString& dbname);
/// The first database's `cutover_steps` in the JSON that `status` or `finish --json` printed.
QJsonArray cutoverSteps(const QString& json);

} // namespace pgtest

/// main() for tests that need the fixture's clusters.
#define PGM_PG_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char** argv) {                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (!pgtest::available()) {                                                                \
            qWarning("no PostgreSQL test clusters (run tests through scripts/test)");              \
            return pgtest::unavailableExitCode();                                                  \
        }                                                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
