#include "ServerPassfile.h"

#include "PgConnection.h"
#include "PgTools.h"
#include "SecretStatement.h"

namespace pgm::server_passfile {

namespace {

QString shellQuoted(QString path) {
    path.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + path + QLatin1Char('\'');
}

/// Runs a shell command on the target server, fed the rows of `query`; the command line holds
/// only a path, the secret (if any) travels on its standard input.
bool runOnServer(PgConnection& targetDb, const QString& query, const QString& command) {
    QString state;
    QString message;
    // The query may carry the password. CSV with a delimiter and a quote no password contains:
    // the line is written as it is (the text format would double every backslash of the
    // passfile's escaping).
    return tryExecSecret(
        targetDb,
        QStringLiteral("COPY (") + query + QStringLiteral(") TO PROGRAM ") +
            targetDb.quoteLiteral(command) +
            QStringLiteral(" WITH (FORMAT csv, DELIMITER E'\\x1f', QUOTE E'\\x1e')"),
        &state, &message);
}

} // namespace

QString pathFor(PgConnection& targetDb, const QString& subscription) {
    PgResult result;
    QString state;
    QString message;
    if (!targetDb.tryExec(QStringLiteral("SELECT current_setting('data_directory')"), {}, &result,
                          &state, &message) ||
        result.rows() != 1) {
        return {};
    }
    const QString dataDirectory = result.text(0, 0);
    if (!dataDirectory.startsWith(QLatin1Char('/'))) {
        return {}; // a Windows server: no sh, no umask
    }
    return dataDirectory + QStringLiteral("/pgmigrate-") + subscription + QStringLiteral(".pgpass");
}

bool write(PgConnection& targetDb, const QString& path, const QString& password) {
    for (const QChar c : password) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x1e) ||
            c == QChar(0x1f)) {
            return false; // a passfile is line-based; CSV would quote these
        }
    }
    const QString line = QStringLiteral("*:*:*:*:") + passfileField(password);
    const QString command = QStringLiteral("rm -f -- ") + shellQuoted(path) +
                            QStringLiteral(" && umask 077 && cat > ") + shellQuoted(path);
    if (runOnServer(targetDb, QStringLiteral("SELECT ") + targetDb.quoteLiteral(line), command)) {
        return true;
    }
    remove(targetDb, path);
    return false;
}

bool remove(PgConnection& targetDb, const QString& path) {
    // No rows: nothing is written to rm's standard input, so no broken pipe either.
    return runOnServer(targetDb, QStringLiteral("SELECT 1 WHERE false"),
                       QStringLiteral("rm -f -- ") + shellQuoted(path));
}

} // namespace pgm::server_passfile
