#include "EarlyPrimaryKey.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

namespace {

// One row when the key can be built early: its name and its columns in key order, quoted.
const char* const kPlainPrimaryKey =
    "SELECT quote_ident(c.conname), string_agg(quote_ident(a.attname), ', ' ORDER BY k.n), "
    "  c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.conname) "
    "FROM pg_constraint c "
    "JOIN pg_class t ON t.oid = c.conrelid "
    "JOIN pg_namespace n ON n.oid = t.relnamespace "
    "JOIN pg_index i ON i.indexrelid = c.conindid "
    "JOIN pg_class ic ON ic.oid = c.conindid "
    "CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], "
    "  i.indoption::int2[]) WITH ORDINALITY k(attnum, opclass, coll, opt, n) "
    "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
    "LEFT JOIN pg_opclass oc ON oc.oid = k.opclass "
    "WHERE c.conrelid = $1::regclass AND c.contype = 'p' AND NOT c.condeferrable "
    "  AND t.relkind = 'r' AND NOT t.relispartition "
    "  AND ic.reltablespace = 0 AND ic.reloptions IS NULL "
    "  AND i.indexprs IS NULL AND i.indpred IS NULL AND i.indnkeyatts = i.indnatts "
    "  AND NOT i.indisclustered AND NOT i.indisreplident "
    "GROUP BY c.oid, c.conname, n.nspname "
    "HAVING bool_and(a.attname IS NOT NULL AND oc.opcdefault AND k.opt = 0 "
    "  AND k.coll = a.attcollation)";

} // namespace

std::optional<EarlyPrimaryKey> earlyPrimaryKey(PgConnection& source, const TableInfo& table) {
    if (table.extensionConfig || source.serverVersionNum() < 110000) {
        // An extension's table comes with its key from CREATE EXTENSION.
        return std::nullopt; // pg_index.indnkeyatts (INCLUDE) came with 11
    }
    // In the copy's transaction, which must survive a table renamed or dropped since.
    source.exec(QStringLiteral("SAVEPOINT pgmigrate_key"));
    PgResult key;
    QString state;
    QString message;
    const bool read = source.tryExec(QString::fromLatin1(kPlainPrimaryKey), {table.qualified}, &key,
                                     &state, &message);
    source.exec(read ? QStringLiteral("RELEASE SAVEPOINT pgmigrate_key")
                     : QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_key"));
    if (!read || key.rows() != 1) {
        return std::nullopt;
    }
    const QString name = key.text(0, 0);
    EarlyPrimaryKey early;
    early.constraintOid = key.text(0, 2).toUInt();
    early.index = key.text(0, 3);
    early.createIndex = QStringLiteral("CREATE UNIQUE INDEX ") + name + QStringLiteral(" ON ") +
                        table.qualified + QStringLiteral(" USING btree (") + key.text(0, 1) +
                        QLatin1Char(')');
    early.addConstraint = QStringLiteral("ALTER TABLE ONLY ") + table.qualified +
                          QStringLiteral(" ADD CONSTRAINT ") + name +
                          QStringLiteral(" PRIMARY KEY USING INDEX ") + name;
    return early;
}

bool earlyKeyMissing(PgConnection& target, const EarlyPrimaryKey& key) {
    return target.exec(QStringLiteral("SELECT to_regclass($1) IS NULL"), {key.index}).scalar() ==
           QLatin1String("t");
}

void buildEarlyPrimaryKey(PgConnection& session, const TableInfo& table, const EarlyPrimaryKey& key,
                          const QString& analyze) {
    const QString step =
        QCoreApplication::translate("Runner", "primary key of %1").arg(table.qualified);
    if (!analyze.isEmpty()) {
        session.exec(analyze, {}, QStringLiteral("analyze %1").arg(table.qualified));
    }
    session.exec(QStringLiteral("BEGIN"), {}, step);
    session.exec(key.createIndex, {}, step);
    session.exec(key.addConstraint, {}, step);
    session.exec(QStringLiteral("COMMIT"), {}, step);
}

} // namespace pgm
