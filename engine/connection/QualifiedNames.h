#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pgm {

/// Reads a command-line list of names (--exclude-db, --skip-table): entries separated by commas,
/// each made of `parts` names separated by dots (1 for a database, 3 for db.schema.table; with
/// one part a dot is an ordinary character). As for SQL identifiers, a name holding a comma, a
/// dot or a leading double quote is written in double quotes, with "" for one quote inside:
/// `db."sch.ema"."ta,ble"`. Unquoted names are taken as written (no case folding), without the
/// spaces around them. Empty entries are skipped. Returns false, with *error set, for an entry
/// that does not have `parts` non-empty names or a quote that is not closed.
bool parseNameList(const QString& text, int parts, QList<QStringList>* names, QString* error);
/// The same with from `minParts` to `maxParts` names per entry (--skip-table also takes
/// aiven-db-migrate's `table` and `schema.table`).
bool parseNameList(const QString& text, int minParts, int maxParts, QList<QStringList>* names,
                   QString* error);

/// The inverse for one entry: the parts joined with dots, quoted where needed.
QString formatQualifiedName(const QStringList& parts);

/// A table by its unquoted names.
struct TableName {
    QString schema;
    QString table;
    friend bool operator==(const TableName&, const TableName&) = default;
};

/// The tables of `dbname` among --skip-table entries, each "db.schema.table" as parseNameList
/// reads it (the CLI checked them when they were given; an entry that does not parse is ignored).
QList<TableName> skippedTablesOf(const QStringList& entries, const QString& dbname);

} // namespace pgm
