#pragma once

#include "ClusterFacts.h"

#include <QList>
#include <QString>

namespace pgm {

/// How the user asked databases to be migrated.
enum class MethodChoice {
    Auto,        ///< replication where possible, else the dump method
    Replication, ///< replication or nothing: a database that cannot replicate fails
    Dump,        ///< one-time snapshot for every database (the wizard's checkbox)
};

enum class MigrationMethod { Replication, Dump };

QString methodName(MigrationMethod method); ///< "replication" or "pg_dump", as in the seeds
bool parseMethodChoice(const QString& text, MethodChoice* out);

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

/// The reason one database cannot replicate apart from capacity, or empty.
QString databaseReplicationBlocker(const ReplicationCapabilities& cluster,
                                   const DatabaseCapabilities& database);

} // namespace pgm
