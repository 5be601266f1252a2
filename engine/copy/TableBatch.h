#pragma once

#include "CopyDigest.h"
#include "TableCopy.h"

#include <QList>
#include <atomic>
#include <functional>
#include <optional>

namespace pgm {

class PgConnection;

// Small tables new in this run are copied many at a time: one query string on each side and one
// transaction on the target for the whole batch. A table copied alone waits for about ten
// answers (savepoint, BEGIN, DELETE, both COPYs, their ends, COMMIT, release, read-back,
// ANALYZE); in a batch the only wait per table is the target's for its COPY to start. Against a
// target 2.5 ms away, 5,000 tables of 20 rows took 87 s to copy one at a time.

/// How many tables each unit of groupIntoBatches holds, in order (units are runs of `tables`).
QList<qsizetype> batchSizes(const QList<TableInfo>& tables,
                            const std::function<bool(const TableInfo&)>& batchable,
                            qsizetype maxTables, qint64 maxBytes);

/// Splits `tables` (in their order) into units of work: each table for which `batchable` is
/// false alone, and runs of batchable ones in batches of at most `maxTables` tables and
/// `maxBytes` bytes on disk.
QList<QList<TableInfo>> groupIntoBatches(const QList<TableInfo>& tables,
                                         const std::function<bool(const TableInfo&)>& batchable,
                                         qsizetype maxTables, qint64 maxBytes);

/// How a batch's rows reach the target.
enum class BatchLoad {
    BinaryCopy, ///< COPY FROM STDIN in binary, a round trip for each table to start
    TextCopy,   ///< the same in text (types without binary I/O, or between majors)
    Inserts,    ///< INSERT statements from the source's text COPY, the batch in one round trip
};

/// Copies `tables` in one go: on the source (inside its snapshot) `SAVEPOINT; COPY a TO STDOUT;
/// COPY b TO STDOUT; ...`, on the target `BEGIN; DELETE FROM ONLY a; COPY a FROM STDIN; ...;
/// COMMIT` (or, for BatchLoad::Inserts, `INSERT INTO a ... VALUES ...` in place of each COPY,
/// sent once every table is read, and digested as text). Every table is emptied first (rows a
/// killed run committed) and none is frozen (they are small: see kSmallTableBytes). A table's rows
/// are digested as they stream when `digest` is set and the table is digestable. `progress`
/// receives a table's index and its bytes.
///
/// Returns the tables' results in their order; or nothing when the batch failed, and then
/// nothing of it is committed and both sessions are back where they were (the source's
/// transaction at its savepoint): the caller copies the tables one at a time, which retries a
/// type without binary I/O in text and names the table that fails. Throws PgError (Cancelled)
/// when the copy is cancelled.
std::optional<QList<CopyResult>>
copyTableBatch(PgConnection& source, PgConnection& target, const QList<TableInfo>& tables,
               BatchLoad load, bool digest, const std::atomic_bool* cancelled,
               const std::function<void(qsizetype, qint64)>& progress);

/// Reads `tables` back from `connection` in one query string, each digested as digestTable()
/// does. Throws PgError.
QList<CopyDigest> digestTables(PgConnection& connection, const QList<TableInfo>& tables,
                               bool binary);

} // namespace pgm
