#pragma once

#include "BriefLock.h"
#include "MigrationState.h"
#include "ReplicationObjects.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace pgm {

class PgConnection;

/// The servers of a saved migration, with their passwords (found by the caller).
struct ControlServers {
    ConnectionSettings source;
    ConnectionSettings target;
};

/// Asks both servers how every replicated database is doing and updates the state: lag, WAL
/// status, and `failed` with the servers' reason when the replication broke while nobody
/// watched (apply errors that keep coming, subscription disabled, slot gone or lost). A server
/// that cannot be asked leaves its part unknown, never failed: a restart of the source is routine
/// and replication resumes by itself. When errors appeared since the last look it watches the
/// subscription for two of its worker's retries to tell (ApplyErrorWatch). Returns notes for
/// servers it could not reach.
QStringList refreshReplicationStatus(MigrationState& state, const ControlServers& servers);

/// For databases whose replication failed on an apply error or was disabled, once the cause is
/// fixed: enables the subscription, watches it for two of its worker's retries, and sets the
/// database syncing again when no new error came. A slot or subscription that is gone cannot
/// resume (start over). Returns notes for what did not resume.
QStringList resumeReplication(MigrationState& state, const ControlServers& servers);

/// Undoes REPLICA IDENTITY FULL on the target's copies of the tables the migration changed:
/// the schema dump, taken after the change, gave it to them. Before restoreReplicaIdentities(),
/// which empties the list; notes what it could not, with the statement.
void restoreTargetReplicaIdentities(PgConnection& targetDb, const DatabaseState& db,
                                    QStringList* notes);

/// Undoes REPLICA IDENTITY FULL on the tables the migration changed, each waiting only briefly
/// for its lock on the live source (BriefLock, `lockWait` in all); notes what it could not,
/// with the statement.
void restoreReplicaIdentities(PgConnection& sourceDb, DatabaseState& db, QStringList* notes,
                              std::chrono::milliseconds lockWait = BriefLock::kBudget);

/// "Stop migration": removes subscriptions, slots and publications, restores replica
/// identities, keeps the data copied so far, marks the migration stopped. With the source down
/// the target is still cleaned; what is left on the source is returned as SQL to run there.
QStringList stopMigration(MigrationState& state, const ControlServers& servers);

/// Finds pgmigrate's replication objects by name on both servers, with or without a state
/// file: subscriptions in every target database, slots no subscriber reads on the source,
/// publications in every source database. Those of `claimed` (the names of migrations still
/// syncing or running) stay; the others are removed. Returns what was removed and what could
/// not be, one line each; `failures` counts what could not be (the lines are translated).
QStringList removeLeftovers(const ControlServers& servers, const QList<ReplicationNames>& claimed,
                            int* failures = nullptr);

/// Waits until every syncing database's lag is at most `maxLagBytes` (reading the servers every
/// half second), a database fails, or the timeout passes. Returns true when all are under it.
bool waitForLag(MigrationState& state, const ControlServers& servers, qint64 maxLagBytes,
                std::chrono::seconds timeout, const std::atomic_bool* cancelled,
                const std::function<void(const MigrationState&)>& progress);

struct FinishOptions {
    bool freezeWrites = false; ///< make the source databases read-only meanwhile
    std::chrono::seconds drainTimeout{300};
    /// The limit of each other step: freeze, catch-up, verification, cleanup. One that passes it
    /// ends (its statements cancelled, and bounded on the server too) and the database keeps
    /// replicating, writes unfrozen. Half an hour: a verification reads every table twice.
    std::chrono::seconds stepTimeout{1800};
    int jobs = 2;
    /// How long, in all, restoring replica identities on the live source keeps trying while
    /// other sessions hold the tables (BriefLock: each try waits a second at most).
    std::chrono::milliseconds lockWait = BriefLock::kBudget;
    std::function<void(const QString&)> progress;
    /// Saves the state at the steps a killed finish must find again: writes frozen, and the
    /// removal of the replication objects begun (the copy is verified by then).
    std::function<void(const MigrationState&)> checkpoint;
};

/// The cut-over ("Close connection"), per syncing database: report schema drift, optionally
/// freeze writes, wait until the slot confirmed everything written before the cut-over began,
/// copy sequences, large objects, unlogged tables and the tables left out of the publication,
/// refresh materialized views, verify every table, drop the replication objects and restore
/// replica identities. While it drains it watches the subscription, and stops at once (writes
/// unfrozen) when the target cannot catch up: apply errors, subscription disabled or gone, no
/// worker. Databases that pass are `done`; one that does not keeps syncing with the error.
/// Returns false when any failed, or when a replicated database had failed before.
bool finishMigration(MigrationState& state, const ControlServers& servers,
                     const FinishOptions& options, const std::atomic_bool* cancelled);

} // namespace pgm
