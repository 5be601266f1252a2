#pragma once

#include "Check.h"
#include "ClusterFacts.h"

namespace pgm {

/// Whether the source's shared lock table has room for the migration's locks: pg_dump locks
/// every table of a database in one transaction, and meanwhile the copy locks each again (the
/// dump method's snapshot all at once, as pg_dump does; replication's workers each table they
/// copied, until their snapshot ends): twice the tables. Past the room left
/// (max_locks_per_transaction times the server's backends, less what its sessions hold) pg_dump
/// stops with "out of shared memory" on a cluster of many thousand tables. Blocking past twice the
/// room (the table borrows spare shared memory, how much varies), a warning past half of it; the
/// remedy names the setting's value. Databases migrate several at once (as many as `jobs`,
/// DatabaseQueue), and each one's pg_dump holds its locks meanwhile: the tables of the `jobs`
/// largest add up.
Check lockTableCheck(const SourceFacts& source, int jobs);

/// The same on the target: the schema is restored in one transaction (a killed restore leaves
/// no half-made schema), which locks every table it creates until it commits. Before this
/// check a cluster with 20,000 tables passed every check and failed in pg_restore with "out of
/// shared memory" on a target left at the default setting. The `jobs` largest databases add up,
/// as on the source.
Check targetLockTableCheck(const SourceFacts& source, const TargetFacts& target, int jobs);

} // namespace pgm
