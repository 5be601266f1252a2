// Replication for one database: publication, slot, the target's own initial sync, and what a
// failed or replaced run leaves behind.
#include "ApplyErrorWatch.h"
#include "BriefLock.h"
#include "MigrationRunner.h"
#include "PgConnection.h"
#include "PgError.h"
#include "ReplicationControl.h"
#include "ReplicationHealth.h"
#include "ReplicationObjects.h"
#include "SchemaArchive.h"
#include "SessionTimeouts.h"
#include "TableCatalog.h"
#include "TargetAnalyze.h"
#include "TargetOwners.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <future>

namespace pgm {

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);

} // namespace

void MigrationRunner::migrateWithNativeSync(DatabaseState& db) {
    // Its table sync uses up to max_sync_workers_per_subscription temporary slots, WAL senders
    // and workers: the checks count them for one database at a time.
    std::lock_guard syncLock(m_nativeSyncMutex);
    const ConnectionSettings sourceDbSettings =
        m_request.check.inspection.source.withDatabase(db.dbname);
    const ConnectionSettings targetDbSettings =
        m_request.check.inspection.target.withDatabase(db.dbname);
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
    auto source = PgConnection::open(sourceDbSettings, kConnectTimeout, m_cancelled);
    auto targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);
    quietEventTriggersOf(db, *source, *targetDb);

    // The whole schema first (the target's table sync copies into indexed tables), from one
    // snapshot so it is consistent.
    setPhase(db, Phase::Schema);
    disableSessionTimeouts(*source); // it holds the snapshot pg_dump reads
    source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const QString snapshot = source->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    SchemaArchive schema(m_pgDump, m_pgRestore, m_passfilePath,
                         m_targetSuperuser && !providerRolesOwnObjects(*source), m_keepGrants);
    if (m_leaveOutProviderGrants) {
        schema.leaveOutProviderGrants();
    }
    if (!m_targetSuperuser) {
        schema.grantAsRestorer();
    }
    QString error;
    if (!schema.dump(sourceDbSettings, snapshot, m_cancelled, &error) ||
        !schema.restore(QStringLiteral("pre-data"), targetDbSettings, 1, m_cancelled, &error) ||
        !schema.restore(QStringLiteral("post-data"), targetDbSettings, jobsFor(db), m_cancelled,
                        &error)) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "copy the schema of %1").arg(db.dbname),
                      error);
    }
    warnOfLeftOutObjects(db, *source);
    warnOfGrantorsReplaced(db, schema);
    source->exec(QStringLiteral("COMMIT"));
    quietTriggersForApply(db, *targetDb); // the table sync's copy is a replica session too

    // The slot first (a function may not create it), then a subscription that copies.
    source->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, 'pgoutput')"),
                 {names.slot}, QCoreApplication::translate("Runner", "create replication slot"));
    setPhase(db, Phase::InitialSync);
    createSubscription(*targetDb, names, sourceDbSettings,
                       m_request.check.inspection.sourceHostFromTarget,
                       m_request.check.inspection.sourcePortFromTarget, true);
    followInitialSync(db, *source, *targetDb);
    if (m_request.analyze) {
        setPhase(db, Phase::Analyze);
        analyzeTarget(*targetDb, targetDbSettings, jobsFor(db), m_cancelled);
    }
    std::lock_guard lock(m_mutex);
    db.status = DbStatus::Syncing;
    enterPhase(db, Phase::Streaming);
    m_state.warnings << QCoreApplication::translate(
                            "Runner", "%1: copied by the target's own table sync; every table is "
                                      "verified at cut-over")
                            .arg(db.dbname);
}

