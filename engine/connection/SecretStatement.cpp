#include "SecretStatement.h"

#include "PgConnection.h"
#include "PgError.h"
#include "UnloggedStatements.h"

#include <libpq-fe.h>

namespace pgm {

namespace {

const QString kTable = QStringLiteral("pg_temp.pgmigrate_secret_statement");

// Constant texts only: these are what a server may log or track.
const QString kCreate =
    QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS pgmigrate_secret_statement (statement text) "
                   "ON COMMIT DELETE ROWS");
const QString kExecute = QStringLiteral(
    "DO $pgmigrate$ DECLARE s text; BEGIN "
    "SELECT statement INTO STRICT s FROM pg_temp.pgmigrate_secret_statement; "
    "DELETE FROM pg_temp.pgmigrate_secret_statement; "
    "EXECUTE s; "
    // Re-raised without the CONTEXT line that would quote the statement.
    "EXCEPTION WHEN OTHERS THEN RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM; "
    "END $pgmigrate$");

/// One field of COPY's text format.
QByteArray copyField(const QString& text) {
    QByteArray out;
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + '\n';
}

bool sendRow(PgConnection& connection, const QString& statement, QString* sqlstate,
             QString* message) {
    PgResult started;
    if (!connection.tryExec(QStringLiteral("COPY ") + kTable + QStringLiteral(" FROM STDIN"), {},
                            &started, sqlstate, message)) {
        return false;
    }
    const QByteArray row = copyField(statement);
    const bool sent = connection.putCopyData(row.constData(), int(row.size()));
    const bool ended = connection.putCopyEnd(sent ? nullptr : "could not send");
    bool ok = sent && ended;
    if (!ok) {
        *message = connection.errorMessage();
    }
    for (PgResult result = connection.nextResult(); result.get();
         result = connection.nextResult()) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && ok) {
            ok = false;
            const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
            *sqlstate = state ? QString::fromUtf8(state) : QString();
            *message = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
        }
    }
    return ok;
}

} // namespace

bool tryExecSecret(PgConnection& connection, const QString& statement, QString* sqlstate,
                   QString* message) {
    const bool ownTransaction = PQtransactionStatus(connection.raw()) == PQTRANS_IDLE;
    PgResult ignored;
    if (ownTransaction) {
        connection.tryExec(QStringLiteral("BEGIN"), {}, &ignored, sqlstate, message);
    }
    if (!connection.tryExec(kCreate, {}, &ignored, sqlstate, message)) {
        // No TEMP privilege here: the statement itself, kept out of the log where we may.
        if (ownTransaction) {
            connection.tryExec(QStringLiteral("ROLLBACK"), {}, &ignored, sqlstate, message);
        }
        const UnloggedStatements unlogged(connection);
        return connection.tryExec(statement, {}, &ignored, sqlstate, message);
    }
    // A warning raised by the statement (CREATE SUBSCRIPTION's "publication does not exist")
    // is logged with a CONTEXT that quotes it: a superuser can keep warnings out of the log for
    // this transaction (errors are caught and re-raised without it).
    if (QByteArray(PQparameterStatus(connection.raw(), "is_superuser")) == "on") {
        connection.tryExec(QStringLiteral("SELECT set_config('log_min_messages', 'error', true)"),
                           {}, &ignored, sqlstate, message);
    }
    // Anyone may silence the one warning such a statement raises as a rule: 18's "setting an
    // MD5-encrypted password" on CREATE ROLE with an md5 verifier (its CONTEXT quoted the
    // verifier into the log of a target without a superuser).
    connection.tryExec(QStringLiteral("SELECT set_config(name, 'off', true) FROM pg_settings "
                                      "WHERE name = 'md5_password_warnings'"),
                       {}, &ignored, sqlstate, message);
    // The DO block deletes the row before it executes the statement; in an error the
    // rollback (ours, or the caller's) removes it.
    bool ok = sendRow(connection, statement, sqlstate, message) &&
              connection.tryExec(kExecute, {}, &ignored, sqlstate, message);
    if (ownTransaction) {
        QString state;
        QString text;
        if (!connection.tryExec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), {},
                                &ignored, ok ? sqlstate : &state, ok ? message : &text)) {
            ok = false;
        }
    }
    return ok;
}

void execSecret(PgConnection& connection, const QString& statement, const QString& step) {
    QString sqlstate;
    QString message;
    if (!tryExecSecret(connection, statement, &sqlstate, &message)) {
        throw PgError(PgError::Kind::Query, step, message, sqlstate);
    }
}

} // namespace pgm
