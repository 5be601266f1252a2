#include "MigrationReport.h"

#include "PhaseText.h"
#include "StateWords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace pgm {

namespace {

QJsonValue timeValue(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue secondsBetween(const QDateTime& from, const QDateTime& to) {
    return from.isValid() && to.isValid() ? QJsonValue(double(from.msecsTo(to)) / 1000.0)
                                          : QJsonValue();
}

/// Only what identifies a server: the saved settings' extra options are left out too. The
/// version is null when the state does not know it (written before versions were kept).
QJsonObject serverJson(const ConnectionSettings& server, ServerVersion version) {
    return {{QStringLiteral("host"), server.host},
            {QStringLiteral("port"), server.port},
            {QStringLiteral("user"), server.user},
            {QStringLiteral("dbname"), server.dbname},
            {QStringLiteral("sslmode"), server.sslmode},
            {QStringLiteral("server_version"),
             version.isValid() ? QJsonValue(version.text()) : QJsonValue()},
            {QStringLiteral("server_version_num"),
             version.isValid() ? QJsonValue(version.number()) : QJsonValue()}};
}

/// The pre-checks as `pgmigrate check --json` names their fields.
QJsonArray checksJson(const QList<CheckRecord>& checks) {
    QJsonArray array;
    for (const CheckRecord& check : checks) {
        array.append(QJsonObject{
            {QStringLiteral("id"), check.id},
            {QStringLiteral("title"), check.title},
            {QStringLiteral("status"), check.status},
            {QStringLiteral("dbname"),
             check.dbname.isEmpty() ? QJsonValue() : QJsonValue(check.dbname)},
            {QStringLiteral("detail"), check.detail},
            {QStringLiteral("remedy"), check.remedy},
        });
    }
    return array;
}

/// "ok" when the verify phase ran and every table matched, "differences" when one did not,
/// "not_run" when the database never reached verification.
QString verificationResult(const DatabaseState& db) {
    const bool ran = db.phaseSeconds.contains(Phase::Verify) || db.verifySeconds > 0;
    if (!ran) {
        return QStringLiteral("not_run");
    }
    for (const TableState& table : db.tables) {
        if (!table.verified) {
            return QStringLiteral("differences");
        }
    }
    return QStringLiteral("ok");
}

QJsonObject databaseJson(const DatabaseState& db) {
    QJsonArray tables;
    qint64 rows = 0;
    for (const TableState& table : db.tables) {
        rows += table.rows;
        tables.append(QJsonObject{{QStringLiteral("name"), table.name},
                                  {QStringLiteral("rows"), table.rows},
                                  {QStringLiteral("bytes"), table.bytes},
                                  {QStringLiteral("copied"), table.copied},
                                  {QStringLiteral("verified"), table.verified}});
    }
    QJsonObject phases;
    for (auto it = db.phaseSeconds.cbegin(); it != db.phaseSeconds.cend(); ++it) {
        phases.insert(phaseId(it.key()), qRound(it.value() * 1000) / 1000.0);
    }
    const bool replication = db.method == MigrationMethod::Replication;
    QJsonObject object{
        {QStringLiteral("name"), db.dbname},
        {QStringLiteral("method"), methodName(db.method)},
        {QStringLiteral("reason"), db.reason},
        {QStringLiteral("status"), statusName(db.status)},
        {QStringLiteral("phase"), db.phaseLabel()},
        {QStringLiteral("error"), db.error.isEmpty() ? QJsonValue() : QJsonValue(db.error)},
        {QStringLiteral("started"), timeValue(db.started)},
        {QStringLiteral("finished"), timeValue(db.finished)},
        {QStringLiteral("duration_seconds"), secondsBetween(db.started, db.finished)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("bytes"), db.bytesTotal},
        {QStringLiteral("copy_seconds"), db.copySeconds},
        {QStringLiteral("verify_seconds"), db.verifySeconds},
        {QStringLiteral("phase_seconds"), phases},
        {QStringLiteral("verification"), verificationResult(db)},
        {QStringLiteral("tables"), tables},
    };
    if (replication) {
        // A replicated database is finished by its cut-over (`finish`): that is its end time.
        object.insert(QStringLiteral("cutover"),
                      db.status == DbStatus::Done ? timeValue(db.finished) : QJsonValue());
        object.insert(QStringLiteral("lag_bytes"),
                      db.lagBytes >= 0 ? QJsonValue(db.lagBytes) : QJsonValue());
        object.insert(QStringLiteral("copied_at_cutover"),
                      QJsonArray::fromStringList(db.copyAtCutover));
        // Each step of the last finish with its limit, as `status --json` names them: how long
        // the source was held read-only, and where a failed finish stopped.
        QJsonArray steps;
        for (const CutoverStep& step : db.cutoverSteps) {
            steps.append(QJsonObject{
                {QStringLiteral("step"), phaseId(step.step)},
                {QStringLiteral("limit"), step.limitSeconds},
                {QStringLiteral("seconds"), step.seconds < 0 ? QJsonValue() : step.seconds}});
        }
        object.insert(QStringLiteral("cutover_steps"), steps);
    }
    return object;
}

} // namespace

QJsonObject migrationReport(const MigrationState& state, bool ownerAlive) {
    QJsonArray databases;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 tables = 0;
    for (const DatabaseState& db : state.databases) {
        const QJsonObject object = databaseJson(db);
        rows += object.value(QStringLiteral("rows")).toInteger();
        bytes += db.bytesTotal;
        tables += db.tables.size();
        databases.append(object);
    }
    return {
        {QStringLiteral("report_format"), 1},
        {QStringLiteral("id"), state.id},
        {QStringLiteral("status"), statusName(state.overallStatus(ownerAlive))},
        // Databases can go different ways (replication, pg_dump): then "mixed".
        {QStringLiteral("method"), state.databases.isEmpty() || !state.overallMethod().isEmpty()
                                       ? state.overallMethod()
                                       : QStringLiteral("mixed")},
        {QStringLiteral("method_choice"), state.methodChoice},
        {QStringLiteral("created"), timeValue(state.created)},
        {QStringLiteral("finished"), timeValue(state.finished)},
        {QStringLiteral("duration_seconds"), secondsBetween(state.created, state.finished)},
        {QStringLiteral("source"), serverJson(state.source, state.sourceVersion)},
        {QStringLiteral("target"), serverJson(state.target, state.targetVersion)},
        {QStringLiteral("checks"), checksJson(state.checks)},
        {QStringLiteral("excluded_databases"), QJsonArray::fromStringList(state.excludedDatabases)},
        {QStringLiteral("skipped_tables"), QJsonArray::fromStringList(state.skippedTables)},
        {QStringLiteral("jobs"), state.jobs},
        {QStringLiteral("error"), state.error.isEmpty() ? QJsonValue() : QJsonValue(state.error)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(state.warnings)},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("databases"), databases.size()},
                                               {QStringLiteral("tables"), tables},
                                               {QStringLiteral("rows"), rows},
                                               {QStringLiteral("bytes"), bytes}}},
        {QStringLiteral("databases"), databases},
    };
}

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString text(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("-");
    }
    if (value.isBool()) {
        return value.toBool() ? esc(QCoreApplication::translate("Report", "yes"))
                              : esc(QCoreApplication::translate("Report", "no"));
    }
    if (value.isDouble()) {
        // Counts print whole, seconds with one decimal.
        const double number = value.toDouble();
        return QLocale::c().toString(number, 'f', number == std::trunc(number) ? 0 : 1);
    }
    return esc(value.toString());
}

