#include "CheckRules.h"

#include "LockTableCheck.h"
#include "ManagedService.h"
#include "MigrationState.h"
#include "RemedyText.h"

#include <QLocale>
#include <QRegularExpression>

namespace pgm {

namespace {

constexpr double kDiskMargin = 1.3; // the seed's 130% of the source size

QString bytesText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString listText(const QStringList& items, int shown = 10) {
    if (items.size() <= shown) {
        return items.join(QStringLiteral(", "));
    }
    return items.mid(0, shown).join(QStringLiteral(", ")) +
           QStringLiteral(" and %1 more").arg(items.size() - shown);
}

/// The grants that let the source user read what it may not: per schema as its owner, or all
/// at once where pg_read_all_data exists (14+).
QString readAccessRemedy(const SourceFacts& source, const SourceDatabaseFacts& db) {
    const QString user = sqlName(source.user);
    QStringList grants;
    for (const QString& schema : db.unreadableSchemas) {
        grants << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON ALL TABLES IN "
                                 "SCHEMA %1 TO %2; GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO "
                                 "%2;")
                      .arg(schema, user);
    }
    QString remedy = QStringLiteral("In database %1, as each schema's owner: %2")
                         .arg(sqlName(db.name), grants.join(QLatin1Char(' ')));
    if (source.version.number() >= 140000) {
        remedy += QStringLiteral(" Or, for every database at once: GRANT pg_read_all_data TO %1;")
                      .arg(user);
    }
    return remedy;
}

/// Collects checks, applying what the method choice does to method-deciding ones.
class CheckList {
public:
    explicit CheckList(MethodChoice choice)
        : m_choice(choice) {}

    void add(QString id, QString title, Check::Status status, Check::Kind kind, QString detail,
             QString remedy = {}, QString dbname = {}) {
        Check check{std::move(id),     std::move(title),  status,           kind,
                    std::move(detail), std::move(remedy), std::move(dbname)};
        if (kind == Check::Kind::MethodDeciding) {
            if (m_choice == MethodChoice::Dump) {
                check.status = Check::Status::Skip;
                check.detail =
                    QStringLiteral("not needed: the dump method was chosen. ") + check.detail;
            } else if (m_choice == MethodChoice::Replication) {
                check.kind = Check::Kind::Blocking;
            }
        }
        m_checks << check;
    }

    QList<Check> take() { return std::move(m_checks); }

private:
    MethodChoice m_choice;
    QList<Check> m_checks;
};

// The server's facts are read only when both servers answered.
QString connectedText(const QString& user, ServerVersion version) {
    return user.isEmpty()
               ? QStringLiteral("Connected.")
               : QStringLiteral("Connected as %1, PostgreSQL %2.").arg(user, version.text());
}

QString connectionRemedy(const QString& error, bool needsPassword) {
    // No password given: libpq's flag, since its message is in the user's language. A wrong
    // one: the server's message (its lc_messages, English unless set otherwise).
    if (needsPassword || error.contains(QLatin1String("password authentication failed"))) {
        return QStringLiteral("Check the user name and password.");
    }
    if (error.contains(QLatin1String("SSL")) || error.contains(QLatin1String("ssl"))) {
        return QStringLiteral("Check the SSL mode: the server may not support SSL (try sslmode "
                              "prefer or disable), or the certificate does not match.");
    }
    if (error.contains(QLatin1String("pg_hba.conf"))) {
        return QStringLiteral("Allow this host in the server's pg_hba.conf and reload it.");
    }
    if (error.contains(QLatin1String("could not translate host name")) ||
        error.contains(QLatin1String("Name or service not known"))) {
        return QStringLiteral("Check the host name.");
    }
    if (error.contains(QLatin1String("no answer"))) {
        return QStringLiteral("Something accepted the connection but did not answer as "
                              "PostgreSQL: check the host and port, and any proxy or firewall.");
    }
    return QStringLiteral("Check the host, the port, and that the server accepts TCP "
                          "connections (listen_addresses, firewall).");
}

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
            ? QStringLiteral("on PATH or under /usr/lib/postgresql/*/bin")
            : QStringLiteral("in %1 (the chosen pg_dump directory)").arg(tools.directory);
    const auto need = [&source, &needed](const QString& tool) {
        return QStringLiteral("the source runs PostgreSQL %1, which needs %2 %3 or newer")
            .arg(source.text(), tool, needed);
    };
    QString detail;
    if (tools.pgDumpPath.isEmpty()) {
        detail =
            QStringLiteral("No pg_dump found %1; %2.").arg(where, need(QStringLiteral("pg_dump")));
    } else if (!dumpOk) {
        detail = QStringLiteral("pg_dump found: %1 (major %2); %3.")
                     .arg(tools.pgDumpPath, tools.pgDumpVersion.majorText(),
                          need(QStringLiteral("pg_dump")));
    } else if (tools.pgRestorePath.isEmpty()) {
        detail = QStringLiteral("No pg_restore found %1; %2.")
                     .arg(where, need(QStringLiteral("pg_restore")));
    } else if (!restoreOk) {
        detail = QStringLiteral("pg_restore found: %1 (major %2); %3.")
                     .arg(tools.pgRestorePath, tools.pgRestoreVersion.majorText(),
                          need(QStringLiteral("pg_restore")));
    } else {
        detail = QStringLiteral("%1 (major %2) reads the source's PostgreSQL %3.")
                     .arg(tools.pgDumpPath, tools.pgDumpVersion.majorText(), source.text());
    }
    const bool ok = dumpOk && restoreOk;
    checks.add(QStringLiteral("pg-dump-version"), QStringLiteral("pg_dump can read the source"),
               ok ? Check::Status::Pass : Check::Status::Fail, Check::Kind::Blocking, detail,
               ok ? QString()
                  : QStringLiteral("Install the Debian package postgresql-client-%1 (apt-get "
                                   "install postgresql-client-%1; apt.postgresql.org has the "
                                   "versions a distribution lacks), or give a directory holding "
                                   "pg_dump and pg_restore of PostgreSQL %1 or newer: "
                                   "--pg-dump-dir DIR (the wizard: pg_dump directory).")
                        .arg(needed));
}

