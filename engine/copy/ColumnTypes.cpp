#include "ColumnTypes.h"

#include "PgConnection.h"
#include "TableCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pgm {

namespace {

/// A column's type as both servers can spell it whatever their search_path: its schema, its
/// name and its modifier (varchar(10) and varchar(20) load alike, but pg_attribute says so).
const char* const kTypeText = "tn.nspname || '.' || ty.typname || '(' || a.atttypmod || ')'";

} // namespace

QSet<QString> tablesTypedOtherwise(PgConnection& source, PgConnection& target,
                                   const QList<TableInfo>& tables) {
    QJsonArray names;
    for (const TableInfo& table : tables) {
        names.append(table.qualified);
    }
    if (names.isEmpty()) {
        return {};
    }
    const QString columnsOf =
        QStringLiteral(" FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid "
                       "JOIN pg_namespace tn ON tn.oid = ty.typnamespace ");
    // {"schema"."name": {column: type, ...}, ...}; a table without columns gives null.
    const QString types =
        source
            .exec(QStringLiteral("SELECT coalesce(json_object_agg(x.name, (SELECT "
                                 "json_object_agg(a.attname, ") +
                      QLatin1String(kTypeText) + QLatin1Char(')') + columnsOf +
                      QStringLiteral("WHERE a.attrelid = to_regclass(x.name) AND a.attnum > 0 "
                                     "AND NOT a.attisdropped)), '{}')::text "
                                     "FROM jsonb_array_elements_text($1::jsonb) AS x(name)"),
                  {QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact))},
                  QCoreApplication::translate("Runner", "read the column types"))
            .scalar();
    // A column the target lacks counts too: its COPY fails either way, with the column named.
    const PgResult differing = target.exec(
        QStringLiteral("SELECT s.key FROM jsonb_each($1::jsonb) AS s "
                       "WHERE jsonb_typeof(s.value) = 'object' AND EXISTS (SELECT 1 FROM "
                       "jsonb_each_text(s.value) AS c LEFT JOIN (pg_attribute a JOIN pg_type ty "
                       "ON ty.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = ty.typnamespace) "
                       "ON a.attrelid = to_regclass(s.key) AND a.attname = c.key "
                       "AND a.attnum > 0 AND NOT a.attisdropped "
                       "WHERE c.value IS DISTINCT FROM ") +
            QLatin1String(kTypeText) + QLatin1Char(')'),
        {types}, QCoreApplication::translate("Runner", "compare the column types"));
    QSet<QString> found;
    for (int row = 0; row < differing.rows(); ++row) {
        found.insert(differing.text(row, 0));
    }
    return found;
}

} // namespace pgm
