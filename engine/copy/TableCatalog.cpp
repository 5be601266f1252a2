#include "TableCatalog.h"

#include "CatalogFilters.h"
#include "ChecksumValues.h"
#include "DigestColumns.h"
#include "PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pgm {

namespace {

/// Column names travel as a JSON array: a name may hold a comma, a quote or anything else.
QStringList jsonStrings(const QString& text) {
    QStringList values;
    for (const auto& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        values << value.toString();
    }
    return values;
}

/// Opens "EXISTS (a column of table c whose type ... AND (": `r` its type resolved through a
/// domain, `e` the element type when `r` is an array; the caller closes both parentheses.
const char* const kColumnTypeWhere =
    "EXISTS (SELECT 1 FROM pg_attribute a "
    " JOIN pg_type d ON d.oid = a.atttypid "
    " JOIN pg_type r ON r.oid = CASE WHEN d.typtype = 'd' THEN d.typbasetype ELSE d.oid END "
    " LEFT JOIN pg_type e ON e.oid = r.typelem AND r.typcategory = 'A' "
    " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND (";

/// A column type (`r`, resolved through a domain; `e` its element when an array) whose binary
/// form carries an oid of the source's: an array's element type, a composite's field types
/// (both checked by the target against its own), a reg* alias's value itself.
const char* const kOidInBinary =
    "r.typtype = 'c' "
    "OR (r.typnamespace = 'pg_catalog'::regnamespace AND r.typname LIKE 'reg%') "
    "OR (e.oid IS NOT NULL AND (e.oid >= 16384 OR e.typtype IN ('c', 'd') "
    "    OR (e.typnamespace = 'pg_catalog'::regnamespace AND e.typname LIKE 'reg%')))";

/// The catalog query behind listTables, one row per table (columns as listTables reads them).
QString listTablesSql(bool generated) {
    const QString notGenerated = generated ? QStringLiteral(" AND a.attgenerated = ''") : QString();
    // A column whose bytes may differ between clusters for the same value (see digestable):
    // its resolved type is a domain, a composite, a user type, an oid alias, or an array of one.
    const QString notDigestable =
        QStringLiteral("r.typtype NOT IN ('b', 'e', 'r', 'm') "
                       "OR (r.typtype <> 'e' AND r.oid >= 16384) "
                       "OR (r.typnamespace = 'pg_catalog'::regnamespace "
                       "    AND r.typname LIKE 'reg%') "
                       "OR (e.oid IS NOT NULL AND (e.oid >= 16384 OR e.typtype <> 'b' "
                       "    OR e.typname LIKE 'reg%'))") +
        (generated ? QStringLiteral(" OR a.attgenerated <> ''") : QString());
    return QStringLiteral("WITH config AS (SELECT x.reloid, x.cond FROM pg_extension e, "
                          "unnest(e.extconfig, e.extcondition) AS x(reloid, cond)) "
                          "SELECT n.nspname, c.relname, format('%I.%I', n.nspname, c.relname), "
                          "pg_table_size(c.oid), c.relpersistence = 'u', "
                          "c.oid IN (SELECT reloid FROM config), "
                          "coalesce((SELECT cond FROM config WHERE reloid = c.oid), ''), "
                          "(SELECT json_agg(quote_ident(a.attname) ORDER BY a.attnum) "
                          " FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                          " AND NOT a.attisdropped") +
           notGenerated +
           QStringLiteral(")::text, "
                          "(SELECT json_agg(json_build_array(format('t.%I', a.attname), "
                          "a.atttypid::bigint, ") +
           digestColumnSql() +
           QStringLiteral(") ORDER BY a.attname) "
                          " FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
                          " AND NOT a.attisdropped)::text, "
                          "NOT ") +
           QLatin1String(kColumnTypeWhere) + notDigestable +
           QStringLiteral(")), "
                          "NOT c.relispartition "
                          "AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhparent = c.oid) "
                          "AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid "
                          " AND i.indexprs IS NOT NULL) "
                          "AND NOT EXISTS (SELECT 1 FROM pg_statistic_ext x "
                          " WHERE x.stxrelid = c.oid), "
                          "(SELECT string_agg(") +
           digestColumnSql() +
           QStringLiteral(", '' ORDER BY a.attnum) FROM pg_attribute a "
                          " WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped") +
           notGenerated + QStringLiteral("), ") + QLatin1String(kColumnTypeWhere) +
           QLatin1String(kOidInBinary) +
           QStringLiteral(")), c.relrowsecurity AND c.relforcerowsecurity "
                          "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE c.relkind = 'r' AND ((") +
           QLatin1String(kUserRelation) +
           QStringLiteral(") OR c.oid IN (SELECT reloid FROM config)) ORDER BY 4 DESC, 3");
}

} // namespace

QList<TableInfo> listTables(PgConnection& source, const QList<TableName>& skip) {
    const PgResult result = source.exec(listTablesSql(source.serverVersionNum() >= 120000), {},
                                        QCoreApplication::translate("Runner", "list tables"));
    QList<TableInfo> tables;
    tables.reserve(result.rows()); // grown one by one, it held 20,000 tables twice when it grew
    ChecksumValues checksumValues(source);
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
        table.digestable = result.boolean(row, 9);
        table.analyzableAlone = result.boolean(row, 10);
        table.digestLetters = result.text(row, 11).toLatin1();
        table.textOnly = result.boolean(row, 12);
        table.forcedRowSecurity = result.boolean(row, 13);
        for (const auto& column : QJsonDocument::fromJson(result.text(row, 8).toUtf8()).array()) {
            const QJsonArray pair = column.toArray();
            table.checksumValues << checksumValues.expression(
                pair.at(0).toString(), static_cast<quint32>(pair.at(1).toInteger()));
            table.checksumLetters += pair.at(2).toString().toLatin1();
        }
        tables << table;
    }
    return tables;
}

