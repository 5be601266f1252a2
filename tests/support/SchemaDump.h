#pragma once

#include "PgTestEnv.h"

#include <QString>

namespace pgtest {

/// pg_dump --schema-only of a database, without comments, SET lines, blank lines and the
/// \restrict lines (a random key per run): two databases with the same schema (indexes,
/// constraints, triggers, grants) print the same.
QString normalizedSchema(Cluster cluster, const QString& dbname);

/// Empty when the database's schema prints the same on the source and the target; otherwise
/// the lines that differ.
QString schemaDifference(const QString& dbname);

} // namespace pgtest
