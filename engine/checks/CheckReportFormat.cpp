#include "CheckReportFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace pgm {

QJsonObject checkReportToJson(const CheckReport& report) {
    QJsonArray checks;
    for (const Check& check : report.outcome.checks) {
        QJsonObject item{
            {QStringLiteral("id"), check.id},
            {QStringLiteral("status"), statusName(check.status)},
            {QStringLiteral("blocking"), check.kind == Check::Kind::Blocking},
            {QStringLiteral("kind"), kindName(check.kind)},
            {QStringLiteral("title"), check.title},
            {QStringLiteral("detail"), check.detail},
            {QStringLiteral("remedy"), check.remedy},
            {QStringLiteral("dbname"),
             check.dbname.isEmpty() ? QJsonValue() : QJsonValue(check.dbname)},
        };
        checks.append(item);
    }
    QJsonArray databases;
    for (const PlannedDatabase& planned : report.outcome.plan) {
        databases.append(QJsonObject{
            {QStringLiteral("dbname"), planned.dbname},
            {QStringLiteral("method"), methodName(planned.method)},
            {QStringLiteral("reason"), planned.reason},
            {QStringLiteral("size_bytes"), planned.sizeBytes},
        });
    }
    QJsonObject object{
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("databases"), databases},
    };
    if (!report.facts.source.excludedDatabases.isEmpty()) {
        object.insert(QStringLiteral("excluded"),
                      QJsonArray::fromStringList(report.facts.source.excludedDatabases));
    }
    if (!report.internalError.isEmpty()) {
        object.insert(QStringLiteral("error"), report.internalError);
    }
    return object;
}

void recordChecks(const CheckReport& report, MigrationState* state) {
    state->sourceVersion = report.facts.source.version;
    state->targetVersion = report.facts.target.version;
    state->checks.clear();
    for (const Check& check : report.outcome.checks) {
        state->checks << CheckRecord{check.id,     check.title,  statusName(check.status),
                                     check.dbname, check.detail, check.remedy};
    }
}

namespace {

/// The plan (each database's method, size and why) and the databases left out.
QString planText(const CheckReport& report) {
    QString out;
    if (!report.outcome.plan.isEmpty()) {
        out += QCoreApplication::translate("CheckReport", "\nPlan\n");
        for (const PlannedDatabase& planned : report.outcome.plan) {
            out += QStringLiteral("  %1  %2  %3  %4\n")
                       .arg(planned.dbname.leftJustified(20),
                            methodName(planned.method).leftJustified(11),
                            QLocale::c()
                                .formattedDataSize(planned.sizeBytes, 1,
                                                   QLocale::DataSizeTraditionalFormat)
                                .rightJustified(9),
                            planned.reason);
        }
    }
    if (!report.facts.source.excludedDatabases.isEmpty()) {
        out += QCoreApplication::translate("CheckReport", "  Excluded: %1\n")
                   .arg(report.facts.source.excludedDatabases.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace

QString checkReportToText(const CheckReport& report, bool color) {
    const auto paint = [color](const QString& text, const char* code) {
        return color ? QStringLiteral("\x1b[") + QLatin1String(code) + QLatin1Char('m') + text +
                           QStringLiteral("\x1b[0m")
                     : text;
    };
    // The words padded to the widest one in this language, so the titles line up.
    const QString words[] = {
        QCoreApplication::translate("CheckReport", "PASS"),
        QCoreApplication::translate("CheckReport", "WARN"),
        QCoreApplication::translate("CheckReport", "FAIL"),
        QCoreApplication::translate("CheckReport", "SKIP"),
    };
    qsizetype width = 0;
    for (const QString& word : words) {
        width = std::max(width, word.size());
    }
    const auto statusLabel = [&paint, &words, width](Check::Status status) {
        switch (status) {
        case Check::Status::Pass:
            return paint(words[0].leftJustified(width), "32");
        case Check::Status::Warn:
            return paint(words[1].leftJustified(width), "33");
        case Check::Status::Fail:
            return paint(words[2].leftJustified(width), "31");
        case Check::Status::Skip:
            return paint(words[3].leftJustified(width), "90");
        }
        return QString();
    };
    const QString indent(width + 3, QLatin1Char(' '));

    QString out;
    QString currentDatabase = QStringLiteral("\x01");
    for (const Check& check : report.outcome.checks) {
        if (check.dbname != currentDatabase) {
            currentDatabase = check.dbname;
            out += check.dbname.isEmpty()
                       ? QCoreApplication::translate("CheckReport", "Cluster\n")
                       : QCoreApplication::translate("CheckReport", "\nDatabase \"%1\"\n")
                             .arg(check.dbname);
        }
        QString line =
            QStringLiteral("  ") + statusLabel(check.status) + QLatin1Char(' ') + check.title;
        if (check.blocksMigration()) {
            line += QCoreApplication::translate("CheckReport", " (blocking)");
        } else if (check.status == Check::Status::Fail &&
                   check.kind == Check::Kind::MethodDeciding) {
            // Not a reason to stop: said so, or "FAIL" above "Ready to migrate" reads wrong.
            line += QCoreApplication::translate(
                "CheckReport",
                " (not blocking: the plan below says which databases use the dump method)");
        }
        // A passing check fits on one line; anything else gets its detail and fix below.
        if (check.status == Check::Status::Pass) {
            out += line + QStringLiteral(": ") + check.detail + QLatin1Char('\n');
            continue;
        }
        out += line + QLatin1Char('\n');
        if (!check.detail.isEmpty()) {
            out += indent + check.detail + QLatin1Char('\n');
        }
        if (!check.remedy.isEmpty()) {
            out += indent + QCoreApplication::translate("CheckReport", "Fix: ") + check.remedy +
                   QLatin1Char('\n');
        }
    }
    out += planText(report);
    if (!report.internalError.isEmpty()) {
        out += QCoreApplication::translate("CheckReport", "\nError: ") + report.internalError +
               QLatin1Char('\n');
    }
    out += report.ok()
               ? paint(QCoreApplication::translate("CheckReport", "\nReady to migrate.\n"), "32")
               : paint(QCoreApplication::translate("CheckReport",
                                                   "\nNot ready: fix the blocking checks above.\n"),
                       "31");
    return out;
}

} // namespace pgm
