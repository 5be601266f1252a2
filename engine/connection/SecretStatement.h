#pragma once

#include <QString>

namespace pgm {

class PgConnection;

/// Runs a statement that carries a secret (a password verifier, a connection string with a
/// password, a passfile line) so that its text is never a top-level statement: it travels as
/// COPY data into a temporary table, and a constant DO block executes it. Server logs
/// (log_statement, log_min_duration_statement, log_min_error_statement), pg_stat_statements (at
/// its default track = top) and pg_stat_activity only ever see the constant texts, for any user,
/// superuser or not; an error comes back with its message and SQLSTATE but without the CONTEXT
/// that would quote the statement. Where a temporary table cannot be made (no TEMP privilege) the
/// statement runs directly, with statement logging off for superusers (UnloggedStatements).
/// Runs in its own transaction when none is open (not for statements that refuse one).
/// Returns false with *sqlstate and *message on failure.
bool tryExecSecret(PgConnection& connection, const QString& statement, QString* sqlstate,
                   QString* message);

/// tryExecSecret() that throws PgError (naming `step`) on failure.
void execSecret(PgConnection& connection, const QString& statement, const QString& step);

} // namespace pgm
