#include "MigrateCommands.h"

#include "ClusterVerifier.h"
#include "Interrupt.h"
#include "LockWait.h"
#include "MigrationPolicy.h"
#include "MigrationRunner.h"
#include "ReplicationControl.h"
#include "ServerOptions.h"
#include "SkipTables.h"
#include "StatusText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace pgm {

namespace {

/// --skip-table values as the engine takes them ("db.schema.table"), the short forms looked up on
/// the source (see resolveSkipTables()). Returns an error for stderr (exit 1), or empty.
QString resolveSkipTableOption(const QString& command, const QList<QStringList>& patterns,
                               const CheckRequest& check, QStringList* tables) {
    QStringList unmatched;
    QString error;
    *tables << resolveSkipTables(patterns, check.inspection.source,
                                 check.inspection.excludedDatabases, &unmatched, &error);
    if (!error.isEmpty()) {
        return QCoreApplication::translate("Cli", "looking up --skip-table on the source: %1")
            .arg(error);
    }
    for (const QString& pattern : unmatched) {
        std::cerr << "pgmigrate " << command.toStdString() << ": "
                  << QCoreApplication::translate(
                         "Cli", "--skip-table %1 names no table in the databases migrated")
                         .arg(pattern)
                         .toStdString()
                  << "\n";
    }
    return {};
}

/// The options of 'pgmigrate migrate' besides the servers'.
struct MigrateOptions {
    const QCommandLineOption skip{
        QStringLiteral("skip-table"),
        QCoreApplication::translate(
            "Cli", "Tables whose data is not copied (their schema is), comma-separated "
                   "(repeatable): db.schema.table, or as aiven-db-migrate takes them, "
                   "schema.table (in every database) or table (in every schema of every "
                   "database), names as written (no case folding); \"quote\" a name "
                   "holding . , or \"."),
        QStringLiteral("tables")};
    const QCommandLineOption jobs{
        QStringLiteral("jobs"),
        QCoreApplication::translate("Cli", "Tables copied at once (default: cores, at least 2)."),
        QStringLiteral("n")};
    const QCommandLineOption ifExists{
        QStringLiteral("if-exists"),
        QCoreApplication::translate("Cli", "When target tables already hold data: fail "
                                           "(default) or truncate."),
        QStringLiteral("fail|truncate"), QStringLiteral("fail")};
    const QCommandLineOption id{QStringLiteral("id"),
                                QCoreApplication::translate("Cli", "The migration's id."),
                                QStringLiteral("id")};
    const QCommandLineOption resume{
        QStringLiteral("resume"),
        QCoreApplication::translate("Cli", "Continue the interrupted migration --id.")};
    const QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("Cli", "Print the final status as JSON.")};
    const QCommandLineOption noPk{
        QStringLiteral("tables-without-pk"),
        QCoreApplication::translate(
            "Cli", "For replicated databases, tables with no primary key or replica identity: "
                   "replica-identity-full (set on the source, undone at the end) or dump "
                   "(left out of replication, copied again at cut-over). Without it, such "
                   "tables stop the migration with their list."),
        QStringLiteral("choice")};
    const QCommandLineOption maxLag{
        QStringLiteral("max-replication-lag"),
        QCoreApplication::translate(
            "Cli", "Wait until every replicated database's lag is at most this many bytes "
                   "(then replication goes on, unless --stop-replication)."),
        QStringLiteral("bytes")};
    const QCommandLineOption lagTimeout{
        QStringLiteral("lag-timeout"),
        QCoreApplication::translate("Cli", "Seconds to wait for the lag (default 600)."),
        QStringLiteral("seconds"), QStringLiteral("600")};
    const QCommandLineOption stopReplication{
        QStringLiteral("stop-replication"),
        QCoreApplication::translate(
            "Cli", "Once the lag is reached, cut over (as 'pgmigrate finish --yes'): writes to "
                   "the source must have stopped. Needs --max-replication-lag. Unlike "
                   "aiven-db-migrate's --stop-replication, which only drops the replication "
                   "once the lag is reached, this drains every change, copies sequences, large "
                   "objects and the tables left out, verifies every table, and only then "
                   "removes the replication.")};
    const QCommandLineOption debug{
        {QStringLiteral("d"), QStringLiteral("debug")},
        QCoreApplication::translate(
            "Cli", "Print every progress step as a timestamped line on stderr, also when it "
                   "is not a terminal (aiven-db-migrate's -d).")};
    const QCommandLineOption initialSync{
        QStringLiteral("initial-sync"),
        QCoreApplication::translate(
            "Cli", "For replicated databases: fast (default: this tool's parallel copy inside "
                   "the slot's snapshot) or native (the target server's own table sync)."),
        QStringLiteral("fast|native"), QStringLiteral("fast")};
    const QCommandLineOption verifyCopy{
        QStringLiteral("verify-initial-copy"),
        QCoreApplication::translate(
            "Cli", "Also verify replicated databases right after their initial copy (finish "
                   "always verifies every table).")};
    const QCommandLineOption noAnalyze{
        QStringLiteral("no-analyze"),
        QCoreApplication::translate(
            "Cli", "Leave the target without planner statistics (by default every table is "
                   "analyzed once loaded, so queries after the cut-over plan well).")};

