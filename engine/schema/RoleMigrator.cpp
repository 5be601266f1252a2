#include "RoleMigrator.h"

#include "AclGrants.h"
#include "ManagedService.h"
#include "PgConnection.h"
#include "SecretStatement.h"
#include "SettingSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <functional>

namespace pgm {

namespace {

struct SourceRole {
    QString name;
    bool super = false;
    bool inherit = true;
    bool createRole = false;
    bool createDb = false;
    bool login = false;
    bool replication = false;
    bool bypassRls = false;
    int connectionLimit = -1;
    QString validUntil;
    QString verifier;
};

QString randomPassword() {
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 32; ++i) {
        password +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    }
    return password;
}

/// The roles to migrate, read from the source (their verifiers only when we are superuser there).
QList<SourceRole> readSourceRoles(PgConnection& source, bool sourceSuper) {
    // Predefined roles (pg_*) and the bootstrap superuser exist everywhere.
    const QString verifierColumn =
        sourceSuper ? QStringLiteral("a.rolpassword") : QStringLiteral("NULL::text");
    const QString from = sourceSuper ? QStringLiteral("pg_authid a") : QStringLiteral("pg_roles a");
    const PgResult roles = source.exec(
        QStringLiteral("SELECT a.rolname, a.rolsuper, a.rolinherit, a.rolcreaterole, "
                       "a.rolcreatedb, a.rolcanlogin, a.rolreplication, a.rolbypassrls, "
                       "a.rolconnlimit, ") +
            // ISO 8601 in UTC: the text of a timestamptz follows the session's DateStyle and
            // TimeZone, which the target may read otherwise (01/02 as 2 January, IST as Israel).
            QStringLiteral("CASE WHEN isfinite(a.rolvaliduntil) THEN to_char(a.rolvaliduntil AT "
                           "TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') ELSE "
                           "a.rolvaliduntil::text END, ") +
            verifierColumn + QStringLiteral(" FROM ") + from +
            QStringLiteral(" WHERE a.rolname !~ '^pg_' AND a.oid >= 16384 ORDER BY 1"),
        {}, QCoreApplication::translate("Schema", "read source roles"));
    QList<SourceRole> result;
    for (int row = 0; row < roles.rows(); ++row) {
        SourceRole role;
        role.name = roles.text(row, 0);
        role.super = roles.boolean(row, 1);
        role.inherit = roles.boolean(row, 2);
        role.createRole = roles.boolean(row, 3);
        role.createDb = roles.boolean(row, 4);
        role.login = roles.boolean(row, 5);
        role.replication = roles.boolean(row, 6);
        role.bypassRls = roles.boolean(row, 7);
        role.connectionLimit = int(roles.integer(row, 8));
        role.validUntil = roles.isNull(row, 9) ? QString() : roles.text(row, 9);
        role.verifier = roles.isNull(row, 10) ? QString() : roles.text(row, 10);
        result << role;
    }
    return result;
}

QStringList targetRoleNames(PgConnection& target) {
    QStringList names;
    const PgResult result = target.exec(QStringLiteral("SELECT rolname FROM pg_roles"));
    for (int row = 0; row < result.rows(); ++row) {
        names << result.text(row, 0);
    }
    return names;
}

/// What `source` has that `target`, a role of the same name, has not, as CREATE ROLE options
/// ("LOGIN CREATEDB"); empty when their attributes agree (the password is not compared).
QString attributesMissing(const SourceRole& source, const SourceRole& target) {
    QStringList missing;
    const auto flag = [&](bool wanted, bool there, const char* on, const char* off) {
        if (wanted != there) {
            missing << QLatin1String(wanted ? on : off);
        }
    };
    flag(source.login, target.login, "LOGIN", "NOLOGIN");
    flag(source.super, target.super, "SUPERUSER", "NOSUPERUSER");
    flag(source.inherit, target.inherit, "INHERIT", "NOINHERIT");
    flag(source.createRole, target.createRole, "CREATEROLE", "NOCREATEROLE");
    flag(source.createDb, target.createDb, "CREATEDB", "NOCREATEDB");
    flag(source.replication, target.replication, "REPLICATION", "NOREPLICATION");
    flag(source.bypassRls, target.bypassRls, "BYPASSRLS", "NOBYPASSRLS");
    if (source.connectionLimit != target.connectionLimit) {
        missing << QStringLiteral("CONNECTION LIMIT %1").arg(source.connectionLimit);
    }
    if (source.validUntil != target.validUntil) {
        missing << (source.validUntil.isEmpty()
                        ? QStringLiteral("VALID UNTIL 'infinity'")
                        : QStringLiteral("VALID UNTIL ") + source.validUntil);
    }
    return missing.join(QLatin1Char(' '));
}

/// Runs one statement on the target: inside the roles' transaction each under its own savepoint
/// (see migrateRoles()), so one that fails is only a warning; else on its own.
struct RoleStep {
    PgConnection& target;
    bool atomic = false;

