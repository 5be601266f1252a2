#include "ChecksumValues.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

namespace {

constexpr quint32 kFloat4 = 700;
constexpr quint32 kFloat8 = 701;
constexpr quint32 kFloat4Array = 1021;
constexpr quint32 kFloat8Array = 1022;
/// The built-in geometric types hold floats too (their text changed in 12 like a float's): read
/// as the bytes of their send function, which are the floats' bits.
const QHash<quint32, const char*>& geometricSend() {
    static const QHash<quint32, const char*> send = {
        {600, "point_send"}, {601, "lseg_send"}, {602, "path_send"},  {603, "box_send"},
        {604, "poly_send"},  {628, "line_send"}, {718, "circle_send"}};
    return send;
}
/// Arrays of the geometric types, by their element type.
const QHash<quint32, quint32>& geometricArrays() {
    static const QHash<quint32, quint32> elements = {
        {1017, 600}, {1018, 601}, {1019, 602}, {1020, 603}, {1027, 604}, {629, 628}, {719, 718}};
    return elements;
}
/// Built-in types have smaller oids (FirstNormalObjectId); none of them but the floats and their
/// arrays holds a float, so they need no catalog read.
constexpr quint32 kFirstUserOid = 16384;
/// Composites cannot contain themselves; the limit only bounds a catalog that says otherwise.
constexpr int kMaxDepth = 16;

} // namespace

const ChecksumValues::Shape& ChecksumValues::shape(quint32 type) {
    const auto found = m_shapes.constFind(type);
    if (found != m_shapes.cend()) {
        return *found;
    }
    Shape shape;
    const QString oid = QString::number(type);
    const PgResult row = m_catalog.exec(
        QStringLiteral("SELECT t.typtype, t.typbasetype, CASE WHEN EXISTS (SELECT 1 FROM pg_type "
                       "e WHERE e.typarray = t.oid) THEN t.typelem ELSE 0 END, t.typrelid "
                       "FROM pg_type t WHERE t.oid = $1::oid"),
        {oid}, QCoreApplication::translate("Runner", "read type %1").arg(oid));
    if (row.rows() == 1) {
        shape.kind = row.text(0, 0).isEmpty() ? 'b' : row.text(0, 0).at(0).toLatin1();
        shape.base = row.text(0, 1).toUInt();
        shape.element = row.text(0, 2).toUInt();
        if (shape.kind == 'c') {
            const PgResult fields = m_catalog.exec(
                QStringLiteral("SELECT quote_ident(attname), atttypid FROM pg_attribute WHERE "
                               "attrelid = $1::oid AND attnum > 0 AND NOT attisdropped ORDER "
                               "BY attnum"),
                {row.text(0, 3)}, QCoreApplication::translate("Runner", "read type %1").arg(oid));
            for (int f = 0; f < fields.rows(); ++f) {
                shape.fields.append({fields.text(f, 0), fields.text(f, 1).toUInt()});
            }
        }
    }
    return *m_shapes.insert(type, shape);
}

bool ChecksumValues::holdsFloat(quint32 type, int depth) {
    if (type == kFloat4 || type == kFloat8 || type == kFloat4Array || type == kFloat8Array ||
        geometricSend().contains(type) || geometricArrays().contains(type)) {
        return true;
    }
    if (type < kFirstUserOid || depth > kMaxDepth) {
        return false;
    }
    const auto known = m_holdsFloat.constFind(type);
    if (known != m_holdsFloat.cend()) {
        return *known;
    }
    const Shape s = shape(type);
    bool holds = false;
    if (s.kind == 'd') {
        holds = holdsFloat(s.base, depth + 1);
    } else if (s.element != 0) {
        holds = holdsFloat(s.element, depth + 1);
    } else if (s.kind == 'c') {
        for (const auto& field : s.fields) {
            holds = holds || holdsFloat(field.second, depth + 1);
        }
    }
    // A range over a float keeps its text: no such range is built in, and a user's is rare.
    m_holdsFloat.insert(type, holds);
    return holds;
}

QString ChecksumValues::read(const QString& value, quint32 type, int depth) {
    if (!holdsFloat(type, depth)) {
        return value;
    }
    if (type == kFloat4 || type == kFloat8) {
        // Every NaN alike: one with its sign bit set (0 * -'Infinity') is NaN as text, and so
        // arrives on a target copied in text, and PostgreSQL holds all NaNs equal.
        return QStringLiteral("encode(float8send(CASE WHEN (%1)::float8 = 'NaN'::float8 THEN "
                              "'NaN'::float8 ELSE (%1)::float8 END), 'hex')")
            .arg(value);
    }
    if (const char* send = geometricSend().value(type)) {
        return QStringLiteral("encode(%1((%2)), 'hex')").arg(QLatin1String(send), value);
    }
    quint32 element = 0;
    if (type == kFloat4Array || type == kFloat8Array) {
        element = kFloat8;
    } else if (geometricArrays().contains(type)) {
        element = geometricArrays().value(type);
    } else {
        const Shape s = shape(type);
        if (s.kind == 'd') {
            // A domain reads as its base type: casts, field selection and unnest() take it.
            return read(value, s.base, depth + 1);
        }
        if (s.kind == 'c') {
            QStringList fields;
            for (const auto& field : s.fields) {
                fields << read(QStringLiteral("(%1).%2").arg(value, field.first), field.second,
                               depth + 1);
            }
            // A null composite stays null; one whose fields are all null does not.
            return QStringLiteral("CASE WHEN (%1)::text IS NOT NULL THEN ROW(%2)::text END")
                .arg(value, fields.join(QStringLiteral(", ")));
        }
        element = s.element;
    }
    // Elements in order, with the array's dimensions (unnest flattens them). unnest() in the
    // select list: in FROM it would spread a composite element over columns, and a null
    // element would look like one whose fields are all null.
    const QString alias = QStringLiteral("u%1").arg(++m_aliases);
    return QStringLiteral("CASE WHEN (%1) IS NOT NULL THEN (SELECT coalesce(array_dims(%1), '') "
                          "|| ':' || coalesce(string_agg(coalesce(%3, 'NULL'), ',' ORDER BY "
                          "%2.o), '') FROM (SELECT unnest(%1) AS e, generate_series(1, "
                          "cardinality(%1)) AS o) AS %2) END")
        .arg(value, alias, read(alias + QStringLiteral(".e"), element, depth + 1));
}

QString ChecksumValues::expression(const QString& value, quint32 type) {
    return read(value, type, 0);
}

} // namespace pgm
