#include "TableBatch.h"

#include "CopyStream.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "RowInserts.h"

#include <QCoreApplication>

namespace pgm {

namespace {

// The source's statements: its COPYs after a savepoint, so a failed batch leaves the snapshot's
// transaction usable. The savepoint is released only after the target committed.
QString sourceStatements(const QList<TableInfo>& tables, bool binary) {
    QString sql = QStringLiteral("SAVEPOINT pgmigrate_copy");
    for (const TableInfo& table : tables) {
        sql += QStringLiteral("; ") + copyOutStatement(table, binary);
    }
    return sql;
}

// The target's: one transaction, each table emptied as copyTable() empties it before its COPY.
QString targetStatements(const QList<TableInfo>& tables, bool binary) {
    QString sql = QStringLiteral("BEGIN");
    for (const TableInfo& table : tables) {
        sql += QStringLiteral("; DELETE FROM ONLY ") + table.qualified;
        if (table.extensionConfig && !table.filter.isEmpty()) {
            sql += QLatin1Char(' ') + table.filter; // the extension's own rows stay
        }
        sql += QStringLiteral("; ") + copyInStatement(table, binary, false);
    }
    return sql + QStringLiteral("; COMMIT");
}

// Reads `connection`'s results up to its next COPY in the `wanted` state. False, with
// *failure, on an error or when the statements ended first.
bool awaitCopy(PgConnection& connection, ExecStatusType wanted, QString* failure) {
    for (;;) {
        const PgResult result = connection.nextResult();
        if (!result.get()) {
            *failure = QStringLiteral("the statements ended before the next COPY");
            return false;
        }
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == wanted) {
            return true;
        }
        if (status != PGRES_COMMAND_OK) {
            *failure = resultError(connection, result.get());
            return false;
        }
    }
}

// Where a batch stands, for the cleanup after a failure.
struct BatchRun {
    PgConnection& source;
    PgConnection& target;
    bool targetInCopy = false; ///< a COPY FROM STDIN started and not ended
    QString failure;
    /// Every result of the source's statements read: nothing there to cancel (a cancel
    /// arriving late could end the ROLLBACK TO SAVEPOINT that follows).
    bool sourceDone = false;
};

// The end of a table's COPY on the source: its row count into *rows. False, with
// run->failure, when the source failed.
bool endSourceCopy(BatchRun* run, qint64* rows) {
    const PgResult copied = run->source.nextResult();
    if (!copied.get() || PQresultStatus(copied.get()) != PGRES_COMMAND_OK) {
        run->failure = resultError(run->source, copied.get());
        return false;
    }
    *rows = QByteArray(PQcmdTuples(copied.get())).toLongLong();
    return true;
}

// One table of the batch: both COPYs started, the rows passed, the source's row count read and
// the target's COPY ended. False, with run->failure, when something failed.
bool streamTable(BatchRun* run, CopyResult* result, CopyDigest* digest,
                 const std::atomic_bool* cancelled, const std::function<void(qint64)>& progress) {
    if (!awaitCopy(run->target, PGRES_COPY_IN, &run->failure)) {
        return false;
    }
    run->targetInCopy = true;
    if (!awaitCopy(run->source, PGRES_COPY_OUT, &run->failure)) {
        return false;
    }
    const PumpEnd end =
        pumpRows(run->source, run->target, digest, cancelled, progress, &result->bytes);
    if (!end.failure.isEmpty()) {
        run->failure = end.failure;
        return false;
    }
    if (!endSourceCopy(run, &result->rows)) {
        return false;
    }
    run->targetInCopy = false;
    if (!run->target.putCopyEnd(nullptr)) {
        run->failure = run->target.errorMessage();
        return false;
    }
    return true;
}

// Ends what a failed batch left running and rolls both sides back: nothing of it stays on the
// target, and the source's transaction is back at its savepoint.
void abandon(BatchRun& run) {
    if (!run.sourceDone) {
        run.source.cancel(); // it may still be sending the batch's rows
    }
    if (run.targetInCopy) {
        run.target.putCopyEnd("copy aborted");
    }
    QString ignored;
    QString state;
    drain(run.source, &ignored, &state, nullptr);
    drain(run.target, &ignored, &state, nullptr);
    PgResult none;
    run.target.tryExec(QStringLiteral("ROLLBACK"), {}, &none, &state, &ignored);
    run.source.tryExec(QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_copy"), {}, &none, &state,
                       &ignored);
}

// Runs `step` for each table in turn with its result (its rows digested into the digest given,
// null when not digested) and its progress, and appends the result to *results. False as
// soon as a step fails.
bool eachTable(const QList<TableInfo>& tables, bool binary, bool digest,
               const std::function<void(qsizetype, qint64)>& progress, QList<CopyResult>* results,
               const std::function<bool(qsizetype, CopyResult*, CopyDigest*,
                                        const std::function<void(qint64)>&)>& step) {
    for (qsizetype i = 0; i < tables.size(); ++i) {
        CopyResult result;
        result.usedBinary = binary;
        result.digested = digest && tables[i].digestable;
        CopyDigest rows(binary, tables[i].digestLetters);
        const auto tableProgress = [&](qint64 bytes) {
            if (progress) {
                progress(i, bytes);
            }
        };
        if (!step(i, &result, result.digested ? &rows : nullptr, tableProgress)) {
            return false;
        }
        result.digestRows = rows.rows();
        result.digest = rows.text();
        *results << result;
    }
    return true;
}

// Every table streamed, then the target's COMMIT and the savepoint's release. False, with
// run->failure, when anything failed before the target committed.
bool runBatch(BatchRun* run, const QList<TableInfo>& tables, bool binary, bool digest,
              const std::atomic_bool* cancelled,
              const std::function<void(qsizetype, qint64)>& progress, QList<CopyResult>* results) {
    if (!run->target.sendQuery(targetStatements(tables, binary)) ||
        !run->source.sendQuery(sourceStatements(tables, binary))) {
        run->failure = QStringLiteral("could not send the batch");
        return false;
    }
    const bool streamed =
        eachTable(tables, binary, digest, progress, results,
                  [&](qsizetype, CopyResult* result, CopyDigest* rows,
                      const std::function<void(qint64)>& tableProgress) {
                      return streamTable(run, result, rows, cancelled, tableProgress);
                  });
    if (!streamed) {
        return false;
    }
    QString state;
    if (!drain(run->target, &run->failure, &state, nullptr)) {
        return false; // the COMMIT did not happen
    }
    QString ignored;
    drain(run->source, &ignored, &state, nullptr); // nothing is left after the last COPY
    run->source.exec(QStringLiteral("RELEASE SAVEPOINT pgmigrate_copy"));
    return true;
}

// An INSERT's VALUES list ends past this size, and another begins.
constexpr qsizetype kInsertStatementBytes = qsizetype{256} << 10;

// One table of an INSERT batch: its text COPY read from the source, digested, and written to
// *script as `DELETE ...; INSERT ...;`. False, with run->failure, when something failed.
bool readTableAsInserts(BatchRun* run, const TableInfo& table, CopyResult* result,
                        CopyDigest* digest, InsertScript* script, const std::atomic_bool* cancelled,
                        const std::function<void(qint64)>& progress) {
    if (!awaitCopy(run->source, PGRES_COPY_OUT, &run->failure)) {
        return false;
    }
    QString empty = QStringLiteral("DELETE FROM ONLY ") + table.qualified;
    if (table.extensionConfig && !table.filter.isEmpty()) {
        empty += QLatin1Char(' ') + table.filter; // the extension's own rows stay
    }
    const QByteArray head = insertHead(table);
    QByteArray values;
    bool fits = script->add(empty.toUtf8());
    const auto flush = [&] {
        if (!values.isEmpty()) {
            fits = fits && script->add(head + values);
            values.clear();
        }
    };
    for (;;) {
        char* buffer = nullptr;
        const int length = run->source.getCopyData(&buffer);
        if (length < 0) {
            if (length == -2) {
                run->failure = run->source.errorMessage();
                return false;
            }
            break;
        }
        if (digest) {
            digest->add(buffer, length);
        }
        if (!values.isEmpty()) {
            values += ',';
        }
        const bool added = appendRowValues(&values, buffer, length, table.columns.size());
        PQfreemem(buffer);
        if (!added || !fits || (cancelled && cancelled->load())) {
            run->failure = !added ? QStringLiteral("a row of %1 has another number of columns")
                                        .arg(table.qualified)
                           : !fits ? QStringLiteral("too much text for INSERTs")
                                   : QStringLiteral("cancelled");
            return false;
        }
        result->bytes += length;
        if (values.size() >= kInsertStatementBytes) {
            flush();
        }
    }
    flush();
    if (!fits) {
        run->failure = QStringLiteral("too much text for INSERTs");
        return false;
    }
    if (!endSourceCopy(run, &result->rows)) {
        return false;
    }
    if (progress) {
        progress(result->bytes);
    }
    return true;
}

// Every table read from the source, then the whole batch's script in one round trip to the
// target, then the savepoint's release. False, with run->failure, when anything failed before
// the target committed.
bool runInsertBatch(BatchRun* run, const QList<TableInfo>& tables, bool digest,
                    const std::atomic_bool* cancelled,
                    const std::function<void(qsizetype, qint64)>& progress,
                    QList<CopyResult>* results) {
    if (!run->source.sendQuery(sourceStatements(tables, false))) {
        run->failure = QStringLiteral("could not send the batch");
        return false;
    }
    InsertScript script;
    script.add("BEGIN");
    const bool read = eachTable(tables, false, digest, progress, results,
                                [&](qsizetype i, CopyResult* result, CopyDigest* rows,
                                    const std::function<void(qint64)>& tableProgress) {
                                    return readTableAsInserts(run, tables[i], result, rows, &script,
                                                              cancelled, tableProgress);
                                });
    if (!read) {
        return false;
    }
    QString state;
    QString ignored;
    drain(run->source, &ignored, &state, nullptr); // nothing is left after the last COPY
    run->sourceDone = true;
    if (!script.add("COMMIT")) {
        run->failure = QStringLiteral("too much text for INSERTs");
        return false;
    }
    for (const QByteArray& piece : script.pieces()) {
        if (!run->target.sendQuery(piece) || !drain(run->target, &run->failure, &state, nullptr)) {
            if (run->failure.isEmpty()) {
                run->failure = run->target.errorMessage();
            }
            return false; // the COMMIT did not happen
        }
    }
    run->source.exec(QStringLiteral("RELEASE SAVEPOINT pgmigrate_copy"));
    return true;
}

} // namespace

