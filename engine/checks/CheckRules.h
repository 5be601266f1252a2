#pragma once

#include "Check.h"
#include "ClusterFacts.h"
#include "MigrationPlan.h"

namespace pgm {

/// The judged result of the pre-checks: every check and the per-database plan.
struct CheckOutcome {
    QList<Check> checks;
    QList<PlannedDatabase> plan;
    bool allowed() const { return migrationAllowed(checks); }
};

/// Judges the facts read from both servers. Pure: no I/O, so every branch is unit-tested.
/// With MethodChoice::Replication a method-deciding failure becomes blocking (there is no
/// fallback); with MethodChoice::Dump the replication checks are skipped. `jobs` is the
/// migration's --jobs: as many databases migrate at once, and their table locks add up.
CheckOutcome evaluateChecks(const ClusterFacts& facts, MethodChoice choice, int jobs);

/// Tables copied at once when the user does not say: every core, at least two.
int defaultJobs();

/// The cluster-wide inputs of the plan, derived from the facts.
ReplicationCapabilities replicationCapabilities(const ClusterFacts& facts);
/// The per-database inputs of the plan, derived from the facts.
QList<DatabaseCapabilities> databaseCapabilities(const ClusterFacts& facts);

/// Compares extension versions segment by segment ("1.10" > "1.9"); -1, 0 or 1.
int compareExtensionVersions(const QString& a, const QString& b);

/// Whether the target user may install an extension that is available on the target.
bool canInstallOnTarget(const TargetFacts& target, const QString& extension);

} // namespace pgm
