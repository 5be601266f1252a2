#include "LargeObjects.h"

#include "AclGrants.h"
#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QMultiHash>

namespace pgm {

namespace {

/// Data moves a chunk at a time: memory stays bounded whatever the object's size, and no value
/// comes near the 1 GB limit (a whole object read in one value failed from 512 MB as hex).
constexpr qint64 kChunkBytes = qint64(1) << 20;

void throwIfCancelled(const std::atomic_bool* cancelled) {
    if (cancelled && cancelled->load()) {
        throw PgError(PgError::Kind::Cancelled,
                      QCoreApplication::translate("Runner", "copy large objects"),
                      QStringLiteral("cancelled"));
    }
}

/// Replaces the target object's contents with the source's, chunk by chunk at the same offsets.
void copyContents(PgConnection& source, PgConnection& target, const QString& oid,
                  const std::atomic_bool* cancelled) {
    const QString step = QCoreApplication::translate("Runner", "copy large object %1").arg(oid);
    target.exec(QStringLiteral("SELECT lo_truncate(lo_open($1::oid, 131072), 0)"), {oid}, step);
    const QString length = QString::number(kChunkBytes);
    for (qint64 offset = 0;; offset += kChunkBytes) {
        const QString at = QString::number(offset);
        const PgResult chunk = source.exec(
            QStringLiteral("SELECT octet_length(c), c FROM lo_get($1::oid, $2::bigint, $3::int) c"),
            {oid, at, length}, step);
        const qint64 bytes = chunk.integer(0, 0);
        if (bytes > 0) {
            target.exec(QStringLiteral("SELECT lo_put($1::oid, $2::bigint, $3::bytea)"),
                        {oid, at, chunk.text(0, 1)}, step);
        }
        if (bytes < kChunkBytes) {
            return;
        }
        throwIfCancelled(cancelled);
    }
}

} // namespace

QStringList copyLargeObjects(PgConnection& source, PgConnection& target,
                             const std::atomic_bool* cancelled) {
    QStringList warnings;
    // Large objects are not in the schema archive: each is created with its id, owner and
    // grants, and filled from the copy's snapshot.
    const PgResult objects = source.exec(QStringLiteral(
        "SELECT m.oid::text, pg_get_userbyid(m.lomowner) FROM pg_largeobject_metadata m "
        "ORDER BY m.oid"));
    const PgResult acl =
        source.exec(QStringLiteral("SELECT m.oid::text, ") + QLatin1String(kAclEntryColumns) +
                    QStringLiteral(" FROM pg_largeobject_metadata m, aclexplode(m.lomacl) a "
                                   "WHERE a.grantee <> m.lomowner ORDER BY m.oid"));
    QMultiHash<QString, int> grantRows;
    for (int row = 0; row < acl.rows(); ++row) {
        grantRows.insert(acl.text(row, 0), row);
    }
    for (int row = 0; row < objects.rows(); ++row) {
        const QString oid = objects.text(row, 0);
        target.exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_largeobject_metadata "
                                   "WHERE oid = $1::oid) THEN $1::oid ELSE lo_create($1::oid) END"),
                    {oid},
                    QCoreApplication::translate("Runner", "create large object %1").arg(oid));
        copyContents(source, target, oid, cancelled);
        PgResult ignored;
        QString state;
        QString message;
        if (!target.tryExec(QStringLiteral("ALTER LARGE OBJECT %1 OWNER TO %2")
                                .arg(oid, target.quoteIdentifier(objects.text(row, 1))),
                            {}, &ignored, &state, &message)) {
            warnings << QCoreApplication::translate(
                            "Runner", "large object %1 keeps the target user as owner: %2")
                            .arg(oid, message);
        }
        const QList<int> grants = grantRows.values(oid);
        for (const int grantRow : grants) {
            if (grantsToProviderRole(acl, grantRow, 1)) {
                continue;
            }
            const QString grant =
                grantStatement(target, QStringLiteral("LARGE OBJECT ") + oid, acl, grantRow, 1);
            if (grant.isEmpty() || !target.tryExec(grant, {}, &ignored, &state, &message)) {
                warnings << QCoreApplication::translate(
                                "Runner", "a grant on large object %1 not carried: %2")
                                .arg(oid, grant.isEmpty() ? acl.text(grantRow, 2) : message);
            }
        }
        throwIfCancelled(cancelled);
    }
    return warnings;
}

} // namespace pgm