QList<qsizetype> batchSizes(const QList<TableInfo>& tables,
                            const std::function<bool(const TableInfo&)>& batchable,
                            qsizetype maxTables, qint64 maxBytes) {
    QList<qsizetype> sizes;
    qsizetype batch = 0; // batchable tables in the open batch
    qint64 batchBytes = 0;
    const auto close = [&] {
        if (batch > 0) {
            sizes << batch;
            batch = 0;
            batchBytes = 0;
        }
    };
    for (const TableInfo& table : tables) {
        if (!batchable(table)) {
            close();
            sizes << 1;
            continue;
        }
        if (batch >= maxTables || (batch > 0 && batchBytes + table.bytes > maxBytes)) {
            close();
        }
        ++batch;
        batchBytes += table.bytes;
    }
    close();
    return sizes;
}

QList<QList<TableInfo>> groupIntoBatches(const QList<TableInfo>& tables,
                                         const std::function<bool(const TableInfo&)>& batchable,
                                         qsizetype maxTables, qint64 maxBytes) {
    QList<QList<TableInfo>> units;
    qsizetype first = 0;
    for (const qsizetype size : batchSizes(tables, batchable, maxTables, maxBytes)) {
        units << tables.mid(first, size);
        first += size;
    }
    return units;
}

std::optional<QList<CopyResult>>
copyTableBatch(PgConnection& source, PgConnection& target, const QList<TableInfo>& tables,
               BatchLoad load, bool digest, const std::atomic_bool* cancelled,
               const std::function<void(qsizetype, qint64)>& progress) {
    qCDebug(lcCopy, "copying %lld tables in one batch%s", static_cast<long long>(tables.size()),
            load == BatchLoad::Inserts ? " of INSERTs" : "");
    BatchRun run{source, target, false, {}, false};
    QList<CopyResult> results;
    const bool loaded = load == BatchLoad::Inserts
                            ? runInsertBatch(&run, tables, digest, cancelled, progress, &results)
                            : runBatch(&run, tables, load == BatchLoad::BinaryCopy, digest,
                                       cancelled, progress, &results);
    if (loaded) {
        return results;
    }
    abandon(run);
    if ((cancelled && cancelled->load()) || source.isCancelled() || target.isCancelled()) {
        throw PgError(PgError::Kind::Cancelled,
                      QCoreApplication::translate("Runner", "copy %1 tables").arg(tables.size()),
                      QStringLiteral("cancelled"));
    }
    qCDebug(lcCopy, "the batch%s failed (%s): its tables are copied one at a time",
            load == BatchLoad::Inserts ? " of INSERTs" : "", qUtf8Printable(run.failure));
    return std::nullopt;
}

QList<CopyDigest> digestTables(PgConnection& connection, const QList<TableInfo>& tables,
                               bool binary) {
    QStringList statements;
    for (const TableInfo& table : tables) {
        statements << copyOutStatement(table, binary);
    }
    QList<CopyDigest> digests;
    QString failure;
    if (!connection.sendQuery(statements.join(QStringLiteral("; ")))) {
        failure = connection.errorMessage();
    }
    qsizetype at = 0; // the table being read
    while (failure.isEmpty() && at < tables.size()) {
        CopyDigest digest(binary, tables[at].digestLetters);
        if (!awaitCopy(connection, PGRES_COPY_OUT, &failure)) {
            break;
        }
        failure = digestCopyOut(connection, &digest);
        if (!failure.isEmpty()) {
            break;
        }
        digests << digest;
        ++at;
    }
    endReadBack(connection,
                QCoreApplication::translate("Runner", "read back %1")
                    .arg(tables.value(std::min(at, tables.size() - 1)).qualified),
                failure);
    return digests;
}

} // namespace pgm