void MigrationRunner::followInitialSync(DatabaseState& db, PgConnection& source,
                                        PgConnection& target) {
    // Follow each table's state until all are streaming ('r').
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
    ApplyErrorWatch errors(0);
    for (;;) {
        const PgResult states = target.exec(
            QStringLiteral("SELECT count(*), count(*) FILTER (WHERE r.srsubstate = 'r') FROM "
                           "pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid "
                           "WHERE s.subname = $1"),
            {names.subscription});
        const qint64 total = states.integer(0, 0);
        const qint64 ready = states.integer(0, 1);
        {
            std::lock_guard lock(m_mutex);
            db.syncedTables = int(ready);
            db.syncTables = int(total);
        }
        notifyProgress();
        const ReplicationHealth health = readHealth(&source, &target, names);
        if (!health.problem.isEmpty() || errors.failing(health)) {
            throw PgError(
                PgError::Kind::Query,
                QCoreApplication::translate("Runner", "initial sync of %1").arg(db.dbname),
                health.problem.isEmpty()
                    ? QCoreApplication::translate(
                          "Runner", "the target's table sync keeps failing (%1 errors; "
                                    "the target server's log says why)")
                          .arg(errors.newErrors())
                    : health.problem);
        }
        if (ready == total) {
            break;
        }
        if (isCancelled()) {
            throw PgError(PgError::Kind::Cancelled, QStringLiteral("initial sync"),
                          QStringLiteral("cancelled"));
        }
        QThread::msleep(250);
    }
}

