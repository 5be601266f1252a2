#include "DatabaseCreator.h"

#include "AclGrants.h"
#include "ManagedService.h"
#include "PgConnection.h"
#include "SettingSql.h"

#include <QCoreApplication>
#include <QSet>

namespace pgm {

namespace {

/// Gives the new database the source's ACL, entry by entry (names quoted, never pasted). When
/// the owner is the source's, its own entries are copied too (a grant option, or a privilege it
/// gave up); otherwise the target's owner keeps its defaults.
void copyDatabaseAcl(PgConnection& source, PgConnection& target, const QString& dbname,
                     bool ownedAsSource, QStringList* warnings) {
    const PgResult owner = source.exec(
        QStringLiteral("SELECT datacl IS NULL, pg_get_userbyid(datdba) FROM pg_database "
                       "WHERE datname = $1"),
        {dbname});
    if (owner.boolean(0, 0)) {
        return; // the default ACL, as the new database has
    }
    const QString db = target.quoteIdentifier(dbname);
    target.exec(QStringLiteral("REVOKE ALL ON DATABASE ") + db + QStringLiteral(" FROM PUBLIC") +
                (ownedAsSource ? QStringLiteral(", ") + target.quoteIdentifier(owner.text(0, 1))
                               : QString()));
    const PgResult acl = source.exec(
        QStringLiteral("SELECT ") + QLatin1String(kAclEntryColumns) +
            QStringLiteral(" FROM pg_database d, aclexplode(d.datacl) a "
                           "WHERE d.datname = $1 AND ($2 OR a.grantee <> d.datdba)"),
        {dbname, ownedAsSource ? QStringLiteral("true") : QStringLiteral("false")},
        QCoreApplication::translate("Schema", "read the grants on database %1").arg(dbname));
    for (int row = 0; row < acl.rows(); ++row) {
        if (grantsToProviderRole(acl, row, 0)) {
            continue;
        }
        const QString grant = grantStatement(target, QStringLiteral("DATABASE ") + db, acl, row, 0);
        PgResult ignored;
        QString sqlstate;
        QString message = QCoreApplication::translate("Schema", "unknown privilege");
        if (grant.isEmpty() || !target.tryExec(grant, {}, &ignored, &sqlstate, &message)) {
            *warnings << QCoreApplication::translate("Schema", "%1 on database %2 not granted: %3")
                             .arg(grant.isEmpty() ? acl.text(row, 1) : grant, dbname, message);
        }
    }
}

/// Creates `dbname` on the target as on the source: owner, encoding and locale, then its ACL.
/// False when it appeared meanwhile: a killed run's CREATE DATABASE, still running in its server
/// session, commits after the lookup saw nothing.
bool createDatabaseLike(PgConnection& source, PgConnection& target, const QString& dbname,
                        QStringList* warnings) {
    const QString db = target.quoteIdentifier(dbname);
    // The locale provider came in 15 (daticulocale), its locale column became datlocale in
    // 17 (with the builtin provider).
    const int sourceVersion = source.serverVersionNum();
    const QString provider =
        sourceVersion >= 170000 ? QStringLiteral("datlocprovider::text, coalesce(datlocale, '')")
        : sourceVersion >= 150000
            ? QStringLiteral("datlocprovider::text, coalesce(daticulocale, '')")
            : QStringLiteral("'c', ''");
    const PgResult info = source.exec(
        QStringLiteral("SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding), "
                       "datcollate, datctype, ") +
            provider + QStringLiteral(" FROM pg_database WHERE datname = $1"),
        {dbname}, QCoreApplication::translate("Schema", "read database %1").arg(dbname));
    const QString owner = info.text(0, 0);
    QString locale = QStringLiteral(" ENCODING ") + target.quoteLiteral(info.text(0, 1)) +
                     QStringLiteral(" LC_COLLATE ") + target.quoteLiteral(info.text(0, 2)) +
                     QStringLiteral(" LC_CTYPE ") + target.quoteLiteral(info.text(0, 3));
    if (info.text(0, 4) == QLatin1String("i") && target.serverVersionNum() >= 150000) {
        locale += QStringLiteral(" LOCALE_PROVIDER icu ICU_LOCALE ") +
                  target.quoteLiteral(info.text(0, 5));
    }
    if (info.text(0, 4) == QLatin1String("b") && target.serverVersionNum() >= 170000) {
        locale += QStringLiteral(" LOCALE_PROVIDER builtin BUILTIN_LOCALE ") +
                  target.quoteLiteral(info.text(0, 5));
    }
    const QString create =
        QStringLiteral("CREATE DATABASE ") + db + QStringLiteral(" TEMPLATE template0");
    const QString withOwner = QStringLiteral(" OWNER ") + target.quoteIdentifier(owner);
    PgResult ignored;
    QString sqlstate;
    QString message;
    bool ownedAsSource = true;
    // Try the exact copy first, then give up what the target cannot reproduce, saying so.
    if (!target.tryExec(create + withOwner + locale, {}, &ignored, &sqlstate, &message)) {
        // duplicate_database; or unique_violation on pg_database's name when the other
        // CREATE DATABASE commits while this one inserts.
        if (sqlstate == QLatin1String("42P04") || sqlstate == QLatin1String("23505")) {
            return false;
        }
        if (target.tryExec(create + withOwner, {}, &ignored, &sqlstate, &message)) {
            *warnings << QCoreApplication::translate(
                             "Schema", "database %1 created with the target's default "
                                       "encoding and locale: %2")
                             .arg(dbname, message);
        } else {
            ownedAsSource = false;
            target.exec(create + locale, {},
                        QCoreApplication::translate("Schema", "create database %1").arg(dbname));
            *warnings << QCoreApplication::translate(
                             "Schema", "database %1 created owned by the target user, "
                                       "not %2: %3")
                             .arg(dbname, owner, message);
        }
    }
    copyDatabaseAcl(source, target, dbname, ownedAsSource, warnings);
    return true;
}

/// The source's ACL given again to a database an earlier run created, owned as on the source
/// or not.
void copyDatabaseAclAgain(PgConnection& source, PgConnection& target, const QString& dbname,
                          QStringList* warnings) {
    const QString ownerOf =
        QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = $1");
    const bool ownedAsSource =
        target.exec(ownerOf, {dbname}).text(0, 0) == source.exec(ownerOf, {dbname}).text(0, 0);
    copyDatabaseAcl(source, target, dbname, ownedAsSource, warnings);
}

/// Whether `setting` ("name=value"), the database's or `role`'s in it, would make this run's
/// own sessions there read-only: default_transaction_read_only for the database, or for the
/// target user (copyReadOnlyDefaults). Another role's (a reporting role kept read-only) is
/// given at creation with the rest.
bool readOnlyForUs(const QString& role, const QString& setting, const QString& targetUser) {
    return (role.isEmpty() || role == targetUser) &&
           setting.section(QLatin1Char('='), 0, 0)
                   .trimmed()
                   .compare(QLatin1String("default_transaction_read_only"), Qt::CaseInsensitive) ==
               0;
}

/// The source database's settings and per-role settings in it: (role or "", "name=value").
PgResult databaseSettings(PgConnection& source, const QString& dbname) {
    return source.exec(
        QStringLiteral(
            "SELECT coalesce(r.rolname, ''), unnest(s.setconfig) FROM pg_db_role_setting s "
            "JOIN pg_database d ON d.oid = s.setdatabase "
            "LEFT JOIN pg_roles r ON r.oid = s.setrole WHERE d.datname = $1"),
        {dbname});
}

/// Lifts, for this run, the read-only default an existing target database has as the source
/// has it (the database's, or the target user's in it: copyReadOnlyDefaults gave it at the end
/// of an earlier run): every session of a resumed or started-over run there would be read-only
/// and fail for ever. Returns whether it lifted one, to be given again once the run is done.
bool liftReadOnlyDefaults(PgConnection& source, PgConnection& target, const QString& dbname,
                          QStringList* warnings) {
    const QString db = target.quoteIdentifier(dbname);
    const PgResult settings = databaseSettings(source, dbname);
    if (settings.rows() == 0) {
        return false;
    }
    const QString targetUser = target.exec(QStringLiteral("SELECT current_user")).scalar();
    QSet<QString> onTarget; // roles ("" for the database) whose read-only default it has
    const PgResult own = databaseSettings(target, dbname);
    for (int row = 0; row < own.rows(); ++row) {
        if (readOnlyForUs(own.text(row, 0), own.text(row, 1), targetUser)) {
            onTarget.insert(own.text(row, 0));
        }
    }
    bool lifted = false;
    for (int row = 0; row < settings.rows(); ++row) {
        const QString role = settings.text(row, 0);
        if (!readOnlyForUs(role, settings.text(row, 1), targetUser) || !onTarget.contains(role)) {
            continue;
        }
        const QString statement =
            (role.isEmpty() ? QString(QStringLiteral("ALTER DATABASE ") + db)
                            : QString(QStringLiteral("ALTER ROLE ") + target.quoteIdentifier(role) +
                                      QStringLiteral(" IN DATABASE ") + db)) +
            QStringLiteral(" RESET default_transaction_read_only");
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (target.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
            lifted = true;
        } else {
            *warnings << QCoreApplication::translate("Schema", "%1 on the target failed: %2")
                             .arg(statement, message);
        }
    }
    return lifted;
}

/// Database settings and per-role settings in this database: all of them, or only
/// default_transaction_read_only (`readOnlyOnly`), or all but it.
void copyDatabaseSettings(PgConnection& source, PgConnection& target, const QString& dbname,
                          bool created, QStringList* warnings, bool readOnlyOnly = false) {
    const QString db = target.quoteIdentifier(dbname);
    const PgResult settings = databaseSettings(source, dbname);
    const QString targetUser = settings.rows() > 0 && created
                                   ? target.exec(QStringLiteral("SELECT current_user")).scalar()
                                   : QString();
    for (int row = 0; row < settings.rows() && created; ++row) {
        const QString role = settings.text(row, 0);
        if (providerOfRole(role) != ManagedService::None) {
            continue; // the provider's role is not migrated
        }
        if (readOnlyForUs(role, settings.text(row, 1), targetUser) != readOnlyOnly) {
            continue;
        }
        const QString statement =
            (role.isEmpty() ? QString(QStringLiteral("ALTER DATABASE ") + db)
                            : QString(QStringLiteral("ALTER ROLE ") + target.quoteIdentifier(role) +
                                      QStringLiteral(" IN DATABASE ") + db)) +
            QStringLiteral(" SET ") + settingAssignment(target, settings.text(row, 1));
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
            *warnings << QCoreApplication::translate("Schema",
                                                     "setting %1 of database %2 not carried: %3")
                             .arg(settings.text(row, 1), dbname, message);
        }
    }
}

} // namespace

DatabaseReport ensureDatabase(PgConnection& source, PgConnection& target, const QString& dbname,
                              bool createdEarlier, const std::function<void()>& beforeCreate) {
    DatabaseReport report;
    const bool exists =
        target.exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {dbname})
            .integer(0, 0) > 0;
    if (!exists) {
        if (beforeCreate) {
            beforeCreate();
        }
        report.created = createDatabaseLike(source, target, dbname, &report.warnings);
    }
    if (exists) {
        report.readOnlyLifted = liftReadOnlyDefaults(source, target, dbname, &report.warnings);
    }
    if (!report.created && createdEarlier) {
        copyDatabaseAclAgain(source, target, dbname, &report.warnings);
        report.created = true;
    }
    copyDatabaseSettings(source, target, dbname, report.created, &report.warnings);
    return report;
}

QStringList copyReadOnlyDefaults(PgConnection& source, PgConnection& target,
                                 const QString& dbname) {
    QStringList warnings;
    copyDatabaseSettings(source, target, dbname, true, &warnings, true);
    return warnings;
}

} // namespace pgm
