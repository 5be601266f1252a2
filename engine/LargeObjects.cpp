#include "LargeObjects.h"

#include "PgConnection.h"
#include "PgError.h"

namespace pgm {

QStringList copyLargeObjects(PgConnection& source, PgConnection& target,
                             const std::atomic_bool* cancelled) {
    QStringList warnings;
    // Large objects are not in the schema archive: each is created with its id, owner and
    // grants, and filled from the copy's snapshot.
    const PgResult objects = source.exec(QStringLiteral(
        "SELECT m.oid::text, pg_get_userbyid(m.lomowner), "
        "coalesce((SELECT string_agg(format('%s|%s|%s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
        "ELSE quote_ident(pg_get_userbyid(a.grantee)) END, a.privilege_type, a.is_grantable), ';') "
        "FROM aclexplode(m.lomacl) a WHERE a.grantee <> m.lomowner), '') "
        "FROM pg_largeobject_metadata m ORDER BY m.oid"));
    for (int row = 0; row < objects.rows(); ++row) {
        const QString oid = objects.text(row, 0);
        const QString step = QStringLiteral("copy large object %1").arg(oid);
        const PgResult data =
            source.exec(QStringLiteral("SELECT encode(lo_get($1::oid), 'hex')"), {oid}, step);
        target.exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_largeobject_metadata "
                                   "WHERE oid = $1::oid) THEN $1::oid ELSE lo_create($1::oid) END"),
                    {oid}, step);
        target.exec(QStringLiteral("SELECT lo_truncate(lo_open($1::oid, 131072), 0)"), {oid}, step);
        target.exec(QStringLiteral("SELECT lo_put($1::oid, 0, decode($2, 'hex'))"),
                    {oid, data.scalar()}, step);
        PgResult ignored;
        QString state;
        QString message;
        if (!target.tryExec(QStringLiteral("ALTER LARGE OBJECT %1 OWNER TO %2")
                                .arg(oid, target.quoteIdentifier(objects.text(row, 1))),
                            {}, &ignored, &state, &message)) {
            warnings << QStringLiteral("large object %1 keeps the target user as owner: %2")
                            .arg(oid, message);
        }
        for (const QString& entry :
             objects.text(row, 2).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList parts = entry.split(QLatin1Char('|'));
            target.tryExec(QStringLiteral("GRANT %1 ON LARGE OBJECT %2 TO %3%4")
                               .arg(parts[1], oid, parts[0],
                                    parts[2] == QLatin1String("true")
                                        ? QStringLiteral(" WITH GRANT OPTION")
                                        : QString()),
                           {}, &ignored, &state, &message);
        }
        if (cancelled && cancelled->load()) {
            throw PgError(PgError::Kind::Cancelled, QStringLiteral("copy large objects"),
                          QStringLiteral("cancelled"));
        }
    }
    return warnings;
}

} // namespace pgm
