#include "ReplicationControl.h"

#include "ApplyErrorWatch.h"
#include "CatalogName.h"
#include "ClusterVerifier.h"
#include "LargeObjects.h"
#include "Logging.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "ReplicationObjects.h"
#include "SessionTimeouts.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TargetOwners.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <mutex>

namespace pgm {

namespace {

constexpr std::chrono::seconds kTimeout(10);

std::unique_ptr<PgConnection> tryOpen(const ConnectionSettings& settings, QString* error) {
    try {
        return PgConnection::open(settings, kTimeout);
    } catch (const PgError& failure) {
        *error = failure.message();
        return nullptr;
    }
}

/// Columns of user tables, "schema.table.column type", for a schema drift report.
QStringList columnsOf(PgConnection& db) {
    const PgResult result = db.exec(
        QStringLiteral("SELECT format('%I.%I.%I %s', n.nspname, c.relname, a.attname, "
                       "format_type(a.atttypid, a.atttypmod)) "
                       "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN "
                       "pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
                       "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ "
                       "'^pg_' ORDER BY 1"));
    QStringList columns;
    for (int row = 0; row < result.rows(); ++row) {
        columns << result.text(row, 0);
    }
    return columns;
}

QStringList schemaDrift(PgConnection& sourceDb, PgConnection& targetDb) {
    const QStringList source = columnsOf(sourceDb);
    const QStringList target = columnsOf(targetDb);
    QStringList drift;
    for (const QString& column : source) {
        if (!target.contains(column)) {
            drift << QStringLiteral("only on the source: ") + column;
        }
    }
    for (const QString& column : target) {
        if (!source.contains(column)) {
            drift << QStringLiteral("only on the target: ") + column;
        }
    }
    return drift;
}

/// Copies `names` again from a fresh snapshot: unlogged tables and tables left out of the
/// publication, which replication did not keep up to date.
void recopyTables(const ConnectionSettings& source, const ConnectionSettings& target,
                  const QStringList& names, int jobs, const std::atomic_bool* cancelled) {
    auto coordinator = PgConnection::open(source, kTimeout, cancelled);
    disableSessionTimeouts(*coordinator); // it holds the snapshot the workers import
    coordinator->execScript(QStringLiteral("SET row_security = off; "
                                           "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const QString snapshot =
        coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    QList<TableInfo> tables;
    for (const TableInfo& table : listTables(*coordinator, {})) {
        if (names.contains(table.qualified) || table.unlogged) {
            tables << table;
        }
    }
    if (tables.isEmpty()) {
        return;
    }
    CopyOptions options;
    options.truncateFirst = false;
    options.deleteFirst = true; // foreign keys may point at them: DELETE, not TRUNCATE
    options.binary = coordinator->serverVersionNum() / 10000 ==
                     PgConnection::open(target, kTimeout)->serverVersionNum() / 10000;
    WorkerConnections connections{source, target, snapshot, [](PgConnection&, PgConnection& t) {
                                      disableTriggersForLoad(t);
                                  }};
    const QString error =
        forEachTableInParallel(tables, jobs, connections, cancelled,
                               [&](PgConnection& s, PgConnection& t, const TableInfo& table) {
                                   copyTable(s, t, table, options, cancelled, {});
                               });
    if (!error.isEmpty()) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "copy tables at cut-over"), error);
    }
}

/// What status and finish say when the target's worker keeps failing.
QString applyErrorText(const ApplyErrorWatch& watch) {
    return QCoreApplication::translate(
               "Runner", "the target cannot apply the changes: its replication worker failed "
                         "%1 times in a row (an apply error, e.g. a row that conflicts with a "
                         "constraint there, or a table changed on one side only). PostgreSQL "
                         "keeps the error's text only in the target server's log: look for "
                         "\"logical replication\"")
        .arg(watch.newErrors());
}

/// The way back for a replication that stopped on an error, or none when it cannot resume.
QString remedy(const ReplicationHealth& health, const QString& id) {
    if (!health.problem.isEmpty() && !health.disabled) {
        return {};
    }
    return QCoreApplication::translate(
               "Runner", "; once the cause is fixed: pgmigrate resume-replication --id %1")
        .arg(id);
}

/// Watches the subscription for a moment (two of the worker's retries): true when its errors
/// keep coming. `health` is the first reading and becomes the last one.
bool keepsFailing(PgConnection* sourceDb, PgConnection& targetDb, const ReplicationNames& names,
                  ApplyErrorWatch& watch, ReplicationHealth* health) {
    QElapsedTimer timer;
    timer.start();
    const qint64 window = 3000 + 2 * workerRetryMs(targetDb);
    while (!watch.failing(*health) && timer.elapsed() < window) {
        QThread::msleep(500);
        *health = readHealth(sourceDb, &targetDb, names);
        if (!health->problem.isEmpty()) {
            return false;
        }
    }
    return watch.failing(*health);
}

/// Waits until the slot confirmed `lsn` (the source's position when the cut-over began),
/// watching the subscription meanwhile so that a replication that cannot catch up ends the
/// wait at once instead of at the timeout (with writes frozen all along). Returns empty once
/// drained, otherwise why not.
QString drain(PgConnection& sourceDb, PgConnection& targetDb, const ReplicationNames& names,
              const QString& lsn, qint64 errorBaseline, std::chrono::seconds timeout,
              const std::atomic_bool* cancelled) {
    // A worker that cannot even start (the target cannot reach the source) counts no error.
    constexpr qint64 kNoWorkerMs = 30000;
    ApplyErrorWatch watch(errorBaseline);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer noWorker;
    while (timer.elapsed() < qint64(timeout.count()) * 1000) {
        if (cancelled && cancelled->load()) {
            return QStringLiteral("cancelled");
        }
        if (slotFlushedTo(sourceDb, names.slot, lsn).value_or(false)) {
            return {};
        }
        const ReplicationHealth health = readHealth(&sourceDb, &targetDb, names);
        if (!health.problem.isEmpty()) {
            return health.problem;
        }
        if (watch.failing(health)) {
            return applyErrorText(watch);
        }
        if (health.targetRead && !health.workerRunning) {
            if (!noWorker.isValid()) {
                noWorker.start();
            } else if (noWorker.elapsed() > kNoWorkerMs) {
                return QCoreApplication::translate(
                           "Runner", "the target's replication worker has not run for %1 s "
                                     "(can the target server reach the source?); the target "
                                     "server's log says why")
                    .arg(noWorker.elapsed() / 1000);
            }
        } else {
            noWorker.invalidate();
        }
        QThread::msleep(200);
    }
    return QCoreApplication::translate("Runner", "the target did not catch up within %1 s")
        .arg(timeout.count());
}

/// Undoes `finish --freeze-writes` on `dbname`, on a session no cancel touches. False with
/// *message when the source refused or could not be reached.
bool unfreezeWrites(const ConnectionSettings& source, const QString& dbname, QString* message) {
    try {
        auto admin = PgConnection::open(source, kTimeout);
        PgResult ignored;
        QString sqlstate;
        return admin->tryExec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(dbname) +
                                  QStringLiteral(" RESET default_transaction_read_only"),
                              {}, &ignored, &sqlstate, message);
    } catch (const PgError& failure) {
        *message = failure.describe();
        return false;
    }
}

