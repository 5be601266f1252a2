#pragma once

#include <QStringList>

namespace pgm {

/// `pgmigrate migrate`: pre-checks, then the whole cluster. 0 when every database is done,
/// 1 when one failed or the run was stopped, 2 for usage errors.
int runMigrateCommand(const QStringList& arguments);

/// `pgmigrate status [--id ID] [--json]`: the saved state of a migration (the latest without
/// --id), in the seed's status shape. 0 when found, 1 when not.
int runStatusCommand(const QStringList& arguments);

/// `pgmigrate verify`: compares every migrated database of the source with the target (row counts
/// and checksums per table, sequences, large objects). 0 when equal, 1 when not, 2 for usage.
int runVerifyCommand(const QStringList& arguments);

} // namespace pgm
