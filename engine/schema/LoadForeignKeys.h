#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

/// What dropForeignKeysForLoad() did, each key as "table: name".
struct DroppedForeignKeys {
    QStringList dropped;
    QStringList kept; ///< the target user does not own the table: their checks fire
};

/// For a load into existing tables whose sessions may not turn foreign key checks off
/// (session_replication_role, as for quietUserTriggers()): drops on `target` each foreign key
/// that the source (`source`, in the copy's snapshot) has too. Checked row by row they refused
/// a table loaded before the one it points at, which parallel copies cannot always avoid. The
/// post-data restore makes them again from the schema archive, as it makes whatever the target
/// lacks, checking every row then; one a kill left dropped is made by the resume the same way.
/// All of them, not only the loaded tables': a partitioned table's key is its parent's, and
/// the load names partitions. Those of an extension's tables stay (pg_dump leaves them to
/// CREATE EXTENSION: no restore would make them again). Throws PgError when they cannot be
/// read.
DroppedForeignKeys dropForeignKeysForLoad(PgConnection& source, PgConnection& target);

} // namespace pgm
