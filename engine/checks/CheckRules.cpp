#include "CheckRules.h"

#include "CheckAreas.h"
#include "LockTableCheck.h"

#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace pgm {

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
            source.aivenExtrasInstalled || (facts.source.aivenExtrasAvailable &&
                                            (facts.source.superuser || source.canCreateInDatabase));
        database.sourceOwnsTables = source.ownsEveryTable && source.canCreateInDatabase;
        database.sourceReadOnly = source.readOnlyDefault;
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

int defaultJobs() {
    return std::max(2, QThread::idealThreadCount());
}

CheckOutcome evaluateChecks(const ClusterFacts& facts, MethodChoice choice, int jobs) {
    CheckList checks(choice);
    if (!addReachableChecks(checks, facts)) {
        return {checks.take(), {}};
    }
    addDistinctServersCheck(checks, facts.connectivity);
    addVersionChecks(checks, facts);
    addManagedServiceCheck(checks, facts);
    for (const Check& locks : {lockTableCheck(facts.source, jobs),
                               targetLockTableCheck(facts.source, facts.target, jobs)}) {
        checks.add(locks.id, locks.title, locks.status, locks.kind, locks.detail, locks.remedy);
    }
    addTargetWritableCheck(checks, facts.target);
    addRoleChecks(checks, facts.source, facts.target);
    addDiskSpaceCheck(checks, facts.source, facts.target);

    addReplicationSettingChecks(checks, facts.source);
    addReplicationCapacityChecks(checks, facts.source, facts.target);
    addTargetReachesSourceCheck(checks, facts.connectivity, facts.target);
    addTransactionChecks(checks, facts.source);

    const ReplicationCapabilities cluster = replicationCapabilities(facts);
    const QList<DatabaseCapabilities> capabilities = databaseCapabilities(facts);
    const QList<PlannedDatabase> plan = planMigration(choice, cluster, capabilities);
    for (qsizetype i = 0; i < facts.source.databases.size(); ++i) {
        addDatabaseChecks(checks, facts, cluster, facts.source.databases[i], capabilities[i],
                          plan[i]);
    }
    return {checks.take(), plan};
}

} // namespace pgm
