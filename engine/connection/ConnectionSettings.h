#pragma once

#include <QMap>
#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace pgm {

/// Everything needed to open a libpq connection to one server.
///
/// Parsed with libpq's own parser, so URIs and `key=value` strings behave exactly as in psql.
/// The password is kept here only in memory; describe() is the only way to print settings and it
/// never shows the password.
struct ConnectionSettings {
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString password;
    QString sslmode = QStringLiteral("prefer");
    QString sslrootcert;
    int connectTimeoutSeconds = 10;
    QString applicationName = QStringLiteral("pgmigrate");
    /// Other libpq keywords given by the user (sslcert, options, ...), passed through as they are.
    QMap<QString, QString> extra;

    /// Parses a `postgres://` URI or a `key=value` string. On failure returns false and sets
    /// *error to libpq's message, any secret of `text` in it redacted.
    static bool parse(const QString& text, ConnectionSettings* out, QString* error);

    /// Keyword/value pairs for PQconnectdbParams; empty values are left out so libpq's own
    /// defaults (environment, passfile) still apply.
    std::vector<std::pair<std::string, std::string>> keywords() const;

    /// A one-line human description, password redacted: `user@host:port/db (sslmode=...)`.
    QString describe() const;

    /// A copy that connects to another database of the same server.
    ConnectionSettings withDatabase(const QString& database) const;

    /// The database to connect to when none was named: `postgres`, as psql's maintenance tools do.
    QString effectiveDatabase() const;

    /// A libpq conninfo string for the *server side* (a subscription's CONNECTION), values
    /// quoted as libpq requires. It contains the password: never log it.
    QString conninfoForServer(const QString& hostOverride = {}, int portOverride = 0) const;
};

/// Quotes a value for a libpq `key=value` string: single quotes, with `\` and `'` escaped.
QString quoteConninfoValue(const QString& value);

} // namespace pgm
