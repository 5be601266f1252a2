#pragma once

#include "MigrationState.h"

class QIODevice;

namespace pgm {

/// Writes `state` to `out` as the JSON StateStore saves: what MigrationState::toJson() holds,
/// indented as QJsonDocument indents it (tests and people grep it), but streamed. A state of
/// 20,000 tables is 4 MB of text; built whole, a QJsonObject per table and then the text, each
/// save held several MB more (8.4 MB in tst_migrationstate) in the allocator arena of the
/// thread that saved, while here one table is held at a time. False when `out` refused a write.
bool writeStateJson(QIODevice& out, const MigrationState& state);

} // namespace pgm
