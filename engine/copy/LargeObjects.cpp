#include "LargeObjects.h"

#include "AclGrants.h"
#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>
#include <optional>

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
/// Chunks of zeros are not written: the target object is emptied first, and a gap reads as
/// zeros, so a sparse object (lo_put far past its end) stays sparse there; its length is set
/// last.
void copyContents(PgConnection& source, PgConnection& target, const QString& oid,
                  const std::atomic_bool* cancelled) {
    const QString step = QCoreApplication::translate("Runner", "copy large object %1").arg(oid);
    target.exec(QStringLiteral("SELECT lo_truncate(lo_open($1::oid, 131072), 0)"), {oid}, step);
    const QString length = QString::number(kChunkBytes);
    for (qint64 offset = 0;; offset += kChunkBytes) {
        const QString at = QString::number(offset);
        // A chunk of zeros comes as NULL: a gap of a sparse object is not sent either (a
        // megabyte compared on the server costs about a millisecond, sent as hex ten times it).
        const PgResult chunk =
            source.exec(QStringLiteral("SELECT octet_length(c), CASE WHEN c <> decode(repeat('00', "
                                       "octet_length(c)), 'hex') THEN c END "
                                       "FROM lo_get($1::oid, $2::bigint, $3::int) c"),
                        {oid, at, length}, step);
        const qint64 bytes = chunk.integer(0, 0);
        if (!chunk.isNull(0, 1)) {
            target.exec(QStringLiteral("SELECT lo_put($1::oid, $2::bigint, $3::bytea)"),
                        {oid, at, chunk.text(0, 1)}, step);
        }
        if (bytes < kChunkBytes) {
            // lo_truncate extends with zeros: the length a trailing run of zeros gives.
            target.exec(
                QStringLiteral("SELECT lo_truncate64(lo_open($1::oid, 131072), $2::bigint)"),
                {oid, QString::number(offset + bytes)}, step);
            return;
        }
        throwIfCancelled(cancelled);
    }
}

/// The target object's grants go first: one revoked on the source since the last copy (the
/// cut-over copies again) must not stay.
void revokeTargetGrants(PgConnection& target, const QString& oid, const PgResult& granted,
                        const QList<int>& rows, QStringList* warnings) {
    for (const int row : rows) {
        const QString grantee = granted.isNull(row, 1)
                                    ? QStringLiteral("PUBLIC")
                                    : target.quoteIdentifier(granted.text(row, 1));
        PgResult ignored;
        QString state;
        QString message;
        if (!target.tryExec(
                QStringLiteral("REVOKE ALL ON LARGE OBJECT %1 FROM %2").arg(oid, grantee), {},
                &ignored, &state, &message)) {
            *warnings << QCoreApplication::translate(
                             "Runner", "a grant on large object %1 the source no longer has "
                                       "stays on the target: %2")
                             .arg(oid, message);
        }
    }
}

/// The target's comments on large objects, by oid.
QHash<QString, QString> commentsOn(PgConnection& target) {
    const PgResult comments =
        target.exec(QStringLiteral("SELECT objoid::text, description FROM pg_description "
                                   "WHERE classoid = 'pg_largeobject'::regclass"));
    QHash<QString, QString> byOid;
    for (int row = 0; row < comments.rows(); ++row) {
        byOid.insert(comments.text(row, 0), comments.text(row, 1));
    }
    return byOid;
}

/// Gives the target's object the source's comment (none: removes its own).
void comment(PgConnection& target, const QString& oid, const std::optional<QString>& text,
             QStringList* warnings) {
    PgResult ignored;
    QString state;
    QString message;
    if (!target.tryExec(QStringLiteral("COMMENT ON LARGE OBJECT %1 IS %2")
                            .arg(oid, text ? target.quoteLiteral(*text) : QStringLiteral("NULL")),
                        {}, &ignored, &state, &message)) {
        *warnings << QCoreApplication::translate("Runner",
                                                 "the comment on large object %1 not carried: %2")
                         .arg(oid, message);
    }
}

