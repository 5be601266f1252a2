#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace pgm {

class PgConnection;

/// A column's value as the checksum reads it: the same text on every major for the same value.
/// Floats are read as their bits wherever they sit (a plain column, a domain over a float, a
/// field of a composite, an element of an array, or any nesting of those): their text differs
/// between majors (12 made it shortest-exact; 10 and 11 print 17 digits with
/// extra_float_digits = 3), so text would make a false mismatch, and bits make no false match.
/// So are the built-in geometric types (point, box, ...), which hold floats; every NaN reads
/// alike. Every other value is read as its own text.
class ChecksumValues {
public:
    /// Reads the types it meets from `catalog` (the source), once each.
    explicit ChecksumValues(PgConnection& catalog)
        : m_catalog(catalog) {}

    /// The expression reading `value` (an SQL expression, e.g. `t."price"`) of type `type`.
    QString expression(const QString& value, quint32 type);

private:
    struct Shape {
        char kind = 'b';                       ///< pg_type.typtype
        quint32 base = 0;                      ///< a domain's base type
        quint32 element = 0;                   ///< an array's element type
        QList<QPair<QString, quint32>> fields; ///< a composite's fields, quoted, in order
    };
    const Shape& shape(quint32 type);
    bool holdsFloat(quint32 type, int depth);
    QString read(const QString& value, quint32 type, int depth);

    PgConnection& m_catalog;
    QHash<quint32, Shape> m_shapes;
    QHash<quint32, bool> m_holdsFloat;
    int m_aliases = 0;
};

} // namespace pgm