void lockTables(PgConnection& source, const QList<TableInfo>& tables) {
    // In statements of a few hundred names: one per table would take a round trip each (20,000
    // tables), one for all a statement of megabytes.
    constexpr qsizetype kPerStatement = 500;
    for (qsizetype first = 0; first < tables.size(); first += kPerStatement) {
        QStringList names;
        for (const TableInfo& table : tables.mid(first, kPerStatement)) {
            names << QStringLiteral("ONLY ") + table.qualified; // not an inheritance child
        }
        source.exec(QStringLiteral("LOCK TABLE ") + names.join(QStringLiteral(", ")) +
                        QStringLiteral(" IN ACCESS SHARE MODE"),
                    {}, QCoreApplication::translate("Runner", "lock the tables to copy"));
    }
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
        {}, QCoreApplication::translate("Runner", "list tables without replica identity"));
    QStringList tables;
    for (int row = 0; row < result.rows(); ++row) {
        tables << result.text(row, 0);
    }
    return tables;
}

QList<SequenceValue> readSequences(PgConnection& source) {
    // An extension's own sequences are its business, but not those it marks as configuration
    // (pg_extension_config_dump, pg_cron's jobid_seq): pg_dump carries their values, and the
    // rows of its configuration tables, copied, were numbered by them.
    const PgResult names = source.exec(
        QStringLiteral(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ((") +
            QLatin1String(kUserRelation) +
            QStringLiteral(
                ") OR c.oid IN (SELECT unnest(extconfig) FROM pg_extension)) ORDER BY 1"),
        {}, QCoreApplication::translate("Runner", "list sequences"));
    QList<SequenceValue> values;
    for (int row = 0; row < names.rows(); ++row) {
        const QString name = names.text(row, 0);
        const PgResult value =
            source.exec(QStringLiteral("SELECT last_value, is_called FROM ") + name, {},
                        QCoreApplication::translate("Runner", "read sequence %1").arg(name));
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
                    {}, QCoreApplication::translate("Runner", "list materialized views"));
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
                    QCoreApplication::translate("Runner", "set sequence %1").arg(value.qualified));
    }
}

} // namespace pgm