    const QCommandLineOption lockWait = lockWaitOption();

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions({skip, jobs, ifExists, id, resume, json, noPk, maxLag, lagTimeout,
                           stopReplication, initialSync, verifyCopy, noAnalyze, lockWait, debug});
    }
};

/// What 'pgmigrate migrate' was asked besides the engine's request: the lag to wait for.
struct LagWait {
    qint64 limit = -1; // no wait
    int seconds = 0;
};

/// --resume, the servers, --id, --skip-table, --jobs and --if-exists into *request.
/// Returns a usage error, or empty.
QString readCopyOptions(const QCommandLineParser& parser, const MigrateOptions& options,
                        const ServerOptions& servers, MigrationRequest* request,
                        QList<QStringList>* skipPatterns) {
    const bool resuming = parser.isSet(options.resume);
    if (resuming && !parser.isSet(options.id)) {
        return QCoreApplication::translate("Cli", "--resume needs --id");
    }
    if (QString error = servers.read(parser, &request->check, !resuming); !error.isEmpty()) {
        return error;
    }
    request->id = parser.value(options.id);
    if (!request->id.isEmpty() && !StateStore::isValidId(request->id)) {
        return QCoreApplication::translate("Cli", "invalid --id");
    }
    request->resume = resuming;
    if (QString error = readSkipTablePatterns(parser.values(options.skip), skipPatterns);
        !error.isEmpty()) {
        return error;
    }
    request->jobs = defaultJobs();
    if (parser.isSet(options.jobs)) {
        bool ok = false;
        request->jobs = parser.value(options.jobs).toInt(&ok);
        if (!ok || request->jobs < 1 || request->jobs > 64) {
            return QCoreApplication::translate("Cli", "--jobs must be between 1 and 64");
        }
    }
    if (parser.value(options.ifExists) == QLatin1String("truncate")) {
        request->ifExists = IfExists::Truncate;
    } else if (parser.value(options.ifExists) != QLatin1String("fail")) {
        return QCoreApplication::translate("Cli", "--if-exists must be fail or truncate");
    }
    return {};
}

/// --tables-without-pk, --lock-wait, --verify-initial-copy, --no-analyze, --initial-sync and
/// the lag options into *request and *lag. Returns a usage error, or empty.
QString readReplicationOptions(const QCommandLineParser& parser, const MigrateOptions& options,
                               MigrationRequest* request, LagWait* lag) {
    if (parser.isSet(options.noPk)) {
        const QString choice = parser.value(options.noPk);
        if (choice == QLatin1String("replica-identity-full")) {
            request->tablesWithoutPk = TablesWithoutPk::ReplicaIdentityFull;
        } else if (choice == QLatin1String("dump")) {
            request->tablesWithoutPk = TablesWithoutPk::Dump;
        } else {
            return QCoreApplication::translate("Cli", "--tables-without-pk must be "
                                                      "replica-identity-full or dump");
        }
    }
    if (QString error = readLockWait(parser, options.lockWait, &request->lockWait);
        !error.isEmpty()) {
        return error;
    }
    request->verifyReplicatedCopy = parser.isSet(options.verifyCopy);
    request->analyze = !parser.isSet(options.noAnalyze);
    if (parser.value(options.initialSync) == QLatin1String("native")) {
        request->nativeInitialSync = true;
    } else if (parser.value(options.initialSync) != QLatin1String("fast")) {
        return QCoreApplication::translate("Cli", "--initial-sync must be fast or native");
    }
    if (parser.isSet(options.maxLag)) {
        bool ok = false;
        lag->limit = parser.value(options.maxLag).toLongLong(&ok);
        if (!ok || lag->limit < 0) {
            return QCoreApplication::translate("Cli",
                                               "--max-replication-lag takes a number of bytes");
        }
    }
    if (parser.isSet(options.stopReplication) && lag->limit < 0) {
        return QCoreApplication::translate("Cli", "--stop-replication needs --max-replication-lag");
    }
    bool lagTimeoutOk = false;
    lag->seconds = parser.value(options.lagTimeout).toInt(&lagTimeoutOk);
    if (!lagTimeoutOk || lag->seconds <= 0) {
        return QCoreApplication::translate("Cli",
                                           "--lag-timeout must be a positive number of seconds");
    }
    return {};
}

