#include "LoadForeignKeys.h"

#include "PgConnection.h"
#include "PgResult.h"

#include <QCoreApplication>
#include <QSet>

namespace pgm {

namespace {

struct ForeignKey {
    QString table; ///< quoted, qualified
    QString name;
};

// The connected database's foreign keys, but a partition's copy of its parent's (dropped with
// it, and refused alone) and those of an extension's tables.
QList<ForeignKey> foreignKeys(PgConnection& connection) {
    const QString own = connection.serverVersionNum() >= 110000
                            ? QStringLiteral(" AND co.conparentid = 0")
                            : QString();
    const PgResult result = connection.exec(
        QStringLiteral(
            "SELECT format('%I.%I', n.nspname, c.relname), co.conname "
            "FROM pg_catalog.pg_constraint co "
            "JOIN pg_catalog.pg_class c ON c.oid = co.conrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE co.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
            "WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass "
            "AND d.objid = c.oid AND d.deptype = 'e')") +
            own,
        {}, QCoreApplication::translate("Schema", "list foreign keys"));
    QList<ForeignKey> keys;
    for (int row = 0; row < result.rows(); ++row) {
        keys << ForeignKey{result.text(row, 0), result.text(row, 1)};
    }
    return keys;
}

} // namespace

DroppedForeignKeys dropForeignKeysForLoad(PgConnection& source, PgConnection& target) {
    QSet<QString> onSource;
    for (const ForeignKey& key : foreignKeys(source)) {
        onSource.insert(key.table + QLatin1Char(' ') + key.name);
    }
    DroppedForeignKeys done;
    for (const ForeignKey& key : foreignKeys(target)) {
        if (!onSource.contains(key.table + QLatin1Char(' ') + key.name)) {
            continue; // the target's own: no restore would make it again
        }
        PgResult ignored;
        QString sqlstate;
        QString message;
        const bool dropped = target.tryExec(QStringLiteral("ALTER TABLE ") + key.table +
                                                QStringLiteral(" DROP CONSTRAINT ") +
                                                target.quoteIdentifier(key.name),
                                            {}, &ignored, &sqlstate, &message);
        (dropped ? done.dropped : done.kept) << key.table + QStringLiteral(": ") + key.name;
    }
    return done;
}

} // namespace pgm
