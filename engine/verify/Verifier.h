#pragma once

#include "ReadBackParts.h"
#include "TableCatalog.h"

#include <QList>
#include <QString>

namespace pgm {

class PgConnection;
struct CopyResult;

/// One table compared on both sides.
struct TableComparison {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QString sourceChecksum;
    QString targetChecksum;
    QString error;
    bool matches() const {
        return error.isEmpty() && sourceRows == targetRows && sourceChecksum == targetChecksum;
    }
    QString describe() const;
};

/// The SQL computing a table's row count and an order-independent checksum: the sum of a
/// 64-bit hash of each row (hashtextextended, or a slice of md5 before PostgreSQL 11), over
/// every column by name (generated ones included). With `fastHash` and `typed`, the columns
/// TableInfo::checksumLetters types are hashed by their types' own hash functions, the others
/// by their text (DigestColumns.h). With `asUtf8`, every row's text is hashed as its UTF-8 bytes
/// (for two databases of different encodings), never by type.
QString checksumQuery(const TableInfo& table, bool fastHash, bool typed = true,
                      bool asUtf8 = false);

/// Compares one table, running the query on both servers at once. The source connection must
/// be inside the copy's snapshot; both must have pinTextOutput() applied. A checksum by type
/// that fails on either server (a column typed otherwise there) is taken again by text.
TableComparison compareTable(PgConnection& source, PgConnection& target, const TableInfo& table);

/// Compares a table copied with a digest (CopyOptions::digest) with `back`, the digest of the
/// rows read back from the target.
TableComparison compareDigests(const TableInfo& table, const CopyResult& copied,
                               const CopyDigest& back);

/// Compares a table copied with a digest (CopyOptions::digest) with the rows the target holds
/// (a connection that sees the copy's commit): digested by the target server itself where it
/// can (digestOnTarget: binary COPY, PostgreSQL 14+), otherwise, and to confirm a difference,
/// read back in the same format and digested alike in the client. Row counts and digests must
/// match. With extra `sessions` a large table is read back in parts at once
/// (digestTableInParts).
TableComparison compareReadBack(PgConnection& target, const TableInfo& table,
                                const CopyResult& copied, const ReadBackSessions& sessions = {});

/// Compares sequence values; returns one line per difference. With `behind`, a target value
/// behind the source's is reported there instead (a live source moved on after the snapshot:
/// the cut-over copies the values again); without it every difference counts.
QStringList compareSequences(PgConnection& source, PgConnection& target,
                             QStringList* behind = nullptr);

/// Compares large objects (ids and md5 of contents); returns one line per difference.
QStringList compareLargeObjects(PgConnection& source, PgConnection& target);

} // namespace pgm
