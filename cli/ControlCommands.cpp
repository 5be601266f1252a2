#include "ControlCommands.h"

#include "ControlGuard.h"
#include "Interrupt.h"
#include "LockWait.h"
#include "PgError.h"
#include "ReplicationControl.h"
#include "ServerOptions.h"
#include "StateStore.h"
#include "StatusText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <csignal>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

namespace pgm {

namespace {

/// Loads the migration (the latest without --id) and its servers with passwords, and takes its
/// guard: a migrate, finish or stop of the same migration in another process makes it refuse.
std::optional<MigrationState> loadWithServers(const QCommandLineParser& parser,
                                              const QString& command, StateStore& store,
                                              ControlServers* servers,
                                              std::unique_ptr<ControlGuard>* guard) {
    const QString id =
        parser.isSet(QStringLiteral("id")) ? parser.value(QStringLiteral("id")) : store.latestId();
    if (id.isEmpty()) {
        std::cerr << "pgmigrate " << command.toStdString() << ": "
                  << QCoreApplication::translate("Cli", "no migration yet").toStdString() << "\n";
        return std::nullopt;
    }
    QString error;
    auto state = store.load(id, &error);
    if (!state) {
        std::cerr << "pgmigrate " << command.toStdString() << ": " << error.toStdString() << "\n";
        return std::nullopt;
    }
    *guard = ControlGuard::take(store, id, &error);
    if (!*guard) {
        std::cerr << "pgmigrate " << command.toStdString() << ": " << error.toStdString() << "\n";
        return std::nullopt;
    }
    CheckRequest request;
    request.inspection.source = state->source;
    request.inspection.target = state->target;
    resolvePasswords(&request);
    servers->source = request.inspection.source;
    servers->target = request.inspection.target;
    return state;
}

/// Prints the new state (the guard saved it), as a table or JSON.
void print(const MigrationState& state, const QString& saveError, bool json) {
    if (!saveError.isEmpty()) {
        std::cerr << "pgmigrate: "
                  << QCoreApplication::translate("Cli", "could not save the state: %1")
                         .arg(saveError)
                         .toStdString()
                  << "\n";
    }
    std::cout << (json ? QJsonDocument(state.toStatusJson(false)).toJson().toStdString()
                       : statusText(state, false).toStdString());
}

QCommandLineOption idOption() {
    return {QStringLiteral("id"),
            QCoreApplication::translate("Cli", "The migration (the latest by default)."),
            QStringLiteral("id")};
}

/// `stop --leftovers`: what no saved migration claims goes.
int removeLeftoversCommand(const StateStore& store, const ControlServers& servers) {
    QList<ReplicationNames> claimed;
    for (const QString& id : store.ids()) {
        QString error;
        const auto state = store.load(id, &error);
        if (!state) {
            continue;
        }
        const bool running = MigrationLock::ownerAlive(store, id);
        for (const DatabaseState& db : state->databases) {
            if (running || db.status == DbStatus::Syncing) {
                claimed << ReplicationNames::forDatabase(id, db.dbname);
            }
        }
    }
    try {
        int failures = 0;
        const QStringList removed = removeLeftovers(servers, claimed, &failures);
        for (const QString& line : removed) {
            std::cout << line.toStdString() << "\n";
        }
        if (removed.isEmpty()) {
            std::cout << QCoreApplication::translate("Cli", "no leftover replication objects")
                             .toStdString()
                      << "\n";
        }
        return failures > 0 ? 1 : 0;
    } catch (const PgError& failure) {
        std::cerr << "pgmigrate stop: " << failure.describe().toStdString() << "\n";
        return 1;
    }
}

} // namespace

int runStopCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("stop");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Stops a migration: removes subscriptions, replication slots and publications on both "
        "servers and keeps the data copied so far. A stopped migration cannot continue: start "
        "over."));
    const QCommandLineOption id = idOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the status as JSON."));
    const QCommandLineOption leftovers(
        QStringLiteral("leftovers"),
        QCoreApplication::translate(
            "Cli", "Remove every pgmigrate subscription, slot and publication on --source and "
                   "--target that no migration still syncing or running claims, with or "
                   "without its state file (what a killed run left). Only this computer's saved "
                   "migrations can claim objects."));
    const ServerOptions serverOptions;
    serverOptions.addTo(parser);
    parser.addOptions({id, json, leftovers});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    StateStore store;
    if (parser.isSet(leftovers)) {
        CheckRequest request;
        if (const QString error = serverOptions.read(parser, &request, true); !error.isEmpty()) {
            return usageError(command, error);
        }
        resolvePasswords(&request);
        return removeLeftoversCommand(store,
                                      {request.inspection.source, request.inspection.target});
    }
    ControlServers servers;
    std::unique_ptr<ControlGuard> guard;
    auto state = loadWithServers(parser, command, store, &servers, &guard);
    if (!state) {
        return 1;
    }
    QString saveError;
    const QStringList notes = guard->stop(*state, servers, &saveError);
    print(*state, saveError, parser.isSet(json));
    return notes.isEmpty() ? 0 : 1;
}

