#pragma once

#include <QString>
#include <QtGlobal>

namespace pgm {

/// An order-independent digest of the rows of a `COPY ... TO STDOUT` stream, taken in the client
/// as the rows pass: the sum of a 64-bit hash of each row's bytes, and the row count. The server
/// sends one CopyData message per row, so each message fed to add() is one row (the binary
/// format's header, before the first row, and its trailer are left out).
///
/// Two digests compare only within one process (the hash is Qt's seeded hash), and only for the
/// same format from the same major version: a binary row embeds the type oid of an array's
/// elements or a record's fields, so a table holding such values is compared on the servers.
class CopyDigest {
public:
    explicit CopyDigest(bool binary)
        : m_binary(binary) {}

    /// One CopyData message.
    void add(const char* data, int length);

    /// Adds another digest's rows: a table read in parts digests as the sum of its parts.
    void merge(const CopyDigest& other) {
        m_rows += other.m_rows;
        m_sum += other.m_sum;
    }

    qint64 rows() const { return m_rows; }
    /// The sum of the row hashes, as text.
    QString text() const;

private:
    bool m_binary;
    bool m_headerSeen = false;
    qint64 m_rows = 0;
    quint64 m_sum = 0;
};

} // namespace pgm
