#pragma once

#include "Phase.h"

#include <QString>

namespace pgm {

struct DatabaseState;

/// A phase as the user reads it, in the user's language ("Daten", "initial sync 3/5 tables").
/// The phase's id (phaseId) stays English in the state file and the JSON.
QString phaseText(Phase phase);
/// A database's phase, with the table count during the initial sync.
QString phaseText(const DatabaseState& db);

} // namespace pgm
