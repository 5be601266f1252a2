#include "MigrationPlan.h"

#include <QCoreApplication>
#include <algorithm>

namespace pgm {

int replicationCapacity(const ReplicationResources& resources, QString* limit) {
    struct Bound {
        int value;
        QString name;
    };
    const int headroom = resources.initialSyncHeadroom;
    const Bound bounds[] = {
        {resources.sourceFreeSlots - headroom,
         QCoreApplication::translate("Plan", "free replication slots on the source")},
        {resources.sourceFreeWalSenders - headroom,
         QCoreApplication::translate("Plan", "free WAL senders on the source")},
        {resources.targetFreeOrigins,
         QCoreApplication::translate("Plan", "max_replication_slots on the target")},
        {resources.targetFreeWorkers - headroom,
         QCoreApplication::translate("Plan", "free logical replication workers on the target")},
    };
    const Bound* smallest =
        std::min_element(std::begin(bounds), std::end(bounds),
                         [](const Bound& a, const Bound& b) { return a.value < b.value; });
    if (limit) {
        *limit = smallest->name;
    }
    return std::max(0, smallest->value);
}

QString clusterReplicationBlocker(const ReplicationCapabilities& cluster) {
    if (!cluster.sourceVersion.supportsLogicalReplication()) {
        return QCoreApplication::translate(
                   "Plan", "the source runs PostgreSQL %1; logical replication needs 10 or newer")
            .arg(cluster.sourceVersion.text());
    }
    if (cluster.sourceInRecovery) {
        return QCoreApplication::translate(
            "Plan", "the source is a standby: publications and slots are made on the "
                    "primary");
    }
    if (cluster.walLevel != QLatin1String("logical")) {
        return QCoreApplication::translate("Plan", "the source's wal_level is '%1', not 'logical'")
            .arg(cluster.walLevel);
    }
    if (!cluster.sourceSuperuser && !cluster.sourceReplicationRole) {
        return QCoreApplication::translate(
                   "Plan", "source user %1 is neither superuser nor has the REPLICATION attribute")
            .arg(cluster.sourceUser);
    }
    if (!cluster.targetToSourceFailure.isEmpty()) {
        return QCoreApplication::translate("Plan",
                                           "the target server cannot connect to the source (%1)")
            .arg(cluster.targetToSourceFailure);
    }
    return {};
}

bool targetSubscribesItself(const ReplicationCapabilities& cluster,
                            const DatabaseCapabilities& database) {
    return !cluster.targetSuperuser && cluster.targetVersion.supportsCreateSubscriptionRole() &&
           cluster.targetCreateSubscriptionRole && database.targetCanCreate &&
           cluster.sourcePasswordAuthenticated;
}

namespace {

/// Why a non-superuser target user may not subscribe, or empty.
QString targetSubscriptionBlocker(const ReplicationCapabilities& cluster,
                                  const DatabaseCapabilities& database) {
    if (cluster.targetSuperuser || database.targetAivenExtras ||
        targetSubscribesItself(cluster, database)) {
        return {};
    }
    if (!cluster.targetVersion.supportsCreateSubscriptionRole()) {
        return QCoreApplication::translate(
                   "Plan", "target user %1 is not superuser and aiven_extras cannot be used in "
                           "target database %2 (only superusers may create subscriptions "
                           "before PostgreSQL 16)")
            .arg(cluster.targetUser, database.name);
    }
    if (!cluster.targetCreateSubscriptionRole) {
        return QCoreApplication::translate(
                   "Plan", "target user %1 is not superuser, not a member of "
                           "pg_create_subscription, and aiven_extras cannot be used in target "
                           "database %2")
            .arg(cluster.targetUser, database.name);
    }
    if (!database.targetCanCreate) {
        return QCoreApplication::translate(
                   "Plan", "target user %1 is a member of pg_create_subscription but has no "
                           "CREATE on target database %2, which CREATE SUBSCRIPTION needs")
            .arg(cluster.targetUser, database.name);
    }
    // password_required: a subscription of a non-superuser must log in with a password, and
    // the source must ask for it; trust, peer or cert authentication is refused.
    return QCoreApplication::translate(
               "Plan", "target user %1 may create subscriptions (pg_create_subscription) but, "
                       "not being superuser, only with a password the source asks for "
                       "(password_required): the source connection has no password, or the "
                       "source did not ask for it (trust, peer or cert authentication)")
        .arg(cluster.targetUser);
}

} // namespace

QString databaseReplicationBlocker(const ReplicationCapabilities& cluster,
                                   const DatabaseCapabilities& database) {
    if (database.sourceReadOnly) {
        return QCoreApplication::translate(
                   "Plan", "source database %1 is read-only (default_transaction_read_only): "
                           "its publication cannot be made there, and nothing writes to it "
                           "that replication would carry")
            .arg(database.name);
    }
    if (!cluster.sourceSuperuser && !database.sourceAivenExtras && !database.sourceOwnsTables) {
        return QCoreApplication::translate(
                   "Plan", "no superuser and no aiven_extras in source database %1, and %2 "
                           "does not own every table there (with CREATE on it) to publish "
                           "them itself")
            .arg(database.name, cluster.sourceUser);
    }
    return targetSubscriptionBlocker(cluster, database);
}

QList<PlannedDatabase> planMigration(MethodChoice choice, const ReplicationCapabilities& cluster,
                                     const QList<DatabaseCapabilities>& databases) {
    QList<PlannedDatabase> plan;
    plan.reserve(databases.size());
    const QString clusterBlocker = clusterReplicationBlocker(cluster);

    for (const DatabaseCapabilities& database : databases) {
        PlannedDatabase planned;
        planned.dbname = database.name;
        planned.sizeBytes = database.sizeBytes;
        const QString blocker = clusterBlocker.isEmpty()
                                    ? databaseReplicationBlocker(cluster, database)
                                    : clusterBlocker;
        planned.replicationPossible = blocker.isEmpty();
        planned.reason = blocker;
        plan << planned;
    }

    // Hand out replication capacity, largest databases first.
    QList<int> order;
    for (int i = 0; i < plan.size(); ++i) {
        if (plan[i].replicationPossible) {
            order << i;
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&plan](int a, int b) { return plan[a].sizeBytes > plan[b].sizeBytes; });
    for (int rank = 0; rank < order.size(); ++rank) {
        if (rank >= cluster.capacity) {
            PlannedDatabase& planned = plan[order[rank]];
            planned.replicationPossible = false;
            planned.reason = QCoreApplication::translate(
                                 "Plan", "not enough %1 for every database (%2 available, %3 "
                                         "needed)")
                                 .arg(cluster.capacityLimit)
                                 .arg(cluster.capacity)
                                 .arg(order.size());
        }
    }

    for (PlannedDatabase& planned : plan) {
        switch (choice) {
        case MethodChoice::Dump:
            planned.method = MigrationMethod::Dump;
            planned.reason = QCoreApplication::translate(
                "Plan", "one-time snapshot (dump method) chosen by the user");
            break;
        case MethodChoice::Replication:
            planned.method = MigrationMethod::Replication;
            if (planned.replicationPossible) {
                planned.reason = QCoreApplication::translate("Plan", "logical replication");
            } else {
                planned.reason =
                    QCoreApplication::translate("Plan", "cannot replicate: ") + planned.reason;
            }
            break;
        case MethodChoice::Auto:
            if (planned.replicationPossible) {
                planned.method = MigrationMethod::Replication;
                planned.reason = QCoreApplication::translate("Plan", "logical replication");
            } else {
                planned.method = MigrationMethod::Dump;
                planned.reason =
                    planned.reason + QCoreApplication::translate("Plan", ": dump method");
            }
            break;
        }
    }
    return plan;
}

} // namespace pgm
