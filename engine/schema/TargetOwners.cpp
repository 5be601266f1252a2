#include "TargetOwners.h"

#include "ManagedService.h"
#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace pgm {

namespace {

/// pg_identify_object's type names that have an owner to give, with their ALTER keyword. Left
/// out: what only a superuser owns (languages, wrappers, event triggers), what follows its
/// table (indexes, row types, linked sequences) and default privileges (no owner of their own).
struct OwnedKind {
    const char* type;
    const char* keyword;
};
constexpr OwnedKind kKinds[] = {
    {"schema", "SCHEMA"},
    {"table", "TABLE"},
    {"view", "VIEW"},
    {"materialized view", "MATERIALIZED VIEW"},
    {"sequence", "SEQUENCE"},
    {"foreign table", "FOREIGN TABLE"},
    {"function", "FUNCTION"},
    {"procedure", "PROCEDURE"},
    {"aggregate", "AGGREGATE"},
    {"type", "TYPE"},
    {"collation", "COLLATION"},
    {"conversion", "CONVERSION"},
    {"operator", "OPERATOR"},
    {"operator class", "OPERATOR CLASS"},
    {"operator family", "OPERATOR FAMILY"},
    {"text search configuration", "TEXT SEARCH CONFIGURATION"},
    {"text search dictionary", "TEXT SEARCH DICTIONARY"},
    {"statistics object", "STATISTICS"},
    {"large object", "LARGE OBJECT"},
    {"server", "SERVER"},
    {"publication", "PUBLICATION"},
};

QString keywordOf(const QString& type) {
    for (const OwnedKind& kind : kKinds) {
        if (type == QLatin1String(kind.type)) {
            return QLatin1String(kind.keyword);
        }
    }
    return {};
}

QString ownedTypes() {
    QStringList types;
    for (const OwnedKind& kind : kKinds) {
        types << QLatin1String(kind.type);
    }
    return toPgTextArray(types);
}

bool isSuperuser(PgConnection& connection) {
    return connection
        .exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        .boolean(0, 0);
}

/// type, identity and owner of each object of the connected database recorded with an owner
/// (objects of the bootstrap superuser are not: it is pinned), outside extensions, schemas
/// first. Identities are pg_identify_object's: qualified and quoted, the same on both sides.
PgResult ownedObjects(PgConnection& db) {
    return db.exec(
        QStringLiteral(
            "SELECT i.type, i.identity, r.rolname FROM pg_shdepend d "
            "JOIN pg_roles r ON r.oid = d.refobjid, "
            "LATERAL pg_identify_object(d.classid, d.objid, d.objsubid) i "
            "WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND d.deptype = 'o' AND i.type = ANY($1::text[]) "
            "AND coalesce(i.schema, '') !~ '^pg_(temp|toast)' "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = d.classid "
            "AND e.objid = d.objid AND e.deptype = 'e') "
            // serial and identity sequences move with their table (and refuse to alone)
            "AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE d.classid = 'pg_class'::regclass "
            "AND e.classid = d.classid AND e.objid = d.objid AND e.deptype IN ('a', 'i') "
            "AND e.refclassid = 'pg_class'::regclass AND e.refobjsubid > 0) "
            // this tool's own replication objects are not migrated
            "AND NOT (i.type = 'publication' AND i.identity LIKE 'pgmigrate\\_%') "
            "ORDER BY i.type <> 'schema', i.type, i.identity"),
        {ownedTypes()}, QCoreApplication::translate("Runner", "read object owners"));
}

/// Relations the source's superusers own (not recorded for the bootstrap one): a user without
/// superuser cannot give them back, so they stay its own.
QStringList superuserOwnedRelations(PgConnection& sourceDb) {
    const PgResult owned = sourceDb.exec(QStringLiteral(
        "SELECT r.rolname, count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE r.rolsuper "
        "AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname !~ '^pg_(temp|toast)' "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass "
        "AND e.objid = c.oid AND e.deptype = 'e') GROUP BY 1 ORDER BY 1"));
    QStringList owners;
    for (int row = 0; row < owned.rows(); ++row) {
        owners << QStringLiteral("%1 (%2)").arg(owned.text(row, 0), owned.text(row, 1));
    }
    return owners;
}

/// Objects left with another owner, by cause: how many, the first few, what fixes them.
struct LeftOwners {
    QStringList examples;
    QStringList statements;
    int count = 0;
};

} // namespace

