#pragma once

#include "ClusterFacts.h"
#include "MigrationMethod.h"

#include <QList>
#include <QString>

namespace pgm {

/// Why a database can or cannot be replicated, cluster-wide part.
struct ReplicationCapabilities {
    ServerVersion sourceVersion;
    QString walLevel;
    bool sourceInRecovery = false; ///< the source is a standby
    QString sourceUser;
    bool sourceSuperuser = false;
    bool sourceReplicationRole = false;
    QString targetUser;
    bool targetSuperuser = false;
    ServerVersion targetVersion;
    /// 16+: the target user is a member of pg_create_subscription.
    bool targetCreateSubscriptionRole = false;
    /// The source connection carries a password the source asked for: what a subscription of a
    /// non-superuser needs (password_required).
    bool sourcePasswordAuthenticated = false;
    /// Empty when the target server could open a replication connection to the source (or
    /// when that was not probed); otherwise what it said.
    QString targetToSourceFailure;
    /// How many databases may replicate at once, given free slots, WAL senders, origins and
    /// workers on both sides (see replicationCapacity()).
    int capacity = 0;
    QString capacityLimit; ///< which resource sets the capacity, in words
};

/// The per-database part.
struct DatabaseCapabilities {
    QString name;
    qint64 sizeBytes = 0;
    bool sourceAivenExtras = false; ///< installed, or installable by this user
    /// The source user owns every table and may create a publication: it publishes them itself.
    bool sourceOwnsTables = false;
    bool targetAivenExtras = false; ///< idem, in the target database (existing or to be created)
    /// CREATE on the target database (the user owns one it creates): with
    /// pg_create_subscription (16+) it subscribes there itself.
    bool targetCanCreate = false;
    /// Its sessions are read-only by default on the source: no publication can be made there
    /// (and nothing writes to it that replication would carry).
    bool sourceReadOnly = false;
};

struct PlannedDatabase {
    QString dbname;
    MigrationMethod method = MigrationMethod::Dump;
    bool replicationPossible = false;
    QString reason;
    qint64 sizeBytes = 0;
};

/// The resource limits that bound concurrent replication, read from both servers.
struct ReplicationResources {
    int sourceFreeSlots = 0;
    int sourceFreeWalSenders = 0;
    int targetFreeOrigins = 0;
    int targetFreeWorkers = 0;
    /// Temporary slots/senders/workers an initial table sync may use at once.
    int initialSyncHeadroom = 0;
};

/// How many databases can replicate at once; *limit names the scarcest resource.
int replicationCapacity(const ReplicationResources& resources, QString* limit);

/// Decides, per database, the method and the reason in plain words. Databases keep their input
/// order; when capacity is short, the largest databases get replication (they gain the most).
QList<PlannedDatabase> planMigration(MethodChoice choice, const ReplicationCapabilities& cluster,
                                     const QList<DatabaseCapabilities>& databases);

/// The cluster-wide reason replication is impossible for every database, or empty.
QString clusterReplicationBlocker(const ReplicationCapabilities& cluster);

/// Whether a non-superuser target user creates the database's subscription itself, as a member
/// of pg_create_subscription (16+) with CREATE on the database and the source's password
/// (ReplicationObjects' createSubscription takes the same way; aiven_extras is not needed).
bool targetSubscribesItself(const ReplicationCapabilities& cluster,
                            const DatabaseCapabilities& database);

/// The reason one database cannot replicate apart from capacity, or empty.
QString databaseReplicationBlocker(const ReplicationCapabilities& cluster,
                                   const DatabaseCapabilities& database);

} // namespace pgm
