#pragma once

#include "CopyDigest.h"
#include "TableCatalog.h"

#include <atomic>
#include <functional>

namespace pgm {

class PgConnection;

struct CopyResult {
    qint64 rows = 0;
    qint64 bytes = 0; ///< bytes streamed
    bool usedBinary = false;
    bool frozen = false; ///< loaded with COPY FREEZE (on 14+ that also set the visibility map)
    /// The rows' digest as they streamed (CopyDigest), when the options asked for it.
    bool digested = false;
    qint64 digestRows = 0;
    QString digest;
};

/// How to load one table.
struct CopyOptions {
    bool binary = true;        ///< both servers share a major version: binary COPY is faster
    bool truncateFirst = true; ///< TRUNCATE + COPY FREEZE in one transaction (fresh tables)
    bool deleteFirst = false;  ///< DELETE every row first (a table foreign keys may point at)
    /// Digest the rows in the client as they stream (for a table whose bytes compare across
    /// clusters: TableInfo::digestable), so verification need not scan the source again.
    bool digest = false;
    /// The table is new in this run (its schema restored by it, no index yet): its primary key
    /// may be built right after its load (EarlyPrimaryKey).
    bool earlyKey = false;
    /// Small enough to go to a distant target as INSERT statements in a batch (RowInserts).
    bool insertable = false;
    /// The target user is neither a superuser nor BYPASSRLS, and the table exists already: a
    /// table with FORCE ROW LEVEL SECURITY on the source (and its policies, on the target
    /// already) refuses its owner's COPY FROM, and a DELETE empties only what they show. The
    /// load then lifts FORCE and sets it again inside its own transaction (on a target table
    /// that lacked it too, as the source has it).
    bool liftForcedRowSecurity = false;
};

/// Makes a target session load without firing triggers or foreign key checks
/// (session_replication_role = replica): directly (superuser, or GRANT SET ON PARAMETER on 15+)
/// or through aiven_extras. Returns false when neither is allowed.
bool disableTriggersForLoad(PgConnection& target);

/// Whether disableTriggersForLoad() would succeed on `target`'s sessions, tried in a
/// transaction rolled back (the setting goes with it). `target` is in none.
bool maySetReplicaRole(PgConnection& target);

/// Streams one table from the source (whose connection is inside the copy's snapshot) straight
/// into the target: COPY TO STDOUT into COPY FROM STDIN, no files. When binary COPY is refused
/// (a type without binary I/O) the table is reloaded in text. `progress` receives bytes as they
/// pass. Throws PgError; on cancellation the statements in flight are cancelled.
CopyResult copyTable(PgConnection& source, PgConnection& target, const TableInfo& table,
                     const CopyOptions& options, const std::atomic_bool* cancelled,
                     const std::function<void(qint64)>& progress);

/// Streams the table's rows out of `connection` (as copyTable() reads them from the source, in
/// the same format) and digests them in the client: the other side of a CopyResult's digest.
/// With `where` (a condition on the table's own rows, never set for a table with a filter) only
/// the rows it selects are read. Throws PgError.
CopyDigest digestTable(PgConnection& connection, const TableInfo& table, bool binary,
                       const QString& where = {});

} // namespace pgm