/// A finish killed while writes were frozen left the database read-only: undone first, so
/// that neither this finish (--yes) nor a stop leaves it so. False when it could not be.
bool thawLeftFreeze(MigrationState& state, DatabaseState& db, const ConnectionSettings& source) {
    if (!db.writesFrozen) {
        return true;
    }
    QString message;
    if (!unfreezeWrites(source, db.dbname, &message)) {
        db.error = QStringLiteral("writes to %1 have stayed frozen since a cut-over that did not "
                                  "end, and could not be unfrozen: %2; run ALTER DATABASE ... "
                                  "RESET default_transaction_read_only on the source")
                       .arg(db.dbname, message);
        return false;
    }
    db.writesFrozen = false;
    state.warnings << QCoreApplication::translate(
                          "Runner", "%1: writes had stayed frozen since a cut-over that did not "
                                    "end; they are unfrozen")
                          .arg(db.dbname);
    return true;
}

/// The last step of a cut-over, once the target is verified: the replication objects go, the
/// replica identities come back, and the database is done.
void completeCutover(MigrationState& state, DatabaseState& db, PgConnection& sourceCleanup,
                     PgConnection& targetCleanup, const ReplicationNames& names) {
    const QStringList left = dropReplication(&sourceCleanup, &targetCleanup, names);
    QStringList notes;
    restoreReplicaIdentities(sourceCleanup, db, &notes);
    // Once the subscription is gone: its worker wrote into tables of the target user's own.
    state.warnings << notes << left << giveObjectsToSourceOwners(sourceCleanup, targetCleanup);
    db.status = DbStatus::Done;
    db.phase = Phase::Finished;
    db.error.clear();
    db.lagBytes = 0;
    db.finished = QDateTime::currentDateTimeUtc();
}

