#pragma once

#include <QtGlobal>

namespace pgm {

/// The 64-bit hash a little-endian PostgreSQL server gives a string of bytes (its
/// hash_bytes_extended: Bob Jenkins' lookup3, both final words), so that a digest taken in the
/// client as rows stream from the source can be compared with one the target server computes
/// over its own rows, with nothing read back (see TargetDigest.h). A seed of 0 means none.
quint64 pgHashBytes(const char* data, qsizetype length, quint64 seed);

/// The 64-bit hash such a server gives one 32-bit value (its hash_bytes_uint32_extended, behind
/// hashint4extended() and the other integer types' hashes). It does not depend on byte order.
quint64 pgHashUint32(quint32 value, quint64 seed);

/// A row's hash from its columns' hashes, as hash_record_extended() folds them (14+): a NULL
/// column counts as 0.
constexpr quint64 pgFoldColumn(quint64 row, quint64 column) {
    return row * 31 + column;
}

} // namespace pgm
