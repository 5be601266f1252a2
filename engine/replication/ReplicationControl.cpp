#include "ReplicationControl.h"

#include "ApplyErrorWatch.h"
#include "BriefLock.h"
#include "CatalogName.h"
#include "ClusterVerifier.h"
#include "EventTriggers.h"
#include "LargeObjects.h"
#include "Logging.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "ReplicaTriggers.h"
#include "ReplicationHealth.h"
#include "ReplicationObjects.h"
#include "SessionTimeouts.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TargetOwners.h"
#include "WriteFreeze.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

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

/// The table of an entry of DatabaseState::replicaIdentityFull, and the statement that gives it
/// back its replica identity: "table" was DEFAULT before, "table NOTHING" was NOTHING (a quoted
/// name cannot end so).
std::pair<QString, QString> replicaIdentityRestore(const QString& entry) {
    const bool nothing = entry.endsWith(QLatin1String(" NOTHING"));
    const QString table = nothing ? entry.chopped(8) : entry;
    return {table, QStringLiteral("ALTER TABLE ") + table +
                       (nothing ? QStringLiteral(" REPLICA IDENTITY NOTHING")
                                : QStringLiteral(" REPLICA IDENTITY DEFAULT"))};
}

} // namespace

void restoreTargetReplicaIdentities(PgConnection& targetDb, const DatabaseState& db,
                                    QStringList* notes) {
    for (const QString& entry : db.replicaIdentityFull) {
        const auto [table, sql] = replicaIdentityRestore(entry);
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!targetDb.tryExec(sql, {}, &ignored, &sqlstate, &message)) {
            *notes << QCoreApplication::translate(
                          "Runner", "%1: restore the replica identity of %2 on the target "
                                    "yourself: %3; (%4)")
                          .arg(db.dbname, table, sql, message);
        }
    }
}

void restoreReplicaIdentities(PgConnection& sourceDb, DatabaseState& db, QStringList* notes,
                              std::chrono::milliseconds lockWait) {
    BriefLock briefly(lockWait); // the source is live: its application must not queue behind these
    for (const QString& entry : db.replicaIdentityFull) {
        const auto [table, sql] = replicaIdentityRestore(entry);
        QString state;
        QString message;
        if (!briefly.run(sourceDb, sql, table, &state, &message)) {
            *notes << QCoreApplication::translate(
                          "Runner", "%1: restore the replica identity of %2 yourself: %3; (%4)")
                          .arg(db.dbname, table, sql, message);
        }
    }
    db.replicaIdentityFull.clear();
}

