#include "CopyStream.h"

#include "PgConnection.h"
#include "PgError.h"

namespace pgm {

namespace {
// Rows handed to the target at once (pumpRows).
constexpr int kPumpPiece = 64 * 1024;

/// The table and its column list: none for a table without columns (CREATE TABLE t (), or all
/// dropped), whose rows COPY still carries and which "t ()" would be a syntax error for.
QString tableWithColumns(const TableInfo& table) {
    return table.columns.isEmpty()
               ? table.qualified
               : table.qualified + QStringLiteral(" (") + table.columns.join(QStringLiteral(", ")) +
                     QLatin1Char(')');
}

} // namespace

QString copySource(const TableInfo& table) {
    return table.filter.isEmpty()
               ? tableWithColumns(table)
               : QString(QStringLiteral("(SELECT ") + table.columns.join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM ONLY ") + table.qualified + QLatin1Char(' ') +
                         table.filter + QLatin1Char(')'));
}

QString copyOutStatement(const TableInfo& table, bool binary) {
    return QStringLiteral("COPY ") + copySource(table) +
           QStringLiteral(" TO STDOUT WITH (FORMAT ") +
           (binary ? QStringLiteral("binary)") : QStringLiteral("text)"));
}

QString copyInStatement(const TableInfo& table, bool binary, bool freeze) {
    return QStringLiteral("COPY ") + tableWithColumns(table) +
           QStringLiteral(" FROM STDIN WITH (FORMAT ") +
           (binary ? QStringLiteral("binary") : QStringLiteral("text")) +
           (freeze ? QStringLiteral(", FREEZE)") : QStringLiteral(")"));
}

QString resultError(const PgConnection& connection, const PGresult* result) {
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return primary ? QString::fromUtf8(primary) : connection.errorMessage().trimmed();
}

QString resultState(const PGresult* result) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromUtf8(state) : QString();
}

bool drain(PgConnection& connection, QString* error, QString* sqlstate, qint64* rows) {
    bool ok = true;
    for (PgResult result = connection.nextResult(); result.get();
         result = connection.nextResult()) {
        PGresult* raw = result.get();
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COPY_OUT) {
            // The source still streams (the target failed and the source was cancelled, or
            // not yet): libpq answers COPY_OUT again and again until its rows are read, so
            // read and drop them up to the server's end of the COPY (the cancel's error).
            char* buffer = nullptr;
            while (connection.getCopyData(&buffer) > 0) {
                PQfreemem(buffer);
                buffer = nullptr;
            }
            continue;
        }
        if (status == PGRES_COPY_IN) {
            // A batch's next COPY FROM after a failure was noticed: it must end for the
            // results to.
            connection.putCopyEnd("copy aborted");
            continue;
        }
        if (status == PGRES_COMMAND_OK && rows) {
            *rows = QByteArray(PQcmdTuples(raw)).toLongLong();
        } else if (status == PGRES_FATAL_ERROR && ok) {
            ok = false;
            *error = resultError(connection, raw);
            *sqlstate = resultState(raw);
        }
    }
    return ok;
}

PumpEnd pumpRows(PgConnection& source, PgConnection& target, CopyDigest* digest,
                 const std::atomic_bool* cancelled, const std::function<void(qint64)>& progress,
                 qint64* bytes) {
    PumpEnd end;
    qint64 sinceReport = 0;
    // The source sends a row per CopyData message; the target's COPY reads a byte stream. Rows
    // go on in pieces of many rows: the target's backend, the copy's bottleneck, then parses
    // one message per piece instead of one per row, and the client calls libpq less.
    QByteArray piece;
    piece.reserve(kPumpPiece + (kPumpPiece >> 2));
    const auto flush = [&] {
        if (piece.isEmpty()) {
            return true;
        }
        const bool put = target.putCopyData(piece.constData(), int(piece.size()));
        piece.resize(0);
        return put;
    };
    for (;;) {
        char* buffer = nullptr;
        const int length = source.getCopyData(&buffer);
        if (length == -1) {
            break; // the source finished
        }
        if (length == -2) {
            end.failure = source.errorMessage();
            break;
        }
        if (digest) {
            digest->add(buffer, length);
        }
        bool put = true;
        if (length >= kPumpPiece) {
            put = flush() && target.putCopyData(buffer, length);
        } else {
            piece.append(buffer, length);
            if (piece.size() >= kPumpPiece) {
                put = flush();
            }
        }
        PQfreemem(buffer);
        if (!put) {
            end.failure = target.errorMessage();
            end.targetFailed = true;
            source.cancel();
            break;
        }
        *bytes += length;
        sinceReport += length;
        if (sinceReport >= (1 << 20)) {
            if (progress) {
                progress(sinceReport);
            }
            sinceReport = 0;
            if (cancelled && cancelled->load()) {
                end.failure = QStringLiteral("cancelled");
                source.cancel();
                break;
            }
        }
    }
    if (end.failure.isEmpty() && !flush()) {
        end.failure = target.errorMessage();
        end.targetFailed = true;
    }
    if (progress && sinceReport > 0) {
        progress(sinceReport);
    }
    return end;
}

QString digestCopyOut(PgConnection& connection, CopyDigest* digest) {
    for (;;) {
        char* buffer = nullptr;
        const int length = connection.getCopyData(&buffer);
        if (length == -1) {
            return {};
        }
        if (length == -2) {
            return connection.errorMessage();
        }
        digest->add(buffer, length);
        PQfreemem(buffer);
    }
}

void endReadBack(PgConnection& connection, const QString& step, const QString& failure) {
    QString error;
    QString state;
    const bool ok = drain(connection, &error, &state, nullptr);
    if (connection.isCancelled()) {
        throw PgError(PgError::Kind::Cancelled, step, QStringLiteral("cancelled"));
    }
    if (!ok || !failure.isEmpty()) {
        throw PgError(PgError::Kind::Query, step, ok ? failure : error, state);
    }
}

} // namespace pgm
