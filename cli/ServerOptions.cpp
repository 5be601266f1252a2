#include "ServerOptions.h"

#include "DatabaseNameList.h"
#include "HostPort.h"
#include "Passwords.h"

#include <QCoreApplication>
#include <iostream>

namespace pgm {

ServerOptions::ServerOptions()
    // -s, -t, -f and --filtered-db are aiven-db-migrate's spellings, for its users' scripts.
    : m_source({QStringLiteral("s"), QStringLiteral("source")},
               QCoreApplication::translate(
                   "Cli", "Source server: postgres:// URI or libpq key=value string."),
               QStringLiteral("conninfo"))
    , m_target({QStringLiteral("t"), QStringLiteral("target")},
               QCoreApplication::translate(
                   "Cli", "Target server: postgres:// URI or libpq key=value string."),
               QStringLiteral("conninfo"))
    , m_excludedDatabases(
          {QStringLiteral("f"), QStringLiteral("exclude-db"), QStringLiteral("filtered-db")},
          QCoreApplication::translate("Cli",
                                      "Databases to leave out, comma-separated (repeatable); "
                                      "\"quote\" a name holding a comma."),
          QStringLiteral("names"))
    , m_method(QStringLiteral("method"),
               QCoreApplication::translate("Cli", "auto (default), replication or dump."),
               QStringLiteral("method"), QStringLiteral("auto"))
    , m_fromTarget(QStringLiteral("source-address-from-target"),
                   QCoreApplication::translate(
                       "Cli", "The source's host[:port] as the target server reaches it, "
                              "when it differs."),
                   QStringLiteral("host[:port]"))
    , m_timeout(
          QStringLiteral("connect-timeout"),
          QCoreApplication::translate("Cli", "Seconds to wait for each connection (default 10)."),
          QStringLiteral("seconds"), QStringLiteral("10"))
    , m_pgDumpDir(QStringLiteral("pg-dump-dir"),
                  QCoreApplication::translate(
                      "Cli", "Directory holding the pg_dump and pg_restore to use (default: "
                             "the newest installed)."),
                  QStringLiteral("dir")) {}

void ServerOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions(
        {m_source, m_target, m_excludedDatabases, m_method, m_fromTarget, m_timeout, m_pgDumpDir});
}

QString ServerOptions::read(const QCommandLineParser& parser, CheckRequest* request,
                            bool requireServers) const {
    if (requireServers && (!parser.isSet(m_source) || !parser.isSet(m_target))) {
        return QCoreApplication::translate("Cli", "--source and --target are required");
    }
    QString error;
    if (parser.isSet(m_source) &&
        !ConnectionSettings::parse(parser.value(m_source), &request->inspection.source, &error)) {
        return QCoreApplication::translate("Cli", "invalid --source: %1").arg(error);
    }
    if (parser.isSet(m_target) &&
        !ConnectionSettings::parse(parser.value(m_target), &request->inspection.target, &error)) {
        return QCoreApplication::translate("Cli", "invalid --target: %1").arg(error);
    }
    if (!parseMethodChoice(parser.value(m_method), &request->method)) {
        return QCoreApplication::translate("Cli", "--method must be auto, replication or dump");
    }
    bool ok = false;
    const int seconds = parser.value(m_timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        return QCoreApplication::translate(
            "Cli", "--connect-timeout must be a positive number of seconds");
    }
    request->inspection.connectTimeout = std::chrono::seconds(seconds);
    request->inspection.source.connectTimeoutSeconds = seconds;
    request->inspection.target.connectTimeoutSeconds = seconds;
    if (parser.isSet(m_pgDumpDir)) {
        if (parser.value(m_pgDumpDir).isEmpty()) {
            return QCoreApplication::translate("Cli", "--pg-dump-dir must name a directory");
        }
        request->inspection.pgDumpDir = parser.value(m_pgDumpDir);
    }
    for (const QString& value : parser.values(m_excludedDatabases)) {
        QStringList names;
        if (!parseDatabaseList(value, &names, &error)) {
            return QCoreApplication::translate("Cli", "invalid --exclude-db: %1").arg(error);
        }
        request->inspection.excludedDatabases << names;
    }
    request->inspection.excludedDatabases.removeDuplicates();
    if (!parseHostPort(parser.value(m_fromTarget), &request->inspection.sourceHostFromTarget,
                       &request->inspection.sourcePortFromTarget)) {
        return QCoreApplication::translate(
            "Cli", "--source-address-from-target must be host or host:port");
    }
    return {};
}

int usageError(const QString& command, const QString& message) {
    std::cerr << "pgmigrate " << command.toStdString() << ": " << message.toStdString() << "\n"
              << QCoreApplication::translate("Cli", "Try 'pgmigrate %1 --help'.")
                     .arg(command)
                     .toStdString()
              << "\n";
    return 2;
}

int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& command) {
    // Our own -h/--help rather than addHelpOption(): that one also lists --help-all, which
    // parse() (no process()) never acts on, and qtbase has no Finnish for its description.
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("Cli", "Show this help.")));
    if (!parser.parse(arguments)) {
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // "Usage: pgmigrate [options]" names the command too; "[options]" as Qt's translation
        // (qtbase) writes it in the user's language.
        const QString options = QCommandLineParser::tr("[options]");
        std::cout << parser.helpText()
                         .replace(QStringLiteral("pgmigrate ") + options,
                                  QStringLiteral("pgmigrate ") + command + QLatin1Char(' ') +
                                      options)
                         .toStdString();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(command, QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                       .arg(parser.positionalArguments().first()));
    }
    return -1;
}

void resolvePasswords(CheckRequest* request, bool allowPrompt) {
    resolvePassword(&request->inspection.source, "PGMIGRATE_SOURCE_PASSWORD",
                    QCoreApplication::translate("Cli", "the source"), allowPrompt);
    resolvePassword(&request->inspection.target, "PGMIGRATE_TARGET_PASSWORD",
                    QCoreApplication::translate("Cli", "the target"), allowPrompt);
}

} // namespace pgm