QString sizeText(const QJsonValue& bytes) {
    return esc(QLocale::c().formattedDataSize(bytes.toInteger()));
}

QString row(const QStringList& cells, const QString& tag = QStringLiteral("td")) {
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    }
    return html + QStringLiteral("</tr>\n");
}

QString serverText(const QJsonObject& server) {
    QString line = QStringLiteral("%1@%2:%3 (sslmode=%4)")
                       .arg(server.value(QStringLiteral("user")).toString(),
                            server.value(QStringLiteral("host")).toString(),
                            QString::number(server.value(QStringLiteral("port")).toInt()),
                            server.value(QStringLiteral("sslmode")).toString());
    const QString version = server.value(QStringLiteral("server_version")).toString();
    if (!version.isEmpty()) {
        line += QLatin1String(", ") +
                QCoreApplication::translate("Report", "PostgreSQL %1").arg(version);
    }
    return esc(line);
}

/// Pre-checks: a remedy only where there is something to fix (warn, fail).
QString checksHtml(const QJsonArray& checks) {
    if (checks.isEmpty()) {
        return {}; // a state from before the checks were kept
    }
    QString html = QStringLiteral("<h2>%1</h2>\n")
                       .arg(esc(QCoreApplication::translate("Report", "Pre-checks")));
    // The page's width: details and remedies are sentences, narrow columns make towers of them.
    html +=
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");
    html += row({esc(QCoreApplication::translate("Report", "Check")),
                 esc(QCoreApplication::translate("Report", "Database")),
                 esc(QCoreApplication::translate("Report", "Result")),
                 esc(QCoreApplication::translate("Report", "Detail")),
                 esc(QCoreApplication::translate("Report", "Remedy"))},
                QStringLiteral("th"));
    for (const auto& value : checks) {
        const QJsonObject check = value.toObject();
        const QString status = check.value(QStringLiteral("status")).toString();
        const bool needsRemedy = status == QLatin1String("warn") || status == QLatin1String("fail");
        const QString remedy = check.value(QStringLiteral("remedy")).toString();
        html += row({text(check.value(QStringLiteral("title"))),
                     text(check.value(QStringLiteral("dbname"))), esc(checkStatusWord(status)),
                     text(check.value(QStringLiteral("detail"))),
                     needsRemedy && !remedy.isEmpty() ? esc(remedy) : QStringLiteral("-")});
    }
    return html + QStringLiteral("</table>\n");
}

