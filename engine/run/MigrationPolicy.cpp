#include "MigrationPolicy.h"

namespace pgm {

void resumeSaved(MigrationRequest* request, const MigrationState& saved, std::optional<int> jobs) {
    request->id = saved.id;
    request->resume = true;
    request->check.inspection.excludedDatabases = saved.excludedDatabases;
    request->skipTables = saved.skippedTables;
    request->jobs = jobs.value_or(saved.jobs);
    if (request->check.inspection.pgDumpDir.isEmpty()) {
        request->check.inspection.pgDumpDir = saved.pgDumpDir;
    }
}

void refreshAfterRun(MigrationState& state, const ControlServers& servers) {
    if (state.anySyncing()) {
        refreshReplicationStatus(state, servers);
    }
}

} // namespace pgm
