#pragma once

#include "ConnectionSettings.h"
#include "MigrationState.h"

#include <QString>

namespace pgm {

// `finish --freeze-writes` makes a source database read-only until its cut-over ends; a finish
// killed meanwhile leaves it so, and the next finish or stop undoes it first.

/// Undoes `finish --freeze-writes` on `dbname`, on a session no cancel touches. False with
/// *message when the source refused or could not be reached.
bool unfreezeWrites(const ConnectionSettings& source, const QString& dbname, QString* message);

/// A finish killed while writes were frozen left the database read-only: undone first, so
/// that neither this finish (--yes) nor a stop leaves it so. False when it could not be.
bool thawLeftFreeze(MigrationState& state, DatabaseState& db, const ConnectionSettings& source);

} // namespace pgm
