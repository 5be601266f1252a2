#include "ArgvScrubber.h"
#include "CheckCommand.h"
#include "ControlCommands.h"
#include "Logging.h"
#include "MigrateCommands.h"
#include "ProcessHardening.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <iostream>
#include <memory>

namespace {

void printUsage(std::ostream& out) {
    out << "Usage: pgmigrate <command> [options]\n\n"
           "Moves whole PostgreSQL clusters from one server to another.\n\n"
           "Commands:\n"
           "  check     run every pre-check and print the per-database plan\n"
           "  migrate   migrate the whole cluster (pre-checks, roles, schema, data, verification)\n"
           "  status    show the status of a migration (the latest by default)\n"
           "  verify    compare every table, sequence and large object of source and target\n"
           "  finish    cut over: drain replication, copy sequences, verify, remove replication\n"
           "  stop      stop a migration and remove its replication objects (no restart)\n"
           "  resume-replication  replicate again once the cause of an apply error is fixed\n"
           "  report    write a migration's report as HTML, PDF or JSON\n\n"
           "Options:\n"
           "  -h, --help     show this help (or 'pgmigrate <command> --help')\n"
           "  -v, --version  show the version\n"
           "  --verbose      (after the command) log every step on stderr; PGMIGRATE_LOG picks\n"
           "                 areas: PGMIGRATE_LOG='pgm.engine.copy.debug=true'\n\n"
           "Passwords come from the URI, PGMIGRATE_SOURCE_PASSWORD / PGMIGRATE_TARGET_PASSWORD,\n"
           "libpq's passfile (~/.pgpass), or a prompt on the terminal.\n";
}

} // namespace

int main(int argc, char** argv) {
    pgm::hardenProcess();
    // Taken before any thread or child process exists: see takeSecretVariable().
    pgm::takeSecretVariable("PGMIGRATE_SOURCE_PASSWORD");
    pgm::takeSecretVariable("PGMIGRATE_TARGET_PASSWORD");
    // Take the arguments before Qt sees argv, then blank any password in argv for `ps`.
    const QStringList arguments = pgm::takeArgumentsAndScrub(argc, argv);
    // The report's PDF lays out text, which needs QtGui; every other command stays QtCore
    // only. Offscreen: servers running the CLI have no display.
    std::unique_ptr<QCoreApplication> app;
    if (pgm::isPdfReportCommand(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pgmigrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PGMIGRATE_VERSION));
    // The user's language (LC_ALL, LC_MESSAGES or LANG, as QLocale::system() reads them) for
    // every text; --json keeps English throughout (ids, keys and texts) for the scripts that
    // parse it, whatever the locale of the shell that runs them.
    QTranslator translator;
    if (!arguments.contains(QStringLiteral("--json")) &&
        translator.load(QLocale(), QStringLiteral("pgmigrate"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    if (arguments.size() < 2) {
        printUsage(std::cerr);
        return 2;
    }
    const QString& command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(std::cout);
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::cout << "pgmigrate " << PGMIGRATE_VERSION << "\n"
                  << "License: " << PGMIGRATE_LICENSE << "\n";
        return 0;
    }
    QStringList rest = arguments.mid(1); // the command name stands where the program name was
    // --verbose, anywhere after the command: every logging category at debug level on stderr.
    pgm::configureLogging(rest.removeAll(QStringLiteral("--verbose")) > 0);
    qCDebug(pgm::lcCli, "pgmigrate %s", qUtf8Printable(command));
    rest[0] = QStringLiteral("pgmigrate");
    if (command == QLatin1String("check")) {
        return pgm::runCheckCommand(rest);
    }
    if (command == QLatin1String("migrate")) {
        return pgm::runMigrateCommand(rest);
    }
    if (command == QLatin1String("status")) {
        return pgm::runStatusCommand(rest);
    }
    if (command == QLatin1String("verify")) {
        return pgm::runVerifyCommand(rest);
    }
    if (command == QLatin1String("finish")) {
        return pgm::runFinishCommand(rest);
    }
    if (command == QLatin1String("stop")) {
        return pgm::runStopCommand(rest);
    }
    if (command == QLatin1String("resume-replication")) {
        return pgm::runResumeReplicationCommand(rest);
    }
    if (command == QLatin1String("report")) {
        return pgm::runReportCommand(rest);
    }
    std::cerr << "pgmigrate: unknown command '" << command.toStdString() << "'\n"
              << "Try 'pgmigrate --help'.\n";
    return 2;
}
