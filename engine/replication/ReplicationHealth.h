#pragma once

#include "ReplicationObjects.h"

#include <QString>
#include <vector>

namespace pgm {

class PgConnection;

/// What the servers say about one database's replication, for status. A server that could not
/// be asked leaves its part unknown, which is not a problem: only what a server says is.
struct ReplicationHealth {
    bool sourceRead = false; ///< the source answered (the slot's facts are known)
    bool targetRead = false; ///< the target answered (the subscription's facts are known)
    bool slotExists = false;
    bool slotActive = false;
    QString walStatus;         ///< reserved, extended, unreserved, lost
    qint64 lagBytes = -1;      ///< current WAL position minus the slot's confirmed flush
    qint64 retainedBytes = -1; ///< WAL the slot pins
    bool subscriptionExists = false;
    bool subscriptionEnabled = false;
    bool workerRunning = false;
    qint64 applyErrors = -1; ///< apply plus table sync errors so far (15+); -1: unknown
    qint64 lagSeconds = -1;  ///< time since the last message the worker received, roughly
    /// Empty when nothing is known to be wrong, otherwise what is, in words: slot or
    /// subscription gone, WAL lost (start over), or the subscription disabled (it can resume).
    QString problem;
    bool disabled = false; ///< the problem is only that the subscription is disabled
};

/// One database's replication to read: its objects' names, and the database its subscription
/// lives in (empty: the target session's own).
struct ReplicatedDatabase {
    ReplicationNames names;
    QString dbname;
};

/// Reads both sides for every one of `databases`, in their order, with one query per server
/// whatever their number: slots and subscriptions are visible from any database of their
/// cluster, so status on 200 databases needs two sessions, not 400. Either connection may be
/// null (that server unreachable); a query that fails leaves that side unknown, never "gone".
std::vector<ReplicationHealth> readHealthOf(PgConnection* source, PgConnection* target,
                                            const std::vector<ReplicatedDatabase>& databases);

/// readHealthOf for the one database `targetDb` is connected to.
ReplicationHealth readHealth(PgConnection* sourceDb, PgConnection* targetDb,
                             const ReplicationNames& names);

} // namespace pgm