/// Lends the target user the roles owning what the syncing databases hold, for the last step of
/// their cut-over (TargetOwners.h).
void borrowForCutover(MigrationState& state, const ControlServers& servers,
                      const FinishOptions& options) {
    QStringList syncing;
    for (const DatabaseState& db : state.databases) {
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Syncing) {
            syncing << db.dbname;
        }
    }
    if (syncing.isEmpty()) {
        return;
    }
    try {
        auto source = PgConnection::open(servers.source, kTimeout);
        auto target = PgConnection::open(servers.target, kTimeout);
        borrowOwnerRoles(*source, *target, syncing, &state.borrowedRoles, &state.warnings, [&] {
            if (options.checkpoint) {
                options.checkpoint(state);
            }
        });
    } catch (const PgError& failure) {
        state.warnings << QStringLiteral("objects may keep the target user as their owner: ") +
                              failure.describe();
    }
}

void returnAfterCutover(MigrationState& state, const ControlServers& servers) {
    if (state.borrowedRoles.isEmpty()) {
        return;
    }
    try {
        auto target = PgConnection::open(servers.target, kTimeout);
        returnOwnerRoles(*target, &state.borrowedRoles, &state.warnings);
    } catch (const PgError& failure) {
        state.warnings << QCoreApplication::translate(
                              "Runner", "the target user keeps the memberships it took (%1) "
                                        "until the next finish: %2")
                              .arg(state.borrowedRoles.join(QStringLiteral(", ")),
                                   failure.describe());
    }
}

} // namespace

void restoreReplicaIdentities(PgConnection& sourceDb, DatabaseState& db, QStringList* notes) {
    for (const QString& entry : db.replicaIdentityFull) {
        // "table" was DEFAULT before, "table NOTHING" was NOTHING (a quoted name cannot end so).
        const bool nothing = entry.endsWith(QLatin1String(" NOTHING"));
        const QString table = nothing ? entry.chopped(8) : entry;
        const QString sql = QStringLiteral("ALTER TABLE ") + table +
                            (nothing ? QStringLiteral(" REPLICA IDENTITY NOTHING")
                                     : QStringLiteral(" REPLICA IDENTITY DEFAULT"));
        PgResult ignored;
        QString state;
        QString message;
        if (!sourceDb.tryExec(sql, {}, &ignored, &state, &message)) {
            *notes << QCoreApplication::translate(
                          "Runner", "%1: restore the replica identity of %2 yourself: %3; (%4)")
                          .arg(db.dbname, table, sql, message);
        }
    }
    db.replicaIdentityFull.clear();
}

