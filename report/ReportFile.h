#pragma once

#include "MigrationState.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pgm {

enum class ReportFormat { Html, Pdf, Json };

/// "html", "pdf" or "json" (any case); nothing for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString& name);
/// The format a file name asks for by its extension (report.pdf, REPORT.HTM, r.json).
std::optional<ReportFormat> reportFormatFromPath(const QString& path);

/// The report of `state` in `format`, as the bytes of a file. PDF needs a QGuiApplication.
QByteArray reportBytes(const MigrationState& state, bool ownerAlive, ReportFormat format);

/// Writes the report to `path` in the format its extension names. False with *error when the
/// extension is none of html, htm, pdf, json or the file cannot be written.
bool saveReport(const MigrationState& state, bool ownerAlive, const QString& path, QString* error);

} // namespace pgm
