#include "CheckAreas.h"
#include "ManagedService.h"
#include "MigrationState.h"

#include <QCoreApplication>

namespace pgm {

namespace {

/// pgmigrate's slots no subscriber reads: those of syncing migrations (their subscriber is
/// only away) and forgotten ones.
void addMigrationSlotChecks(CheckList& checks, const SourceFacts& source) {
    using S = Check::Status;
    using K = Check::Kind;
    QStringList idleSlots;
    QStringList dropIdleSlots;
    QStringList awaySubscribers;
    for (const IdleMigrationSlot& slot : source.idleMigrationSlots) {
        const QString described =
            QCoreApplication::translate("Checks", "%1 (database %2, %3 MB of WAL%4)")
                .arg(slot.name, slot.database,
                     QString::number(slot.retainedBytes / (qint64(1024) * 1024)),
                     slot.inactiveSeconds >= 0
                         ? QCoreApplication::translate("Checks", ", unread for %1 s")
                               .arg(slot.inactiveSeconds)
                         : QString());
        // A migration still syncing through it: its subscriber is only away (a restart of
        // either server, a network cut) and comes back by itself. Dropping the slot would end
        // that migration: never advised.
        if (slot.migrationStatus == DbStatus::Syncing ||
            slot.migrationStatus == DbStatus::Running) {
            awaySubscribers << QCoreApplication::translate("Checks", "%1 of migration %2 (%3)")
                                   .arg(described, slot.migrationId,
                                        statusName(*slot.migrationStatus));
            continue;
        }
        idleSlots << described +
                         (slot.migrationId.isEmpty()
                              ? QString()
                              : QCoreApplication::translate("Checks", " of migration %1, %2")
                                    .arg(slot.migrationId, statusName(slot.migrationStatus.value_or(
                                                               DbStatus::Running))));
        // Slot names allow only [a-z0-9_]: safe inside the quotes.
        dropIdleSlots << QStringLiteral("SELECT pg_drop_replication_slot('%1');").arg(slot.name);
    }
    checks.add(QStringLiteral("source-away-subscribers"),
               QCoreApplication::translate("Checks", "Syncing migrations' subscribers connected"),
               awaySubscribers.isEmpty() ? S::Pass : S::Warn, K::Advisory,
               awaySubscribers.isEmpty()
                   ? QCoreApplication::translate(
                         "Checks", "Every syncing migration's subscriber reads its slot.")
                   : QCoreApplication::translate(
                         "Checks", "No subscriber reads these slots of syncing migrations right "
                                   "now: %1. The target reconnects by itself once both servers "
                                   "reach each other again; meanwhile the slot keeps WAL on "
                                   "the source.")
                         .arg(awaySubscribers.join(QStringLiteral(", "))),
               awaySubscribers.isEmpty()
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "Do not drop these slots: that would end the migration. If "
                                   "it lasts, 'pgmigrate status --id ID' says why (the "
                                   "subscription's state and errors, the target's log)."));
    checks.add(QStringLiteral("source-idle-migration-slots"),
               QCoreApplication::translate("Checks", "No forgotten pgmigrate slots on the source"),
               idleSlots.isEmpty() ? S::Pass : S::Warn, K::Advisory,
               idleSlots.isEmpty()
                   ? QCoreApplication::translate(
                         "Checks", "No pgmigrate replication slot is waiting for a subscriber.")
                   : QCoreApplication::translate(
                         "Checks", "Replication slots named like pgmigrate's, read by no "
                                   "subscriber, keep WAL on the source until dropped: %1.")
                         .arg(idleSlots.join(QStringLiteral(", "))),
               idleSlots.isEmpty()
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "If no migration of yours is syncing through them (pgmigrate "
                                   "status), remove them: 'pgmigrate stop --id ID' for their "
                                   "migration, or on the source: %1")
                         .arg(dropIdleSlots.join(QLatin1Char(' '))));
}

} // namespace

