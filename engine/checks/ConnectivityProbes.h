#pragma once

#include "ClusterFacts.h"

#include <optional>

namespace pgm {

class PgConnection;

/// Looks for the source session's unique application_name among the target's sessions.
/// pg_stat_activity shows application_name to every user, and unlike system_identifier this
/// tells a server from its clone.
void probeSameServer(PgConnection& target, const QString& marker, ConnectivityFacts* out);

/// Free bytes on the target's data directory. No SQL function reports free disk, so this runs
/// `df` through COPY FROM PROGRAM, which needs superuser or pg_execute_server_program.
/// Returns nothing, with *reason set, when it cannot be determined.
std::optional<qint64> probeFreeDisk(PgConnection& target, QString* reason);

/// Proves that the *target server* (not this machine) can open a replication connection to the
/// source, by creating a disabled subscription with connect = true and no slot, then dropping it.
/// Needs superuser on the target.
void probeTargetReachesSource(PgConnection& target, const QString& sourceConninfo,
                              ConnectivityFacts* out);

} // namespace pgm
