#pragma once

#include "Check.h"
#include "ClusterFacts.h"

namespace pgm {

/// Whether the source's shared lock table has room for the migration's locks: pg_dump locks
/// every table of a database in one transaction, and the copy's workers keep a lock on each
/// table they copied until their snapshot ends. Past the room left (max_locks_per_transaction
/// times the server's backends, less what its sessions hold) pg_dump stops with "out of shared
/// memory" on a cluster of many thousand tables. Blocking past twice the room (the table
/// borrows spare shared memory, how much varies), a warning past half of it; the remedy names
/// the setting's value.
Check lockTableCheck(const SourceFacts& source);

} // namespace pgm