void addReplicationSettingChecks(CheckList& checks, const SourceFacts& source) {
    using S = Check::Status;
    using K = Check::Kind;
    const bool logicalVersion = source.version.supportsLogicalReplication();
    checks.add(QStringLiteral("source-version-replication"),
               QCoreApplication::translate("Checks", "Source supports logical replication"),
               logicalVersion ? S::Pass : S::Fail, K::MethodDeciding,
               QCoreApplication::translate(
                   "Checks", "Source PostgreSQL %1; logical replication needs 10 or newer.")
                   .arg(source.version.text()),
               logicalVersion ? QString()
                              : QCoreApplication::translate(
                                    "Checks", "Upgrade the source, or use the dump method."));
    const bool walLogical = source.walLevel == QLatin1String("logical");
    checks.add(QStringLiteral("wal-level"),
               QCoreApplication::translate("Checks", "Source wal_level is logical"),
               walLogical ? S::Pass : S::Fail, K::MethodDeciding,
               QCoreApplication::translate("Checks", "wal_level is '%1'.").arg(source.walLevel),
               walLogical ? QString() : walLevelRemedy(source.service));
    // A standby cannot take a publication (a write), and logical slots exist on standbys only
    // from PostgreSQL 16; the dump method reads it as well as a primary.
    checks.add(QStringLiteral("source-primary"),
               QCoreApplication::translate("Checks", "Source is a primary"),
               source.inRecovery ? S::Fail : S::Pass, K::MethodDeciding,
               source.inRecovery
                   ? QCoreApplication::translate(
                         "Checks", "The source is a standby (in recovery): replication needs a "
                                   "publication and a slot made on the primary (logical slots "
                                   "exist on standbys only from PostgreSQL 16).")
                   : QCoreApplication::translate("Checks", "The source is not in recovery."),
               source.inRecovery ? QCoreApplication::translate(
                                       "Checks", "Give the primary server as the source, or use "
                                                 "the dump method.")
                                 : QString());
    if (source.inRecovery) {
        checks.add(QStringLiteral("standby-conflicts"),
                   QCoreApplication::translate("Checks", "Long reads on a standby source"), S::Warn,
                   K::Advisory,
                   QCoreApplication::translate(
                       "Checks", "The copy reads the standby in one long transaction; replay "
                                 "cancels it after max_standby_streaming_delay (%1) when it "
                                 "conflicts with cleanup on the primary%2.")
                       .arg(source.maxStandbyStreamingDelay,
                            source.hotStandbyFeedback
                                ? QCoreApplication::translate(
                                      "Checks", " (hot_standby_feedback is on, which avoids "
                                                "most of them)")
                                : QString()),
                   QCoreApplication::translate(
                       "Checks", "On the standby, for the migration: ALTER SYSTEM SET "
                                 "max_standby_streaming_delay = -1; and SET "
                                 "hot_standby_feedback = on; then SELECT pg_reload_conf(); "
                                 "(or migrate from the primary)."));
    }
    const bool sourceRole = source.superuser || source.replicationRole;
    const QString groups = source.serviceGroups.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("Checks", " (member of %1)")
                                     .arg(source.serviceGroups.join(QStringLiteral(", ")));
    checks.add(
        QStringLiteral("source-replication-role"),
        QCoreApplication::translate("Checks", "Source user may replicate"),
        sourceRole ? S::Pass : S::Fail, K::MethodDeciding,
        source.superuser
            ? QCoreApplication::translate("Checks", "%1 is a superuser.").arg(source.user)
        : source.replicationRole
            ? (source.service == ManagedService::AmazonRds
                   ? QCoreApplication::translate("Checks", "%1 may replicate%2.")
                         .arg(source.user, groups)
                   : QCoreApplication::translate("Checks", "%1 has the REPLICATION attribute%2.")
                         .arg(source.user, groups))
            : QCoreApplication::translate("Checks",
                                          "%1 is neither superuser nor has REPLICATION%2.")
                  .arg(source.user, groups),
        sourceRole ? QString() : replicationRoleRemedy(source.service, source.user));
}

void addReplicationCapacityChecks(CheckList& checks, const SourceFacts& source,
                                  const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    const int databaseCount = int(source.databases.size());
    const int headroom = target.maxSyncWorkersPerSubscription;
    const int slotsFree = source.maxReplicationSlots - source.usedReplicationSlots;
    const int slotsNeeded = databaseCount + headroom;
    checks.add(QStringLiteral("source-replication-slots"),
               QCoreApplication::translate("Checks", "Free replication slots on the source"),
               slotsFree >= slotsNeeded ? S::Pass : S::Fail, K::MethodDeciding,
               QCoreApplication::translate(
                   "Checks", "%1 of %2 slots free; %3 databases need one each, plus %4 "
                             "temporary ones during the initial copy.")
                   .arg(slotsFree)
                   .arg(source.maxReplicationSlots)
                   .arg(databaseCount)
                   .arg(headroom),
               slotsFree >= slotsNeeded
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "ALTER SYSTEM SET max_replication_slots = %1; on the source, "
                                   "then restart it.")
                         .arg(source.usedReplicationSlots + slotsNeeded));
    addMigrationSlotChecks(checks, source);
    const int sendersFree = source.maxWalSenders - source.usedWalSenders;
    checks.add(QStringLiteral("source-wal-senders"),
               QCoreApplication::translate("Checks", "Free WAL senders on the source"),
               sendersFree >= slotsNeeded ? S::Pass : S::Fail, K::MethodDeciding,
               QCoreApplication::translate("Checks", "%1 of %2 WAL senders free; %3 needed.")
                   .arg(sendersFree)
                   .arg(source.maxWalSenders)
                   .arg(slotsNeeded),
               sendersFree >= slotsNeeded
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "ALTER SYSTEM SET max_wal_senders = %1; on the source, then "
                                   "restart it.")
                         .arg(source.usedWalSenders + slotsNeeded));
    const int originsFree = target.maxReplicationSlots - target.usedReplicationOrigins;
    const int workersFree =
        target.maxLogicalReplicationWorkers - target.usedLogicalReplicationWorkers;
    const bool targetCapacity = originsFree >= databaseCount && workersFree >= slotsNeeded;
    checks.add(QStringLiteral("target-replication-capacity"),
               QCoreApplication::translate("Checks", "Subscription capacity on the target"),
               targetCapacity ? S::Pass : S::Fail, K::MethodDeciding,
               QCoreApplication::translate(
                   "Checks", "max_replication_slots allows %1 more subscriptions, "
                             "max_logical_replication_workers %2 more workers; %3 subscriptions "
                             "and %4 workers needed.")
                   .arg(originsFree)
                   .arg(workersFree)
                   .arg(databaseCount)
                   .arg(slotsNeeded),
               targetCapacity
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "On the target: ALTER SYSTEM SET max_replication_slots = %1; "
                                   "ALTER SYSTEM SET max_logical_replication_workers = %2; "
                                   "ALTER SYSTEM SET max_worker_processes = %3; then restart it.")
                         .arg(target.usedReplicationOrigins + databaseCount)
                         .arg(target.usedLogicalReplicationWorkers + slotsNeeded)
                         .arg(target.usedLogicalReplicationWorkers + slotsNeeded + 8));
}

