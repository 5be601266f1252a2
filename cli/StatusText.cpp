#include "StatusText.h"

#include "MigrationStatus.h"
#include "PhaseText.h"
#include "StateWords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace pgm {

namespace {

/// "checks 0.1 s, schema 0.2 s, data 2.3 s, ..." in the order the engine runs them.
QString phaseTimes(const QJsonObject& phases) {
    static const QStringList order = {
        QStringLiteral("checks"),  QStringLiteral("slot"),      QStringLiteral("schema"),
        QStringLiteral("data"),    QStringLiteral("indexes"),   QStringLiteral("verify"),
        QStringLiteral("analyze"), QStringLiteral("subscribe"), QStringLiteral("initial sync")};
    QStringList keys = phases.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& name) {
            const qsizetype at = order.indexOf(name);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    QStringList parts;
    for (const QString& key : keys) {
        const QString word = phaseText(phaseFromId(key));
        parts << QStringLiteral("%1 %2 s")
                     .arg(word.isEmpty() ? key : word)
                     .arg(phases.value(key).toDouble(), 0, 'f', 1);
    }
    return parts.join(QStringLiteral(", "));
}

QString bytes(qint64 value) {
    return QLocale::c().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

/// One database's line of the table, and what is known about its phases, error and writes.
QString databaseLines(const QJsonObject& db, const QString& phase) {
    QString progress =
        QCoreApplication::translate("Cli", "%1 streamed (tables %2 on disk), %3 rows")
            .arg(bytes(db.value(QStringLiteral("bytes_done")).toInteger()),
                 bytes(db.value(QStringLiteral("bytes_total")).toInteger()))
            .arg(db.value(QStringLiteral("rows_done")).toInteger());
    if (!db.value(QStringLiteral("lag_bytes")).isNull() &&
        statusFromName(db.value(QStringLiteral("status")).toString()) == DbStatus::Syncing) {
        const qint64 lag = db.value(QStringLiteral("lag_bytes")).toInteger();
        progress = lag >= 0
                       ? QCoreApplication::translate("Cli", "replication lag %1").arg(bytes(lag))
                       : QCoreApplication::translate("Cli", "replication lag unknown");
    }
    const double copy = db.value(QStringLiteral("copy_seconds")).toDouble();
    const double verify = db.value(QStringLiteral("verify_seconds")).toDouble();
    if (copy > 0) {
        progress += QCoreApplication::translate("Cli", ", copy %1 s, verify %2 s")
                        .arg(copy, 0, 'f', 1)
                        .arg(verify, 0, 'f', 1);
    }
    QString out =
        QStringLiteral("  %1 %2 %3 %4 %5\n")
            .arg(db.value(QStringLiteral("dbname")).toString(), -24)
            .arg(methodWord(db.value(QStringLiteral("method")).toString()), -12)
            .arg(statusWord(db.value(QStringLiteral("status")).toString()), -12)
            .arg(phase.isEmpty() ? db.value(QStringLiteral("phase")).toString() : phase, -10)
            .arg(progress);
    const QString phases = phaseTimes(db.value(QStringLiteral("phase_seconds")).toObject());
    if (!phases.isEmpty()) {
        out += QCoreApplication::translate("Cli", "      time: %1\n").arg(phases);
    }
    const QString steps = cutoverStepsText(db.value(QStringLiteral("cutover_steps")).toArray());
    if (!steps.isEmpty()) {
        out +=
            QCoreApplication::translate("Cli", "      finish steps (time/limit): %1\n").arg(steps);
    }
    const QString error = db.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        out += QCoreApplication::translate("Cli", "      error: %1\n").arg(error);
    }
    if (db.value(QStringLiteral("writes_frozen")).toBool()) {
        // A killed `finish --freeze-writes`: the application cannot write until undone.
        out += QCoreApplication::translate(
            "Cli", "      writes frozen: the source database is read-only (an interrupted "
                   "finish --freeze-writes); 'pgmigrate finish' or 'pgmigrate stop' undoes it\n");
    }
    return out;
}

/// One running database's progress: its phase, and in the data phase what is copied.
QString databaseProgress(const DatabaseState& db) {
    const QString phase = phaseText(db);
    QString line =
        QStringLiteral("%1: %2").arg(db.dbname, phase.isEmpty() ? db.phaseLabel() : phase);
    if (db.phase == Phase::Data) {
        int copied = 0;
        for (const TableState& table : db.tables) {
            copied += table.copied ? 1 : 0;
        }
        const double rate = db.copySeconds > 0 ? double(db.bytesDone) / db.copySeconds : 0;
        line += QCoreApplication::translate("Cli", " %1 of %2 tables, %3 streamed, %4 rows, %5/s")
                    .arg(copied)
                    .arg(db.tables.size())
                    .arg(bytes(db.bytesDone))
                    .arg(db.rowsDone)
                    .arg(bytes(qint64(rate)));
        if (const qint64 left = db.copySecondsLeft(); left >= 0) {
            line += QCoreApplication::translate("Cli", ", about %1 s left").arg(left);
        }
    }
    return line;
}

} // namespace

