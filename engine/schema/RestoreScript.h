#pragma once

#include <QByteArrayList>
#include <QString>
#include <optional>

namespace pgm {

// pg_restore run against the target sends each archive entry as its own statement and waits for
// it: about three round trips per table. Against a target 2.5 ms away, the pre-data of 5 000
// tables took 28 to 30 s that way, and no server work explains it. pg_restore can also write the
// same SQL as text (--file); sent through libpq in pieces of many entries, a piece costs one
// round trip. This splits that text.

/// Splits `script`, pg_restore's text output, into pieces of at least `pieceBytes` (the last
/// may be shorter) that end where a comment follows a blank line (pg_restore's entry headers)
/// after a statement's semicolon, outside any string, quoted name, dollar-quoted body or comment: a
/// piece holds whole statements (an SQL-standard function body's inner semicolons included).
/// pg_restore's \restrict and \unrestrict lines are left out (they only matter to psql). Returns
/// nothing, with *refused naming it, when the script holds any other psql meta-command: such a
/// script is for pg_restore itself to run.
std::optional<QByteArrayList> splitRestoreScript(const QByteArray& script, qsizetype pieceBytes,
                                                 QString* refused);

} // namespace pgm
