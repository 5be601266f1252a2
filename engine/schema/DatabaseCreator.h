#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

struct DatabaseReport {
    bool created = false;
    QStringList warnings;
};

/// Makes sure `dbname` exists on the target: when missing, creates it like the source's (owner,
/// encoding, collation, ctype, locale provider, ACL, `ALTER DATABASE ... SET` and per-role
/// settings in it). An existing database is used as it is. `source` and `target` are
/// connections to any database of each server. Throws PgError when it cannot be created.
DatabaseReport ensureDatabase(PgConnection& source, PgConnection& target, const QString& dbname);

} // namespace pgm
