#pragma once

#include <QStringList>

namespace pgm {

/// `pgmigrate migrate`: pre-checks, then the whole cluster. 0 when every database is done,
/// 1 when one failed or the run was stopped, 2 for usage errors.
int runMigrateCommand(const QStringList& arguments);

/// `pgmigrate status [--id ID] [--json]`: the saved state of a migration (the latest without
/// --id), in the seed's status shape. 0 when found, 1 when not.
int runStatusCommand(const QStringList& arguments);

} // namespace pgm