/// The fix on a 16+ target whose user is no superuser: what CREATE SUBSCRIPTION without one needs.
QString subscribeItselfRemedy(const ClusterFacts& facts, const DatabaseCapabilities& db) {
    const TargetFacts& target = facts.target;
    if (!target.createSubscriptionRole) {
        return QStringLiteral("As a superuser (or a role with ADMIN on it) on the target: GRANT "
                              "pg_create_subscription TO %1; (it then subscribes itself, with "
                              "CREATE on the database), or install aiven_extras there; otherwise "
                              "the dump method is used.")
            .arg(sqlName(target.user));
    }
    if (!db.targetCanCreate) {
        return QStringLiteral("On the target: GRANT CREATE ON DATABASE %1 TO %2; otherwise the "
                              "dump method is used.")
            .arg(sqlName(db.name), sqlName(target.user));
    }
    return QStringLiteral("Give the source user's password (in the source URI or "
                          "PGMIGRATE_SOURCE_PASSWORD), and have the source ask for it from the "
                          "target's address (pg_hba.conf: scram-sha-256 or md5, not trust, peer "
                          "or cert); otherwise the dump method is used.");
}

/// The fix for a database that may not replicate for want of privileges, in the terms of the
/// provider of the side that lacks them.
QString replicationPrivilegeRemedy(const ClusterFacts& facts, const DatabaseCapabilities& db) {
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;
    const bool sourceLacks = !source.superuser && !db.sourceAivenExtras && !db.sourceOwnsTables;
    if (sourceLacks && !publishRemedy(source.service, source.user).isEmpty()) {
        return publishRemedy(source.service, source.user);
    }
    if (!sourceLacks && target.service == ManagedService::Aiven) {
        return QStringLiteral("On Aiven, run CREATE EXTENSION aiven_extras CASCADE; as %1 (or "
                              "avnadmin) in the target database %2; otherwise the dump method is "
                              "used.")
            .arg(target.user, db.name);
    }
    if (!sourceLacks && target.version.supportsCreateSubscriptionRole()) {
        return subscribeItselfRemedy(facts, db);
    }
    return QStringLiteral("Connect as a superuser, or run CREATE EXTENSION aiven_extras CASCADE; "
                          "in this database on the side named; otherwise the dump method is "
                          "used.");
}

/// Names the managed services recognised, so the remedies that follow make sense.
void addManagedServiceCheck(CheckList& checks, const ClusterFacts& facts) {
    const auto describe = [](ManagedService service, const QString& user,
                             const QStringList& groups) {
        if (service == ManagedService::None) {
            return QStringLiteral("no managed service recognised");
        }
        return groups.isEmpty()
                   ? QStringLiteral("%1, as %2").arg(managedServiceName(service), user)
                   : QStringLiteral("%1, as %2 (member of %3)")
                         .arg(managedServiceName(service), user, groups.join(QStringLiteral(", ")));
    };
    if (facts.source.service == ManagedService::None &&
        facts.target.service == ManagedService::None) {
        return;
    }
    checks.add(
        QStringLiteral("managed-services"), QStringLiteral("Managed services"), Check::Status::Pass,
        Check::Kind::Advisory,
        QStringLiteral("Source: %1. Target: %2.")
            .arg(describe(facts.source.service, facts.source.user, facts.source.serviceGroups),
                 describe(facts.target.service, facts.target.user, facts.target.serviceGroups)));
}

/// A name pg_database holds in other bytes than UTF-8 can only be typed by its bytes: the
/// rename finds it by them (decode(..., 'escape') reads them unconverted and unchecked), so the
/// remedy works from any client encoding.
QString notUtf8Remedy(const SourceDatabaseFacts& db) {
    return QStringLiteral("Rename it on the source, connected to another database: DO $$DECLARE "
                          "d name; BEGIN SELECT datname INTO d FROM pg_database WHERE "
                          "decode(replace(datname::text, '\\', '\\\\'), 'escape') = '\\x%1'; "
                          "EXECUTE "
                          "format('ALTER DATABASE %I RENAME TO %I', d, 'new_name'); END$$; "
                          "or exclude it: --exclude-db '%2'.")
        .arg(QString::fromLatin1(db.rawName.toHex()), db.name);
}

} // namespace

int compareExtensionVersions(const QString& a, const QString& b) {
    static const QRegularExpression separator(QStringLiteral("[.\\-_]"));
    const QStringList left = a.split(separator);
    const QStringList right = b.split(separator);
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = i < left.size() ? left[i] : QStringLiteral("0");
        const QString r = i < right.size() ? right[i] : QStringLiteral("0");
        bool lNumber = false;
        bool rNumber = false;
        const qint64 ln = l.toLongLong(&lNumber);
        const qint64 rn = r.toLongLong(&rNumber);
        const int order = (lNumber && rNumber) ? (ln < rn   ? -1
                                                  : ln > rn ? 1
                                                            : 0)
                                               : QString::compare(l, r);
        if (order != 0) {
            return order < 0 ? -1 : 1;
        }
    }
    return 0;
}

bool canInstallOnTarget(const TargetFacts& target, const QString& extension) {
    if (target.superuser || target.allowListedExtensions.contains(extension)) {
        return true;
    }
    const auto it = target.availableExtensions.constFind(extension);
    return it != target.availableExtensions.cend() && it->trusted &&
           target.version.supportsTrustedExtensions();
}

