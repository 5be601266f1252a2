#include "TableCopy.h"

#include "CopyStream.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace pgm {

namespace {

struct Stream {
    qint64 rows = 0;
    qint64 bytes = 0;
};

// Starts COPY FROM STDIN on the target, then COPY TO STDOUT on the source (ending the target's
// if the source refuses).
void startCopy(PgConnection& source, PgConnection& target, const TableInfo& table, bool binary,
               bool freeze, const QString& step) {
    target.exec(copyInStatement(table, binary, freeze), {}, step);
    try {
        source.exec(copyOutStatement(table, binary), {}, step);
    } catch (const PgError&) {
        target.putCopyEnd("source refused the copy");
        QString ignored;
        QString state;
        drain(target, &ignored, &state, nullptr);
        throw;
    }
}

// Ends the COPY on both sides (the row count from the source into *done) and throws the error
// that explains a failure best.
void finishCopy(PgConnection& source, PgConnection& target, const QString& step, const PumpEnd& end,
                Stream* done) {
    QString sourceError;
    QString sourceState;
    const bool sourceOk = drain(source, &sourceError, &sourceState, &done->rows);
    target.putCopyEnd(end.failure.isEmpty() && sourceOk ? nullptr : "copy aborted");
    QString targetError;
    QString targetState;
    const bool targetOk = drain(target, &targetError, &targetState, nullptr);
    const bool ok = sourceOk && targetOk && end.failure.isEmpty();
    if (end.failure == QLatin1String("cancelled") ||
        (!ok && (source.isCancelled() || target.isCancelled()))) {
        throw PgError(PgError::Kind::Cancelled, step, QStringLiteral("cancelled"));
    }
    if (end.targetFailed) {
        // The source's error is then our own cancel: the target's is the one to report.
        throw PgError(PgError::Kind::Query,
                      step + QCoreApplication::translate("Runner", " (writing the target)"),
                      targetOk ? end.failure : targetError, targetState);
    }
    if (!sourceOk) {
        throw PgError(PgError::Kind::Query,
                      step + QCoreApplication::translate("Runner", " (reading the source)"),
                      sourceError, sourceState);
    }
    if (!targetOk) {
        throw PgError(PgError::Kind::Query,
                      step + QCoreApplication::translate("Runner", " (writing the target)"),
                      targetError, targetState);
    }
    if (!end.failure.isEmpty()) {
        throw PgError(PgError::Kind::Query, step, end.failure);
    }
}

Stream stream(PgConnection& source, PgConnection& target, const TableInfo& table, bool binary,
              bool freeze, CopyDigest* digest, const std::atomic_bool* cancelled,
              const std::function<void(qint64)>& progress) {
    const QString step = QCoreApplication::translate("Runner", "copy %1").arg(table.qualified);
    startCopy(source, target, table, binary, freeze, step);
    Stream done;
    const PumpEnd end = pumpRows(source, target, digest, cancelled, progress, &done.bytes);
    finishCopy(source, target, step, end, &done);
    return done;
}

/// The ways a session turns its triggers off, tried in order: directly, then through
/// aiven_extras.
const QStringList& replicaRoleStatements() {
    static const QStringList statements = {
        QStringLiteral("SET session_replication_role = replica"),
        QStringLiteral("SELECT aiven_extras.session_replication_role('replica')")};
    return statements;
}

// Empties the table in the loading transaction, as `options` say.
void emptyForLoad(PgConnection& target, const TableInfo& table, const CopyOptions& options) {
    if (table.extensionConfig) {
        // The extension's own rows stay; the user's rows are replaced, never duplicated.
        target.exec(QStringLiteral("DELETE FROM ONLY ") + table.qualified + QLatin1Char(' ') +
                    (table.filter.isEmpty() ? QString() : table.filter));
    } else if (options.deleteFirst) {
        target.exec(QStringLiteral("DELETE FROM ONLY ") + table.qualified);
    } else if (options.truncateFirst) {
        // Truncating in the loading transaction makes COPY FREEZE possible (no later vacuum
        // pass) and makes a retried table start from empty: never duplicated rows.
        target.exec(QStringLiteral("TRUNCATE ONLY ") + table.qualified);
    }
}

// CopyOptions::liftForcedRowSecurity's statements.
void forceRowSecurity(PgConnection& target, const TableInfo& table, bool force) {
    target.exec(QStringLiteral("ALTER TABLE ONLY ") + table.qualified +
                    (force ? QStringLiteral(" FORCE") : QStringLiteral(" NO FORCE")) +
                    QStringLiteral(" ROW LEVEL SECURITY"),
                {}, QCoreApplication::translate("Runner", "copy %1").arg(table.qualified));
}

} // namespace

