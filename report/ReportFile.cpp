#include "ReportFile.h"

#include "MigrationReport.h"
#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace pgm {

std::optional<ReportFormat> reportFormatFromName(const QString& name) {
    const QString lower = name.toLower();
    if (lower == QLatin1String("html") || lower == QLatin1String("htm")) {
        return ReportFormat::Html;
    }
    if (lower == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    if (lower == QLatin1String("json")) {
        return ReportFormat::Json;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString& path) {
    return reportFormatFromName(QFileInfo(path).suffix());
}

QByteArray reportBytes(const MigrationState& state, bool ownerAlive, ReportFormat format) {
    const QJsonObject report = migrationReport(state, ownerAlive);
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(report).toJson(QJsonDocument::Indented);
    case ReportFormat::Html:
        return migrationReportHtml(report).toUtf8();
    case ReportFormat::Pdf:
        return reportPdf(
            migrationReportHtml(report),
            QCoreApplication::translate("Report", "pgmigrate report %1").arg(state.id));
    }
    return {};
}

bool saveReport(const MigrationState& state, bool ownerAlive, const QString& path, QString* error) {
    const auto format = reportFormatFromPath(path);
    if (!format) {
        *error = QCoreApplication::translate("Report",
                                             "%1: the file name must end in .html, .pdf or .json")
                     .arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reportBytes(state, ownerAlive, *format)) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pgm
