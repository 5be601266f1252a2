#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <utility>

namespace pgm {

/// An order-independent digest of the rows of a `COPY ... TO STDOUT` stream, taken in the client
/// as the rows pass: the sum of a 64-bit hash of each row, and the row count. The server sends
/// one CopyData message per row, so each message fed to add() is one row (the binary format's
/// header, before the first row, and its trailer are left out).
///
/// A binary row hashes as a PostgreSQL server hashes it with the table's digest letters
/// (DigestColumns.h) and seed(): each typed column's value with its type's hash, XORed with
/// hash_record_extended() (14+) of `ROW(send(c1), send(c2), ...)` over the other columns, which
/// hashes each one's bytes with PostgreSQL's own hash, folded in order. So the target server
/// can digest the rows it holds the same way (TargetDigest.h) instead of sending them back.
/// Without letters every column folds into the record. A text row hashes whole. Digests compare
/// only for the same format from the same major version, and only within one process (the seed is
/// drawn at start): a binary row embeds the type oid of an array's elements or a record's fields,
/// so a table holding such values is compared on the servers.
class CopyDigest {
public:
    /// `letters`: one per column in COPY order (TableInfo::digestLetters), or none.
    explicit CopyDigest(bool binary, QByteArray letters = {})
        : m_binary(binary)
        , m_letters(std::move(letters)) {}

    /// A digest a server computed: `rows` rows whose hashes sum to `sum` (modulo 2^64).
    static CopyDigest ofSum(qint64 rows, quint64 sum);

    /// This process's seed, never 0 (PostgreSQL's "no seed").
    static quint64 seed();

    /// One CopyData message.
    void add(const char* data, int length);

    /// Adds another digest's rows: a table read in parts digests as the sum of its parts.
    void merge(const CopyDigest& other) {
        m_rows += other.m_rows;
        m_sum += other.m_sum;
    }

    qint64 rows() const { return m_rows; }
    /// The sum of the row hashes modulo 2^64, as an unsigned decimal.
    QString text() const;

private:
    bool m_binary;
    QByteArray m_letters;
    bool m_headerSeen = false;
    qint64 m_rows = 0;
    quint64 m_sum = 0;
};

} // namespace pgm
