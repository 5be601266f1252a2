#pragma once

#include "MigrationState.h"

#include <QJsonObject>
#include <QString>

namespace pgm {

/// The report of one migration, built only from its saved state: the servers (never a
/// password) with their versions, the pre-checks with their results and remedies, the plan (method
/// and reason per database), per database and per table rows, bytes, times and verification
/// results, warnings and cut-over times. Stable English keys: scripts read the JSON, and the HTML
/// and PDF are made from it. `ownerAlive` says whether the process that runs it still exists (as
/// for the status).
QJsonObject migrationReport(const MigrationState& state, bool ownerAlive);

/// The report as one self-contained HTML page (no scripts, no external resources). Every name
/// taken from the servers is escaped: database and table names can hold <, & and quotes.
QString migrationReportHtml(const QJsonObject& report);

} // namespace pgm
