#pragma once

#include "CheckRunner.h"
#include "MigrationState.h"

#include <QJsonObject>

namespace pgm {

/// The report as `pgmigrate check --json` prints it:
/// {"ok", "checks": [{"id", "status", "blocking", "kind", "title", "detail", "remedy", "dbname"}],
///  "databases": [{"dbname", "method", "reason", "size_bytes"}]}
QJsonObject checkReportToJson(const CheckReport& report);

/// The report as a readable table for a terminal; `color` adds ANSI colours to statuses.
QString checkReportToText(const CheckReport& report, bool color);

/// Keeps in `state` what the migration report shows of the pre-checks: both servers' versions
/// and every check's result with its texts as the user saw them.
void recordChecks(const CheckReport& report, MigrationState* state);

} // namespace pgm
