#include "CheckCommand.h"

#include "CheckReportFormat.h"
#include "CheckRunner.h"
#include "HostPort.h"
#include "Passwords.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <iostream>
#include <unistd.h>

namespace pgm {

namespace {

int usageError(const QString& message) {
    std::cerr << "pgmigrate check: " << message.toStdString() << "\n"
              << "Try 'pgmigrate check --help'.\n";
    return 2;
}

} // namespace

int runCheckCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs every pre-check for migrating the source cluster to the target and "
                       "prints the per-database plan."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Source server: postgres:// URI or libpq "
                                                   "key=value string."),
                                    QStringLiteral("conninfo"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Target server: postgres:// URI or libpq "
                                                   "key=value string."),
                                    QStringLiteral("conninfo"));
    const QCommandLineOption exclude(QStringLiteral("exclude-db"),
                                     QStringLiteral("Databases to leave out, comma-separated "
                                                    "(repeatable)."),
                                     QStringLiteral("names"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    QStringLiteral("auto (default), replication or dump."),
                                    QStringLiteral("method"), QStringLiteral("auto"));
    const QCommandLineOption fromTarget(
        QStringLiteral("source-address-from-target"),
        QStringLiteral(
            "The source's host[:port] as the target server reaches it, when it differs."),
        QStringLiteral("host[:port]"));
    const QCommandLineOption timeout(
        QStringLiteral("connect-timeout"),
        QStringLiteral("Seconds to wait for each connection (default 10)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({source, target, exclude, method, fromTarget, timeout, json});
    parser.addHelpOption();

    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << parser.helpText()
                         .replace(QStringLiteral("pgmigrate [options]"),
                                  QStringLiteral("pgmigrate check [options]"))
                         .toStdString();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(source) || !parser.isSet(target)) {
        return usageError(QStringLiteral("--source and --target are required"));
    }

    CheckRequest request;
    QString error;
    if (!ConnectionSettings::parse(parser.value(source), &request.inspection.source, &error)) {
        return usageError(QStringLiteral("invalid --source: ") + error);
    }
    if (!ConnectionSettings::parse(parser.value(target), &request.inspection.target, &error)) {
        return usageError(QStringLiteral("invalid --target: ") + error);
    }
    if (!parseMethodChoice(parser.value(method), &request.method)) {
        return usageError(QStringLiteral("--method must be auto, replication or dump"));
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        return usageError(QStringLiteral("--connect-timeout must be a positive number of seconds"));
    }
    request.inspection.connectTimeout = std::chrono::seconds(seconds);
    request.inspection.source.connectTimeoutSeconds = seconds;
    request.inspection.target.connectTimeoutSeconds = seconds;
    for (const QString& value : parser.values(exclude)) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            request.inspection.excludeDatabases << name.trimmed();
        }
    }
    if (!parseHostPort(parser.value(fromTarget), &request.inspection.sourceHostFromTarget,
                       &request.inspection.sourcePortFromTarget)) {
        return usageError(QStringLiteral("--source-address-from-target must be host or host:port"));
    }

    resolvePassword(&request.inspection.source, "PGMIGRATE_SOURCE_PASSWORD",
                    QStringLiteral("source"));
    resolvePassword(&request.inspection.target, "PGMIGRATE_TARGET_PASSWORD",
                    QStringLiteral("target"));

    const bool interactive = isatty(STDERR_FILENO) && !parser.isSet(json);
    const CheckReport report =
        runChecksBlocking(request, nullptr, [interactive](const QString& step) {
            if (interactive) {
                std::cerr << "\r\x1b[K" << step.toStdString() << "…" << std::flush;
            }
        });
    if (interactive) {
        std::cerr << "\r\x1b[K" << std::flush;
    }
    if (parser.isSet(json)) {
        std::cout << QJsonDocument(checkReportToJson(report))
                         .toJson(QJsonDocument::Indented)
                         .toStdString();
    } else {
        std::cout << checkReportToText(report, isatty(STDOUT_FILENO)).toStdString();
    }
    return report.ok() ? 0 : 1;
}

} // namespace pgm
