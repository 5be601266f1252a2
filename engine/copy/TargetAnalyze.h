#pragma once

#include "ConnectionSettings.h"

#include <QSet>
#include <QString>
#include <atomic>

namespace pgm {

class PgConnection;

/// Gathers planner statistics for every table and materialized view of the database `target`
/// names, on `jobs` connections, largest first: a freshly loaded target has none, and the
/// application's first queries after the cut-over would run on default estimates (autovacuum
/// never analyzes partitioned tables at all, and others only after its own delay). Partitioned
/// tables are analyzed from their root, which samples and analyzes their partitions too.
/// `done` names ("schema"."table", as format('%I.%I') quotes them) relations analyzed already
/// (while the copy went on): they are left out. `lister`, a session on that database, lists
/// them. Throws PgError (Cancelled when `cancelled` is set).
void analyzeTarget(PgConnection& lister, const ConnectionSettings& target, int jobs,
                   const std::atomic_bool* cancelled, const QSet<QString>& done = {});

} // namespace pgm
