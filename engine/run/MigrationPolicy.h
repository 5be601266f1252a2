#pragma once

#include "MigrationRunner.h"
#include "MigrationState.h"
#include "ReplicationControl.h"

#include <optional>

namespace pgm {

// What the command line and the wizard do alike around a migration run: one answer here, so
// the two front ends cannot drift apart.

/// Turns `request` (servers with their passwords, the user's choices) into the resume of the
/// saved migration, as `migrate --resume --id ID` and the wizard's Resume migration do: the
/// saved id, exclusions and skipped tables, the saved jobs unless `jobs` is given (--jobs),
/// and the saved pg_dump directory unless the request names one.
void resumeSaved(MigrationRequest* request, const MigrationState& saved,
                 std::optional<int> jobs = std::nullopt);

/// After a run: what now replicates shows its lag at once, as the servers tell it.
void refreshAfterRun(MigrationState& state, const ControlServers& servers);

} // namespace pgm
