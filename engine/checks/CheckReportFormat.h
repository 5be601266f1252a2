#pragma once

#include "CheckRunner.h"

#include <QJsonObject>

namespace pgm {

/// The report as `pgmigrate check --json` prints it:
/// {"ok", "checks": [{"id", "status", "blocking", "kind", "title", "detail", "remedy", "dbname"}],
///  "databases": [{"dbname", "method", "reason", "size_bytes"}]}
QJsonObject checkReportToJson(const CheckReport& report);

/// The report as a readable table for a terminal; `color` adds ANSI colours to statuses.
QString checkReportToText(const CheckReport& report, bool color);

} // namespace pgm
