#pragma once

#include <QtGlobal>

namespace pgm {

/// The 64-bit hash a little-endian PostgreSQL server gives a string of bytes (its
/// hash_bytes_extended: Bob Jenkins' lookup3, both final words), so that a digest taken in the
/// client as rows stream from the source can be compared with one the target server computes
/// over its own rows, with nothing read back (see TargetDigest.h). A seed of 0 means none.
quint64 pgHashBytes(const char* data, qsizetype length, quint64 seed);

/// A row's hash from its columns' hashes, as hash_record_extended() folds them (14+): a NULL
/// column counts as 0.
constexpr quint64 pgFoldColumn(quint64 row, quint64 column) {
    return row * 31 + column;
}

} // namespace pgm