namespace {

/// Asks on the terminal that writes to the source are stopped: -1 once confirmed, otherwise the
/// exit code.
int confirmWritesStopped(const QString& command) {
    if (!isatty(STDIN_FILENO)) {
        return usageError(command, QCoreApplication::translate(
                                       "Cli", "stop writes to the source first, then "
                                              "confirm with --yes (or use --freeze-writes)"));
    }
    // The answer stays "yes" in every language: scripts and muscle memory type it.
    std::cerr << QCoreApplication::translate(
                     "Cli", "Stop every write to the source databases now; the cut-over then "
                            "copies the last changes.\nType 'yes' when writes are stopped: ")
                     .toStdString()
              << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "yes") {
        std::cerr
            << QCoreApplication::translate("Cli", "Not confirmed: nothing done.").toStdString()
            << "\n";
        return 1;
    }
    return -1;
}

/// finish's --timeout, --step-timeout and --jobs into `options`: -1, or the exit code.
int readFinishNumbers(const QCommandLineParser& parser, const QList<QCommandLineOption>& numbers,
                      FinishOptions* options) {
    const QString command = QStringLiteral("finish");
    bool ok = false;
    options->drainTimeout = std::chrono::seconds(parser.value(numbers.at(0)).toInt(&ok));
    if (!ok || options->drainTimeout.count() <= 0) {
        return usageError(command, QCoreApplication::translate(
                                       "Cli", "--timeout must be a positive number of seconds"));
    }
    options->stepTimeout = std::chrono::seconds(parser.value(numbers.at(1)).toInt(&ok));
    if (!ok || options->stepTimeout.count() <= 0) {
        return usageError(command, QCoreApplication::translate(
                                       "Cli", "--step-timeout must be a positive number of "
                                              "seconds"));
    }
    options->jobs = parser.value(numbers.at(2)).toInt(&ok);
    if (!ok || options->jobs < 1 || options->jobs > 64) {
        return usageError(command,
                          QCoreApplication::translate("Cli", "--jobs must be between 1 and 64"));
    }
    return -1;
}

} // namespace

int runFinishCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("finish");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Cuts over every syncing database: waits until the target has every change, copies "
        "sequences, large objects and what replication does not carry, verifies every table and "
        "removes the replication objects. Writes to the source must stop first: confirm it "
        "(or --yes), or let --freeze-writes make the databases read-only meanwhile."));
    const QCommandLineOption id = idOption();
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        QCoreApplication::translate("Cli", "Writes to the source are stopped: do not ask."));
    const QCommandLineOption freeze(
        QStringLiteral("freeze-writes"),
        QCoreApplication::translate("Cli", "Make the migrated source databases read-only "
                                           "during the cut-over (undone afterwards)."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("Cli",
                                    "Seconds to wait for the target to catch up (default 300)."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption stepTimeout(
        QStringLiteral("step-timeout"),
        QCoreApplication::translate(
            "Cli", "Seconds each other step (making the source read-only with "
                   "--freeze-writes; catch-up: sequences, large objects, tables replication "
                   "does not carry, materialized views; verification; removal of the "
                   "replication objects) may take before finish gives up on it, unfreezes "
                   "writes and leaves the database replicating (default 1800)."),
        QStringLiteral("seconds"), QStringLiteral("1800"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("Cli", "Tables verified at once."),
                                  QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the status as JSON."));
    const QCommandLineOption lockWait = lockWaitOption();
    parser.addOptions({id, yes, freeze, timeout, stepTimeout, jobs, lockWait, json});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    FinishOptions options;
    if (const int exit = readFinishNumbers(parser, {timeout, stepTimeout, jobs}, &options);
        exit >= 0) {
        return exit;
    }
    if (const QString error = readLockWait(parser, lockWait, &options.lockWait); !error.isEmpty()) {
        return usageError(command, error);
    }
    options.freezeWrites = parser.isSet(freeze);
    if (!parser.isSet(yes) && !options.freezeWrites) {
        if (const int exit = confirmWritesStopped(command); exit >= 0) {
            return exit;
        }
    }
    StateStore store;
    ControlServers servers;
    std::unique_ptr<ControlGuard> guard;
    auto state = loadWithServers(parser, command, store, &servers, &guard);
    if (!state) {
        return 1;
    }
    const std::atomic_bool* cancelled = watchInterrupts();
    const bool interactive = isatty(STDERR_FILENO) && !parser.isSet(json);
    options.progress = [interactive](const QString& step) {
        if (interactive) {
            std::cerr << "\r\x1b[K" << step.toStdString() << "…" << std::flush;
        }
    };
    QString saveError;
    const bool done = guard->finish(*state, servers, options, cancelled, &saveError);
    if (interactive) {
        std::cerr << "\r\x1b[K" << std::flush;
    }
    print(*state, saveError, parser.isSet(json));
    return done ? 0 : 1;
}

int runResumeReplicationCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("resume-replication");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Resumes the replication of databases that failed on an apply error (status says which, "
        "and the target server's log says why), once the cause is fixed: enables the "
        "subscription again and watches it for a few seconds; a database whose changes apply "
        "again is syncing again. A database whose slot or subscription is gone cannot resume: "
        "start over."));
    const QCommandLineOption id = idOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the status as JSON."));
    parser.addOptions({id, json});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    StateStore store;
    ControlServers servers;
    std::unique_ptr<ControlGuard> guard;
    auto state = loadWithServers(parser, command, store, &servers, &guard);
    if (!state) {
        return 1;
    }
    QString saveError;
    const QStringList notes = guard->resumeReplication(*state, servers, &saveError);
    for (const QString& note : notes) {
        std::cerr << "pgmigrate " << command.toStdString() << ": " << note.toStdString() << "\n";
    }
    print(*state, saveError, parser.isSet(json));
    return notes.isEmpty() ? 0 : 1;
}

} // namespace pgm