bool providerRolesOwnObjects(PgConnection& sourceDb) {
    const PgResult owners = sourceDb.exec(QStringLiteral(
        "SELECT DISTINCT r.rolname FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid "
        "WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND d.deptype = 'o'"));
    for (int row = 0; row < owners.rows(); ++row) {
        if (providerOfRole(owners.text(row, 0)) != ManagedService::None) {
            return true;
        }
    }
    return false;
}

void borrowOwnerRoles(PgConnection& source, PgConnection& target, const QStringList& dbnames,
                      QStringList* borrowed, QStringList* warnings,
                      const std::function<void()>& checkpoint) {
    if (dbnames.isEmpty() || isSuperuser(target)) {
        return;
    }
    const PgResult owners = source.exec(
        QStringLiteral(
            "SELECT DISTINCT r.rolname FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid "
            "JOIN pg_database b ON b.datname = ANY($1::text[]) WHERE d.deptype = 'o' "
            "AND (d.dbid = b.oid OR (d.dbid = 0 AND d.classid = 'pg_database'::regclass "
            "AND d.objid = b.oid)) ORDER BY 1"),
        {toPgTextArray(dbnames)},
        QCoreApplication::translate("Runner", "read the owners of the databases"));
    QStringList names;
    for (int row = 0; row < owners.rows(); ++row) {
        if (providerOfRole(owners.text(row, 0)) == ManagedService::None) {
            names << owners.text(row, 0);
        }
    }
    // To own objects through a member: before 16 membership does, from 16 SET ROLE must be
    // allowed, and inheritance lets the member create in the databases those roles own.
    const bool sixteen = target.serverVersionNum() >= 160000;
    const PgResult missing = target.exec(
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = ANY($1::text[]) "
                       "AND NOT rolsuper AND rolname <> current_user AND NOT ") +
            (sixteen ? QStringLiteral("(pg_has_role(oid, 'USAGE') AND pg_has_role(oid, 'SET'))")
                     : QStringLiteral("pg_has_role(oid, 'MEMBER')")) +
            QStringLiteral(" ORDER BY 1"),
        {toPgTextArray(names)},
        QCoreApplication::translate("Runner", "read the target user's memberships"));
    for (int row = 0; row < missing.rows(); ++row) {
        const QString role = missing.text(row, 0);
        if (!borrowed->contains(role)) {
            *borrowed << role;
            if (checkpoint) {
                checkpoint(); // saved before the grant: a process killed next still returns it
            }
        }
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(
                QStringLiteral("GRANT ") + target.quoteIdentifier(role) +
                    QStringLiteral(" TO CURRENT_USER") +
                    (sixteen ? QStringLiteral(" WITH INHERIT TRUE, SET TRUE") : QString()),
                {}, &ignored, &sqlstate, &message)) {
            borrowed->removeAll(role);
            *warnings << QCoreApplication::translate(
                             "Runner", "the target user could not act as role %1, so what it "
                                       "owns on the source will be the target user's: %2")
                             .arg(role, message);
        }
    }
}

void returnOwnerRoles(PgConnection& target, QStringList* borrowed, QStringList* warnings) {
    const QStringList roles = *borrowed;
    for (const QString& role : roles) {
        const QString revoke = QStringLiteral("REVOKE ") + target.quoteIdentifier(role) +
                               QStringLiteral(" FROM CURRENT_USER");
        PgResult ignored;
        QString sqlstate;
        QString message;
        // A role dropped since has no membership left to give back.
        if (target.tryExec(revoke, {}, &ignored, &sqlstate, &message) ||
            sqlstate == QLatin1String("42704")) {
            borrowed->removeAll(role);
        } else {
            *warnings << QCoreApplication::translate(
                             "Runner", "the target user still holds the membership of role %1 "
                                       "it took to give objects to their owners: %2; run %3")
                             .arg(role, message, revoke);
        }
    }
}

