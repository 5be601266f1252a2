#pragma once

#include "ConnectionSettings.h"

#include <QList>
#include <QStringList>

namespace pgm {

/// Reads --skip-table values: pgmigrate's comma-separated `db.schema.table` lists and
/// aiven-db-migrate's forms, one name per option: `table`, `schema.table` or `db.schema.table`
/// (quoted as in SQL where a name holds `.`, `,` or `"`). Each entry comes back as its 1 to 3
/// unquoted names. Returns a usage error, or empty.
QString readSkipTablePatterns(const QStringList& values, QList<QStringList>* patterns);

/// Every pattern as the "db.schema.table" entries the engine takes. A full name stays as it is;
/// as aiven-db-migrate does, `table` names that table in every schema of every database
/// migrated and `schema.table` that table in every database, so the shorter forms are looked up
/// on the source (`excluded` databases left out). Names are matched as written (no case folding).
/// A pattern that names no table is reported in *unmatched; a connection error comes back as
/// *error (never quoting a password: PgError::describe()).
QStringList resolveSkipTables(const QList<QStringList>& patterns, const ConnectionSettings& source,
                              const QStringList& excluded, QStringList* unmatched, QString* error);

} // namespace pgm
