#pragma once

#include "MigrationState.h"

namespace pgm {

/// A migration's status as a readable table: overall status and method, then per database
/// its method, status, phase, progress and error, then warnings.
QString statusText(const MigrationState& state, bool ownerAlive);

/// One line of live progress for a terminal: the running database, its phase, bytes, rate, ETA.
QString progressLine(const MigrationState& state);

} // namespace pgm
