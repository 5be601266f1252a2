#include "StatusText.h"

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
        parts << QStringLiteral("%1 %2 s").arg(key).arg(phases.value(key).toDouble(), 0, 'f', 1);
    }
    return parts.join(QStringLiteral(", "));
}

QString bytes(qint64 value) {
    return QLocale::c().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString statusText(const MigrationState& state, bool ownerAlive) {
    const QJsonObject json = state.toStatusJson(ownerAlive);
    const QJsonObject overall = json.value(QStringLiteral("migration")).toObject();
    QString out = QStringLiteral("Migration %1: %2")
                      .arg(state.id, overall.value(QStringLiteral("status")).toString());
    const QString method = overall.value(QStringLiteral("method")).toString();
    out += method.isEmpty() ? QStringLiteral(" (mixed methods)\n")
                            : QStringLiteral(" (%1)\n").arg(method);
    out += QStringLiteral("  source %1\n  target %2\n")
               .arg(state.source.describe(), state.target.describe());
    if (!state.error.isEmpty()) {
        out += QStringLiteral("  error: %1\n").arg(state.error);
    }
    out += QStringLiteral("\n  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("DATABASE"), -24)
               .arg(QStringLiteral("METHOD"), -12)
               .arg(QStringLiteral("STATUS"), -12)
               .arg(QStringLiteral("PHASE"), -10)
               .arg(QStringLiteral("PROGRESS"));
    for (const auto& value : json.value(QStringLiteral("migration_detail")).toArray()) {
        const QJsonObject db = value.toObject();
        QString progress = QStringLiteral("%1 streamed (tables %2 on disk), %3 rows")
                               .arg(bytes(db.value(QStringLiteral("bytes_done")).toInteger()),
                                    bytes(db.value(QStringLiteral("bytes_total")).toInteger()))
                               .arg(db.value(QStringLiteral("rows_done")).toInteger());
        if (!db.value(QStringLiteral("lag_bytes")).isNull() &&
            statusFromName(db.value(QStringLiteral("status")).toString()) == DbStatus::Syncing) {
            const qint64 lag = db.value(QStringLiteral("lag_bytes")).toInteger();
            progress = lag >= 0 ? QStringLiteral("replication lag %1").arg(bytes(lag))
                                : QStringLiteral("replication lag unknown");
        }
        const double copy = db.value(QStringLiteral("copy_seconds")).toDouble();
        const double verify = db.value(QStringLiteral("verify_seconds")).toDouble();
        if (copy > 0) {
            progress += QStringLiteral(", copy %1 s, verify %2 s")
                            .arg(copy, 0, 'f', 1)
                            .arg(verify, 0, 'f', 1);
        }
        out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(db.value(QStringLiteral("dbname")).toString(), -24)
                   .arg(db.value(QStringLiteral("method")).toString(), -12)
                   .arg(db.value(QStringLiteral("status")).toString(), -12)
                   .arg(db.value(QStringLiteral("phase")).toString(), -10)
                   .arg(progress);
        const QString phases = phaseTimes(db.value(QStringLiteral("phase_seconds")).toObject());
        if (!phases.isEmpty()) {
            out += QStringLiteral("      time: %1\n").arg(phases);
        }
        const QString error = db.value(QStringLiteral("error")).toString();
        if (!error.isEmpty()) {
            out += QStringLiteral("      error: %1\n").arg(error);
        }
        if (db.value(QStringLiteral("writes_frozen")).toBool()) {
            // A killed `finish --freeze-writes`: the application cannot write until undone.
            out += QStringLiteral("      writes frozen: the source database is read-only (an "
                                  "interrupted finish --freeze-writes); 'pgmigrate finish' or "
                                  "'pgmigrate stop' undoes it\n");
        }
    }
    if (!state.warnings.isEmpty()) {
        out += QStringLiteral("\n  Warnings:\n");
        for (const QString& warning : state.warnings) {
            out += QStringLiteral("  - %1\n").arg(warning);
        }
    }
    return out;
}

QString progressLine(const MigrationState& state) {
    for (const DatabaseState& db : state.databases) {
        if (db.status != DbStatus::Running || db.phase == Phase::Queued) {
            continue;
        }
        QString line = QStringLiteral("%1: %2").arg(db.dbname, db.phaseLabel());
        if (db.phase == Phase::Data) {
            int copied = 0;
            for (const TableState& table : db.tables) {
                copied += table.copied ? 1 : 0;
            }
            const double rate = db.copySeconds > 0 ? double(db.bytesDone) / db.copySeconds : 0;
            line += QStringLiteral(" %1 of %2 tables, %3 streamed, %4 rows, %5/s")
                        .arg(copied)
                        .arg(db.tables.size())
                        .arg(bytes(db.bytesDone))
                        .arg(db.rowsDone)
                        .arg(bytes(qint64(rate)));
            // The stream's size only approximates the tables' size on disk: a rough ETA.
            if (rate > 0 && db.bytesTotal > db.bytesDone) {
                line += QStringLiteral(", about %1 s left")
                            .arg(qRound(double(db.bytesTotal - db.bytesDone) / rate));
            }
        }
        return line;
    }
    return QStringLiteral("working…");
}

} // namespace pgm
