#include "SchemaDrift.h"

#include "CatalogFilters.h"
#include "PgConnection.h"

#include <QCoreApplication>
#include <QSet>

namespace pgm {

namespace {

/// The structure schemaDrift() compares, one line per column or CHECK constraint. No
/// expression is printed: pg_get_expr() and pg_get_constraintdef() lock the table, and a finish
/// would wait there for any session's ALTER TABLE; each major prints them its own way, too.
/// A CHECK is named, as pg_dump names it on the target.
QSet<QString> structureOf(PgConnection& db) {
    const QString user = QLatin1String(kUserRelation);
    const PgResult result = db.exec(
        QStringLiteral("SELECT format('%I.%I.%I %s', n.nspname, c.relname, a.attname, "
                       "format_type(a.atttypid, a.atttypmod)) "
                       "|| CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END "
                       "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
                       "AND ") +
            user +
            QStringLiteral(" UNION ALL SELECT format('%I.%I CHECK %I', n.nspname, c.relname, "
                           "k.conname) FROM pg_constraint k "
                           "JOIN pg_class c ON c.oid = k.conrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE k.contype = 'c' AND k.convalidated AND ") +
            user,
        {}, QCoreApplication::translate("Runner", "read the tables' structure"));
    QSet<QString> lines;
    lines.reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row) {
        lines.insert(result.text(row, 0));
    }
    return lines;
}

} // namespace

QStringList schemaDrift(PgConnection& source, PgConnection& target, qsizetype limit) {
    // Sets: 20,000 tables have hundreds of thousands of columns.
    const QSet<QString> onSource = structureOf(source);
    const QSet<QString> onTarget = structureOf(target);
    QStringList sourceOnly;
    QStringList targetOnly;
    for (const QString& line : onSource) {
        if (!onTarget.contains(line)) {
            sourceOnly << line;
        }
    }
    for (const QString& line : onTarget) {
        if (!onSource.contains(line)) {
            targetOnly << line;
        }
    }
    sourceOnly.sort();
    targetOnly.sort();
    QStringList drift;
    for (const QString& line : sourceOnly.mid(0, limit)) {
        drift << QCoreApplication::translate("Runner", "only on the source: %1").arg(line);
    }
    for (const QString& line : targetOnly.mid(0, limit - drift.size())) {
        drift << QCoreApplication::translate("Runner", "only on the target: %1").arg(line);
    }
    return drift;
}

} // namespace pgm