void MigrationRunner::abandonReplication(DatabaseState& db) {
    // A database that did not reach `syncing` leaves nothing behind on the live source:
    // no slot pinning WAL, no publication, no changed replica identity.
    QStringList notes;
    try {
        // The source may be restarting (what broke the copy): a slot left behind would pin WAL
        // there, so give it a moment to come back.
        std::unique_ptr<PgConnection> source;
        for (int attempt = 0; !source; ++attempt) {
            try {
                source = PgConnection::open(
                    m_request.check.inspection.source.withDatabase(db.dbname), kConnectTimeout);
            } catch (const PgError&) {
                if (attempt == 20) {
                    throw;
                }
                QThread::msleep(1000);
            }
        }
        std::unique_ptr<PgConnection> target;
        try {
            target = PgConnection::open(m_request.check.inspection.target.withDatabase(db.dbname),
                                        kConnectTimeout);
        } catch (const PgError&) {
        }
        notes << dropReplication(source.get(), target.get(),
                                 ReplicationNames::forDatabase(m_state.id, db.dbname));
        if (target) {
            restoreTargetReplicaIdentities(*target, db, &notes);
        }
        restoreReplicaIdentities(*source, db, &notes, m_request.lockWait);
    } catch (const PgError& failure) {
        notes << QCoreApplication::translate(
                     "Runner", "%1: could not clean up the replication objects: %2; run "
                               "'pgmigrate stop --id %3'")
                     .arg(db.dbname, failure.describe(), m_state.id);
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << notes;
}

void MigrationRunner::removeOrphanedReplication(const QString& dbname) {
    // An earlier run into this database that died before `syncing` left its slot pinning WAL
    // on the source and perhaps a subscription writing into the very tables this run
    // replaces. No state claims them (only `syncing` does, and no live process runs that
    // migration): they go, and that migration is told it was replaced.
    std::lock_guard historyLock(m_historyMutex);
    QList<MigrationState*> candidates;
    for (MigrationState* other : history().fromSameSource()) {
        refuseIfStillReplicated(*other, dbname);
        if (!MigrationLock::ownerAlive(m_store, other->id) &&
            std::any_of(
                other->databases.cbegin(), other->databases.cend(),
                [&](const DatabaseState& old) { return mayHaveLeftReplication(old, dbname); })) {
            candidates << other;
        }
    }
    if (candidates.isEmpty()) {
        return; // the usual case: no need to wait for another database's slot
    }
    // Their removal waits on the source's transactions, as a slot's creation does: one at a
    // time. (The history's lock is taken first everywhere: nothing takes it under this one.)
    std::lock_guard setupLock(m_replicationSetupMutex);
    // What is still there is asked once: a migration stopped or replaced earlier left nothing,
    // and asking each one in turn cost two sessions per migration in the history, at every run.
    auto source =
        PgConnection::open(m_request.check.inspection.source.withDatabase(dbname), kConnectTimeout);
    auto target =
        PgConnection::open(m_request.check.inspection.target.withDatabase(dbname), kConnectTimeout);
    const QSet<QString> present = replicationObjectsPresent(*source, *target);
    QStringList notes;
    for (const MigrationState* candidate : candidates) {
        const ReplicationNames names = ReplicationNames::forDatabase(candidate->id, dbname);
        const bool left = present.contains(names.subscription) || present.contains(names.slot) ||
                          present.contains(names.publication);
        // Nothing on the servers, no replica identity to give back and already ended (stopped,
        // or failed: perhaps replaced before): that migration's own status and error stay.
        // One that died mid-way is marked replaced, so it is never resumed over this one.
        if (!left && std::none_of(candidate->databases.cbegin(), candidate->databases.cend(),
                                  [&](const DatabaseState& old) {
                                      return mayHaveLeftReplication(old, dbname) &&
                                             (!old.replicaIdentityFull.isEmpty() ||
                                              (old.status != DbStatus::Stopped &&
                                               old.status != DbStatus::Failed));
                                  })) {
            continue;
        }
        if (left) {
            notes << dropReplication(source.get(), target.get(), names);
        }
        QString error;
        std::optional<MigrationState> other = m_store.load(candidate->id, &error);
        if (!other) {
            continue; // its objects went; its state file cannot be read to say so
        }
        for (DatabaseState& old : other->databases) {
            if (!mayHaveLeftReplication(old, dbname)) {
                continue;
            }
            restoreReplicaIdentities(*source, old, &notes, m_request.lockWait);
            old.status = DbStatus::Failed;
            old.error = QCoreApplication::translate(
                            "Runner", "replaced by migration %1, which removed what this one "
                                      "left on the servers")
                            .arg(m_state.id);
        }
        history().save(*other, &error);
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << notes;
}

bool MigrationRunner::mayHaveLeftReplication(const DatabaseState& old, const QString& dbname) {
    return old.dbname == dbname && old.method == MigrationMethod::Replication &&
           old.status != DbStatus::Syncing && old.status != DbStatus::Done;
}

void MigrationRunner::refuseIfStillReplicated(const MigrationState& other,
                                              const QString& dbname) const {
    // Its subscription would go on applying the source's changes over the tables this run
    // empties and fills again: every row written meanwhile would arrive twice.
    if (other.target.host != m_state.target.host || other.target.port != m_state.target.port) {
        return;
    }
    for (const DatabaseState& old : other.databases) {
        if (old.dbname != dbname || old.method != MigrationMethod::Replication ||
            old.status != DbStatus::Syncing) {
            continue;
        }
        // Its state may be stale (its objects removed by hand, or by stop --leftovers
        // elsewhere): only a subscription still on the target replicates.
        auto target = PgConnection::open(m_request.check.inspection.target.withDatabase(dbname),
                                         kConnectTimeout, m_cancelled);
        const bool subscribed =
            target
                ->exec(QStringLiteral("SELECT count(*) FROM pg_subscription WHERE subname = $1"),
                       {ReplicationNames::forDatabase(other.id, dbname).subscription})
                .integer(0, 0) > 0;
        if (subscribed) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "migrate %1").arg(dbname),
                          QCoreApplication::translate(
                              "Runner", "migration %1 still replicates this database into the "
                                        "target: finish it ('pgmigrate finish --id %1') or stop "
                                        "it ('pgmigrate stop --id %1') first")
                              .arg(other.id));
        }
    }
}

