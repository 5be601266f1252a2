#include "TableCatalog.h"

#include "CatalogFilters.h"
#include "PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pgm {

namespace {

/// Column names travel as a JSON array: a name may hold a comma, a quote or anything else.
QStringList jsonStrings(const QString& text) {
    QStringList values;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        values << value.toString();
    }
    return values;
}

/// A column's value as the checksum reads it, by name (`t` is the table's alias). Floats as their
/// binary form: their text differs between majors for the same value (12 made it
/// shortest-exact; 10 and 11 print 17 digits with extra_float_digits = 3), so text would make a
/// false mismatch; the bits make no false match either.
constexpr const char* kChecksumValue =
    "CASE WHEN a.atttypid IN ('float4'::regtype, 'float8'::regtype) "
    "THEN format('encode(float8send(t.%I::float8), ''hex'')', a.attname) "
    "WHEN a.atttypid IN ('float4[]'::regtype, 'float8[]'::regtype) "
    "THEN format('CASE WHEN t.%1$I IS NOT NULL THEN (SELECT coalesce(array_dims(t.%1$I), '''') "
    "|| '':'' || coalesce(string_agg(coalesce(encode(float8send(e), ''hex''), ''NULL''), '','' "
    "ORDER BY o), '''') FROM unnest(t.%1$I::float8[]) WITH ORDINALITY AS u(e, o)) END', "
    "a.attname) "
    "ELSE format('t.%I', a.attname) END";

} // namespace

QList<TableInfo> listTables(PgConnection& source, const QList<TableName>& skip) {
    const bool generated = source.serverVersionNum() >= 120000;
    const QString notGenerated = generated ? QStringLiteral(" AND a.attgenerated = ''") : QString();
    const PgResult result = source.exec(
        QStringLiteral("WITH config AS (SELECT x.reloid, x.cond FROM pg_extension e, "
                       "unnest(e.extconfig, e.extcondition) AS x(reloid, cond)) "
                       "SELECT n.nspname, c.relname, format('%I.%I', n.nspname, c.relname), "
                       "pg_relation_size(c.oid), c.relpersistence = 'u', "
                       "c.oid IN (SELECT reloid FROM config), "
                       "coalesce((SELECT cond FROM config WHERE reloid = c.oid), ''), "
                       "(SELECT json_agg(quote_ident(a.attname) ORDER BY a.attnum) "
                       " FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                       " AND NOT a.attisdropped") +
            notGenerated +
            QStringLiteral(")::text, "
                           "(SELECT json_agg(") +
            QLatin1String(kChecksumValue) +
            QStringLiteral(" ORDER BY a.attname) "
                           " FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                           " AND NOT a.attisdropped)::text "
                           "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relkind = 'r' AND ((") +
            QLatin1String(kUserRelation) +
            QStringLiteral(") OR c.oid IN (SELECT reloid FROM config)) ORDER BY 4 DESC, 3"),
        {}, QStringLiteral("list tables"));
    QList<TableInfo> tables;
    for (int row = 0; row < result.rows(); ++row) {
        TableInfo table;
        table.schema = result.text(row, 0);
        table.name = result.text(row, 1);
        if (skip.contains(TableName{table.schema, table.name})) {
            continue;
        }
        table.qualified = result.text(row, 2);
        table.bytes = result.integer(row, 3);
        table.unlogged = result.boolean(row, 4);
        table.extensionConfig = result.boolean(row, 5);
        table.filter = result.text(row, 6);
        table.columns = jsonStrings(result.text(row, 7));
        table.checksumValues = jsonStrings(result.text(row, 8));
        tables << table;
    }
    return tables;
}

QStringList tablesWithoutReplicaIdentity(PgConnection& source) {
    const PgResult result = source.exec(
        QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind = 'r' AND c.relpersistence = 'p' AND (c.relreplident = 'n' "
                       "OR (c.relreplident = 'd' AND NOT EXISTS (SELECT 1 FROM pg_index i "
                       "WHERE i.indrelid = c.oid AND i.indisprimary)) "
                       "OR (c.relreplident = 'i' AND NOT EXISTS (SELECT 1 FROM pg_index i "
                       "WHERE i.indrelid = c.oid AND i.indisreplident))) AND ") +
            QLatin1String(kUserRelation) + QStringLiteral(" ORDER BY 1"),
        {}, QStringLiteral("list tables without replica identity"));
    QStringList tables;
    for (int row = 0; row < result.rows(); ++row) {
        tables << result.text(row, 0);
    }
    return tables;
}

QList<SequenceValue> readSequences(PgConnection& source) {
    const PgResult names = source.exec(
        QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ") +
            QLatin1String(kUserRelation) + QStringLiteral(" ORDER BY 1"),
        {}, QStringLiteral("list sequences"));
    QList<SequenceValue> values;
    for (int row = 0; row < names.rows(); ++row) {
        const QString name = names.text(row, 0);
        const PgResult value =
            source.exec(QStringLiteral("SELECT last_value, is_called FROM ") + name, {},
                        QStringLiteral("read sequence %1").arg(name));
        values << SequenceValue{name, value.text(0, 0), value.boolean(0, 1)};
    }
    return values;
}

QStringList populatedMaterializedViews(PgConnection& source) {
    const PgResult result =
        source.exec(QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind = 'm' AND c.relispopulated AND ") +
                        QLatin1String(kUserRelation) + QStringLiteral(" ORDER BY c.oid"),
                    {}, QStringLiteral("list materialized views"));
    QStringList views;
    for (int row = 0; row < result.rows(); ++row) {
        views << result.text(row, 0);
    }
    return views;
}

void writeSequences(PgConnection& target, const QList<SequenceValue>& values) {
    for (const SequenceValue& value : values) {
        target.exec(QStringLiteral("SELECT setval($1::regclass, $2::bigint, $3::boolean)"),
                    {value.qualified, value.lastValue,
                     value.isCalled ? QStringLiteral("true") : QStringLiteral("false")},
                    QStringLiteral("set sequence %1").arg(value.qualified));
    }
}

} // namespace pgm