/// The servers, passwords and skipped tables the run needs: from the saved state on --resume,
/// else --skip-table looked up on the source. Returns an error for stderr (exit 1), or empty.
QString prepareRequest(const QCommandLineParser& parser, const MigrateOptions& options,
                       const ServerOptions& servers, const QList<QStringList>& skipPatterns,
                       StateStore& store, MigrationRequest* request) {
    if (request->resume) {
        // The servers come from the saved state; passwords from the usual places.
        QString error;
        const auto saved = store.load(request->id, &error);
        if (!saved) {
            return error;
        }
        if (!servers.hasServers(parser)) {
            request->check.inspection.source = saved->source;
            request->check.inspection.target = saved->target;
        }
        resumeSaved(request, *saved,
                    parser.isSet(options.jobs) ? std::optional<int>(request->jobs) : std::nullopt);
    }
    resolvePasswords(&request->check);
    if (!request->resume) {
        return resolveSkipTableOption(QStringLiteral("migrate"), skipPatterns, request->check,
                                      &request->skipTables);
    }
    return {};
}

/// How the run's progress reaches stderr: one line rewritten in place on a terminal, timestamped
/// lines with --debug, nothing otherwise.
struct ProgressPrinter {
    bool interactive = false;
    bool debugLines = false;
    QString lastLine;

    void operator()(const MigrationState& state) {
        if (!interactive && !debugLines) {
            return;
        }
        const QString line = progressLine(state);
        if (line == lastLine) {
            return;
        }
        lastLine = line;
        if (debugLines) {
            std::cerr << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()
                      << " " << line.toStdString() << "\n"
                      << std::flush;
        } else {
            std::cerr << "\r\x1b[K" << line.toStdString() << std::flush;
        }
    }

    void printLag(const MigrationState& current, qint64 lagLimit) const {
        if (interactive || debugLines) {
            qint64 worst = 0;
            for (const DatabaseState& db : current.databases) {
                worst = std::max(worst, db.lagBytes);
            }
            std::cerr << (debugLines ? "" : "\r\x1b[K")
                      << QCoreApplication::translate("Cli",
                                                     "waiting for replication lag %1 bytes <= %2")
                             .arg(worst)
                             .arg(lagLimit)
                             .toStdString()
                      << (debugLines ? "\n" : "") << std::flush;
        }
    }
};

/// --max-replication-lag after the run: waits for the lag, then with --stop-replication cuts
/// over, holding *controlLock. Returns an exit code when the command ends here, or -1 to print
/// the final status.
int waitForLagThenFinish(MigrationState& state, const MigrationRequest& request, const LagWait& lag,
                         bool stopReplication, StateStore& store,
                         const std::atomic_bool* interrupted, const ProgressPrinter& progress,
                         std::unique_ptr<MigrationLock>* controlLock) {
    QString lockError;
    *controlLock = MigrationLock::acquire(store, state.id, &lockError);
    if (!*controlLock) {
        std::cerr << "\npgmigrate migrate: " << lockError.toStdString() << "\n";
        return 1;
    }
    const ControlServers control{request.check.inspection.source, request.check.inspection.target};
    const bool reached =
        waitForLag(state, control, lag.limit, std::chrono::seconds(lag.seconds), interrupted,
                   [&](const MigrationState& current) { progress.printLag(current, lag.limit); });
    if (!reached) {
        state.warnings << QCoreApplication::translate(
                              "Cli", "the replication lag did not fall under %1 bytes within "
                                     "%2 s")
                              .arg(lag.limit)
                              .arg(lag.seconds);
    } else if (stopReplication) {
        FinishOptions finish;
        finish.jobs = request.jobs;
        finish.lockWait = request.lockWait;
        finish.checkpoint = [&store](const MigrationState& current) {
            QString error;
            store.save(current, &error);
        };
        finishMigration(state, control, finish, interrupted);
    }
    QString saveError;
    store.save(state, &saveError);
    if (!reached) {
        if (progress.interactive) {
            std::cerr << "\r\x1b[K" << std::flush;
        }
        std::cout << statusText(state, false).toStdString();
        return 1;
    }
    return -1;
}