    bool operator()(const std::function<bool()>& statement) const {
        if (!atomic) {
            return statement();
        }
        target.exec(QStringLiteral("SAVEPOINT pgmigrate_role"));
        const bool ok = statement();
        target.exec(ok ? QStringLiteral("RELEASE SAVEPOINT pgmigrate_role")
                       : QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_role"));
        return ok;
    }
};

/// The WITH options of CREATE ROLE for `role`; the privileged attributes only a superuser on the
/// target may grant go to *dropped instead when we are not one.
QStringList createRoleOptions(PgConnection& target, const SourceRole& role, bool targetSuper,
                              QStringList* dropped, RoleReport& report) {
    QStringList options;
    options << (role.login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"))
            << (role.inherit ? QStringLiteral("INHERIT") : QStringLiteral("NOINHERIT"))
            << (role.createDb ? QStringLiteral("CREATEDB") : QStringLiteral("NOCREATEDB"))
            << (role.createRole ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"));
    const auto privileged = [&](bool wanted, const char* attribute) {
        if (!wanted) {
            return;
        }
        if (targetSuper) {
            options << QLatin1String(attribute);
        } else {
            *dropped << QLatin1String(attribute);
        }
    };
    privileged(role.super, "SUPERUSER");
    privileged(role.replication, "REPLICATION");
    privileged(role.bypassRls, "BYPASSRLS");
    if (role.connectionLimit >= 0) {
        options << QStringLiteral("CONNECTION LIMIT %1").arg(role.connectionLimit);
    }
    if (!role.validUntil.isEmpty()) {
        options << QStringLiteral("VALID UNTIL ") + target.quoteLiteral(role.validUntil);
    }
    if (!role.verifier.isEmpty()) {
        // A stored verifier is accepted as is: the role keeps its password.
        options << QStringLiteral("PASSWORD ") + target.quoteLiteral(role.verifier);
    } else if (role.login) {
        options << QStringLiteral("PASSWORD ") + target.quoteLiteral(randomPassword());
        report.needPassword << role.name;
    }
    return options;
}

void createRole(PgConnection& target, const SourceRole& role, bool targetSuper,
                const RoleStep& step, RoleReport& report) {
    QStringList dropped;
    const QStringList options = createRoleOptions(target, role, targetSuper, &dropped, report);
    QString sqlstate;
    QString message;
    // The verifier is password-equivalent (md5) or an offline-attack target (SCRAM): it
    // must not reach the target's log or pg_stat_statements.
    const QString create = QStringLiteral("CREATE ROLE ") + target.quoteIdentifier(role.name) +
                           QStringLiteral(" WITH ") + options.join(QLatin1Char(' '));
    if (!step([&] { return tryExecSecret(target, create, &sqlstate, &message); })) {
        // Without CREATEROLE the migration goes on: objects fall to the target user.
        report.missing << role.name;
        report.warnings << QCoreApplication::translate("Schema", "role %1 not created: %2")
                               .arg(role.name, message);
        return;
    }
    report.created << role.name;
    if (!dropped.isEmpty()) {
        report.warnings << QCoreApplication::translate(
                               "Schema", "role %1 created without %2: only a superuser on the "
                                         "target may grant it")
                               .arg(role.name, dropped.join(QStringLiteral(", ")));
    }
}

/// The options of `GRANT role TO member` for one membership row (admin, inherit, set): on
/// 16+ a membership has its own INHERIT and SET; before, it inherits as the member does and
/// always allows SET ROLE. *lost names what a target before 16 cannot give.
QString membershipOptions(const PgResult& members, int row, bool sourceOptions, bool targetOptions,
                          QString* lost) {
    const bool admin = members.boolean(row, 2);
    if (!sourceOptions) {
        return admin ? QStringLiteral(" WITH ADMIN OPTION") : QString();
    }
    const bool inherit = members.boolean(row, 3);
    const bool set = members.boolean(row, 4);
    if (targetOptions) {
        // Each said: left out, INHERIT would follow the member's own attribute and SET be
        // TRUE, which gives a member granted INHERIT FALSE, SET FALSE the role's privileges.
        const auto word = [](bool on) {
            return on ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        };
        return QStringLiteral(" WITH ADMIN %1, INHERIT %2, SET %3")
            .arg(word(admin), word(inherit), word(set));
    }
    QStringList kept;
    if (inherit != members.boolean(row, 5)) {
        kept << (inherit ? QStringLiteral("INHERIT TRUE") : QStringLiteral("INHERIT FALSE"));
    }
    if (!set) {
        kept << QStringLiteral("SET FALSE");
    }
    *lost = kept.join(QStringLiteral(", "));
    return admin ? QStringLiteral(" WITH ADMIN OPTION") : QString();
}

/// Memberships among roles that now exist on both sides.
void grantMemberships(PgConnection& source, PgConnection& target, const RoleStep& step,
                      RoleReport& report) {
    const bool sourceOptions = source.serverVersionNum() >= 160000;
    const bool targetOptions = target.serverVersionNum() >= 160000;
    const PgResult members = source.exec(
        QStringLiteral("SELECT r.rolname, m.rolname, am.admin_option, ") +
            (sourceOptions ? QStringLiteral("am.inherit_option, am.set_option, ")
                           : QStringLiteral("NULL, NULL, ")) +
            QStringLiteral("m.rolinherit FROM pg_auth_members am "
                           "JOIN pg_roles r ON r.oid = am.roleid "
                           "JOIN pg_roles m ON m.oid = am.member WHERE m.rolname !~ '^pg_' "
                           "ORDER BY 1, 2"),
        {}, QCoreApplication::translate("Schema", "read role memberships"));
    for (int row = 0; row < members.rows(); ++row) {
        const QString role = members.text(row, 0);
        const QString member = members.text(row, 1);
        if (!report.created.contains(member) && !report.created.contains(role)) {
            continue; // leave the memberships of pre-existing roles alone
        }
        if (report.providerRoles.contains(role) || report.providerRoles.contains(member)) {
            continue; // the provider role is not migrated (reported once, with the role)
        }
        QString sqlstate;
        QString message;
        QString lost;
        PgResult ignored;
        const QString grant = QStringLiteral("GRANT ") + target.quoteIdentifier(role) +
                              QStringLiteral(" TO ") + target.quoteIdentifier(member) +
                              membershipOptions(members, row, sourceOptions, targetOptions, &lost);
        if (!step([&] { return target.tryExec(grant, {}, &ignored, &sqlstate, &message); })) {
            report.warnings << QCoreApplication::translate("Schema",
                                                           "membership of %1 in %2 not carried: %3")
                                   .arg(member, role, message);
        } else if (!lost.isEmpty()) {
            report.warnings << QCoreApplication::translate(
                                   "Schema", "membership of %1 in %2 carried without %3: the "
                                             "target's major has no such option (16+)")
                                   .arg(member, role, lost);
        }
    }
}

/// Per-role settings that apply in every database.
void carryRoleSettings(PgConnection& source, PgConnection& target, const RoleStep& step,
                       RoleReport& report) {
    const PgResult settings = source.exec(
        QStringLiteral("SELECT r.rolname, unnest(s.setconfig) FROM pg_db_role_setting s "
                       "JOIN pg_roles r ON r.oid = s.setrole WHERE s.setdatabase = 0"),
        {}, QCoreApplication::translate("Schema", "read role settings"));
    for (int row = 0; row < settings.rows(); ++row) {
        const QString role = settings.text(row, 0);
        if (!report.created.contains(role)) {
            continue;
        }
        QString sqlstate;
        QString message;
        PgResult ignored;
        if (!step([&] {
                return target.tryExec(QStringLiteral("ALTER ROLE ") + target.quoteIdentifier(role) +
                                          QStringLiteral(" SET ") +
                                          settingAssignment(target, settings.text(row, 1)),
                                      {}, &ignored, &sqlstate, &message);
            })) {
            report.warnings << QCoreApplication::translate("Schema",
                                                           "setting %1 of role %2 not carried: %3")
                                   .arg(settings.text(row, 1), role, message);
        }
    }
}

/// Who may SET or ALTER SYSTEM which parameter (15+): a catalog of the cluster, which pg_dump
/// leaves out (pg_dumpall has it), so a role that could set log_statement lost the right.
void carryParameterGrants(PgConnection& source, PgConnection& target, const RoleStep& step,
                          RoleReport& report) {
    if (source.serverVersionNum() < 150000) {
        return;
    }
    const PgResult acl =
        source.exec(QStringLiteral("SELECT p.parname, ") + QLatin1String(kAclEntryColumns) +
                        QStringLiteral(" FROM pg_parameter_acl p, aclexplode(p.paracl) a "
                                       "WHERE a.grantee <> a.grantor ORDER BY 1, 2, 3"),
                    {}, QCoreApplication::translate("Schema", "read parameter privileges"));
    for (int row = 0; row < acl.rows(); ++row) {
        if (grantsToProviderRole(acl, row, 1)) {
            continue;
        }
        const QString grant = grantStatement(
            target, QStringLiteral("PARAMETER ") + target.quoteIdentifier(acl.text(row, 0)), acl,
            row, 1);
        QString sqlstate;
        QString message;
        PgResult ignored;
        if (target.serverVersionNum() < 150000) {
            message = QCoreApplication::translate("Schema", "the target's major has no parameter "
                                                            "privileges (15+)");
        } else if (grant.isEmpty()) {
            message = acl.text(row, 2); // not a privilege's keyword: never pasted
        } else if (step([&] { return target.tryExec(grant, {}, &ignored, &sqlstate, &message); })) {
            continue;
        }
        report.warnings << QCoreApplication::translate("Schema",
                                                       "%1 on parameter %2 for %3 not carried: %4")
                               .arg(acl.text(row, 2), acl.text(row, 0),
                                    acl.isNull(row, 1) ? QStringLiteral("PUBLIC")
                                                       : acl.text(row, 1),
                                    message);
    }
}

} // namespace

RoleReport migrateRoles(PgConnection& source, PgConnection& target) {
    RoleReport report;
    const bool sourceSuper =
        source.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
            .boolean(0, 0);
    const bool targetSuper =
        target.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
            .boolean(0, 0);
    const QList<SourceRole> roles = readSourceRoles(source, sourceSuper);
    const QStringList existing = targetRoleNames(target);
    QHash<QString, SourceRole> onTarget;
    for (const SourceRole& role : readSourceRoles(target, false)) {
        onTarget.insert(role.name, role);
    }

    // One transaction: a run killed halfway leaves no role without its memberships and
    // settings (a rerun leaves those of roles it did not create alone). Each statement gets a
    // savepoint, so one that fails is only a warning. The statements carrying a verifier need
    // a temporary table inside it: without TEMP they run one by one.
    const RoleStep step{
        target,
        target.exec(QStringLiteral("SELECT has_database_privilege(current_database(), 'TEMP')"))
            .boolean(0, 0)};
    if (step.atomic) {
        target.exec(QStringLiteral("BEGIN"));
    }

    for (const SourceRole& role : roles) {
        if (providerOfRole(role.name) != ManagedService::None) {
            // The provider's own role: it gives nothing on another server, and on one of the
            // same provider it is the provider's to manage.
            report.providerRoles << role.name;
            continue;
        }
        if (existing.contains(role.name)) {
            report.alreadyPresent << role.name;
            // Left as it is, but not without a word: a role the application logs in as that
            // cannot log in here, or may do more here, is the DBA's to settle before cut-over.
            const auto there = onTarget.constFind(role.name);
            const QString missing =
                there == onTarget.cend() ? QString() : attributesMissing(role, *there);
            if (!missing.isEmpty()) {
                report.warnings << QCoreApplication::translate(
                                       "Schema", "role %1 is on the target already, without the "
                                                 "source's %2: left as it is")
                                       .arg(role.name, missing);
            }
            continue;
        }
        createRole(target, role, targetSuper, step, report);
    }
    grantMemberships(source, target, step, report);
    carryRoleSettings(source, target, step, report);
    carryParameterGrants(source, target, step, report);
    if (step.atomic) {
        target.exec(QStringLiteral("COMMIT"));
    }
    return report;
}

} // namespace pgm
