#pragma once

#include "CopyDigest.h"
#include "TableCatalog.h"

#include <QString>
#include <atomic>
#include <functional>
#include <libpq-fe.h>

namespace pgm {

class PgConnection;

// The pieces of a COPY from the source into the target that a single table's copy (TableCopy)
// and a batch of small tables (TableBatch) share.

/// What COPY TO reads: the table's columns, or for an extension's configuration table only the
/// user's rows, selected by its filter.
QString copySource(const TableInfo& table);

/// `COPY <source> TO STDOUT` and `COPY <table> FROM STDIN` in `binary` or text format.
QString copyOutStatement(const TableInfo& table, bool binary);
QString copyInStatement(const TableInfo& table, bool binary, bool freeze);

/// Reads every remaining result of a connection; returns false with the first error, if any.
/// A COPY's row count goes to *rows when given.
bool drain(PgConnection& connection, QString* error, QString* sqlstate, qint64* rows);

/// A failed result's message and SQLSTATE.
QString resultError(const PgConnection& connection, const PGresult* result);
QString resultState(const PGresult* result);

/// How the rows' flow from source to target stopped: failure is empty when the source finished.
struct PumpEnd {
    QString failure;
    bool targetFailed = false;
};

/// Passes the source's COPY data to the target until the source ends, either side fails or the
/// copy is cancelled (failure "cancelled"); adds the bytes to *bytes and reports them, a
/// megabyte at a time and at the end, to `progress`.
PumpEnd pumpRows(PgConnection& source, PgConnection& target, CopyDigest* digest,
                 const std::atomic_bool* cancelled, const std::function<void(qint64)>& progress,
                 qint64* bytes);

/// Digests the rows of the COPY TO STDOUT in progress on `connection` until it ends. Returns
/// libpq's message when the stream broke off, else an empty string.
QString digestCopyOut(PgConnection& connection, CopyDigest* digest);

/// Ends a read-back: reads the connection's remaining results, then throws PgError for `step`
/// when the connection was cancelled (Cancelled), or with `failure` (the stream's, when not
/// empty) or the server's error. Returns when the read-back ended well.
void endReadBack(PgConnection& connection, const QString& step, const QString& failure);

} // namespace pgm
