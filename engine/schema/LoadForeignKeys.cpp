#include "LoadForeignKeys.h"

#include "PgConnection.h"
#include "PgResult.h"

#include <QCoreApplication>

namespace pgm {

namespace {

struct ForeignKey {
    QString table;      ///< quoted, qualified
    QString referenced; ///< quoted, qualified
    QString name;
};

// The connected database's foreign keys, but a partition's copy of its parent's (dropped with
// it, and refused alone).
QList<ForeignKey> foreignKeys(PgConnection& connection) {
    const QString own = connection.serverVersionNum() >= 110000
                            ? QStringLiteral(" AND co.conparentid = 0")
                            : QString();
    const PgResult result =
        connection.exec(QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname), "
                                       "format('%I.%I', rn.nspname, r.relname), co.conname "
                                       "FROM pg_catalog.pg_constraint co "
                                       "JOIN pg_catalog.pg_class c ON c.oid = co.conrelid "
                                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                       "JOIN pg_catalog.pg_class r ON r.oid = co.confrelid "
                                       "JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace "
                                       "WHERE co.contype = 'f'") +
                            own,
                        {}, QCoreApplication::translate("Schema", "list foreign keys"));
    QList<ForeignKey> keys;
    for (int row = 0; row < result.rows(); ++row) {
        keys << ForeignKey{result.text(row, 0), result.text(row, 1), result.text(row, 2)};
    }
    return keys;
}

} // namespace

QStringList dropForeignKeysForLoad(PgConnection& source, PgConnection& target,
                                   const QSet<QString>& tables) {
    QSet<QString> onSource;
    for (const ForeignKey& key : foreignKeys(source)) {
        onSource.insert(key.table + QLatin1Char(' ') + key.name);
    }
    QStringList kept;
    for (const ForeignKey& key : foreignKeys(target)) {
        if (!onSource.contains(key.table + QLatin1Char(' ') + key.name) ||
            (!tables.contains(key.table) && !tables.contains(key.referenced))) {
            continue; // the target's own, or not in the way of this load
        }
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(QStringLiteral("ALTER TABLE ") + key.table +
                                QStringLiteral(" DROP CONSTRAINT ") +
                                target.quoteIdentifier(key.name),
                            {}, &ignored, &sqlstate, &message)) {
            kept << key.table + QStringLiteral(": ") + key.name;
        }
    }
    return kept;
}

} // namespace pgm
