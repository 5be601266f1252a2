#pragma once

#include <QStringList>

namespace pgm {

/// Reads a list of databases to exclude, the one grammar of the CLI's --exclude-db and the
/// wizard's "Exclude databases" field: names separated by commas (aiven-db-migrate's
/// --filtered-db), the spaces around each name ignored. A name holding a comma, a leading or
/// trailing space or a leading double quote is written in double quotes, with "" for one quote
/// inside: `app, "my db", "a,b"` (the rules of parseNameList with one part). Duplicates and empty
/// entries are dropped. Returns false, with *error set, for an unclosed quote, text after a
/// closing quote or an empty quoted name.
bool parseDatabaseList(const QString& text, QStringList* names, QString* error);

/// The inverse: the names joined with ", ", quoted where needed.
QString formatDatabaseList(const QStringList& names);

} // namespace pgm
