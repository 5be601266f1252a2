#include "CheckAreas.h"
#include "LockTableCheck.h"
#include "ManagedService.h"
#include "RemedyText.h"

#include <QCoreApplication>

namespace pgm {

namespace {

constexpr double kDiskMargin = 1.3; // the seed's 130% of the source size

/// pg_dump reads servers up to its own major only, and pg_restore reads archives of its own
/// pg_dump's version or older; the schema (and the dump method's data) needs both.
void addClientToolCheck(CheckList& checks, const ClientToolFacts& tools, ServerVersion source) {
    const QString needed = source.majorText();
    const bool dumpOk =
        !tools.pgDumpPath.isEmpty() && tools.pgDumpVersion.majorKey() >= source.majorKey();
    const bool restoreOk =
        !tools.pgRestorePath.isEmpty() && tools.pgRestoreVersion.majorKey() >= source.majorKey();
    const QString where =
        tools.directory.isEmpty()
            ? QCoreApplication::translate("Checks", "on PATH or under /usr/lib/postgresql/*/bin")
            : QCoreApplication::translate("Checks", "in %1 (the chosen pg_dump directory)")
                  .arg(tools.directory);
    const auto need = [&source, &needed](const QString& tool) {
        return QCoreApplication::translate(
                   "Checks", "the source runs PostgreSQL %1, which needs %2 %3 or newer")
            .arg(source.text(), tool, needed);
    };
    QString detail;
    if (tools.pgDumpPath.isEmpty()) {
        detail = QCoreApplication::translate("Checks", "No pg_dump found %1; %2.")
                     .arg(where, need(QStringLiteral("pg_dump")));
    } else if (!dumpOk) {
        detail = QCoreApplication::translate("Checks", "pg_dump found: %1 (major %2); %3.")
                     .arg(tools.pgDumpPath, tools.pgDumpVersion.majorText(),
                          need(QStringLiteral("pg_dump")));
    } else if (tools.pgRestorePath.isEmpty()) {
        detail = QCoreApplication::translate("Checks", "No pg_restore found %1; %2.")
                     .arg(where, need(QStringLiteral("pg_restore")));
    } else if (!restoreOk) {
        detail = QCoreApplication::translate("Checks", "pg_restore found: %1 (major %2); %3.")
                     .arg(tools.pgRestorePath, tools.pgRestoreVersion.majorText(),
                          need(QStringLiteral("pg_restore")));
    } else {
        detail =
            QCoreApplication::translate("Checks", "%1 (major %2) reads the source's PostgreSQL %3.")
                .arg(tools.pgDumpPath, tools.pgDumpVersion.majorText(), source.text());
    }
    const bool ok = dumpOk && restoreOk;
    checks.add(QStringLiteral("pg-dump-version"),
               QCoreApplication::translate("Checks", "pg_dump can read the source"),
               ok ? Check::Status::Pass : Check::Status::Fail, Check::Kind::Blocking, detail,
               ok ? QString()
                  : QCoreApplication::translate(
                        "Checks", "Install the Debian package postgresql-client-%1 (apt-get "
                                  "install postgresql-client-%1; apt.postgresql.org has the "
                                  "versions a distribution lacks), or give a directory holding "
                                  "pg_dump and pg_restore of PostgreSQL %1 or newer: "
                                  "--pg-dump-dir DIR (the wizard: pg_dump directory).")
                        .arg(needed));
}

} // namespace

void addVersionChecks(CheckList& checks, const ClusterFacts& facts) {
    using S = Check::Status;
    using K = Check::Kind;
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;
    // 7. Versions.
    const bool versionsOk = targetCanHost(source.version, target.version);
    checks.add(QStringLiteral("server-versions"),
               QCoreApplication::translate("Checks", "Target version is not older"),
               versionsOk ? S::Pass : S::Fail, K::Blocking,
               QCoreApplication::translate("Checks", "Source PostgreSQL %1, target PostgreSQL %2.")
                   .arg(source.version.text(), target.version.text()),
               versionsOk ? QString()
                          : QCoreApplication::translate(
                                "Checks", "Migrate to a target running PostgreSQL %1 or newer.")
                                .arg(source.version.majorText()));

    addClientToolCheck(checks, facts.tools, source.version);
}

/// Names the managed services recognised, so the remedies that follow make sense.
void addManagedServiceCheck(CheckList& checks, const ClusterFacts& facts) {
    const auto describe = [](ManagedService service, const QString& user,
                             const QStringList& groups) {
        if (service == ManagedService::None) {
            return QCoreApplication::translate("Checks", "no managed service recognised");
        }
        return groups.isEmpty()
                   ? QCoreApplication::translate("Checks", "%1, as %2")
                         .arg(managedServiceName(service), user)
                   : QCoreApplication::translate("Checks", "%1, as %2 (member of %3)")
                         .arg(managedServiceName(service), user, groups.join(QStringLiteral(", ")));
    };
    if (facts.source.service == ManagedService::None &&
        facts.target.service == ManagedService::None) {
        return;
    }
    checks.add(
        QStringLiteral("managed-services"),
        QCoreApplication::translate("Checks", "Managed services"), Check::Status::Pass,
        Check::Kind::Advisory,
        QCoreApplication::translate("Checks", "Source: %1. Target: %2.")
            .arg(describe(facts.source.service, facts.source.user, facts.source.serviceGroups),
                 describe(facts.target.service, facts.target.user, facts.target.serviceGroups)));
}

void addTargetWritableCheck(CheckList& checks, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    // The target receives roles, databases and data: a standby or a read-only default refuses
    // every write, so nothing is started there.
    const bool targetWritable = !target.inRecovery && !target.readOnlyDefault;
    checks.add(
        QStringLiteral("target-writable"),
        QCoreApplication::translate("Checks", "Target accepts writes"),
        targetWritable ? S::Pass : S::Fail, K::Blocking,
        target.inRecovery
            ? QCoreApplication::translate(
                  "Checks", "The target is a standby (in recovery): it accepts no writes.")
        : target.readOnlyDefault
            ? QCoreApplication::translate(
                  "Checks", "default_transaction_read_only is on for %1 on the target: "
                            "every transaction there is read-only.")
                  .arg(target.user)
            : QCoreApplication::translate("Checks", "The target is a primary and accepts writes."),
        target.inRecovery
            ? QCoreApplication::translate("Checks", "Migrate to the primary server (or promote "
                                                    "this standby first).")
        : target.readOnlyDefault
            ? QCoreApplication::translate(
                  "Checks", "On the target: ALTER ROLE %1 RESET "
                            "default_transaction_read_only; (or the ALTER DATABASE or "
                            "ALTER SYSTEM that sets it).")
                  .arg(sqlName(target.user))
            : QString());
}

void addRoleChecks(CheckList& checks, const SourceFacts& source, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    // Excluded names that match nothing are probably typos.
    if (!source.unknownExcludedDatabases.isEmpty()) {
        checks.add(QStringLiteral("excluded-databases"),
                   QCoreApplication::translate("Checks", "Excluded databases exist"), S::Warn,
                   K::Advisory,
                   QCoreApplication::translate("Checks", "Not on the source: %1.")
                       .arg(listText(source.unknownExcludedDatabases)),
                   QCoreApplication::translate(
                       "Checks", "Check the spelling of the excluded database names."));
    }

    // Roles must exist before the schema that names them as owners and grantees.
    QStringList missingRoles;
    QStringList providerRoles;
    for (const QString& role : source.roles) {
        if (providerOfRole(role) != ManagedService::None) {
            providerRoles << providerRoleNote(role);
        } else if (!target.roles.contains(role)) {
            missingRoles << role;
        }
    }
    if (!providerRoles.isEmpty()) {
        checks.add(QStringLiteral("provider-roles"),
                   QCoreApplication::translate("Checks", "Provider roles"), S::Pass, K::Advisory,
                   providerRoles.join(QStringLiteral("; ")) +
                       QCoreApplication::translate(
                           "Checks", ". Memberships in them and grants to them are left out; "
                                     "every other grant is carried."));
    }
    const bool mayCreateRoles = target.superuser || target.createRole;
    if (missingRoles.isEmpty()) {
        checks.add(
            QStringLiteral("roles"), QCoreApplication::translate("Checks", "Roles"), S::Pass,
            K::Advisory,
            QCoreApplication::translate("Checks", "Every source role exists on the target."));
    } else {
        checks.add(QStringLiteral("roles"), QCoreApplication::translate("Checks", "Roles"),
                   mayCreateRoles ? S::Pass : S::Warn, K::Advisory,
                   mayCreateRoles
                       ? QCoreApplication::translate("Checks", "%1 roles will be created: %2.")
                             .arg(missingRoles.size())
                             .arg(listText(missingRoles))
                       : QCoreApplication::translate(
                             "Checks", "%1 may not create roles, so %2 will be missing: objects "
                                       "they own will belong to %1 and grants to them are "
                                       "dropped.")
                             .arg(target.user, listText(missingRoles)),
                   mayCreateRoles ? QString()
                                  : QCoreApplication::translate(
                                        "Checks", "ALTER ROLE %1 CREATEROLE; on the target, or "
                                                  "create the roles first.")
                                        .arg(sqlName(target.user)));
    }
}

void addDiskSpaceCheck(CheckList& checks, const SourceFacts& source, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    qint64 sourceTotal = 0;
    for (const SourceDatabaseFacts& database : source.databases) {
        sourceTotal += database.sizeBytes;
    }
    const auto needed = qint64(double(sourceTotal) * kDiskMargin);
    if (!target.freeDiskBytes) {
        checks.add(
            QStringLiteral("target-disk-space"),
            QCoreApplication::translate("Checks", "Disk space on the target"), S::Warn, K::Blocking,
            QCoreApplication::translate(
                "Checks", "Could not be determined (%1). The migration needs about %2.")
                .arg(target.diskUnknownReason, bytesText(needed)),
            QCoreApplication::translate("Checks", "Make sure the target has at least %1 free.")
                .arg(bytesText(needed)));
    } else {
        const bool enough = *target.freeDiskBytes >= needed;
        checks.add(
            QStringLiteral("target-disk-space"),
            QCoreApplication::translate("Checks", "Disk space on the target"),
            enough ? S::Pass : S::Fail, K::Blocking,
            QCoreApplication::translate("Checks", "%1 free; 130% of the source's %2 is %3.")
                .arg(bytesText(*target.freeDiskBytes), bytesText(sourceTotal), bytesText(needed)),
            enough
                ? QString()
                : QCoreApplication::translate("Checks", "Free or add disk space on the target."));
    }
}

} // namespace pgm
