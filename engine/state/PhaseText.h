#pragma once

#include <QString>

namespace pgm {

/// A database's phase as the user reads it, in the user's language. The phase itself
/// ("schema", "data", "initial sync 3/5 tables", ...) is a stable English id in the state file
/// and the JSON, and is compared in code: only its display is translated. An unknown phase is
/// shown as it is.
QString phaseText(const QString& phase);

} // namespace pgm
