#pragma once

#include <QString>

namespace pgm {

class PgConnection;

/// The source password of a subscription, kept in a passfile the target server writes and
/// reads itself, so that pg_subscription.subconninfo (and every pg_dump of the target's
/// catalog) holds a path instead of the password.
///
/// The server writes the file as its own OS user with COPY ... TO PROGRAM under `umask 077`
/// (a plain COPY TO file is created 0644, which libpq refuses as a passfile), in its data
/// directory, named after the subscription. This needs a superuser on a Unix server; otherwise
/// the caller keeps the password in the connection string, as PostgreSQL documents.
namespace server_passfile {

/// Where the file for `subscription` lives on the target server, or empty when the server
/// cannot hold one (not a Unix path). `targetDb` must be a superuser's connection.
QString pathFor(PgConnection& targetDb, const QString& subscription);

/// Writes `*:*:*:*:password` to `path` (0600, owned by the server). Returns false, with the
/// file absent, when it could not (COPY TO PROGRAM refused, a password with line breaks).
bool write(PgConnection& targetDb, const QString& path, const QString& password);

/// Removes the file; true when it is gone (or was never there).
bool remove(PgConnection& targetDb, const QString& path);

} // namespace server_passfile
} // namespace pgm