QStringList refreshReplicationStatus(MigrationState& state, const ControlServers& servers) {
    QStringList notes;
    for (DatabaseState& db : state.databases) {
        if (db.method != MigrationMethod::Replication || db.status != DbStatus::Syncing) {
            continue;
        }
        QString sourceError;
        QString targetError;
        auto source = tryOpen(servers.source.withDatabase(db.dbname), &sourceError);
        auto target = tryOpen(servers.target.withDatabase(db.dbname), &targetError);
        if (!source) {
            notes << QCoreApplication::translate("Runner", "%1: source not reachable (%2)")
                         .arg(db.dbname, sourceError);
        }
        if (!target) {
            notes << QCoreApplication::translate("Runner", "%1: target not reachable (%2)")
                         .arg(db.dbname, targetError);
        }
        const ReplicationNames names = ReplicationNames::forDatabase(state.id, db.dbname);
        ReplicationHealth health = readHealth(source.get(), target.get(), names);
        if (health.problem.isEmpty() && target && health.applyErrors > db.applyErrorsSeen &&
            health.sourceRead) {
            // Errors since the last look: a lost connection (over now), or an apply error
            // that fails every retry? Watch a moment to tell.
            ApplyErrorWatch watch(db.applyErrorsSeen);
            if (keepsFailing(source.get(), *target, names, watch, &health)) {
                db.status = DbStatus::Failed;
                db.error = applyErrorText(watch) + remedy(health, state.id);
            }
        }
        if (health.problem.isEmpty() && health.sourceRead && health.applyErrors >= 0 &&
            db.status == DbStatus::Syncing) {
            db.applyErrorsSeen = health.applyErrors; // judged: not news any more
        }
        db.lagBytes = health.lagBytes;
        db.walStatus = health.walStatus;
        db.retainedBytes = health.retainedBytes;
        db.lagSeconds = health.lagSeconds;
        if (!health.problem.isEmpty()) {
            db.status = DbStatus::Failed;
            db.error = health.problem + remedy(health, state.id);
        }
    }
    recordLagSample(state); // the lag chart's history, saved with the state
    return notes;
}

QStringList resumeReplication(MigrationState& state, const ControlServers& servers) {
    QStringList notes;
    for (DatabaseState& db : state.databases) {
        if (db.method != MigrationMethod::Replication || db.status != DbStatus::Failed) {
            continue;
        }
        QString sourceError;
        QString targetError;
        auto source = tryOpen(servers.source.withDatabase(db.dbname), &sourceError);
        auto target = tryOpen(servers.target.withDatabase(db.dbname), &targetError);
        if (!source || !target) {
            notes << QCoreApplication::translate("Runner",
                                                 "%1: cannot resume: %2 not reachable (%3)")
                         .arg(db.dbname,
                              source ? QCoreApplication::translate("Runner", "target")
                                     : QCoreApplication::translate("Runner", "source"),
                              source ? targetError : sourceError);
            continue;
        }
        const ReplicationNames names = ReplicationNames::forDatabase(state.id, db.dbname);
        ReplicationHealth health = readHealth(source.get(), target.get(), names);
        if (!health.problem.isEmpty() && !health.disabled) {
            notes << QCoreApplication::translate("Runner", "%1: cannot resume: %2")
                         .arg(db.dbname, health.problem);
            continue;
        }
        try {
            enableSubscription(*target, names);
        } catch (const PgError& failure) {
            notes << QStringLiteral("%1: %2").arg(db.dbname, failure.describe());
            continue;
        }
        health = readHealth(source.get(), target.get(), names);
        ApplyErrorWatch watch(health.applyErrors);
        // Errors from before the fix are not news: only new ones, seconds apart, say it still
        // fails. Watch at least as long as two of the worker's retries.
        if (keepsFailing(source.get(), *target, names, watch, &health) ||
            !health.problem.isEmpty()) {
            db.error = health.problem.isEmpty() ? applyErrorText(watch) : health.problem;
            notes << QCoreApplication::translate("Runner", "%1: still failing: %2")
                         .arg(db.dbname, db.error);
            continue;
        }
        db.status = DbStatus::Syncing;
        db.error.clear();
        db.applyErrorsSeen = std::max<qint64>(health.applyErrors, 0);
        db.lagBytes = health.lagBytes;
        db.walStatus = health.walStatus;
        db.retainedBytes = health.retainedBytes;
        db.lagSeconds = health.lagSeconds;
    }
    return notes;
}

bool waitForLag(MigrationState& state, const ControlServers& servers, qint64 maxLagBytes,
                std::chrono::seconds timeout, const std::atomic_bool* cancelled,
                const std::function<void(const MigrationState&)>& progress) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        refreshReplicationStatus(state, servers);
        if (progress) {
            progress(state);
        }
        bool allUnder = true;
        for (const DatabaseState& db : state.databases) {
            if (db.status == DbStatus::Failed) {
                return false;
            }
            if (db.status == DbStatus::Syncing && (db.lagBytes < 0 || db.lagBytes > maxLagBytes)) {
                allUnder = false;
            }
        }
        if (allUnder) {
            return true;
        }
        if ((cancelled && cancelled->load()) || timer.elapsed() > qint64(timeout.count()) * 1000) {
            return false;
        }
        QThread::msleep(500);
    }
}