QString summaryHtml(const QJsonObject& report) {
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    html += row({esc(QCoreApplication::translate("Report", "Status")),
                 esc(statusWord(report.value(QStringLiteral("status")).toString()))});
    html += row({esc(QCoreApplication::translate("Report", "Method")),
                 esc(methodWord(report.value(QStringLiteral("method")).toString()))});
    html += row({esc(QCoreApplication::translate("Report", "Source")),
                 serverText(report.value(QStringLiteral("source")).toObject())});
    html += row({esc(QCoreApplication::translate("Report", "Target")),
                 serverText(report.value(QStringLiteral("target")).toObject())});
    html += row({esc(QCoreApplication::translate("Report", "Started")),
                 text(report.value(QStringLiteral("created")))});
    html += row({esc(QCoreApplication::translate("Report", "Finished")),
                 text(report.value(QStringLiteral("finished")))});
    html += row({esc(QCoreApplication::translate("Report", "Duration (s)")),
                 text(report.value(QStringLiteral("duration_seconds")))});
    html += row({esc(QCoreApplication::translate("Report", "Databases / tables")),
                 text(totals.value(QStringLiteral("databases"))) + QStringLiteral(" / ") +
                     text(totals.value(QStringLiteral("tables")))});
    html += row({esc(QCoreApplication::translate("Report", "Rows")),
                 text(totals.value(QStringLiteral("rows")))});
    html += row({esc(QCoreApplication::translate("Report", "Size")),
                 sizeText(totals.value(QStringLiteral("bytes")))});
    if (!report.value(QStringLiteral("error")).isNull()) {
        html += row({esc(QCoreApplication::translate("Report", "Error")),
                     text(report.value(QStringLiteral("error")))});
    }
    return html + QStringLiteral("</table>\n");
}

