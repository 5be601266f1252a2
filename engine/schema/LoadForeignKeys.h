#pragma once

#include <QSet>
#include <QStringList>

namespace pgm {

class PgConnection;

/// For a load into existing tables whose sessions may not turn foreign key checks off
/// (session_replication_role, as for quietUserTriggers()): drops on `target` each foreign key
/// the source (`source`, in the copy's snapshot) has too, from or to one of `tables` (quoted,
/// qualified names). Checked row by row they refused a table loaded before the one it points
/// at, which parallel copies cannot always avoid. The post-data restore makes them again from
/// the schema archive, as it makes whatever the target lacks, checking every row then; one a
/// kill left dropped is made by the resume the same way. Returns those it could not drop
/// ("table: name"; the target user does not own the table). Throws PgError when they cannot
/// be read.
QStringList dropForeignKeysForLoad(PgConnection& source, PgConnection& target,
                                   const QSet<QString>& tables);

} // namespace pgm