QString statusText(const MigrationState& state, bool ownerAlive) {
    const QJsonObject json = state.toStatusJson(ownerAlive);
    const QJsonObject overall = json.value(QStringLiteral("migration")).toObject();
    // For a person, a migration whose replication still runs is syncing, not done (the JSON
    // keeps aiven-db-migrate's "done": its initial copy is over, per-database status says the
    // rest).
    QString out = QCoreApplication::translate("Cli", "Migration %1: %2")
                      .arg(state.id, statusWord(statusName(state.displayStatus(ownerAlive))));
    const QString method = overall.value(QStringLiteral("method")).toString();
    out += method.isEmpty() ? QCoreApplication::translate("Cli", " (mixed methods)") + u'\n'
                            : QStringLiteral(" (%1)\n").arg(methodWord(method));
    out += QCoreApplication::translate("Cli", "  source %1\n  target %2\n")
               .arg(state.source.describe(), state.target.describe());
    if (!state.error.isEmpty()) {
        out += QCoreApplication::translate("Cli", "  error: %1\n").arg(state.error);
    }
    out += QStringLiteral("\n  %1 %2 %3 %4 %5\n")
               .arg(QCoreApplication::translate("Cli", "DATABASE"), -24)
               .arg(QCoreApplication::translate("Cli", "METHOD"), -12)
               .arg(QCoreApplication::translate("Cli", "STATUS"), -12)
               .arg(QCoreApplication::translate("Cli", "PHASE"), -10)
               .arg(QCoreApplication::translate("Cli", "PROGRESS"));
    const QJsonArray detail = json.value(QStringLiteral("migration_detail")).toArray();
    for (qsizetype index = 0; index < detail.size(); ++index) {
        const QJsonObject db = detail.at(index).toObject();
        out += databaseLines(db, phaseText(state.databases.value(index)));
    }
    if (!state.warnings.isEmpty()) {
        out += QCoreApplication::translate("Cli", "\n  Warnings:\n");
        for (const QString& warning : state.warnings) {
            out += QStringLiteral("  - %1\n").arg(warning);
        }
    }
    return out;
}

QString progressLine(const MigrationState& state) {
    // Several databases migrate at once (--jobs): each running one is named, up to a few.
    constexpr qsizetype kShown = 3;
    QStringList running;
    qsizetype more = 0;
    for (const DatabaseState& db : state.databases) {
        if (db.status != DbStatus::Running || db.phase == Phase::Queued) {
            continue;
        }
        if (running.size() < kShown) {
            running << databaseProgress(db);
        } else {
            ++more;
        }
    }
    if (running.isEmpty()) {
        return QCoreApplication::translate("Cli", "working…");
    }
    QString line = running.join(QStringLiteral(" | "));
    if (more > 0) {
        line += QCoreApplication::translate("Cli", " | and %1 more running").arg(more);
    }
    return line;
}

} // namespace pgm
