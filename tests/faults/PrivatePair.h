#pragma once

#include "ConnectionSettings.h"
#include "PgConnection.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace faults {

/// A source and a target of the test's own (tests/fixture/pg-clusters.sh start-pair): fault
/// tests restart and stop them, which tests running in parallel must never see. Replication
/// timeouts are short there, so both ends notice a dead peer within seconds.
class PrivatePair {
public:
    enum class Server { Source, Target };

    /// Servers of other majors (tests/fixture/pg-majors.sh fetch): call before start(). Empty
    /// keeps Debian's 15.
    void setServerBinaries(const QString& sourceBin, const QString& targetBin) {
        m_sourceBin = sourceBin;
        m_targetBin = targetBin;
    }
    /// initdb's encoding and locale options for the source ("--encoding=SQL_ASCII --locale=C"):
    /// call before start(). Empty keeps UTF8.
    void setSourceInitdbOptions(const QString& options) { m_sourceInitdb = options; }
    /// Starts the pair; false with *error when it could not.
    bool start(QString* error);
    /// Stops the pair (also done by the destructor).
    void stop();
    ~PrivatePair();

    pgm::ConnectionSettings settings(Server server,
                                     const QString& dbname = QStringLiteral("postgres")) const;
    std::unique_ptr<pgm::PgConnection> connect(Server server,
                                               const QString& dbname = QStringLiteral("postgres"));
    QString uri(Server server) const;

    /// `pg-clusters.sh restart-one` (fast shutdown, as a routine restart), `stop-one` (an
    /// immediate stop, as a crash) and `start-one`.
    bool restart(Server server);
    bool crash(Server server);
    bool startAgain(Server server);

    /// The CLI with both passwords in its environment and the state in `stateDir()`.
    struct Run {
        int exitCode = -1;
        QByteArray output; ///< stdout and stderr
    };
    Run cli(const QStringList& arguments, int timeoutMs = 180000) const;
    /// The same, started and left running.
    std::unique_ptr<QProcess> startCli(const QStringList& arguments) const;
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }
    /// The server's log file.
    QString serverLog(Server server) const {
        return m_clusters + QLatin1Char('/') + name(server) + QStringLiteral(".log");
    }
    /// The saved state of migration `id`, as its file holds it (empty when there is none).
    QByteArray stateFile(const QString& id) const;

    /// `migrate` of `dbname` alone (every other database excluded) under `id`, then `extra`.
    QStringList migrateArguments(const QString& dbname, const QString& id,
                                 const QStringList& extra = {});
    /// `status --json` of `id`: its first database's entry (empty when unreadable); the
    /// whole output goes to *output, for failure messages.
    QJsonObject statusDetail(const QString& id, QByteArray* output) const;

    /// Creates `dbname` on the source with table t (id bigserial PRIMARY KEY, v text) of `rows`.
    void createDatabase(const QString& dbname, int rows);
    /// Every database on the source but `dbname`, comma-separated, for --exclude-db.
    QString everyDatabaseBut(const QString& dbname);
    /// The same, but for every one of `dbnames`.
    QString everyDatabaseBut(const QStringList& dbnames);
    /// count and md5 of table t on one side.
    QString fingerprint(Server server, const QString& dbname);
    /// Waits until the target's table t equals the source's; false after `seconds`.
    bool waitUntilEqual(const QString& dbname, int seconds);
    /// Replication slots and subscriptions pgmigrate left on the pair.
    QString replicationLeft();

private:
    bool fixture(const QStringList& arguments);
    static QString name(Server server);

    QTemporaryDir m_dir;
    QString m_clusters;
    QString m_sourceBin;
    QString m_targetBin;
    QString m_sourceInitdb;
    QString m_password;
    int m_sourcePort = 0;
    int m_targetPort = 0;
    bool m_started = false;
};

/// The exit code when this machine has no PostgreSQL 15 to start a pair with: skipped, except
/// under CI where a skipped fault test would hide a broken setup.
int unavailableExitCode();

} // namespace faults

/// main() for tests that start their own pair.
#define PGM_FAULT_TEST_MAIN(TestClass)                                                             \
    int main(int argc, char** argv) {                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb"))) {                 \
            qWarning("PostgreSQL 15 is not installed (scripts/install-deps)");                     \
            return faults::unavailableExitCode();                                                  \
        }                                                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
