#include "ReportCommand.h"

#include "ReportFile.h"
#include "ServerOptions.h"
#include "StateStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <iostream>

namespace pgm {

bool isPdfReportCommand(const QStringList& arguments) {
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("report")) {
        return false;
    }
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i).toLower();
        if (argument == QLatin1String("--format=pdf") ||
            (argument == QLatin1String("--format") && i + 1 < arguments.size() &&
             arguments.at(i + 1).toLower() == QLatin1String("pdf"))) {
            return true;
        }
    }
    return false;
}

int runReportCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Writes the report of a migration (the latest when no --id is given): servers, plan, "
        "per database and per table rows, bytes, times and verification, warnings, cut-over."));
    const QCommandLineOption id(QStringLiteral("id"),
                                QCoreApplication::translate("Cli", "The migration's id."),
                                QStringLiteral("id"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("Cli", "html, pdf or json (default: html)."),
        QStringLiteral("format"), QStringLiteral("html"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate(
            "Cli", "The file to write (html and json: stdout without it; pdf needs it)."),
        QStringLiteral("file"));
    parser.addOptions({id, format, output});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    const auto wantedFormat = reportFormatFromName(parser.value(format));
    if (!wantedFormat) {
        return usageError(command,
                          QCoreApplication::translate("Cli", "--format must be html, pdf or json"));
    }
    if (*wantedFormat == ReportFormat::Pdf && !parser.isSet(output)) {
        return usageError(command,
                          QCoreApplication::translate("Cli", "--format pdf needs --output FILE"));
    }
    if (*wantedFormat == ReportFormat::Pdf && !qobject_cast<QGuiApplication*>(qApp)) {
        // isPdfReportCommand() did not see it (an option spelling it does not know).
        return usageError(command,
                          QCoreApplication::translate("Cli", "give the format as --format pdf"));
    }
    StateStore store;
    const QString wanted = parser.isSet(id) ? parser.value(id) : store.latestId();
    if (wanted.isEmpty()) {
        std::cerr << "pgmigrate report: "
                  << QCoreApplication::translate("Cli", "no migration yet (state lives in %1)")
                         .arg(store.directory())
                         .toStdString()
                  << "\n";
        return 1;
    }
    QString error;
    const auto state = store.load(wanted, &error);
    if (!state) {
        std::cerr << "pgmigrate report: " << error.toStdString() << "\n";
        return 1;
    }
    const QByteArray bytes =
        reportBytes(*state, MigrationLock::ownerAlive(store, wanted), *wantedFormat);
    if (!parser.isSet(output)) {
        std::cout.write(bytes.constData(), bytes.size());
        return std::cout.good() ? 0 : 1;
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0) {
        std::cerr << "pgmigrate report: " << parser.value(output).toStdString() << ": "
                  << file.errorString().toStdString() << "\n";
        return 1;
    }
    return 0;
}

} // namespace pgm