namespace {

QStringList connectableDatabases(PgConnection& admin) {
    const PgResult names =
        admin.exec(QStringLiteral("SELECT ") + nameBytesColumn(QStringLiteral("datname")) +
                   QStringLiteral(" FROM pg_database WHERE datallowconn AND NOT datistemplate "
                                  "ORDER BY datname"));
    QStringList databases;
    for (int row = 0; row < names.rows(); ++row) {
        // pgmigrate never connects to a name that is not UTF-8, so it left nothing there.
        const QByteArray name = nameBytes(names, row, 0);
        if (isUtf8Name(name)) {
            databases << QString::fromUtf8(name);
        }
    }
    return databases;
}

} // namespace

QStringList removeLeftovers(const ControlServers& servers, const QList<ReplicationNames>& claimed) {
    QStringList claimedNames;
    for (const ReplicationNames& names : claimed) {
        claimedNames << names.subscription << names.slot << names.publication;
    }
    QStringList report;
    const QString pattern = QStringLiteral("pgmigrate\\_%");
    // Subscriptions first: a subscription whose slot went first would retry forever.
    auto targetAdmin = PgConnection::open(servers.target, kTimeout);
    for (const QString& dbname : connectableDatabases(*targetAdmin)) {
        auto target = PgConnection::open(servers.target.withDatabase(dbname), kTimeout);
        const PgResult subs = target->exec(
            QStringLiteral("SELECT subname FROM pg_subscription WHERE subdbid = (SELECT oid FROM "
                           "pg_database WHERE datname = current_database()) AND subname LIKE $1"),
            {pattern});
        for (int row = 0; row < subs.rows(); ++row) {
            if (claimedNames.contains(subs.text(row, 0))) {
                continue;
            }
            ReplicationNames names;
            names.subscription = subs.text(row, 0);
            // Without the source connection only the subscription goes; its slot is one of the
            // idle slots below.
            dropReplication(nullptr, target.get(), names);
            report << QCoreApplication::translate("Runner",
                                                  "removed subscription %1 (target database %2)")
                          .arg(names.subscription, dbname);
        }
    }
    auto sourceAdmin = PgConnection::open(servers.source, kTimeout);
    const PgResult idleSlots = sourceAdmin->exec(
        QStringLiteral("SELECT slot_name FROM pg_replication_slots WHERE slot_name LIKE $1 AND "
                       "NOT active ORDER BY 1"),
        {pattern});
    for (int row = 0; row < idleSlots.rows(); ++row) {
        const QString slot = idleSlots.text(row, 0);
        if (claimedNames.contains(slot)) {
            continue;
        }
        PgResult ignored;
        QString state;
        QString message;
        report
            << (sourceAdmin->tryExec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {slot},
                                     &ignored, &state, &message)
                    ? QCoreApplication::translate("Runner", "removed replication slot %1").arg(slot)
                    : QCoreApplication::translate("Runner",
                                                  "could not remove replication slot %1: %2")
                          .arg(slot, message));
    }
    for (const QString& dbname : connectableDatabases(*sourceAdmin)) {
        auto source = PgConnection::open(servers.source.withDatabase(dbname), kTimeout);
        const PgResult pubs = source->exec(
            QStringLiteral("SELECT pubname FROM pg_publication WHERE pubname LIKE $1"), {pattern});
        for (int row = 0; row < pubs.rows(); ++row) {
            const QString publication = pubs.text(row, 0);
            if (claimedNames.contains(publication)) {
                continue;
            }
            source->exec(QStringLiteral("DROP PUBLICATION IF EXISTS ") +
                             source->quoteIdentifier(publication),
                         {}, QCoreApplication::translate("Runner", "drop publication"));
            report << QCoreApplication::translate("Runner",
                                                  "removed publication %1 (source database %2)")
                          .arg(publication, dbname);
        }
    }
    return report;
}