bool disableTriggersForLoad(PgConnection& target) {
    for (const QString& statement : replicaRoleStatements()) {
        PgResult ignored;
        QString state;
        QString message;
        if (target.tryExec(statement, {}, &ignored, &state, &message)) {
            return true;
        }
    }
    return false;
}

bool maySetReplicaRole(PgConnection& target) {
    // A setting made in a transaction that rolls back goes with it.
    for (const QString& statement : replicaRoleStatements()) {
        PgResult ignored;
        QString state;
        QString message;
        target.exec(QStringLiteral("BEGIN"));
        const bool allowed = target.tryExec(statement, {}, &ignored, &state, &message);
        target.exec(QStringLiteral("ROLLBACK"));
        if (allowed) {
            return true;
        }
    }
    return false;
}

CopyResult copyTable(PgConnection& source, PgConnection& target, const TableInfo& table,
                     const CopyOptions& options, const std::atomic_bool* cancelled,
                     const std::function<void(qint64)>& progress) {
    qCDebug(lcCopy, "copying %s", qUtf8Printable(table.qualified));
    // What the current attempt reported, taken back if it is retried in text: progress counts
    // each byte once, not once per attempt.
    qint64 reported = 0;
    const std::function<void(qint64)> counted = [&](qint64 bytes) {
        reported += bytes;
        if (progress) {
            progress(bytes);
        }
    };
    const auto attempt = [&](bool binary) {
        reported = 0;
        // The source side runs in a subtransaction so a refused binary COPY can be retried
        // without losing the snapshot.
        source.exec(QStringLiteral("SAVEPOINT pgmigrate_copy"));
        target.exec(QStringLiteral("BEGIN"));
        const bool freeze = options.truncateFirst && !options.deleteFirst && !table.extensionConfig;
        // Never committed without FORCE: the transaction sets it again or rolls back. Lifted
        // before the table is emptied: a DELETE, unlike TRUNCATE, obeys the policies.
        const bool unforce = options.liftForcedRowSecurity && table.forcedRowSecurity;
        try {
            if (unforce) {
                forceRowSecurity(target, table, false);
            }
            emptyForLoad(target, table, options);
            CopyDigest digest(binary, table.digestLetters);
            const Stream done = stream(source, target, table, binary, freeze,
                                       options.digest ? &digest : nullptr, cancelled, counted);
            if (unforce) {
                forceRowSecurity(target, table, true);
            }
            target.exec(QStringLiteral("COMMIT"));
            source.exec(QStringLiteral("RELEASE SAVEPOINT pgmigrate_copy"));
            CopyResult result;
            result.rows = done.rows;
            result.bytes = done.bytes;
            result.usedBinary = binary;
            result.frozen = freeze;
            result.digested = options.digest;
            result.digestRows = digest.rows();
            result.digest = digest.text();
            return result;
        } catch (const PgError&) {
            PgResult ignored;
            QString state;
            QString message;
            target.tryExec(QStringLiteral("ROLLBACK"), {}, &ignored, &state, &message);
            source.tryExec(QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_copy"), {}, &ignored,
                           &state, &message);
            throw;
        }
    };
    if (!options.binary) {
        return attempt(false);
    }
    try {
        return attempt(true);
    } catch (const PgError& error) {
        // 42883: no binary send/receive function for a type; 22P03: bad binary format (a
        // bigint's 8 bytes into an int); 08P01: a value shorter than its column's type reads
        // (an int's 4 bytes into a bigint column the target already had). Text converts both.
        // A target that dropped the session is not tried again.
        const bool refused =
            error.sqlstate() == QLatin1String("42883") ||
            error.sqlstate() == QLatin1String("22P03") ||
            (error.sqlstate() == QLatin1String("08P01") && PQstatus(target.raw()) == CONNECTION_OK);
        if (error.kind() == PgError::Kind::Cancelled || !refused) {
            throw;
        }
        if (reported != 0 && progress) {
            progress(-reported);
        }
        return attempt(false);
    }
}

CopyDigest digestTable(PgConnection& connection, const TableInfo& table, bool binary,
                       const QString& where) {
    const QString step = QCoreApplication::translate("Runner", "read back %1").arg(table.qualified);
    const QString rows =
        where.isEmpty()
            ? copySource(table)
            : QString(QStringLiteral("(SELECT ") + table.columns.join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM ONLY ") + table.qualified + QStringLiteral(" WHERE ") +
                      where + QLatin1Char(')'));
    connection.exec(QStringLiteral("COPY ") + rows + QStringLiteral(" TO STDOUT WITH (FORMAT ") +
                        (binary ? QStringLiteral("binary)") : QStringLiteral("text)")),
                    {}, step);
    CopyDigest digest(binary, table.digestLetters);
    endReadBack(connection, step, digestCopyOut(connection, &digest));
    return digest;
}

} // namespace pgm