/// 'pgmigrate verify' without servers: the servers, exclusions and skipped tables of the saved
/// migration --id (or the latest). Returns an exit code when the command ends here, or -1.
int readSavedVerifyServers(const QCommandLineParser& parser, const QCommandLineOption& id,
                           CheckRequest* check, QStringList* savedSkips) {
    StateStore store;
    const QString wanted = parser.isSet(id) ? parser.value(id) : store.latestId();
    if (wanted.isEmpty()) {
        return usageError(QStringLiteral("verify"),
                          QCoreApplication::translate(
                              "Cli", "give --source and --target, or --id of a migration"));
    }
    QString error;
    const auto saved = store.load(wanted, &error);
    if (!saved) {
        std::cerr << "pgmigrate verify: " << error.toStdString() << "\n";
        return 1;
    }
    check->inspection.source = saved->source;
    check->inspection.target = saved->target;
    check->inspection.excludedDatabases << saved->excludedDatabases;
    *savedSkips = saved->skippedTables;
    return -1;
}

/// The verification as text: one line per database, its differences under it, then the verdict.
void printVerification(const ClusterVerification& result) {
    if (!result.error.isEmpty()) {
        std::cout << QCoreApplication::translate("Cli", "error: %1").arg(result.error).toStdString()
                  << "\n";
    }
    for (const DatabaseVerification& db : result.databases) {
        // OK and DIFF stay as they are: scripts grep for them, as for the check's words.
        std::cout << (db.ok() ? "  OK    " : "  DIFF  ") << db.dbname.toStdString() << ": "
                  << QCoreApplication::translate("Cli", "%1 tables compared in %2 s")
                         .arg(db.tables)
                         .arg(QLocale().toString(db.seconds, 'f', 1))
                         .toStdString()
                  << "\n";
        if (!db.error.isEmpty()) {
            std::cout << "        "
                      << QCoreApplication::translate("Cli", "error: %1").arg(db.error).toStdString()
                      << "\n";
        }
        for (const QString& difference : db.differences) {
            std::cout << "        " << difference.toStdString() << "\n";
        }
    }
    std::cout << (result.ok()
                      ? QCoreApplication::translate("Cli", "The target matches the source.")
                      : QCoreApplication::translate("Cli", "The target differs from the source."))
                     .toStdString()
              << "\n";
}

} // namespace

int runMigrateCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("migrate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Migrates every database of the source cluster to the target: pre-checks, roles, schema, "
        "data, indexes, sequences, large objects, then a verification of every table. Databases "
        "that can replicate keep syncing afterwards until 'pgmigrate finish'."));
    const ServerOptions servers;
    servers.addTo(parser);
    const MigrateOptions options;
    options.addTo(parser);
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }

    MigrationRequest request;
    QList<QStringList> skipPatterns;
    LagWait lag;
    if (const QString error = readCopyOptions(parser, options, servers, &request, &skipPatterns);
        !error.isEmpty()) {
        return usageError(command, error);
    }
    if (const QString error = readReplicationOptions(parser, options, &request, &lag);
        !error.isEmpty()) {
        return usageError(command, error);
    }

    StateStore store;
    if (const QString error =
            prepareRequest(parser, options, servers, skipPatterns, store, &request);
        !error.isEmpty()) {
        std::cerr << "pgmigrate migrate: " << error.toStdString() << "\n";
        return 1;
    }

    const std::atomic_bool* interrupted = watchInterrupts();
    ProgressPrinter progress;
    progress.debugLines = parser.isSet(options.debug);
    progress.interactive =
        isatty(STDERR_FILENO) && !parser.isSet(options.json) && !progress.debugLines;
    MigrationRunner migration(request, store, interrupted,
                              [&progress](const MigrationState& state) { progress(state); });
    if (progress.interactive) {
        std::cerr << QCoreApplication::translate("Cli", "Migration starting (Ctrl-C stops it)…")
                         .toStdString()
                  << std::flush;
    }
    MigrationState state = migration.run();
    refreshAfterRun(state, {request.check.inspection.source, request.check.inspection.target});
    std::unique_ptr<MigrationLock> controlLock; // as finish holds it, against a concurrent one
    if (state.anySyncing() && lag.limit >= 0 && state.overallStatus() == DbStatus::Done) {
        if (const int exit =
                waitForLagThenFinish(state, request, lag, parser.isSet(options.stopReplication),
                                     store, interrupted, progress, &controlLock);
            exit >= 0) {
            return exit;
        }
    }
    if (progress.interactive) {
        std::cerr << "\r\x1b[K" << std::flush;
    }
    if (parser.isSet(options.json)) {
        std::cout << QJsonDocument(state.toStatusJson(true))
                         .toJson(QJsonDocument::Indented)
                         .toStdString();
    } else {
        std::cout << statusText(state, true).toStdString();
    }
    return state.overallStatus() == DbStatus::Done ? 0 : 1;
}

int runStatusCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("status");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Shows the status of a migration (the latest when no --id is given)."));
    const QCommandLineOption id(QStringLiteral("id"),
                                QCoreApplication::translate("Cli", "The migration's id."),
                                QStringLiteral("id"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({id, json});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    StateStore store;
    const QString wanted = parser.isSet(id) ? parser.value(id) : store.latestId();
    if (wanted.isEmpty()) {
        std::cerr << "pgmigrate status: "
                  << QCoreApplication::translate("Cli", "no migration yet (state lives in %1)")
                         .arg(store.directory())
                         .toStdString()
                  << "\n";
        return 1;
    }
    QString error;
    auto state = store.load(wanted, &error);
    if (!state) {
        std::cerr << "pgmigrate status: " << error.toStdString() << "\n";
        return 1;
    }
    const bool alive = MigrationLock::ownerAlive(store, wanted);
    // Replication goes on without us: ask the servers how it is doing. No prompt here: status
    // must work unattended; without passwords the saved state is shown.
    QStringList notes;
    if (state->anySyncing() && !alive) {
        CheckRequest servers;
        servers.inspection.source = state->source;
        servers.inspection.target = state->target;
        resolvePasswords(&servers, false);
        notes = refreshReplicationStatus(*state,
                                         {servers.inspection.source, servers.inspection.target});
        for (const QString& note : notes) {
            std::cerr << "pgmigrate status: " << note.toStdString() << "\n";
        }
        if (notes.isEmpty()) {
            store.save(*state, &error);
        }
    }
    if (parser.isSet(json)) {
        std::cout << QJsonDocument(state->toStatusJson(alive))
                         .toJson(QJsonDocument::Indented)
                         .toStdString();
    } else {
        std::cout << statusText(*state, alive).toStdString();
    }
    return 0;
}

int runVerifyCommand(const QStringList& arguments) {
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Compares every database of the source with the target: row counts and checksums of "
               "every table, sequences and large objects."));
    const ServerOptions servers;
    servers.addTo(parser);
    const QCommandLineOption skip(
        QStringLiteral("skip-table"),
        QCoreApplication::translate("Cli", "Tables to leave out: db.schema.table, "
                                           "schema.table or table (as for migrate)."),
        QStringLiteral("tables"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("Cli", "Tables compared at once."),
                                  QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption id(
        QStringLiteral("id"),
        QCoreApplication::translate("Cli", "Take servers, exclusions and skipped tables from "
                                           "this saved migration (the latest when neither "
                                           "--id nor --source/--target is given)."),
        QStringLiteral("id"));
    parser.addOptions({skip, jobs, json, id});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0) {
        return exit;
    }
    CheckRequest check;
    const bool fromState = !servers.hasServers(parser);
    if (const QString error = servers.read(parser, &check, false); !error.isEmpty()) {
        return usageError(command, error);
    }
    QStringList savedSkips;
    if (fromState) {
        if (const int exit = readSavedVerifyServers(parser, id, &check, &savedSkips); exit >= 0) {
            return exit;
        }
    }
    QList<QStringList> skipPatterns;
    if (const QString error = readSkipTablePatterns(parser.values(skip), &skipPatterns);
        !error.isEmpty()) {
        return usageError(command, error);
    }
    resolvePasswords(&check);
    VerifyRequest request;
    request.source = check.inspection.source;
    request.target = check.inspection.target;
    request.excludedDatabases = check.inspection.excludedDatabases;
    request.skipTables = savedSkips;
    if (const QString error =
            resolveSkipTableOption(command, skipPatterns, check, &request.skipTables);
        !error.isEmpty()) {
        std::cerr << "pgmigrate verify: " << error.toStdString() << "\n";
        return 1;
    }
    bool ok = false;
    request.jobs = parser.value(jobs).toInt(&ok);
    if (!ok || request.jobs < 1 || request.jobs > 64) {
        return usageError(command,
                          QCoreApplication::translate("Cli", "--jobs must be between 1 and 64"));
    }
    const std::atomic_bool* interrupted = watchInterrupts();
    const ClusterVerification result = verifyCluster(request, interrupted);
    if (parser.isSet(json)) {
        std::cout << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented).toStdString();
    } else {
        printVerification(result);
    }
    return result.ok() ? 0 : 1;
}

} // namespace pgm