QStringList stopMigration(MigrationState& state, const ControlServers& servers) {
    qCDebug(lcReplication, "stopping migration %s", qUtf8Printable(state.id));
    QStringList notes;
    for (DatabaseState& db : state.databases) {
        if (db.method == MigrationMethod::Replication && db.status != DbStatus::Done) {
            if (!thawLeftFreeze(state, db, servers.source)) {
                notes << db.error;
            }
            QString sourceError;
            QString targetError;
            auto source = tryOpen(servers.source.withDatabase(db.dbname), &sourceError);
            auto target = tryOpen(servers.target.withDatabase(db.dbname), &targetError);
            if (!target) {
                notes << QStringLiteral(
                             "%1: the target is not reachable (%2): its subscription %3 "
                             "is left; drop it there with ALTER SUBSCRIPTION ... DISABLE, "
                             "ALTER SUBSCRIPTION ... SET (slot_name = NONE), DROP SUBSCRIPTION")
                             .arg(db.dbname, targetError,
                                  ReplicationNames::forDatabase(state.id, db.dbname).subscription);
            }
            try {
                const QStringList left = dropReplication(
                    source.get(), target.get(), ReplicationNames::forDatabase(state.id, db.dbname));
                for (const QString& sql : left) {
                    notes << QCoreApplication::translate("Runner",
                                                         "%1: left behind%2; remove it: %3")
                                 .arg(db.dbname,
                                      sourceError.isEmpty()
                                          ? QString()
                                          : QCoreApplication::translate("Runner",
                                                                        " (source unreachable: %1)")
                                                .arg(sourceError),
                                      sql);
                }
            } catch (const PgError& failure) {
                notes << QStringLiteral("%1: %2").arg(db.dbname, failure.describe());
            }
            if (source) {
                restoreReplicaIdentities(*source, db, &notes);
            }
        }
        if (db.status == DbStatus::Running || db.status == DbStatus::Syncing ||
            db.status == DbStatus::Interrupted) {
            db.status = DbStatus::Stopped;
        }
    }
    state.stopped = true;
    state.finished = QDateTime::currentDateTimeUtc();
    state.warnings << notes;
    return notes;
}

namespace {
/// Cuts over every syncing database; false when one could not be.
bool cutOver(MigrationState& state, const ControlServers& servers, const FinishOptions& options,
             const std::atomic_bool* cancelled);
} // namespace

bool finishMigration(MigrationState& state, const ControlServers& servers,
                     const FinishOptions& options, const std::atomic_bool* cancelled) {
    qCDebug(lcReplication, "cut-over of migration %s%s", qUtf8Printable(state.id),
            options.freezeWrites ? ", writes frozen" : "");
    borrowForCutover(state, servers, options);
    const bool allDone = cutOver(state, servers, options, cancelled);
    returnAfterCutover(state, servers);
    qCDebug(lcReplication, "cut-over of migration %s %s", qUtf8Printable(state.id),
            allDone ? "done" : "not done for every database");
    return allDone;
}

