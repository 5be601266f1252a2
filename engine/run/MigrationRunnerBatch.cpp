// Small new tables copied many at a time (TableBatch), their digests read back and their
// statistics taken a batch at a time too.
#include "Logging.h"
#include "MigrationRunner.h"
#include "PgConnection.h"
#include "TableBatch.h"
#include "TableCatalog.h"
#include "TableCopy.h"

#include <algorithm>

namespace pgm {

void MigrationRunner::copyTableBatch(DatabaseState& db, PgConnection& source, PgConnection& target,
                                     const QList<TableInfo>& batch,
                                     const QHash<QString, qsizetype>& entries,
                                     const std::function<CopyOptions(const TableInfo&)>& optionsFor,
                                     bool digest, const QElapsedTimer& timer) {
    QElapsedTimer stepTimer;
    stepTimer.start();
    QList<qsizetype> indexes;
    for (const TableInfo& table : batch) {
        indexes << entries.value(table.qualified, -1);
    }
    const bool inserts = std::all_of(batch.cbegin(), batch.cend(), [&](const TableInfo& table) {
        return optionsFor(table).insertable;
    });
    const bool binary = std::all_of(batch.cbegin(), batch.cend(), [&](const TableInfo& table) {
        return optionsFor(table).binary;
    });
    const BatchLoad load = inserts  ? BatchLoad::Inserts
                           : binary ? BatchLoad::BinaryCopy
                                    : BatchLoad::TextCopy;
    QList<qint64> reported(batch.size(), 0); // taken back if the batch fails
    const std::optional<QList<CopyResult>> results = pgm::copyTableBatch(
        source, target, batch, load, digest, m_cancelled, [&](qsizetype i, qint64 bytes) {
            {
                std::lock_guard lock(m_mutex);
                reported[i] += bytes;
                db.bytesDone += bytes;
                db.copySeconds = double(timer.elapsed()) / 1000.0;
                if (indexes[i] >= 0) {
                    db.tables[indexes[i]].bytesStreamed += bytes;
                }
                recordLagSample(m_state);
            }
            notifyProgress();
        });
    if (!results) {
        // Nothing of it was committed: one at a time, each table's own error (or a type
        // without binary I/O, retried in text) comes out. What the batch streamed is streamed
        // again, so its progress is taken back first.
        unreport(db, indexes, reported);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            copyOneTable(db, source, target, batch[i], indexes[i], optionsFor(batch[i]), timer);
        }
        return;
    }
    const qint64 copiedMs = stepTimer.restart();
    // Read back after the commit, in one round trip, as copyOneTable() reads one table.
    QList<TableInfo> digested;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if ((*results)[i].digested) {
            digested << batch[i];
        }
    }
    const QList<CopyDigest> back =
        digested.isEmpty() ? QList<CopyDigest>()
                           : digestTables(target, digested, results->first().usedBinary);
    const qint64 readBackMs = stepTimer.restart();
    QStringList analyze;
    for (const TableInfo& table : batch) {
        if (m_request.analyze && table.analyzableAlone) {
            analyze << QStringLiteral("ANALYZE ") + table.qualified; // small: no VACUUM
        }
    }
    if (!analyze.isEmpty()) {
        target.execScript(analyze.join(QStringLiteral("; ")),
                          QStringLiteral("analyze %1").arg(batch.first().qualified));
    }
    qCDebug(lcCopy, "%lld tables copied in %lld ms, read back in %lld ms, analyzed in %lld ms",
            static_cast<long long>(batch.size()), copiedMs, readBackMs, stepTimer.elapsed());
    recordBatch(db, batch, indexes, *results, back, !analyze.isEmpty(), timer);
}

void MigrationRunner::unreport(DatabaseState& db, const QList<qsizetype>& indexes,
                               const QList<qint64>& reported) {
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            db.bytesDone -= reported[i];
            if (indexes[i] >= 0) {
                db.tables[indexes[i]].bytesStreamed -= reported[i];
            }
        }
    }
    notifyProgress();
}

void MigrationRunner::recordBatch(DatabaseState& db, const QList<TableInfo>& batch,
                                  const QList<qsizetype>& indexes, const QList<CopyResult>& results,
                                  const QList<CopyDigest>& back, bool analyzed,
                                  const QElapsedTimer& timer) {
    std::lock_guard lock(m_mutex);
    qsizetype nextBack = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const TableInfo& table = batch[i];
        if (results[i].digested) {
            m_verifiedWhileCopying[db.dbname].insert(
                table.qualified, compareDigests(table, results[i], back[nextBack++]));
        }
        if (analyzed && m_request.analyze && table.analyzableAlone) {
            m_analyzedWhileCopying[db.dbname].insert(table.qualified);
        }
        db.rowsDone += results[i].rows;
        if (indexes[i] >= 0) {
            db.tables[indexes[i]].rows = results[i].rows;
            db.tables[indexes[i]].copied = true;
        }
    }
    db.copySeconds = double(timer.elapsed()) / 1000.0;
}

} // namespace pgm
