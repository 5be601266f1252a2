#pragma once

#include "CopyDigest.h"
#include "TableCatalog.h"

#include <optional>

namespace pgm {

class PgConnection;

/// The digest of a table's rows as the target server computes it (PostgreSQL 14 and later):
/// each typed column's value with its type's hash XORed with hash_record_extended() over the
/// other columns' binary send forms, summed; which is what CopyDigest computes in
/// the client over the same rows in binary COPY format (DigestColumns.h). The server still
/// reads every row it holds, so this verifies what the target stored; but only two numbers
/// travel back, where a read-back sent every row to the client to hash (on two cores here it
/// took 2.7 to 3.0 s for pgbench's 5 M accounts, the record of send forms 1.1 to 1.7 s).
///
/// Nothing (nullopt) when the server cannot: before 14, a column whose letter differs on the target
/// (another type, a text in another encoding than the session's) or
/// whose type's send function is not pg_catalog's, a server whose hash differs from this client's
/// (a big-endian one: a probe tells), a table without columns, or a failed query: the caller then
/// reads the rows back. Throws PgError only when cancelled.
///
/// With `oneProcess` the server reads the table without parallel workers: when the table's
/// primary key is built beside (two cores here: 2.8 s for both against 3.3 s with workers).
std::optional<CopyDigest> digestOnTarget(PgConnection& target, const TableInfo& table,
                                         bool oneProcess = false);

} // namespace pgm