void addTargetReachesSourceCheck(CheckList& checks, const ConnectivityFacts& net,
                                 const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    switch (net.targetReachesSource) {
    case ConnectivityFacts::ProbeState::Reached:
        checks.add(QStringLiteral("target-reaches-source"),
                   QCoreApplication::translate("Checks", "Target server reaches the source"),
                   S::Pass, K::MethodDeciding,
                   QCoreApplication::translate(
                       "Checks", "The target opened a replication connection to the source."));
        break;
    case ConnectivityFacts::ProbeState::Failed:
        checks.add(QStringLiteral("target-reaches-source"),
                   QCoreApplication::translate("Checks", "Target server reaches the source"),
                   S::Fail, K::MethodDeciding, net.targetReachesSourceDetail,
                   QCoreApplication::translate(
                       "Checks", "The target server connects to the source itself: allow it in "
                                 "the source's firewall and pg_hba.conf, or give the source's "
                                 "address as seen from the target."));
        break;
    case ConnectivityFacts::ProbeState::NotRun:
        checks.add(
            QStringLiteral("target-reaches-source"),
            QCoreApplication::translate("Checks", "Target server reaches the source"), S::Skip,
            K::Advisory,
            target.superuser
                ? QCoreApplication::translate("Checks", "Not probed: the servers are the same.")
                : QCoreApplication::translate("Checks",
                                              "Not probed: needs superuser on the target; the "
                                              "replication will show whether it connects."));
        break;
    }
}

void addTransactionChecks(CheckList& checks, const SourceFacts& source) {
    using S = Check::Status;
    using K = Check::Kind;
    if (!source.longTransactions.isEmpty()) {
        QStringList sessions;
        for (const SessionFacts& session : source.longTransactions) {
            sessions << QCoreApplication::translate("Checks", "pid %1 (%2 on %3, %4, %5 s)")
                            .arg(session.pid)
                            .arg(session.user, session.dbname, session.state)
                            .arg(session.transactionSeconds);
        }
        checks.add(
            QStringLiteral("open-transactions"),
            QCoreApplication::translate("Checks", "No long or idle transactions on the source"),
            S::Warn, K::Advisory,
            QCoreApplication::translate(
                "Checks", "Replication slots cannot be created while these are open: %1.")
                .arg(listText(sessions)),
            QCoreApplication::translate("Checks", "Commit or end them, for example SELECT "
                                                  "pg_terminate_backend(pid);"));
    } else {
        checks.add(
            QStringLiteral("open-transactions"),
            QCoreApplication::translate("Checks", "No long or idle transactions on the source"),
            S::Pass, K::Advisory, QCoreApplication::translate("Checks", "None seen."));
    }
    checks.add(
        QStringLiteral("prepared-transactions"),
        QCoreApplication::translate("Checks", "No prepared transactions on the source"),
        source.preparedTransactions.isEmpty() ? S::Pass : S::Warn, K::Advisory,
        source.preparedTransactions.isEmpty()
            ? QCoreApplication::translate("Checks", "None.")
            : QCoreApplication::translate("Checks",
                                          "Prepared transactions block slot creation: %1.")
                  .arg(listText(source.preparedTransactions)),
        source.preparedTransactions.isEmpty()
            ? QString()
            : QCoreApplication::translate("Checks", "COMMIT PREPARED or ROLLBACK PREPARED them."));
}

} // namespace pgm