namespace {

/// One database's reading into its state: lag and WAL, or `failed` with the servers' reason
/// (`failing`: the watch that saw its apply errors keep coming, if one did).
void applyHealth(const QString& id, DatabaseState& db, const ReplicationHealth& health,
                 const ApplyErrorWatch* failing) {
    if (failing) {
        db.status = DbStatus::Failed;
        db.error = failing->describe() + remedy(health, id);
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
        db.error = health.problem + remedy(health, id);
    }
}

/// Watches the databases `news` names (errors since the last look) together for a moment (two
/// of the worker's retries), reading them again every half second into `health`, until each
/// one's errors keep coming (`watches`) or a problem shows.
void watchNews(PgConnection* source, PgConnection* target,
               const std::vector<ReplicatedDatabase>& asked, const std::vector<std::size_t>& news,
               std::vector<ApplyErrorWatch>& watches, std::vector<ReplicationHealth>& health) {
    if (news.empty() || !target) {
        return; // errors are counted on the target: none seen without it
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 window = 3000 + 2 * workerRetryMs(*target);
    const auto undecided = [&] {
        return std::any_of(news.cbegin(), news.cend(), [&](std::size_t i) {
            return !watches[i].failing(health[i]) && health[i].problem.isEmpty();
        });
    };
    std::vector<ReplicatedDatabase> again;
    again.reserve(news.size());
    for (std::size_t i : news) {
        again.push_back(asked[i]);
    }
    while (undecided() && timer.elapsed() < window) {
        QThread::msleep(500);
        const std::vector<ReplicationHealth> read = readHealthOf(source, target, again);
        for (std::size_t k = 0; k < news.size(); ++k) {
            if (health[news[k]].problem.isEmpty()) {
                health[news[k]] = read[k];
            }
        }
    }
}

} // namespace

QStringList refreshReplicationStatus(MigrationState& state, const ControlServers& servers) {
    std::vector<DatabaseState*> syncing;
    std::vector<ReplicatedDatabase> asked;
    for (DatabaseState& db : state.databases) {
        // A cut-over verified it and its cleanup was cut short: the subscription may be gone
        // by design, which is no broken replication; the next finish completes it.
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Syncing &&
            db.phase != Phase::Cleanup) {
            syncing.push_back(&db);
            asked.push_back({ReplicationNames::forDatabase(state.id, db.dbname), db.dbname});
        }
    }
    if (syncing.empty()) {
        return {};
    }
    // Slots and subscriptions are seen from any database of their server: one session on each
    // (opened at once), one query each, however many databases replicate.
    QString sourceError;
    QString targetError;
    std::unique_ptr<PgConnection> target;
    std::thread openTarget([&] { target = tryOpen(servers.target, &targetError); });
    auto source = tryOpen(servers.source, &sourceError);
    openTarget.join();
    // Said once per server: the same sentence for each of 200 databases would hide the rest.
    QStringList notes;
    if (!source) {
        notes
            << QCoreApplication::translate("Runner", "source not reachable (%1)").arg(sourceError);
    }
    if (!target) {
        notes
            << QCoreApplication::translate("Runner", "target not reachable (%1)").arg(targetError);
    }
    std::vector<ReplicationHealth> health = readHealthOf(source.get(), target.get(), asked);
    // Errors since the last look: a lost connection (over now), or an apply error that fails
    // every retry? The databases with news are watched together for a moment to tell.
    std::vector<std::size_t> news;
    std::vector<ApplyErrorWatch> watches;
    for (std::size_t i = 0; i < syncing.size(); ++i) {
        watches.emplace_back(syncing[i]->applyErrorsSeen);
        if (health[i].problem.isEmpty() && target &&
            health[i].applyErrors > syncing[i]->applyErrorsSeen && health[i].sourceRead) {
            news.push_back(i);
        }
    }
    watchNews(source.get(), target.get(), asked, news, watches, health);
    for (std::size_t i = 0; i < syncing.size(); ++i) {
        const bool watched = std::find(news.cbegin(), news.cend(), i) != news.cend();
        const bool failing = watched && watches[i].failing(health[i]);
        applyHealth(state.id, *syncing[i], health[i], failing ? &watches[i] : nullptr);
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
            db.error = health.problem.isEmpty() ? watch.describe() : health.problem;
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

QStringList removeLeftovers(const ControlServers& servers, const QList<ReplicationNames>& claimed,
                            int* failures) {
    int failed = 0;
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
        if (sourceAdmin->tryExec(QStringLiteral("SELECT pg_drop_replication_slot($1)"), {slot},
                                 &ignored, &state, &message)) {
            report
                << QCoreApplication::translate("Runner", "removed replication slot %1").arg(slot);
        } else {
            ++failed; // counted, not read back from the text: it is translated
            report << QCoreApplication::translate("Runner",
                                                  "could not remove replication slot %1: %2")
                          .arg(slot, message);
        }
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
    if (failures) {
        *failures = failed;
    }
    return report;
}

namespace {

/// The triggers a run disabled on `target` (ReplicaTriggers.h) get their states back: the
/// source's when it is reachable, else those the run kept before disabling any.
QStringList giveTriggerStates(DatabaseState& db, PgConnection* source, PgConnection& target) {
    try {
        QStringList notes = source ? restoreTriggerStates(*source, target, db.dbname)
                                   : restoreKeptTriggerStates(target, db.triggerStates, db.dbname);
        notes << restoreKeptEventTriggerStates(target, db.triggerStates, db.dbname);
        db.triggerStates.clear();
        return notes;
    } catch (const PgError& failure) {
        return {QStringLiteral("%1: %2").arg(db.dbname, failure.describe())};
    }
}

} // namespace

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
                notes << QCoreApplication::translate(
                             "Runner",
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
            if (target) {
                // Nothing replicates any more: the triggers disabled for it fire again.
                notes << giveTriggerStates(db, source.get(), *target);
            }
            if (target) {
                restoreTargetReplicaIdentities(*target, db, &notes);
            }
            if (source) {
                restoreReplicaIdentities(*source, db, &notes);
            }
        } else if (db.status != DbStatus::Done && !db.triggerStates.isEmpty()) {
            // A load into existing tables that was interrupted: its triggers are off.
            QString targetError;
            if (auto target = tryOpen(servers.target.withDatabase(db.dbname), &targetError)) {
                notes << giveTriggerStates(db, nullptr, *target);
            } else {
                notes << QCoreApplication::translate(
                             "Runner", "%1: the target is not reachable (%2): triggers this "
                                       "migration disabled there stay disabled")
                             .arg(db.dbname, targetError);
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

} // namespace pgm