ReplicationCapabilities replicationCapabilities(const ClusterFacts& facts) {
    ReplicationCapabilities cluster;
    cluster.sourceVersion = facts.source.version;
    cluster.walLevel = facts.source.walLevel;
    cluster.sourceInRecovery = facts.source.inRecovery;
    cluster.sourceUser = facts.source.user;
    cluster.sourceSuperuser = facts.source.superuser;
    cluster.sourceReplicationRole = facts.source.replicationRole;
    cluster.targetUser = facts.target.user;
    cluster.targetSuperuser = facts.target.superuser;
    cluster.targetVersion = facts.target.version;
    cluster.targetCreateSubscriptionRole = facts.target.createSubscriptionRole;
    cluster.sourcePasswordAuthenticated = facts.source.passwordAuthenticated;
    if (facts.connectivity.targetReachesSource == ConnectivityFacts::ProbeState::Failed) {
        cluster.targetToSourceFailure = facts.connectivity.targetReachesSourceDetail;
    }
    ReplicationResources resources;
    resources.sourceFreeSlots =
        facts.source.maxReplicationSlots - facts.source.usedReplicationSlots;
    resources.sourceFreeWalSenders = facts.source.maxWalSenders - facts.source.usedWalSenders;
    resources.targetFreeOrigins =
        facts.target.maxReplicationSlots - facts.target.usedReplicationOrigins;
    resources.targetFreeWorkers =
        facts.target.maxLogicalReplicationWorkers - facts.target.usedLogicalReplicationWorkers;
    resources.initialSyncHeadroom = facts.target.maxSyncWorkersPerSubscription;
    cluster.capacity = replicationCapacity(resources, &cluster.capacityLimit);
    return cluster;
}

QList<DatabaseCapabilities> databaseCapabilities(const ClusterFacts& facts) {
    const bool targetExtrasAvailable =
        facts.target.availableExtensions.contains(QStringLiteral("aiven_extras"));
    const bool targetExtrasInstallable =
        targetExtrasAvailable && canInstallOnTarget(facts.target, QStringLiteral("aiven_extras"));
    QList<DatabaseCapabilities> databases;
    for (const SourceDatabaseFacts& source : facts.source.databases) {
        DatabaseCapabilities database;
        database.name = source.name;
        database.sizeBytes = source.sizeBytes;
        // On the source, aiven_extras must be there already or installable by this user.
        database.sourceAivenExtras =
            source.aivenExtrasInstalled ||
            (source.aivenExtrasAvailable && (facts.source.superuser || source.canCreateInDatabase));
        database.sourceOwnsTables = source.ownsEveryTable && source.canCreateInDatabase;
        const auto target = facts.target.existingDatabases.constFind(source.name);
        const bool installedOnTarget =
            target != facts.target.existingDatabases.cend() &&
            target->installedExtensions.contains(QStringLiteral("aiven_extras"));
        database.targetAivenExtras = installedOnTarget || targetExtrasInstallable;
        // A database the user creates is its own; in an existing one it needs the grant.
        database.targetCanCreate =
            target == facts.target.existingDatabases.cend() || target->canCreate;
        databases << database;
    }
    return databases;
}

