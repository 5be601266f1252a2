#include "CheckCommand.h"

#include "CheckReportFormat.h"
#include "CheckRunner.h"
#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <iostream>
#include <unistd.h>

namespace pgm {

int runCheckCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Runs every pre-check for migrating the source cluster to the target and "
               "prints the per-database plan."));
    const ServerOptions servers;
    servers.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print one JSON object."));
    // The lock-table checks judge the databases that migrate at once: as many as migrate's --jobs.
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        QCoreApplication::translate(
            "Cli", "The --jobs the migration will run with (default: cores, at least 2)."),
        QStringLiteral("n"));
    parser.addOptions({json, jobs});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    CheckRequest request;
    if (const QString error = servers.read(parser, &request, true); !error.isEmpty()) {
        return usageError(command, error);
    }
    if (parser.isSet(jobs)) {
        bool ok = false;
        request.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || request.jobs < 1 || request.jobs > 64) {
            return usageError(
                command, QCoreApplication::translate("Cli", "--jobs must be between 1 and 64"));
        }
    }
    resolvePasswords(&request);

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