std::unique_ptr<ExportedSlot> MigrationRunner::prepareReplication(DatabaseState& db,
                                                                  PgConnection& admin,
                                                                  const QList<TableName>& skip) {
    // `admin` is the database's coordinator, before its snapshot: a session of its own cost
    // one more connection per database here.
    const ConnectionSettings sourceDbSettings =
        m_request.check.inspection.source.withDatabase(db.dbname);
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
    // The slot's replication connection opens while the publication is made.
    std::future<std::unique_ptr<ExportedSlot>> connecting;
    if (!m_request.nativeInitialSync) {
        connecting = std::async(std::launch::async, [&] {
            return ExportedSlot::connect(sourceDbSettings, m_cancelled);
        });
    }

    // Skipped tables are not published: quoted as tablesWithoutReplicaIdentity quotes.
    QStringList skipped;
    for (const TableName& table : skip) {
        skipped << admin
                       .exec(QStringLiteral("SELECT format('%I.%I', $1::text, $2::text)"),
                             {table.schema, table.table})
                       .scalar();
    }
    QStringList noIdentity;
    for (const QString& table : tablesWithoutReplicaIdentity(admin)) {
        if (!skipped.contains(table)) {
            noIdentity << table;
        }
    }
    if (!noIdentity.isEmpty()) {
        settleTablesWithoutIdentity(db, admin, noIdentity);
        save();
    }

    // The publication must exist before the slot: changes that fall between the two would
    // otherwise make the apply side loop on "publication does not exist".
    // The list is needed even for all tables: a non-superuser owner publishes it by name.
    QStringList published;
    const bool allTables = skip.isEmpty() && db.copyAtCutover.isEmpty();
    for (const TableInfo& table : listTables(admin, skip)) {
        // Unlogged tables cannot be published; the cut-over copies them again.
        if (!db.copyAtCutover.contains(table.qualified) && !table.unlogged) {
            published << table.qualified;
        }
    }
    createPublication(admin, names.publication, published, allTables);
    if (m_request.nativeInitialSync) {
        return nullptr;
    }
    try {
        std::unique_ptr<ExportedSlot> slot = connecting.get();
        slot->createSlot(names.slot, m_request.slotTimeout);
        return slot;
    } catch (const PgError& failure) {
        if (failure.kind() != PgError::Kind::Connection) {
            throw;
        }
        // This computer may not open a replication connection (pg_hba), while the target
        // server may: let the target copy the tables itself, slower but still consistent.
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: no replication connection from this computer (%2): "
                                          "the target server runs the initial copy itself (slower)")
                                .arg(db.dbname, failure.message());
        return nullptr;
    }
}

void MigrationRunner::settleTablesWithoutIdentity(DatabaseState& db, PgConnection& admin,
                                                  const QStringList& noIdentity) {
    switch (m_request.tablesWithoutPk) {
    case TablesWithoutPk::Refuse:
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "publish %1").arg(db.dbname),
                      QCoreApplication::translate(
                          "Runner", "these tables have no primary key or replica identity, so "
                                    "publishing them would make UPDATE and DELETE fail on the "
                                    "source: %1. Choose --tables-without-pk=replica-identity-full "
                                    "(every UPDATE/DELETE then scans the table on the target) or "
                                    "--tables-without-pk=dump (copied again at cut-over)")
                          .arg(noIdentity.join(QStringLiteral(", "))));
    case TablesWithoutPk::ReplicaIdentityFull: {
        // An ACCESS EXCLUSIVE lock on each live table, waited for briefly.
        BriefLock briefly(m_request.lockWait);
        for (const QString& table : noIdentity) {
            // Remember what it was (DEFAULT, or NOTHING) to put it back at the end.
            const bool wasNothing =
                admin
                    .exec(QStringLiteral(
                              "SELECT relreplident = 'n' FROM pg_class WHERE oid = $1::regclass"),
                          {table})
                    .boolean(0, 0);
            // Noted before the ALTER: a connection lost after its COMMIT left the server
            // cannot tell whether it took effect, and restoring an unchanged one is harmless.
            const QString entry = wasNothing ? table + QStringLiteral(" NOTHING") : table;
            {
                std::lock_guard lock(m_mutex);
                db.replicaIdentityFull << entry;
            }
            QString sqlstate;
            QString message;
            if (!briefly.run(admin,
                             QStringLiteral("ALTER TABLE ") + table +
                                 QStringLiteral(" REPLICA IDENTITY FULL"),
                             table, &sqlstate, &message)) {
                if (!sqlstate.isEmpty()) { // the server refused it: nothing changed
                    std::lock_guard lock(m_mutex);
                    db.replicaIdentityFull.removeAll(entry);
                }
                throw PgError(
                    PgError::Kind::Query,
                    QCoreApplication::translate("Runner", "set replica identity of %1").arg(table),
                    message, sqlstate);
            }
        }
        break;
    }
    case TablesWithoutPk::Dump: {
        std::lock_guard lock(m_mutex);
        db.copyAtCutover = noIdentity;
        break;
    }
    }
}

} // namespace pgm