namespace {

bool cutOver(MigrationState& state, const ControlServers& servers, const FinishOptions& options,
             const std::atomic_bool* cancelled) {
    bool allDone = true;
    const auto report = [&options](const QString& text) {
        if (options.progress) {
            options.progress(text);
        }
    };
    for (DatabaseState& db : state.databases) {
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Failed) {
            allDone = false; // its replication broke: it cannot be cut over as it is
            continue;
        }
        if (db.method != MigrationMethod::Replication || db.status != DbStatus::Syncing) {
            continue;
        }
        const ReplicationNames names = ReplicationNames::forDatabase(state.id, db.dbname);
        const ConnectionSettings sourceDbSettings = servers.source.withDatabase(db.dbname);
        const ConnectionSettings targetDbSettings = servers.target.withDatabase(db.dbname);
        if (!thawLeftFreeze(state, db, servers.source)) {
            allDone = false;
            continue;
        }
        if (db.phase == Phase::Cleanup) {
            // A finish verified it and was killed while removing the replication objects:
            // only that is left (the subscription or the slot may be gone already).
            try {
                auto sourceCleanup = PgConnection::open(sourceDbSettings, kTimeout);
                auto targetCleanup = PgConnection::open(targetDbSettings, kTimeout);
                completeCutover(state, db, *sourceCleanup, *targetCleanup, names);
            } catch (const PgError& failure) {
                db.error = failure.describe();
                allDone = false;
            }
            continue;
        }
        std::unique_ptr<PgConnection> admin;
        bool frozen = false;
        QElapsedTimer frozenFor;
        // Each step of the cut-over is the database's phase, saved as it starts, so `status`
        // from another terminal (or the reopened wizard) says where a long finish is; its time
        // goes to phase_seconds. "cleanup" is also what a killed finish resumes from.
        Phase step = Phase::Unknown;
        QElapsedTimer stepClock;
        const auto endStep = [&db, &step, &stepClock] {
            if (step != Phase::Unknown) {
                db.phaseSeconds[step] += double(stepClock.nsecsElapsed()) / 1e9;
                step = Phase::Unknown;
            }
        };
        const auto beginStep = [&](Phase name, const QString& text) {
            endStep();
            step = name;
            stepClock.start();
            db.phase = name;
            report(text);
            if (options.checkpoint) {
                options.checkpoint(state);
            }
        };
        try {
            auto sourceDb = PgConnection::open(sourceDbSettings, kTimeout, cancelled);
            auto targetDb = PgConnection::open(targetDbSettings, kTimeout, cancelled);
            // Large objects and materialized views take as long as they are big.
            disableSessionTimeouts(*sourceDb);
            disableSessionTimeouts(*targetDb);
            // Once verified, the removal must not stop halfway (a subscription detached from its
            // slot): it runs on connections a cancel does not touch, opened before any freeze
            // (sessions opened later are read-only).
            auto sourceCleanup = PgConnection::open(sourceDbSettings, kTimeout);
            auto targetCleanup = PgConnection::open(targetDbSettings, kTimeout);
            const ReplicationHealth health = readHealth(sourceDb.get(), targetDb.get(), names);
            if (!health.problem.isEmpty()) {
                throw PgError(PgError::Kind::Query,
                              QCoreApplication::translate("Runner", "cut over %1").arg(db.dbname),
                              health.problem);
            }
            const QStringList drift = schemaDrift(*sourceDb, *targetDb);
            if (!drift.isEmpty()) {
                state.warnings << QCoreApplication::translate(
                                      "Runner",
                                      "%1: schema changed on the source since the copy (DDL "
                                      "is not replicated): %2")
                                      .arg(db.dbname, drift.mid(0, 10).join(QStringLiteral("; ")));
            }
            if (options.freezeWrites) {
                beginStep(
                    Phase::Freeze,
                    QCoreApplication::translate("Runner", "%1: freezing writes").arg(db.dbname));
                // Without the cancel flag: the writes must be unfrozen after a cancel too.
                admin = PgConnection::open(servers.source, kTimeout);
                // Saved first: a finish killed from here on leaves the next one to undo it.
                db.writesFrozen = true;
                if (options.checkpoint) {
                    options.checkpoint(state);
                }
                const QString quoted = admin->quoteIdentifier(db.dbname);
                admin->exec(QStringLiteral("ALTER DATABASE ") + quoted +
                            QStringLiteral(" SET default_transaction_read_only = on"));
                frozen = true;
                frozenFor.start();
                // Sessions keep the setting they started with: end them so new ones are read-only.
                // (our own sessions to that database stay: one only reads from now on, the other
                // removes the replication objects at the end).
                const QString ownPid =
                    sourceDb->exec(QStringLiteral("SELECT pg_backend_pid()")).scalar();
                const QString cleanupPid =
                    sourceCleanup->exec(QStringLiteral("SELECT pg_backend_pid()")).scalar();
                admin->exec(QStringLiteral(
                                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = $1 AND pid <> pg_backend_pid() AND pid <> $2::int "
                                "AND pid <> $3::int AND backend_type = 'client backend'"),
                            {db.dbname, ownPid, cleanupPid});
            }
            // Other databases keep WAL moving, so wait for a position rather than zero lag. The
            // insert position, not the write position: with asynchronous commit the last
            // commits may still sit in WAL buffers, past pg_current_wal_lsn().
            beginStep(Phase::Drain,
                      QCoreApplication::translate("Runner", "%1: draining the change stream")
                          .arg(db.dbname));
            const QString lsn =
                sourceDb->exec(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text")).scalar();
            const QString stuck = drain(*sourceDb, *targetDb, names, lsn, db.applyErrorsSeen,
                                        options.drainTimeout, cancelled);
            if (!stuck.isEmpty()) {
                if (cancelled && cancelled->load()) {
                    throw PgError(
                        PgError::Kind::Cancelled,
                        QCoreApplication::translate("Runner", "cut over %1").arg(db.dbname),
                        QStringLiteral("cancelled"));
                }
                throw PgError(PgError::Kind::Timeout,
                              QCoreApplication::translate("Runner", "cut over %1").arg(db.dbname),
                              stuck);
            }
            beginStep(
                Phase::CatchUp,
                QCoreApplication::translate(
                    "Runner", "%1: sequences, large objects and tables replication does not carry")
                    .arg(db.dbname));
            writeSequences(*targetDb, readSequences(*sourceDb));
            state.warnings << copyLargeObjects(*sourceDb, *targetDb, cancelled);
            recopyTables(sourceDbSettings, targetDbSettings, db.copyAtCutover, options.jobs,
                         cancelled);
            for (const QString& view : populatedMaterializedViews(*sourceDb)) {
                targetDb->exec(QStringLiteral("REFRESH MATERIALIZED VIEW ") + view);
            }
            beginStep(Phase::Verify,
                      QCoreApplication::translate("Runner", "%1: verifying").arg(db.dbname));
            VerifyRequest verify{servers.source, servers.target, {}, {}, options.jobs};
            for (const QString& skipped : state.skippedTables) {
                verify.skipTables << skipped;
            }
            const DatabaseVerification result = verifyDatabase(verify, db.dbname, cancelled);
            if (cancelled && cancelled->load()) {
                throw PgError(PgError::Kind::Cancelled,
                              QCoreApplication::translate("Runner", "verify %1").arg(db.dbname),
                              QStringLiteral("cancelled"));
            }
            if (!result.ok()) {
                throw PgError(
                    PgError::Kind::Query,
                    QCoreApplication::translate("Runner", "verify %1").arg(db.dbname),
                    (result.error.isEmpty() ? QString() : result.error + QStringLiteral("; ")) +
                        QStringLiteral("the target differs (were writes stopped?): ") +
                        result.differences.mid(0, 10).join(QStringLiteral("; ")));
            }
            db.verifySeconds = result.seconds;
            // Saved first: once the subscription is gone, a finish killed here could not tell
            // a verified copy from a broken replication.
            beginStep(Phase::Cleanup,
                      QCoreApplication::translate("Runner", "%1: removing the replication objects")
                          .arg(db.dbname));
            completeCutover(state, db, *sourceCleanup, *targetCleanup, names);
            endStep();
        } catch (const PgError& failure) {
            db.error = failure.describe();
            allDone = false;
            // Still replicating, as before the finish; except in cleanup, which the next
            // finish must find again to complete.
            if (db.status == DbStatus::Syncing && step != Phase::Cleanup) {
                db.phase = Phase::Streaming;
            }
            endStep();
        }
        if (frozen && admin) {
            PgResult ignored;
            QString sqlstate;
            QString message;
            if (admin->tryExec(QStringLiteral("ALTER DATABASE ") +
                                   admin->quoteIdentifier(db.dbname) +
                                   QStringLiteral(" RESET default_transaction_read_only"),
                               {}, &ignored, &sqlstate, &message)) {
                db.writesFrozen = false;
            }
            state.warnings << QCoreApplication::translate("Runner",
                                                          "%1: writes were frozen for %2 s")
                                  .arg(db.dbname)
                                  .arg(double(frozenFor.elapsed()) / 1000.0, 0, 'f', 1);
        }
    }
    if (allDone && state.overallStatus() == DbStatus::Done) {
        state.finished = QDateTime::currentDateTimeUtc();
    }
    return allDone;
}

} // namespace

} // namespace pgm
