#pragma once

#include "CheckRunner.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace pgm {

/// The options shared by every command that talks to both servers: --source, --target,
/// --exclude-db, --method, --source-address-from-target, --connect-timeout and --pg-dump-dir.
/// -s, -t, -f and --filtered-db are aiven-db-migrate's names for --source, --target and
/// --exclude-db.
class ServerOptions {
public:
    ServerOptions();
    void addTo(QCommandLineParser& parser) const;

    /// Fills the request from the parsed options. Returns a usage error, or empty. Without
    /// `requireServers`, missing --source/--target are allowed (they come from saved state).
    QString read(const QCommandLineParser& parser, CheckRequest* request,
                 bool requireServers) const;

    bool hasServers(const QCommandLineParser& parser) const {
        return parser.isSet(m_source) && parser.isSet(m_target);
    }

private:
    QCommandLineOption m_source;
    QCommandLineOption m_target;
    QCommandLineOption m_excludedDatabases;
    QCommandLineOption m_method;
    QCommandLineOption m_fromTarget;
    QCommandLineOption m_timeout;
    QCommandLineOption m_pgDumpDir;
};

/// Prints "pgmigrate COMMAND: message" and the help hint on stderr; returns exit code 2.
int usageError(const QString& command, const QString& message);

/// Parses; handles --help. Returns -1 to go on, or the exit code to return.
int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& command);

/// Passwords for both servers from the environment, passfile or a prompt.
void resolvePasswords(CheckRequest* request, bool allowPrompt = true);

} // namespace pgm
