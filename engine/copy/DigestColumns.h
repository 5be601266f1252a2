#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace pgm {

/// How each column's value enters a row's digest (CopyDigest in the client, TargetDigest on the
/// target server), one letter per column in COPY order:
///
/// - `s` (sent): the column's binary send form, hashed and folded with the other `s` columns as
///   hash_record_extended() folds a record (14+). Any type; the bytes say everything.
/// - a typed letter: the server hashes the value with its type's own extended hash function,
///   the client the same from the value's COPY bytes, each column with its own seed, and the
///   typed columns' hashes are XORed with the folded record.
///
/// Why: the server calls a send function per column, allocates its result and forms and reads
/// a record per row; over pgbench's 5 M accounts that cost 2.2 s of one core on the target,
/// where the four typed hashes cost 0.6 s (PostgreSQL 15, this machine). Only types whose hash
/// tells every stored value apart are typed: a hash that maps two values to one (float's 0 and
/// -0, numeric's scale, an unpadded char's trailing spaces, int8's folding of its two halves,
/// which the `8` letter adds back) would hide a byte that differs, so those types stay `s`.
namespace digest_column {
constexpr char kSent = 's';
constexpr char kInt2 = '2';
constexpr char kInt4 = '4';
constexpr char kInt8 = '8';
constexpr char kBool = 'b';
constexpr char kText = 't';   ///< text or varchar: their bytes, whatever the collation
constexpr char kPadded = 'p'; ///< char(n): its bytes without the padding, and their length
constexpr char kUuid = 'u';
} // namespace digest_column

/// A row's hash from its columns' (typed XOR record), through one more hash before the rows
/// are summed: the record's fold (h * 31 + next) and the sum are both linear, so without it a
/// value swapped between two rows in a table of `s` columns would leave the sum as it was.
/// The server hashes the int8's decimal text (one call, the row's expression read once).
quint64 digestRowHash(quint64 row, quint64 seed);
/// The server's side of digestRowHash() over the row's int8 expression `row`.
QString digestRowExpression(const QString& row, quint64 seed);

/// SQL over `pg_attribute a` that gives a column's letter from its type (and char's length).
QString digestColumnSql();

/// The seed of a typed column's hash (and of an int8's high half, `high`): distinct for every
/// column, so two columns that hold the same value do not cancel each other out.
quint64 digestColumnSeed(quint64 seed, int column, bool high = false);

/// The hash the COPY bytes of typed column `column` get under the digest's `seed`, as the server
/// hashes the value (digestColumnExpression()); false when the bytes do not fit the type.
bool typedColumnHash(char letter, const char* data, int length, quint64 seed, int column,
                     quint64* hash);

/// The server's expression for the value `value` (a column, e.g. `t."name"`) of typed column
/// `column` under the digest's `seed`: 0 for NULL, as the client counts a NULL typed column.
/// Empty for `s`.
QString digestColumnExpression(char letter, const QString& value, int column, quint64 seed);

} // namespace pgm