QString databaseHtml(const QJsonObject& db) {
    QString html = QStringLiteral("<h2>%1</h2>\n")
                       .arg(esc(QCoreApplication::translate("Report", "Database %1")
                                    .arg(db.value(QStringLiteral("name")).toString())));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(QCoreApplication::translate("Report",
                                                 "Method: %1 (%2). Status: %3. Verification: %4."))
                .arg(esc(methodWord(db.value(QStringLiteral("method")).toString())),
                     text(db.value(QStringLiteral("reason"))),
                     esc(statusWord(db.value(QStringLiteral("status")).toString())),
                     esc(verificationWord(db.value(QStringLiteral("verification")).toString())));
    if (!db.value(QStringLiteral("error")).isNull()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(QCoreApplication::translate("Report", "Error: %1")
                             .arg(text(db.value(QStringLiteral("error")))));
    }
    QStringList phases;
    const QJsonObject phaseSeconds = db.value(QStringLiteral("phase_seconds")).toObject();
    for (auto it = phaseSeconds.begin(); it != phaseSeconds.end(); ++it) {
        const QString word = phaseText(phaseFromId(it.key()));
        phases << esc(word.isEmpty() ? it.key() : word) + QStringLiteral(" ") + text(it.value()) +
                      QStringLiteral(" s");
    }
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(QCoreApplication::translate(
                "Report", "Started %1, finished %2; rows %3, size %4; phases: %5."))
            .arg(text(db.value(QStringLiteral("started"))),
                 text(db.value(QStringLiteral("finished"))), text(db.value(QStringLiteral("rows"))),
                 sizeText(db.value(QStringLiteral("bytes"))),
                 phases.isEmpty() ? QStringLiteral("-") : phases.join(QStringLiteral(", ")));
    if (db.contains(QStringLiteral("cutover"))) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(QCoreApplication::translate("Report",
                                                     "Cut-over: %1; lag last read: %2 bytes."))
                    .arg(text(db.value(QStringLiteral("cutover"))),
                         text(db.value(QStringLiteral("lag_bytes"))));
    }
    // The report's steps are ended ones: none carries "running".
    const QString steps = cutoverStepsText(db.value(QStringLiteral("cutover_steps")).toArray());
    if (!steps.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(QCoreApplication::translate("Report", "Finish steps (time/limit): %1")
                                 .arg(steps)));
    }
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    html += row({esc(QCoreApplication::translate("Report", "Table")),
                 esc(QCoreApplication::translate("Report", "Rows")),
                 esc(QCoreApplication::translate("Report", "Size")),
                 esc(QCoreApplication::translate("Report", "Copied")),
                 esc(QCoreApplication::translate("Report", "Verified"))},
                QStringLiteral("th"));
    for (const auto& value : db.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        html += row({text(table.value(QStringLiteral("name"))),
                     text(table.value(QStringLiteral("rows"))),
                     sizeText(table.value(QStringLiteral("bytes"))),
                     text(table.value(QStringLiteral("copied"))),
                     text(table.value(QStringLiteral("verified")))});
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString migrationReportHtml(const QJsonObject& report) {
    const QString id = report.value(QStringLiteral("id")).toString();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<title>%1</title></head><body>\n<h1>%2</h1>\n")
            .arg(esc(QCoreApplication::translate("Report", "pgmigrate report %1").arg(id)),
                 esc(QCoreApplication::translate("Report", "Migration %1").arg(id)));
    html += summaryHtml(report);
    html += checksHtml(report.value(QStringLiteral("checks")).toArray());
    const QJsonArray warnings = report.value(QStringLiteral("warnings")).toArray();
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n")
                    .arg(esc(QCoreApplication::translate("Report", "Warnings")));
        for (const auto& warning : warnings) {
            html += QStringLiteral("<li>%1</li>\n").arg(text(warning));
        }
        html += QStringLiteral("</ul>\n");
    }
    for (const auto& db : report.value(QStringLiteral("databases")).toArray()) {
        html += databaseHtml(db.toObject());
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace pgm
