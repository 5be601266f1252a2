#pragma once

#include "TableCatalog.h"

#include <QByteArray>
#include <QByteArrayList>
#include <chrono>

namespace pgm {

class PgConnection;

// A COPY FROM STDIN cannot take its rows before the server answered that it started: libpq
// waits a round trip for each table. In a batch of small tables against a distant target
// that wait is the copy's time (6.3 s of 13 s for 5,000 tables 2.5 ms away). INSERT
// statements need no answer before the next, so a batch's rows go as one script: the
// source's text COPY turned into VALUES lists of string literals, which the target reads
// with each column type's input function, as a text COPY would.

/// `INSERT INTO table (columns) OVERRIDING SYSTEM VALUE VALUES ` (identity columns take the
/// source's values, as COPY writes them).
QByteArray insertHead(const TableInfo& table);

/// Appends one row of a text COPY TO STDOUT (one CopyData message, its newline included) to
/// `values` as `(E'...',NULL,...)`. False, appending nothing, when the row does not have
/// `columns` fields.
bool appendRowValues(QByteArray* values, const char* row, int length, qsizetype columns);

/// A batch's statements in pieces, each sent as one query string: the server parses a string
/// whole (every VALUES list in it) before it runs any of it, so a piece stays near 4 MB. At
/// most 32 MB in all: the client holds them until the last table is read, and a table small on
/// disk may hold much more text (TOAST compresses), which COPY then takes instead.
class InsertScript {
public:
    /// Appends one statement (no semicolon). False, appending nothing, past the limit.
    bool add(const QByteArray& statement);
    const QByteArrayList& pieces() const { return m_pieces; }

private:
    QByteArrayList m_pieces;
    qsizetype m_bytes = 0;
};

/// Tables up to this size go as INSERTs to a target `roundTrip` away: parsing a VALUES list
/// costs about 30 ms per MB more than a COPY here, a round trip saved per table pays for that
/// up to about 32 kB per millisecond.
qint64 insertTableBytes(std::chrono::microseconds roundTrip);

/// The shortest of three trivial statements' times on `connection`. Throws PgError.
std::chrono::microseconds measureRoundTrip(PgConnection& connection);

} // namespace pgm