CheckOutcome evaluateChecks(const ClusterFacts& facts, MethodChoice choice) {
    using S = Check::Status;
    using K = Check::Kind;
    CheckList checks(choice);
    const ConnectivityFacts& net = facts.connectivity;
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;

    // 1. Both servers reachable; nothing else can be judged without them.
    checks.add(QStringLiteral("source-reachable"), QStringLiteral("Source server reachable"),
               net.sourceReachable ? S::Pass : S::Fail, K::Blocking,
               net.sourceReachable ? connectedText(source.user, source.version) : net.sourceError,
               net.sourceReachable ? QString()
                                   : connectionRemedy(net.sourceError, net.sourceNeedsPassword));
    checks.add(QStringLiteral("target-reachable"), QStringLiteral("Target server reachable"),
               net.targetReachable ? S::Pass : S::Fail, K::Blocking,
               net.targetReachable ? connectedText(target.user, target.version) : net.targetError,
               net.targetReachable ? QString()
                                   : connectionRemedy(net.targetError, net.targetNeedsPassword));
    if (!net.sourceReachable || !net.targetReachable) {
        return {checks.take(), {}};
    }

    // 2. Not the same server.
    if (!net.sameServer.has_value()) {
        checks.add(QStringLiteral("distinct-servers"), QStringLiteral("Source and target differ"),
                   S::Warn, K::Blocking, QStringLiteral("Could not tell: ") + net.sameServerNote);
    } else {
        const bool same = *net.sameServer;
        checks.add(QStringLiteral("distinct-servers"), QStringLiteral("Source and target differ"),
                   same ? S::Fail : S::Pass, K::Blocking,
                   same ? QStringLiteral("The source and the target are the same server.")
                        : QStringLiteral("The target does not see our source session."),
                   same ? QStringLiteral("Give a different target server.") : QString());
    }

    // 7. Versions.
    const bool versionsOk = targetCanHost(source.version, target.version);
    checks.add(QStringLiteral("server-versions"), QStringLiteral("Target version is not older"),
               versionsOk ? S::Pass : S::Fail, K::Blocking,
               QStringLiteral("Source PostgreSQL %1, target PostgreSQL %2.")
                   .arg(source.version.text(), target.version.text()),
               versionsOk ? QString()
                          : QStringLiteral("Migrate to a target running PostgreSQL %1 or newer.")
                                .arg(source.version.majorText()));

    addClientToolCheck(checks, facts.tools, source.version);
    addManagedServiceCheck(checks, facts);
    for (const Check& locks : {lockTableCheck(source), targetLockTableCheck(source, target)}) {
        checks.add(locks.id, locks.title, locks.status, locks.kind, locks.detail, locks.remedy);
    }

    // The target receives roles, databases and data: a standby or a read-only default refuses
    // every write, so nothing is started there.
    const bool targetWritable = !target.inRecovery && !target.readOnlyDefault;
    checks.add(QStringLiteral("target-writable"), QStringLiteral("Target accepts writes"),
               targetWritable ? S::Pass : S::Fail, K::Blocking,
               target.inRecovery
                   ? QStringLiteral("The target is a standby (in recovery): it accepts no writes.")
               : target.readOnlyDefault
                   ? QStringLiteral("default_transaction_read_only is on for %1 on the target: "
                                    "every transaction there is read-only.")
                         .arg(target.user)
                   : QStringLiteral("The target is a primary and accepts writes."),
               target.inRecovery ? QStringLiteral("Migrate to the primary server (or promote "
                                                  "this standby first).")
               : target.readOnlyDefault
                   ? QStringLiteral("On the target: ALTER ROLE %1 RESET "
                                    "default_transaction_read_only; (or the ALTER DATABASE or "
                                    "ALTER SYSTEM that sets it).")
                         .arg(sqlName(target.user))
                   : QString());

    // Excluded names that match nothing are probably typos.
    if (!source.unknownExcludedDatabases.isEmpty()) {
        checks.add(
            QStringLiteral("excluded-databases"), QStringLiteral("Excluded databases exist"),
            S::Warn, K::Advisory,
            QStringLiteral("Not on the source: %1.").arg(listText(source.unknownExcludedDatabases)),
            QStringLiteral("Check the spelling of the excluded database names."));
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
        checks.add(QStringLiteral("provider-roles"), QStringLiteral("Provider roles"), S::Pass,
                   K::Advisory,
                   providerRoles.join(QStringLiteral("; ")) +
                       QStringLiteral(". Memberships in them and grants to them are left out; "
                                      "every other grant is carried."));
    }
    const bool mayCreateRoles = target.superuser || target.createRole;
    if (missingRoles.isEmpty()) {
        checks.add(QStringLiteral("roles"), QStringLiteral("Roles"), S::Pass, K::Advisory,
                   QStringLiteral("Every source role exists on the target."));
    } else {
        checks.add(QStringLiteral("roles"), QStringLiteral("Roles"),
                   mayCreateRoles ? S::Pass : S::Warn, K::Advisory,
                   mayCreateRoles
                       ? QStringLiteral("%1 roles will be created: %2.")
                             .arg(missingRoles.size())
                             .arg(listText(missingRoles))
                       : QStringLiteral("%1 may not create roles, so %2 will be missing: objects "
                                        "they own will belong to %1 and grants to them are "
                                        "dropped.")
                             .arg(target.user, listText(missingRoles)),
                   mayCreateRoles ? QString()
                                  : QStringLiteral("ALTER ROLE %1 CREATEROLE; on the target, or "
                                                   "create the roles first.")
                                        .arg(sqlName(target.user)));
    }

    // 4. Disk space on the target.
    qint64 sourceTotal = 0;
    for (const SourceDatabaseFacts& database : source.databases) {
        sourceTotal += database.sizeBytes;
    }
    const auto needed = qint64(double(sourceTotal) * kDiskMargin);
    if (!target.freeDiskBytes) {
        checks.add(
            QStringLiteral("target-disk-space"), QStringLiteral("Disk space on the target"),
            S::Warn, K::Blocking,
            QStringLiteral("Could not be determined (%1). The migration needs about %2.")
                .arg(target.diskUnknownReason, bytesText(needed)),
            QStringLiteral("Make sure the target has at least %1 free.").arg(bytesText(needed)));
    } else {
        const bool enough = *target.freeDiskBytes >= needed;
        checks.add(
            QStringLiteral("target-disk-space"), QStringLiteral("Disk space on the target"),
            enough ? S::Pass : S::Fail, K::Blocking,
            QStringLiteral("%1 free; 130% of the source's %2 is %3.")
                .arg(bytesText(*target.freeDiskBytes), bytesText(sourceTotal), bytesText(needed)),
            enough ? QString() : QStringLiteral("Free or add disk space on the target."));
    }

    // 11 (cluster part). Replication preconditions that hold for every database.
    const bool logicalVersion = source.version.supportsLogicalReplication();
    checks.add(QStringLiteral("source-version-replication"),
               QStringLiteral("Source supports logical replication"),
               logicalVersion ? S::Pass : S::Fail, K::MethodDeciding,
               QStringLiteral("Source PostgreSQL %1; logical replication needs 10 or newer.")
                   .arg(source.version.text()),
               logicalVersion ? QString()
                              : QStringLiteral("Upgrade the source, or use the dump method."));
    const bool walLogical = source.walLevel == QLatin1String("logical");
    checks.add(QStringLiteral("wal-level"), QStringLiteral("Source wal_level is logical"),
               walLogical ? S::Pass : S::Fail, K::MethodDeciding,
               QStringLiteral("wal_level is '%1'.").arg(source.walLevel),
               walLogical ? QString() : walLevelRemedy(source.service));
    // A standby cannot take a publication (a write), and logical slots exist on standbys only
    // from PostgreSQL 16; the dump method reads it as well as a primary.
    checks.add(QStringLiteral("source-primary"), QStringLiteral("Source is a primary"),
               source.inRecovery ? S::Fail : S::Pass, K::MethodDeciding,
               source.inRecovery
                   ? QStringLiteral("The source is a standby (in recovery): replication needs a "
                                    "publication and a slot made on the primary (logical slots "
                                    "exist on standbys only from PostgreSQL 16).")
                   : QStringLiteral("The source is not in recovery."),
               source.inRecovery ? QStringLiteral("Give the primary server as the source, or use "
                                                  "the dump method.")
                                 : QString());
    if (source.inRecovery) {
        checks.add(QStringLiteral("standby-conflicts"),
                   QStringLiteral("Long reads on a standby source"), S::Warn, K::Advisory,
                   QStringLiteral("The copy reads the standby in one long transaction; replay "
                                  "cancels it after max_standby_streaming_delay (%1) when it "
                                  "conflicts with cleanup on the primary%2.")
                       .arg(source.maxStandbyStreamingDelay,
                            source.hotStandbyFeedback
                                ? QStringLiteral(" (hot_standby_feedback is on, which avoids "
                                                 "most of them)")
                                : QString()),
                   QStringLiteral("On the standby, for the migration: ALTER SYSTEM SET "
                                  "max_standby_streaming_delay = -1; and SET "
                                  "hot_standby_feedback = on; then SELECT pg_reload_conf(); "
                                  "(or migrate from the primary)."));
    }
    const bool sourceRole = source.superuser || source.replicationRole;
    const QString groups = source.serviceGroups.isEmpty()
                               ? QString()
                               : QStringLiteral(" (member of %1)")
                                     .arg(source.serviceGroups.join(QStringLiteral(", ")));
    checks.add(
        QStringLiteral("source-replication-role"), QStringLiteral("Source user may replicate"),
        sourceRole ? S::Pass : S::Fail, K::MethodDeciding,
        source.superuser ? QStringLiteral("%1 is a superuser.").arg(source.user)
        : source.replicationRole
            ? (source.service == ManagedService::AmazonRds
                   ? QStringLiteral("%1 may replicate%2.").arg(source.user, groups)
                   : QStringLiteral("%1 has the REPLICATION attribute%2.").arg(source.user, groups))
            : QStringLiteral("%1 is neither superuser nor has REPLICATION%2.")
                  .arg(source.user, groups),
        sourceRole ? QString() : replicationRoleRemedy(source.service, source.user));

    // 5. Capacity for replication on both sides.
    const ReplicationCapabilities cluster = replicationCapabilities(facts);
    const int databaseCount = int(source.databases.size());
    const int headroom = target.maxSyncWorkersPerSubscription;
    const int slotsFree = source.maxReplicationSlots - source.usedReplicationSlots;
    const int slotsNeeded = databaseCount + headroom;
    checks.add(QStringLiteral("source-replication-slots"),
               QStringLiteral("Free replication slots on the source"),
               slotsFree >= slotsNeeded ? S::Pass : S::Fail, K::MethodDeciding,
               QStringLiteral("%1 of %2 slots free; %3 databases need one each, plus %4 "
                              "temporary ones during the initial copy.")
                   .arg(slotsFree)
                   .arg(source.maxReplicationSlots)
                   .arg(databaseCount)
                   .arg(headroom),
               slotsFree >= slotsNeeded
                   ? QString()
                   : QStringLiteral("ALTER SYSTEM SET max_replication_slots = %1; on the source, "
                                    "then restart it.")
                         .arg(source.usedReplicationSlots + slotsNeeded));
    QStringList idleSlots;
    QStringList dropIdleSlots;
    QStringList awaySubscribers;
    for (const IdleMigrationSlot& slot : source.idleMigrationSlots) {
        const QString described =
            QStringLiteral("%1 (database %2, %3 MB of WAL%4)")
                .arg(slot.name, slot.database)
                .arg(slot.retainedBytes / (1024 * 1024))
                .arg(slot.inactiveSeconds >= 0
                         ? QStringLiteral(", unread for %1 s").arg(slot.inactiveSeconds)
                         : QString());
        // A migration still syncing through it: its subscriber is only away (a restart of
        // either server, a network cut) and comes back by itself. Dropping the slot would end
        // that migration: never advised.
        if (slot.migrationStatus == DbStatus::Syncing ||
            slot.migrationStatus == DbStatus::Running) {
            awaySubscribers << QStringLiteral("%1 of migration %2 (%3)")
                                   .arg(described, slot.migrationId,
                                        statusName(*slot.migrationStatus));
            continue;
        }
        idleSlots << described +
                         (slot.migrationId.isEmpty()
                              ? QString()
                              : QStringLiteral(" of migration %1, %2")
                                    .arg(slot.migrationId, statusName(slot.migrationStatus.value_or(
                                                               DbStatus::Running))));
        // Slot names allow only [a-z0-9_]: safe inside the quotes.
        dropIdleSlots << QStringLiteral("SELECT pg_drop_replication_slot('%1');").arg(slot.name);
    }
    checks.add(QStringLiteral("source-away-subscribers"),
               QStringLiteral("Syncing migrations' subscribers connected"),
               awaySubscribers.isEmpty() ? S::Pass : S::Warn, K::Advisory,
               awaySubscribers.isEmpty()
                   ? QStringLiteral("Every syncing migration's subscriber reads its slot.")
                   : QStringLiteral("No subscriber reads these slots of syncing migrations right "
                                    "now: %1. The target reconnects by itself once both servers "
                                    "reach each other again; meanwhile the slot keeps WAL on "
                                    "the source.")
                         .arg(awaySubscribers.join(QStringLiteral(", "))),
               awaySubscribers.isEmpty()
                   ? QString()
                   : QStringLiteral("Do not drop these slots: that would end the migration. If "
                                    "it lasts, 'pgmigrate status --id ID' says why (the "
                                    "subscription's state and errors, the target's log)."));
    checks.add(QStringLiteral("source-idle-migration-slots"),
               QStringLiteral("No forgotten pgmigrate slots on the source"),
               idleSlots.isEmpty() ? S::Pass : S::Warn, K::Advisory,
               idleSlots.isEmpty()
                   ? QStringLiteral("No pgmigrate replication slot is waiting for a subscriber.")
                   : QStringLiteral("Replication slots named like pgmigrate's, read by no "
                                    "subscriber, keep WAL on the source until dropped: %1.")
                         .arg(idleSlots.join(QStringLiteral(", "))),
               idleSlots.isEmpty()
                   ? QString()
                   : QStringLiteral("If no migration of yours is syncing through them (pgmigrate "
                                    "status), remove them: 'pgmigrate stop --id ID' for their "
                                    "migration, or on the source: %1")
                         .arg(dropIdleSlots.join(QLatin1Char(' '))));
    const int sendersFree = source.maxWalSenders - source.usedWalSenders;
    checks.add(QStringLiteral("source-wal-senders"),
               QStringLiteral("Free WAL senders on the source"),
               sendersFree >= slotsNeeded ? S::Pass : S::Fail, K::MethodDeciding,
               QStringLiteral("%1 of %2 WAL senders free; %3 needed.")
                   .arg(sendersFree)
                   .arg(source.maxWalSenders)
                   .arg(slotsNeeded),
               sendersFree >= slotsNeeded
                   ? QString()
                   : QStringLiteral("ALTER SYSTEM SET max_wal_senders = %1; on the source, then "
                                    "restart it.")
                         .arg(source.usedWalSenders + slotsNeeded));
    const int originsFree = target.maxReplicationSlots - target.usedReplicationOrigins;
    const int workersFree =
        target.maxLogicalReplicationWorkers - target.usedLogicalReplicationWorkers;
    const bool targetCapacity = originsFree >= databaseCount && workersFree >= slotsNeeded;
    checks.add(QStringLiteral("target-replication-capacity"),
               QStringLiteral("Subscription capacity on the target"),
               targetCapacity ? S::Pass : S::Fail, K::MethodDeciding,
               QStringLiteral("max_replication_slots allows %1 more subscriptions, "
                              "max_logical_replication_workers %2 more workers; %3 subscriptions "
                              "and %4 workers needed.")
                   .arg(originsFree)
                   .arg(workersFree)
                   .arg(databaseCount)
                   .arg(slotsNeeded),
               targetCapacity
                   ? QString()
                   : QStringLiteral("On the target: ALTER SYSTEM SET max_replication_slots = %1; "
                                    "ALTER SYSTEM SET max_logical_replication_workers = %2; "
                                    "ALTER SYSTEM SET max_worker_processes = %3; then restart it.")
                         .arg(target.usedReplicationOrigins + databaseCount)
                         .arg(target.usedLogicalReplicationWorkers + slotsNeeded)
                         .arg(target.usedLogicalReplicationWorkers + slotsNeeded + 8));

    // The target server, not this machine, connects to the source.
    switch (net.targetReachesSource) {
    case ConnectivityFacts::ProbeState::Reached:
        checks.add(QStringLiteral("target-reaches-source"),
                   QStringLiteral("Target server reaches the source"), S::Pass, K::MethodDeciding,
                   QStringLiteral("The target opened a replication connection to the source."));
        break;
    case ConnectivityFacts::ProbeState::Failed:
        checks.add(QStringLiteral("target-reaches-source"),
                   QStringLiteral("Target server reaches the source"), S::Fail, K::MethodDeciding,
                   net.targetReachesSourceDetail,
                   QStringLiteral("The target server connects to the source itself: allow it in "
                                  "the source's firewall and pg_hba.conf, or give the source's "
                                  "address as seen from the target."));
        break;
    case ConnectivityFacts::ProbeState::NotRun:
        checks.add(QStringLiteral("target-reaches-source"),
                   QStringLiteral("Target server reaches the source"), S::Skip, K::Advisory,
                   target.superuser
                       ? QStringLiteral("Not probed: the servers are the same.")
                       : QStringLiteral("Not probed: needs superuser on the target; the "
                                        "replication will show whether it connects."));
        break;
    }

    // Open and prepared transactions delay slot creation until they end.
    if (!source.longTransactions.isEmpty()) {
        QStringList sessions;
        for (const SessionFacts& session : source.longTransactions) {
            sessions << QStringLiteral("pid %1 (%2 on %3, %4, %5 s)")
                            .arg(session.pid)
                            .arg(session.user, session.dbname, session.state)
                            .arg(session.transactionSeconds);
        }
        checks.add(QStringLiteral("open-transactions"),
                   QStringLiteral("No long or idle transactions on the source"), S::Warn,
                   K::Advisory,
                   QStringLiteral("Replication slots cannot be created while these are open: %1.")
                       .arg(listText(sessions)),
                   QStringLiteral("Commit or end them, for example SELECT "
                                  "pg_terminate_backend(pid);"));
    } else {
        checks.add(QStringLiteral("open-transactions"),
                   QStringLiteral("No long or idle transactions on the source"), S::Pass,
                   K::Advisory, QStringLiteral("None seen."));
    }
    checks.add(QStringLiteral("prepared-transactions"),
               QStringLiteral("No prepared transactions on the source"),
               source.preparedTransactions.isEmpty() ? S::Pass : S::Warn, K::Advisory,
               source.preparedTransactions.isEmpty()
                   ? QStringLiteral("None.")
                   : QStringLiteral("Prepared transactions block slot creation: %1.")
                         .arg(listText(source.preparedTransactions)),
               source.preparedTransactions.isEmpty()
                   ? QString()
                   : QStringLiteral("COMMIT PREPARED or ROLLBACK PREPARED them."));

    // Per database.
    const QList<DatabaseCapabilities> capabilities = databaseCapabilities(facts);
    const QList<PlannedDatabase> plan = planMigration(choice, cluster, capabilities);
    for (qsizetype i = 0; i < source.databases.size(); ++i) {
        const SourceDatabaseFacts& db = source.databases[i];
        const DatabaseCapabilities& capability = capabilities[i];
        const PlannedDatabase& planned = plan[i];
        const QString& name = db.name;

        // 3. Reachable source database.
        checks.add(QStringLiteral("source-database-reachable"),
                   QStringLiteral("Source database reachable"), db.reachable ? S::Pass : S::Fail,
                   K::Blocking, db.reachable ? QStringLiteral("Connected.") : db.connectError,
                   db.reachable ? QString()
                   : db.nameNotUtf8
                       ? notUtf8Remedy(db)
                       : QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2; or exclude "
                                        "the database.")
                             .arg(sqlName(name), sqlName(source.user)),
                   name);
        if (!db.reachable) {
            continue;
        }

        // 6. An existing target database is reachable, and better empty.
        const auto existing = target.existingDatabases.constFind(name);
        if (existing == target.existingDatabases.cend()) {
            const bool mayCreate = target.superuser || target.createDb;
            checks.add(QStringLiteral("target-database"), QStringLiteral("Target database"),
                       mayCreate ? S::Pass : S::Fail, K::Blocking,
                       mayCreate ? QStringLiteral("Does not exist on the target yet; it will be "
                                                  "created.")
                                 : QStringLiteral("Does not exist on the target, and %1 may not "
                                                  "create databases.")
                                       .arg(target.user),
                       mayCreate ? QString()
                                 : QStringLiteral("ALTER ROLE %1 CREATEDB; on the target, or "
                                                  "create the database there first.")
                                       .arg(sqlName(target.user)),
                       name);
        } else if (!existing->reachable) {
            checks.add(QStringLiteral("target-database"), QStringLiteral("Target database"),
                       S::Fail, K::Blocking, existing->connectError,
                       QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2; on the target.")
                           .arg(sqlName(name), sqlName(target.user)),
                       name);
        } else if (existing->tablesWithData > 0) {
            checks.add(QStringLiteral("target-database"), QStringLiteral("Target database"),
                       S::Warn, K::Advisory,
                       QStringLiteral("Exists and %1 of its %2 tables hold data: the migration "
                                      "will not copy over them (that would duplicate rows) "
                                      "unless told to empty them first.")
                           .arg(existing->tablesWithData)
                           .arg(existing->userTables),
                       QStringLiteral("Migrate into an empty database, or replace their "
                                      "contents: --if-exists truncate on the command line, "
                                      "Start over in the wizard."),
                       name);
        } else {
            checks.add(
                QStringLiteral("target-database"), QStringLiteral("Target database"), S::Pass,
                K::Blocking,
                QStringLiteral("Exists and holds no data (%1 tables).").arg(existing->userTables),
                {}, name);
        }

        // 8. Languages.
        QStringList missingLanguages;
        for (const QString& language : db.languages) {
            if (!target.installedLanguages.contains(language) &&
                !target.availableExtensions.contains(language)) {
                missingLanguages << language;
            }
        }
        checks.add(QStringLiteral("languages"), QStringLiteral("Languages available on the target"),
                   missingLanguages.isEmpty() ? S::Pass : S::Fail, K::Blocking,
                   missingLanguages.isEmpty()
                       ? (db.languages.isEmpty()
                              ? QStringLiteral("Only built-in languages.")
                              : QStringLiteral("All available: %1.")
                                    .arg(db.languages.join(QStringLiteral(", "))))
                       : QStringLiteral("Missing on the target: %1.")
                             .arg(missingLanguages.join(QStringLiteral(", "))),
                   missingLanguages.isEmpty()
                       ? QString()
                       : QStringLiteral("Install the language packages on the target server."),
                   name);

        // 9 and 10. Extensions available at a version at least the source's, and installable.
        QStringList unavailable;
        QStringList tooOld;
        QStringList notInstallable;
        const QStringList installedThere = existing != target.existingDatabases.cend()
                                               ? existing->installedExtensions
                                               : QStringList();
        for (const ExtensionVersion& extension : db.extensions) {
            const auto available = target.availableExtensions.constFind(extension.name);
            if (available == target.availableExtensions.cend()) {
                unavailable << extension.name;
                continue;
            }
            const bool newEnough =
                std::any_of(available->versions.cbegin(), available->versions.cend(),
                            [&extension](const QString& version) {
                                return compareExtensionVersions(version, extension.version) >= 0;
                            });
            if (!newEnough) {
                tooOld << QStringLiteral("%1 %2 (target has %3)")
                              .arg(extension.name, extension.version, available->defaultVersion);
            }
            if (!installedThere.contains(extension.name) &&
                !canInstallOnTarget(target, extension.name)) {
                notInstallable << extension.name;
            }
        }
        const bool extensionsOk = unavailable.isEmpty() && tooOld.isEmpty();
        QStringList names;
        for (const ExtensionVersion& extension : db.extensions) {
            names << extension.name + QLatin1Char(' ') + extension.version;
        }
        QString extensionDetail;
        if (!unavailable.isEmpty()) {
            extensionDetail = QStringLiteral("Not available on the target: %1. ")
                                  .arg(unavailable.join(QStringLiteral(", ")));
        }
        if (!tooOld.isEmpty()) {
            extensionDetail +=
                QStringLiteral("Older on the target: %1.").arg(tooOld.join(QStringLiteral(", ")));
        }
        checks.add(
            QStringLiteral("extensions-available"),
            QStringLiteral("Extensions available on the target"), extensionsOk ? S::Pass : S::Fail,
            K::Blocking,
            extensionsOk
                ? (names.isEmpty()
                       ? QStringLiteral("No extensions.")
                       : QStringLiteral("Available: %1.").arg(names.join(QStringLiteral(", "))))
                : extensionDetail.trimmed(),
            extensionsOk ? QString()
                         : QStringLiteral("Install the extension packages on the target "
                                          "server, at the source's version or newer."),
            name);
        checks.add(QStringLiteral("extensions-installable"),
                   QStringLiteral("Extensions installable on the target"),
                   notInstallable.isEmpty() ? S::Pass : S::Fail, K::Blocking,
                   notInstallable.isEmpty()
                       ? QStringLiteral("Each is installed, or installable by %1.").arg(target.user)
                       : QStringLiteral("%1 may not install: %2 (not superuser, not trusted, not "
                                        "allow-listed).")
                             .arg(target.user, notInstallable.join(QStringLiteral(", "))),
                   notInstallable.isEmpty()
                       ? QString()
                       : QStringLiteral("Have a superuser run CREATE EXTENSION in the target "
                                        "database first, or allow-list them."),
                   name);

        // 11 (database part). Privileges to publish on the source and subscribe on the target.
        const QString privilegeBlocker = databaseReplicationBlocker(cluster, capability);
        checks.add(QStringLiteral("replication-privileges"),
                   QStringLiteral("Privileges for logical replication"),
                   privilegeBlocker.isEmpty() ? S::Pass : S::Fail, K::MethodDeciding,
                   privilegeBlocker.isEmpty()
                       ? QStringLiteral("Source: %1. Target: %2.")
                             .arg(source.superuser ? QStringLiteral("superuser")
                                  : capability.sourceOwnsTables
                                      ? QStringLiteral("owner of every table (it publishes "
                                                       "them itself)")
                                      : QStringLiteral("aiven_extras"),
                                  target.superuser ? QStringLiteral("superuser")
                                  : targetSubscribesItself(cluster, capability)
                                      ? QStringLiteral("member of pg_create_subscription with "
                                                       "CREATE on the database (it subscribes "
                                                       "itself, the source password in the "
                                                       "connection)")
                                      : QStringLiteral("aiven_extras"))
                       : privilegeBlocker + QLatin1Char('.'),
                   privilegeBlocker.isEmpty() ? QString()
                                              : replicationPrivilegeRemedy(facts, capability),
                   name);

        // Beyond the seed: row-level security would make COPY return only visible rows.
        checks.add(QStringLiteral("row-level-security"),
                   QStringLiteral("Row-level security does not hide rows"),
                   db.rlsTablesNotBypassed.isEmpty() ? S::Pass : S::Fail, K::Blocking,
                   db.rlsTablesNotBypassed.isEmpty()
                       ? QStringLiteral("Every row is visible to %1.").arg(source.user)
                       : QStringLiteral("%1 cannot see every row of: %2.")
                             .arg(source.user, listText(db.rlsTablesNotBypassed)),
                   db.rlsTablesNotBypassed.isEmpty()
                       ? QString()
                       : QStringLiteral("ALTER ROLE %1 BYPASSRLS; (as a superuser), or migrate "
                                        "as the tables' owner.")
                             .arg(sqlName(source.user)),
                   name);

        checks.add(QStringLiteral("source-read-access"),
                   QStringLiteral("The source user can read every table and sequence"),
                   db.unreadableRelations.isEmpty() ? S::Pass : S::Fail, K::Blocking,
                   db.unreadableRelations.isEmpty()
                       ? QStringLiteral("%1 may read every table and sequence.").arg(source.user)
                       : QStringLiteral("%1 may not read (no SELECT, or no USAGE on the schema): "
                                        "%2. pg_dump would stop on the first.")
                             .arg(source.user, listText(db.unreadableRelations)),
                   db.unreadableRelations.isEmpty() ? QString() : readAccessRemedy(source, db),
                   name);

        const bool replicates = planned.method == MigrationMethod::Replication;
        if (!db.tablesWithoutReplicaIdentity.isEmpty()) {
            checks.add(QStringLiteral("tables-without-primary-key"),
                       QStringLiteral("Tables have a primary key or replica identity"),
                       replicates ? S::Warn : S::Pass, K::Advisory,
                       replicates
                           ? QStringLiteral("No primary key or replica identity: %1. Publishing "
                                            "them makes UPDATE and DELETE fail on the source.")
                                 .arg(listText(db.tablesWithoutReplicaIdentity))
                           : QStringLiteral("No primary key or replica identity: %1 (no concern "
                                            "for the dump method).")
                                 .arg(listText(db.tablesWithoutReplicaIdentity)),
                       QStringLiteral("Add primary keys, or choose to set REPLICA IDENTITY FULL on "
                                      "them or copy them once at cut-over."),
                       name);
        } else {
            checks.add(QStringLiteral("tables-without-primary-key"),
                       QStringLiteral("Tables have a primary key or replica identity"), S::Pass,
                       K::Advisory, QStringLiteral("Every table has one."), {}, name);
        }

        QStringList unreplicated;
        if (db.largeObjects > 0) {
            unreplicated << QStringLiteral("%1 large objects").arg(db.largeObjects);
        }
        if (!db.unloggedTables.isEmpty()) {
            unreplicated
                << QStringLiteral("unlogged tables %1").arg(listText(db.unloggedTables, 5));
        }
        if (!db.materializedViews.isEmpty()) {
            unreplicated
                << QStringLiteral("materialized views %1").arg(listText(db.materializedViews, 5));
        }
        checks.add(QStringLiteral("unreplicated-objects"),
                   QStringLiteral("Objects logical replication does not carry"),
                   unreplicated.isEmpty() || !replicates ? S::Pass : S::Warn, K::Advisory,
                   unreplicated.isEmpty()
                       ? QStringLiteral("None.")
                       : unreplicated.join(QStringLiteral("; ")) +
                             (replicates ? QStringLiteral(": copied once, and again at cut-over; "
                                                          "later changes are not streamed.")
                                         : QStringLiteral(": copied by the dump method.")),
                   {}, name);

        // Encoding and locale: a different encoding can refuse characters.
        QString targetEncoding = target.encoding;
        QString targetCollate = target.collate;
        QString where = QStringLiteral("the target database will be created with the same");
        if (existing != target.existingDatabases.cend()) {
            targetEncoding = existing->encoding;
            targetCollate = existing->collate;
            where = QStringLiteral("the same in the existing target database");
        }
        const bool sameEncoding = existing == target.existingDatabases.cend() ||
                                  (targetEncoding == db.encoding && targetCollate == db.collate);
        checks.add(QStringLiteral("encoding-locale"), QStringLiteral("Encoding and locale match"),
                   sameEncoding ? S::Pass : S::Warn, K::Advisory,
                   sameEncoding
                       ? QStringLiteral("%1, collation %2; %3.").arg(db.encoding, db.collate, where)
                       : QStringLiteral("Source %1/%2, target database %3/%4: text may sort "
                                        "differently or be refused.")
                             .arg(db.encoding, db.collate, targetEncoding, targetCollate),
                   sameEncoding ? QString()
                                : QStringLiteral("Create the target database with ENCODING '%1' "
                                                 "LC_COLLATE '%2', or migrate into a new one.")
                                      .arg(db.encoding, db.collate),
                   name);
    }
    return {checks.take(), plan};
}

} // namespace pgm