namespace {

/// Runs `statement` (ALTER ... OWNER TO `owner`) on the target: empty once done, otherwise why
/// the object stays with the target user. `superuser`: the target's roles, name -> rolsuper.
QString giveObject(PgConnection& targetDb, const QString& statement, const QString& owner,
                   const QHash<QString, bool>& superuser) {
    if (providerOfRole(owner) != ManagedService::None) {
        return QCoreApplication::translate("Runner",
                                           "owned by provider role %1, which is not migrated")
            .arg(owner);
    }
    if (!superuser.contains(owner)) {
        return QCoreApplication::translate("Runner", "owned by role %1, which the target lacks")
            .arg(owner);
    }
    if (superuser.value(owner)) {
        return QCoreApplication::translate(
                   "Runner", "owned by superuser %1, to whom only a superuser gives objects")
            .arg(owner);
    }
    PgResult ignored;
    QString sqlstate;
    QString message;
    if (targetDb.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
        return {};
    }
    return message.isEmpty() ? QStringLiteral("ALTER ... OWNER failed") : message;
}

QStringList giveObjects(PgConnection& sourceDb, PgConnection& targetDb) {
    // A superuser's pg_restore kept the owners, unless a provider role owned something.
    const bool targetSuperuser = isSuperuser(targetDb);
    if (targetSuperuser && !providerRolesOwnObjects(sourceDb)) {
        return {};
    }
    const QString dbname = targetDb.exec(QStringLiteral("SELECT current_database()")).scalar();
    const QString self = targetDb.exec(QStringLiteral("SELECT current_user")).scalar();
    QHash<QString, QString> current;
    const PgResult onTarget = ownedObjects(targetDb);
    for (int row = 0; row < onTarget.rows(); ++row) {
        current.insert(onTarget.text(row, 0) + QLatin1Char('\x1f') + onTarget.text(row, 1),
                       onTarget.text(row, 2));
    }
    QHash<QString, bool> superuser; // the target's roles: name -> rolsuper
    const PgResult roles = targetDb.exec(QStringLiteral("SELECT rolname, rolsuper FROM pg_roles"));
    for (int row = 0; row < roles.rows(); ++row) {
        superuser.insert(roles.text(row, 0), roles.boolean(row, 1));
    }

    QMap<QString, LeftOwners> left; // cause -> objects
    const PgResult wanted = ownedObjects(sourceDb);
    for (int row = 0; row < wanted.rows(); ++row) {
        const QString type = wanted.text(row, 0);
        const QString identity = wanted.text(row, 1);
        const QString owner = wanted.text(row, 2);
        if (current.value(type + QLatin1Char('\x1f') + identity) == owner) {
            continue;
        }
        const QString statement =
            QStringLiteral("ALTER %1 %2 OWNER TO %3")
                .arg(keywordOf(type), identity, targetDb.quoteIdentifier(owner));
        const QString cause = giveObject(targetDb, statement, owner, superuser);
        if (cause.isEmpty()) {
            continue;
        }
        LeftOwners& group = left[cause];
        ++group.count;
        if (group.examples.size() < 5) {
            group.examples << QStringLiteral("%1 %2").arg(type, identity);
            group.statements << statement;
        }
    }

    QStringList warnings;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        warnings << QCoreApplication::translate("Runner",
                                                "%1: %2 objects stay owned by %3 (%4): %5; as a "
                                                "superuser on the target: %6")
                        .arg(dbname, QString::number(it->count), self, it.key(),
                             it->examples.join(QStringLiteral(", ")),
                             it->statements.join(QStringLiteral("; ")));
    }
    const QStringList superOwned =
        targetSuperuser ? QStringList() : superuserOwnedRelations(sourceDb);
    if (!superOwned.isEmpty()) {
        warnings << QCoreApplication::translate(
                        "Runner", "%1: relations the source's superusers own (%2) are owned by "
                                  "%3 on the target, which has no superuser to give them to")
                        .arg(dbname, superOwned.join(QStringLiteral(", ")), self);
    }
    return warnings;
}

} // namespace

QStringList giveObjectsToSourceOwners(PgConnection& sourceDb, PgConnection& targetDb) {
    try {
        return giveObjects(sourceDb, targetDb);
    } catch (const PgError& failure) {
        // The data is there and verified: owners alone do not fail the database.
        return {
            QCoreApplication::translate("Runner", "objects keep the target user as their owner: %1")
                .arg(failure.describe())};
    }
}

} // namespace pgm
