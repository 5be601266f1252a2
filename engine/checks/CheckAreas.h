#pragma once

#include "CheckList.h"
#include "CheckRules.h"

// The pre-checks by area, in the order evaluateChecks runs them; each adds its checks to the
// list. Internal to the engine.
namespace pgm {

// ConnectivityChecks.cpp
/// Both servers answer (false when one does not: nothing else can be judged without them).
bool addReachableChecks(CheckList& checks, const ClusterFacts& facts);
/// The target is not the source under another name.
void addDistinctServersCheck(CheckList& checks, const ConnectivityFacts& net);

// ServerChecks.cpp
/// The target's version, and pg_dump/pg_restore able to read the source.
void addVersionChecks(CheckList& checks, const ClusterFacts& facts);
/// Names the managed services recognised, so the remedies that follow make sense.
void addManagedServiceCheck(CheckList& checks, const ClusterFacts& facts);
/// The target accepts writes (neither a standby nor read-only by default).
void addTargetWritableCheck(CheckList& checks, const TargetFacts& target);
/// Excluded names that exist, provider roles, and the roles the target lacks.
void addRoleChecks(CheckList& checks, const SourceFacts& source, const TargetFacts& target);
/// Room on the target for the source's databases.
void addDiskSpaceCheck(CheckList& checks, const SourceFacts& source, const TargetFacts& target);

// ReplicationChecks.cpp
/// Source settings logical replication needs: version, wal_level, a primary, the user's role.
void addReplicationSettingChecks(CheckList& checks, const SourceFacts& source);
/// Slots and WAL senders on the source, subscriptions and workers on the target.
void addReplicationCapacityChecks(CheckList& checks, const SourceFacts& source,
                                  const TargetFacts& target);
/// The target server, not this machine, connects to the source.
void addTargetReachesSourceCheck(CheckList& checks, const ConnectivityFacts& net,
                                 const TargetFacts& target);
/// Open and prepared transactions delay slot creation until they end.
void addTransactionChecks(CheckList& checks, const SourceFacts& source);

// DatabaseChecks.cpp
/// Every check of one source database, given its capabilities and planned method.
void addDatabaseChecks(CheckList& checks, const ClusterFacts& facts,
                       const ReplicationCapabilities& cluster, const SourceDatabaseFacts& db,
                       const DatabaseCapabilities& capability, const PlannedDatabase& planned);

} // namespace pgm
