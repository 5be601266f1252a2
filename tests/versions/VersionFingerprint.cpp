#include "VersionFingerprint.h"

#include "PgConnection.h"

#include <QHash>

namespace versions {

namespace {

const QString userNamespaces = QStringLiteral(
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'");
// Objects an extension created: their versions differ between majors (hstore 1.4 on 10, 1.8 on
// 15), and the extension's own script makes them on the target.
const QString notFromExtension =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %1 AND d.deptype = 'e')");

void pin(pgm::PgConnection& connection) {
    connection.execScript(QStringLiteral("SET extra_float_digits = 3; SET DateStyle = 'ISO, MDY'; "
                                         "SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; "
                                         "SET bytea_output = 'hex'; SET client_encoding = 'UTF8'"));
}

QStringList lines(pgm::PgConnection& connection, const QString& sql) {
    QStringList out;
    const pgm::PgResult result = connection.exec(sql);
    for (int row = 0; row < result.rows(); ++row) {
        out << result.text(row, 0);
    }
    return out;
}

/// A column's value as text that is the same on every major.
QString columnText(const QString& column, const QString& type) {
    // Every NaN alike: PostgreSQL holds them equal, and text carries one with its sign bit set
    // as NaN.
    if (type == QLatin1String("double precision")) {
        return QStringLiteral("encode(float8send(CASE WHEN %1 = 'NaN' THEN 'NaN' ELSE %1 END), "
                              "'hex')")
            .arg(column);
    }
    if (type == QLatin1String("real")) {
        return QStringLiteral("encode(float4send(CASE WHEN %1 = 'NaN' THEN 'NaN' ELSE %1 END), "
                              "'hex')")
            .arg(column);
    }
    if (type == QLatin1String("real[]") || type == QLatin1String("double precision[]")) {
        return QStringLiteral(
                   "CASE WHEN %1 IS NOT NULL THEN (SELECT coalesce(array_dims(%1), '') "
                   "|| ':' || coalesce(string_agg(coalesce(%2, 'NULL'), ',' ORDER BY o), '') "
                   "FROM unnest(%1) WITH ORDINALITY u(e, o)) END")
            .arg(column,
                 columnText(QStringLiteral("e::float8"), QStringLiteral("double precision")));
    }
    // Geometric values hold floats: their send functions' bytes are the floats' bits.
    static const QHash<QString, QString> geometric = {
        {QStringLiteral("point"), QStringLiteral("point_send")},
        {QStringLiteral("lseg"), QStringLiteral("lseg_send")},
        {QStringLiteral("path"), QStringLiteral("path_send")},
        {QStringLiteral("box"), QStringLiteral("box_send")},
        {QStringLiteral("polygon"), QStringLiteral("poly_send")},
        {QStringLiteral("line"), QStringLiteral("line_send")},
        {QStringLiteral("circle"), QStringLiteral("circle_send")}};
    if (geometric.contains(type)) {
        return QStringLiteral("encode(%1(%2), 'hex')").arg(geometric.value(type), column);
    }
    if (type.endsWith(QLatin1String("[]")) && geometric.contains(type.chopped(2))) {
        return QStringLiteral("CASE WHEN %1 IS NOT NULL THEN (SELECT coalesce(array_dims(%1), '') "
                              "|| ':' || coalesce(string_agg(coalesce(%2, 'NULL'), ',' ORDER BY "
                              "o), '') FROM unnest(%1) WITH ORDINALITY u(e, o)) END")
            .arg(column, columnText(QStringLiteral("e"), type.chopped(2)));
    }
    // The dataset's domain and composite over floats, spelled out field by field.
    if (type == QLatin1String("price")) {
        return columnText(column + QStringLiteral("::float8"), QStringLiteral("double precision"));
    }
    if (type == QLatin1String("point3")) {
        return QStringLiteral(
                   "CASE WHEN %1::text IS NOT NULL THEN ROW(%2, %3, (%1).label)::text END")
            .arg(column,
                 columnText(QStringLiteral("(%1).x").arg(column),
                            QStringLiteral("double precision")),
                 columnText(QStringLiteral("(%1).y").arg(column), QStringLiteral("real")));
    }
    if (type == QLatin1String("point3[]")) {
        return QStringLiteral("CASE WHEN %1 IS NOT NULL THEN (SELECT coalesce(array_dims(%1), '') "
                              "|| ':' || coalesce(string_agg(coalesce(%2, 'NULL'), ',' ORDER BY "
                              "o), '') FROM (SELECT unnest(%1) AS e, generate_series(1, "
                              "cardinality(%1)) AS o) u) END")
            .arg(column, columnText(QStringLiteral("u.e"), QStringLiteral("point3")));
    }
    return column + QStringLiteral("::text");
}

/// Columns, indexes, constraints, triggers, partitions, sequences and views.
QStringList relationLines(pgm::PgConnection& connection) {
    const bool generated = connection.serverVersionNum() >= 120000;
    const QString relation =
        QStringLiteral("FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ") +
        userNamespaces;
    QStringList out;
    out << lines(connection,
                 QStringLiteral("SELECT format('column %s %I %s %s %s %s %s %s', c.oid::regclass, "
                                "a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                                "a.attidentity, %1, pg_get_expr(d.adbin, d.adrelid), (SELECT "
                                "collname FROM pg_collation WHERE oid = a.attcollation AND "
                                "a.attcollation <> 100)) "
                                "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = "
                                "a.attnum WHERE a.attnum > 0 AND NOT a.attisdropped AND "
                                "c.relkind IN ('r', 'p', 'v', 'm') AND ")
                         .arg(generated ? QStringLiteral("a.attgenerated") : QStringLiteral("''")) +
                     userNamespaces);
    out << lines(connection, QStringLiteral("SELECT 'index ' || pg_get_indexdef(c.oid) ") +
                                 relation + QStringLiteral(" AND c.relkind IN ('i', 'I')"));
    out << lines(
        connection,
        QStringLiteral(
            "SELECT format('constraint %s %I %s', conrelid::regclass, "
            "conname, pg_get_constraintdef(co.oid)) FROM pg_constraint co "
            "JOIN pg_namespace n ON n.oid = co.connamespace WHERE co.contype <> 'n' AND ") +
            userNamespaces);
    // 10 prints EXECUTE PROCEDURE, 11+ EXECUTE FUNCTION: the same trigger. With its state
    // (ALWAYS, disabled): the target disables some while it replicates. A partition's clone
    // of its parent's trigger too, internal until 14.
    out << lines(connection,
                 QStringLiteral("SELECT 'trigger ' || t.tgenabled::text || ' ' || "
                                "replace(pg_get_triggerdef(t.oid), 'EXECUTE PROCEDURE', "
                                "'EXECUTE FUNCTION') FROM pg_trigger t JOIN pg_class c ON "
                                "c.oid = t.tgrelid WHERE NOT t.tgisinternal OR "
                                "(t.tgconstraint = 0 AND c.relispartition)"));
    out << lines(connection,
                 QStringLiteral("SELECT format('partition %s %s %s', c.oid::regclass, "
                                "pg_get_expr(c.relpartbound, c.oid), pg_get_partkeydef(c.oid)) ") +
                     relation + QStringLiteral(" AND (c.relispartition OR c.relkind = 'p')"));
    out << lines(connection,
                 QStringLiteral("SELECT format('sequence %I.%I %s %s %s %s %s %s %s', schemaname, "
                                "sequencename, data_type, start_value, min_value, max_value, "
                                "increment_by, cycle, cache_size) FROM pg_sequences"));
    // 16 stopped qualifying columns by their table when one table is read, and layout moves:
    // compared without both.
    out << lines(connection, QStringLiteral("SELECT format('view %s %s', c.oid::regclass, "
                                            "regexp_replace(regexp_replace(pg_get_viewdef(c.oid), "
                                            "'\\m[a-z_]+\\.(?=[a-z_])', '', 'g'), '\\s+', ' ', "
                                            "'g')) ") +
                                 relation + QStringLiteral(" AND c.relkind IN ('v', 'm')"));
    return out;
}

/// Collations, extensions and the database's encoding and locale.
QStringList collationLines(pgm::PgConnection& connection) {
    QStringList out;
    // A collation's locale moved: collcollate until 14, colliculocale in 15 and 16, colllocale
    // from 17. Nondeterministic collations exist from 12.
    const int version = connection.serverVersionNum();
    const QString locale = version >= 170000   ? QStringLiteral("colllocale")
                           : version >= 150000 ? QStringLiteral("colliculocale")
                                               : QStringLiteral("collcollate");
    out << lines(connection,
                 QStringLiteral("SELECT format('collation %I %s %s %s', collname, collprovider, "
                                "%1, %2) FROM pg_collation co JOIN pg_namespace n ON n.oid = "
                                "co.collnamespace WHERE ")
                         .arg(locale, version >= 120000 ? QStringLiteral("collisdeterministic")
                                                        : QStringLiteral("true")) +
                     userNamespaces);
    out << lines(connection, QStringLiteral("SELECT 'extension ' || extname FROM pg_extension"));
    out << lines(connection, QStringLiteral("SELECT format('database %s %s %s %s', datname, "
                                            "pg_encoding_to_char(encoding), datcollate, "
                                            "datctype) FROM pg_database WHERE datname = "
                                            "current_database()"));
    return out;
}

QStringList aclLines(pgm::PgConnection& connection) {
    QStringList out;
    // Effective privileges of PUBLIC and the dataset's roles (the owners' implicit ones and the
    // bootstrap superuser's differ by major: pg_database_owner owns schema public from 15).
    const QString grantee =
        QStringLiteral("CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE e.grantee::regrole::text END");
    const QString keep = QStringLiteral(" WHERE (e.grantee = 0 OR e.grantee::regrole::text LIKE "
                                        "'v\\_%')");
    out << lines(
        connection,
        QStringLiteral("SELECT format('acl %s %s %s', c.oid::regclass, %1, "
                       "e.privilege_type) FROM pg_class c JOIN pg_namespace n ON n.oid "
                       "= c.relnamespace, aclexplode(coalesce(c.relacl, acldefault(CASE "
                       "WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))) e")
                .arg(grantee) +
            keep +
            QStringLiteral(" AND e.grantee <> c.relowner AND c.relkind IN ('r', 'p', 'v', "
                           "'m', 'S', 'f') AND ") +
            userNamespaces);
    out << lines(connection,
                 QStringLiteral("SELECT format('acl column %s.%I %s %s', a.attrelid::regclass, "
                                "a.attname, %1, e.privilege_type) FROM pg_attribute a, "
                                "aclexplode(a.attacl) e")
                         .arg(grantee) +
                     keep + QStringLiteral(" AND a.attrelid >= 16384"));
    out << lines(
        connection,
        QStringLiteral("SELECT format('acl schema %I %s %s', n.nspname, %1, "
                       "e.privilege_type) FROM pg_namespace n, "
                       "aclexplode(coalesce(n.nspacl, acldefault('n'::\"char\", n.nspowner))) e")
                .arg(grantee) +
            keep + QStringLiteral(" AND ") + userNamespaces);
    out << lines(
        connection,
        QStringLiteral("SELECT format('acl function %s %s %s', p.oid::regprocedure, %1, "
                       "e.privilege_type) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                       "p.pronamespace, aclexplode(coalesce(p.proacl, acldefault('f'::\"char\", "
                       "p.proowner))) e")
                .arg(grantee) +
            keep + QStringLiteral(" AND e.grantee <> p.proowner AND ") + userNamespaces +
            QStringLiteral(" AND ") + notFromExtension.arg(QStringLiteral("p.oid")));
    out << lines(
        connection,
        QStringLiteral("SELECT format('acl database %s %s', %1, e.privilege_type) FROM "
                       "pg_database d, aclexplode(coalesce(d.datacl, acldefault('d'::\"char\", "
                       "d.datdba))) e")
                .arg(grantee) +
            keep + QStringLiteral(" AND e.grantee <> d.datdba AND d.datname = current_database()"));
    out << lines(connection,
                 QStringLiteral("SELECT format('default acl %s %s %s %s', defaclrole::regrole, "
                                "defaclobjtype, %1, e.privilege_type) FROM pg_default_acl, "
                                "aclexplode(defaclacl) e")
                         .arg(grantee) +
                     keep + QStringLiteral(" AND e.grantee <> defaclrole"));
    return out;
}

QStringList ownerLines(pgm::PgConnection& connection) {
    QStringList out;
    // Owners that are the dataset's roles (a target without superuser gives each object to its
    // owner at the end of the migration).
    out << lines(connection,
                 QStringLiteral("SELECT format('owner %s %s', c.oid::regclass, "
                                "c.relowner::regrole) FROM pg_class c JOIN pg_namespace n ON "
                                "n.oid = c.relnamespace WHERE c.relowner::regrole::text LIKE "
                                "'v\\_%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ") +
                     userNamespaces);
    out << lines(connection,
                 QStringLiteral("SELECT format('owner %s %s', p.oid::regprocedure, "
                                "p.proowner::regrole) FROM pg_proc p JOIN pg_namespace n ON "
                                "n.oid = p.pronamespace WHERE p.proowner::regrole::text LIKE "
                                "'v\\_%' AND ") +
                     userNamespaces);
    out << lines(connection, QStringLiteral("SELECT format('owner database %s', "
                                            "datdba::regrole) FROM pg_database WHERE datname = "
                                            "current_database()"));
    return out;
}

} // namespace

QStringList dataFingerprint(pgm::PgConnection& connection) {
    pin(connection);
    QStringList out;
    const pgm::PgResult tables = connection.exec(
        QStringLiteral("SELECT c.oid::text, format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND ") +
        userNamespaces + QStringLiteral(" ORDER BY 2"));
    for (int t = 0; t < tables.rows(); ++t) {
        const pgm::PgResult columns = connection.exec(
            QStringLiteral("SELECT format('%I', attname), format_type(atttypid, NULL) FROM "
                           "pg_attribute WHERE attrelid = $1::oid AND attnum > 0 AND NOT "
                           "attisdropped ORDER BY attname"),
            {tables.text(t, 0)});
        QStringList values;
        for (int c = 0; c < columns.rows(); ++c) {
            values << columnText(columns.text(c, 0), columns.text(c, 1));
        }
        out << tables.text(t, 1) + QStringLiteral(" ") +
                   connection
                       .exec(QStringLiteral("SELECT count(*) || ' ' || coalesce(md5(string_agg(r, "
                                            "E'\\n' ORDER BY r COLLATE \"C\")), '') FROM (SELECT "
                                            "ROW(%1)::text AS r FROM ONLY %2) s")
                                 .arg(values.join(QStringLiteral(", ")), tables.text(t, 1)))
                       .scalar();
    }
    out << lines(connection, QStringLiteral("SELECT format('sequence %I.%I %s %s', schemaname, "
                                            "sequencename, last_value, increment_by) FROM "
                                            "pg_sequences ORDER BY 1"));
    out << lines(connection, QStringLiteral("SELECT 'large object ' || oid || ' ' || "
                                            "md5(lo_get(oid)) FROM pg_largeobject_metadata "
                                            "ORDER BY oid"));
    return out;
}

QStringList schemaFingerprint(pgm::PgConnection& connection) {
    pin(connection);
    QStringList out;
    out << relationLines(connection) << collationLines(connection) << aclLines(connection)
        << ownerLines(connection);
    out.sort();
    return out;
}

QStringList roleFingerprint(pgm::PgConnection& connection) {
    QStringList out;
    out << lines(connection,
                 QStringLiteral("SELECT format('role %s %s %s %s %s %s %s %s %s', rolname, "
                                "rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, "
                                "rolreplication, rolconnlimit, rolpassword) FROM pg_authid WHERE "
                                "rolname LIKE 'v\\_%'"));
    out << lines(connection, QStringLiteral("SELECT format('member %s of %s', member::regrole, "
                                            "roleid::regrole) FROM pg_auth_members WHERE "
                                            "member::regrole::text LIKE 'v\\_%'"));
    out << lines(connection, QStringLiteral("SELECT format('setting %s %s', "
                                            "setrole::regrole, setconfig) FROM "
                                            "pg_db_role_setting WHERE setdatabase = 0 AND "
                                            "setrole::regrole::text LIKE 'v\\_%'"));
    out.sort();
    return out;
}

} // namespace versions
