#pragma once

#include <QStringList>

namespace pgm {

/// Splits the wizard's "Exclude databases" text: names separated by spaces, as in the console,
/// with double quotes around a name that holds spaces ("my db"); "" inside quotes is one quote.
/// Returns false, with *error set, for an unterminated quote.
bool parseDatabaseList(const QString& text, QStringList* names, QString* error);

/// The inverse: quotes the names that need it.
QString formatDatabaseList(const QStringList& names);

} // namespace pgm