/// Removes the target's large objects the source does not have: deleted on the source since
/// the initial copy (the cut-over comes later), or left by an earlier run started over.
QStringList unlinkTargetOnly(PgConnection& target, const QSet<QString>& onSource) {
    const PgResult onTarget =
        target.exec(QStringLiteral("SELECT oid::text FROM pg_largeobject_metadata ORDER BY oid"));
    QStringList gone;
    for (int row = 0; row < onTarget.rows(); ++row) {
        if (!onSource.contains(onTarget.text(row, 0))) {
            gone << onTarget.text(row, 0);
        }
    }
    if (gone.isEmpty()) {
        return {};
    }
    target.exec(QStringLiteral("SELECT lo_unlink(o) FROM unnest($1::oid[]) o"),
                {QLatin1Char('{') + gone.join(QLatin1Char(',')) + QLatin1Char('}')},
                QCoreApplication::translate("Runner", "remove large objects the source has not"));
    return {QCoreApplication::translate("Runner", "%1 large objects the source does not have "
                                                  "were removed from the target: %2")
                .arg(QString::number(gone.size()), gone.mid(0, 10).join(QStringLiteral(", ")))};
}

} // namespace

QStringList copyLargeObjects(PgConnection& source, PgConnection& target,
                             const std::atomic_bool* cancelled, bool targetFresh) {
    QStringList warnings;
    // Large objects are not in the schema archive: each is created with its id, owner, grants
    // and comment, and filled from the copy's snapshot.
    const PgResult objects = source.exec(
        QStringLiteral("SELECT m.oid::text, pg_get_userbyid(m.lomowner), obj_description(m.oid, "
                       "'pg_largeobject') FROM pg_largeobject_metadata m ORDER BY m.oid"));
    const QString grantsSql =
        QStringLiteral("SELECT m.oid::text, ") + QLatin1String(kAclEntryColumns) +
        QStringLiteral(" FROM pg_largeobject_metadata m, aclexplode(m.lomacl) a "
                       "WHERE a.grantee <> m.lomowner ORDER BY m.oid");
    const PgResult acl = source.exec(grantsSql);
    // A target database this run created has none to read (and reading them first would only
    // add round trips, or wait on a lock nothing else here takes).
    const PgResult targetAcl = targetFresh ? PgResult() : target.exec(grantsSql);
    QMultiHash<QString, int> grantRows;
    for (int row = 0; row < acl.rows(); ++row) {
        grantRows.insert(acl.text(row, 0), row);
    }
    QMultiHash<QString, int> targetGrantRows;
    for (int row = 0; row < targetAcl.rows(); ++row) {
        targetGrantRows.insert(targetAcl.text(row, 0), row);
    }
    const QHash<QString, QString> targetComments =
        targetFresh ? QHash<QString, QString>() : commentsOn(target);
    QSet<QString> onSource;
    for (int row = 0; row < objects.rows(); ++row) {
        const QString oid = objects.text(row, 0);
        onSource.insert(oid);
        target.exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_largeobject_metadata "
                                   "WHERE oid = $1::oid) THEN $1::oid ELSE lo_create($1::oid) END"),
                    {oid},
                    QCoreApplication::translate("Runner", "create large object %1").arg(oid));
        copyContents(source, target, oid, cancelled);
        if (objects.isNull(row, 2) ? targetComments.contains(oid)
                                   : targetComments.value(oid) != objects.text(row, 2)) {
            comment(target, oid,
                    objects.isNull(row, 2) ? std::nullopt : std::optional(objects.text(row, 2)),
                    &warnings);
        }
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
        revokeTargetGrants(target, oid, targetAcl, targetGrantRows.values(oid), &warnings);
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
    if (!targetFresh) {
        warnings << unlinkTargetOnly(target, onSource);
    }
    return warnings;
}

} // namespace pgm
