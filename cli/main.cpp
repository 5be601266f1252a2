#include "ArgvScrubber.h"
#include "CheckCommand.h"
#include "ControlCommands.h"
#include "Logging.h"
#include "MigrateCommands.h"
#include "ProcessHardening.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <iostream>
#include <memory>
#include <utility>

namespace {

void printUsage(std::ostream& out) {
    const auto text = [](const char* source) {
        return QCoreApplication::translate("Cli", source).toStdString();
    };
    const auto line = [](const char* source) {
        return QCoreApplication::translate("Cli", source).toStdString() + "\n";
    };
    // The command names stay as they are, one per line under "Commands:" in every language:
    // the man page and the shell completions read them from here (in the C locale).
    static const std::pair<const char*, const char*> commands[] = {
        {"check", QT_TRANSLATE_NOOP("Cli", "run every pre-check and print the per-database plan")},
        {"migrate", QT_TRANSLATE_NOOP("Cli", "migrate the whole cluster (pre-checks, roles, "
                                             "schema, data, verification)")},
        {"status", QT_TRANSLATE_NOOP("Cli", "show the status of a migration (the latest by "
                                            "default)")},
        {"verify", QT_TRANSLATE_NOOP("Cli", "compare every table, sequence and large object of "
                                            "source and target")},
        {"finish", QT_TRANSLATE_NOOP("Cli", "cut over: drain replication, copy sequences, "
                                            "verify, remove replication")},
        {"stop", QT_TRANSLATE_NOOP("Cli", "stop a migration and remove its replication objects "
                                          "(no restart)")},
        {"resume-replication", QT_TRANSLATE_NOOP("Cli", "replicate again once the cause of an "
                                                        "apply error is fixed")},
        {"report", QT_TRANSLATE_NOOP("Cli", "write a migration's report as HTML, PDF or JSON")},
    };
    out << line(QT_TRANSLATE_NOOP("Cli", "Usage: pgmigrate <command> [options]")) << "\n"
        << line(QT_TRANSLATE_NOOP("Cli",
                                  "Moves whole PostgreSQL clusters from one server to another."))
        << "\n"
        << line(QT_TRANSLATE_NOOP("Cli", "Commands:"));
    for (const auto& [name, description] : commands) {
        out << "  " << QString::fromLatin1(name).leftJustified(9).toStdString() << ' '
            << (qstrlen(name) > 9 ? " " : "") << text(description) << "\n";
    }
    out << "\n"
        << text(QT_TRANSLATE_NOOP(
               "Cli",
               "Options:\n"
               "  -h, --help     show this help (or 'pgmigrate <command> --help')\n"
               "  -v, --version  show the version\n"
               "  --verbose      (after the command) log every step on stderr; PGMIGRATE_LOG "
               "picks\n"
               "                 areas: PGMIGRATE_LOG='pgm.engine.copy.debug=true'\n\n"
               "Passwords come, in this order, from the URI, PGMIGRATE_SOURCE_PASSWORD /\n"
               "PGMIGRATE_TARGET_PASSWORD, what libpq finds by itself (PGPASSWORD, the passfile\n"
               "~/.pgpass or PGPASSFILE, a service file's password), the keychain where the\n"
               "wizard remembered it, or a prompt on the terminal.\n"));
}

/// Runs `command` with its arguments (`rest`, the command name first); 2 for an unknown one.
int runCommand(const QString& command, const QStringList& rest) {
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
    std::cerr << "pgmigrate: "
              << QCoreApplication::translate("Cli", "unknown command '%1'\nTry 'pgmigrate --help'.")
                     .arg(command)
                     .toStdString()
              << "\n";
    return 2;
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
    // Qt's own words too (QCommandLineParser's "Usage:", "Options:", "[options]"), from
    // qtbase's translations (package qt6-translations-l10n), as the wizard loads them.
    QTranslator translator;
    QTranslator qtTranslator;
    if (!arguments.contains(QStringLiteral("--json"))) {
        if (translator.load(QLocale(), QStringLiteral("pgmigrate"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(&translator);
        }
        if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qtTranslator);
        }
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
    return runCommand(command, rest);
}
