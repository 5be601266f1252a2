#include "SkipTables.h"

#include "CatalogName.h"
#include "FactsCollector.h"
#include "PgConnection.h"
#include "PgError.h"
#include "QualifiedNames.h"

#include <QCoreApplication>
#include <QSet>
#include <chrono>

namespace pgm {

namespace {

constexpr std::chrono::seconds kTimeout{30};

/// The databases a migration would take: what verify and the checks enumerate.
QStringList sourceDatabases(PgConnection& source, const QStringList& excluded) {
    const PgResult names =
        source.exec(QStringLiteral("SELECT ") + nameBytesColumn(QStringLiteral("datname")) +
                    QStringLiteral(" FROM pg_database WHERE NOT datistemplate AND datallowconn "
                                   "ORDER BY datname"));
    QStringList databases;
    for (int row = 0; row < names.rows(); ++row) {
        const QString name = readableName(names, row, 0);
        if (isUtf8Name(nameBytes(names, row, 0)) && !isAdminDatabase(name) &&
            !excluded.contains(name)) {
            databases << name;
        }
    }
    return databases;
}

/// The ordinary and partitioned tables of the connected database matching one short pattern.
/// An empty schema (sent as NULL) matches every schema but the system's.
QList<TableName> matchingTables(PgConnection& db, const QString& schema, const QString& table) {
    const PgResult rows = db.exec(
        QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') AND c.relname = $1 "
                       "AND coalesce($2::text, '') IN ('', n.nspname) "
                       "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
                       "ORDER BY 1"),
        {table, schema}, QCoreApplication::translate("Cli", "look up --skip-table %1").arg(table));
    QList<TableName> tables;
    for (int row = 0; row < rows.rows(); ++row) {
        tables << TableName{rows.text(row, 0), rows.text(row, 1)};
    }
    return tables;
}

} // namespace

QString readSkipTablePatterns(const QStringList& values, QList<QStringList>* patterns) {
    for (const QString& value : values) {
        QList<QStringList> names;
        QString error;
        if (!parseNameList(value, 1, 3, &names, &error)) {
            return QCoreApplication::translate(
                       "Cli", "--skip-table takes table, schema.table or db.schema.table: %1")
                .arg(error);
        }
        *patterns << names;
    }
    return {};
}

QStringList resolveSkipTables(const QList<QStringList>& patterns, const ConnectionSettings& source,
                              const QStringList& excluded, QStringList* unmatched, QString* error) {
    QStringList entries;
    QList<QStringList> partial;
    for (const QStringList& pattern : patterns) {
        if (pattern.size() == 3) {
            entries << formatQualifiedName(pattern);
        } else {
            partial << pattern;
        }
    }
    if (partial.isEmpty()) {
        return entries;
    }
    try {
        auto cluster = PgConnection::open(source, kTimeout);
        QSet<int> matched;
        for (const QString& dbname : sourceDatabases(*cluster, excluded)) {
            auto db = PgConnection::open(source.withDatabase(dbname), kTimeout);
            for (int i = 0; i < partial.size(); ++i) {
                const QStringList& pattern = partial.at(i);
                const QString schema = pattern.size() == 2 ? pattern.first() : QString();
                for (const TableName& table : matchingTables(*db, schema, pattern.last())) {
                    const QString entry = formatQualifiedName({dbname, table.schema, table.table});
                    if (!entries.contains(entry)) {
                        entries << entry;
                    }
                    matched.insert(i);
                }
            }
        }
        for (int i = 0; i < partial.size(); ++i) {
            if (!matched.contains(i)) {
                *unmatched << formatQualifiedName(partial.at(i));
            }
        }
    } catch (const PgError& failure) {
        *error = failure.describe();
    }
    return entries;
}

} // namespace pgm
