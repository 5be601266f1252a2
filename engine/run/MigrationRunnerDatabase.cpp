// One database's phases, in the order MigrationRunner::migrateDatabase runs them.
#include "ArchiveToc.h"
#include "ColumnTypes.h"
#include "DatabaseCreator.h"
#include "DatabaseRun.h"
#include "EventTriggers.h"
#include "LargeObjects.h"
#include "LeftOutObjects.h"
#include "LoadForeignKeys.h"
#include "Logging.h"
#include "MigrationRunner.h"
#include "OrphanSessions.h"
#include "PgError.h"
#include "ReplicaTriggers.h"
#include "ReplicationControl.h"
#include "RowInserts.h"
#include "SchemaDrift.h"
#include "SessionTimeouts.h"
#include "TableCopy.h"
#include "TargetAnalyze.h"
#include "TargetOwners.h"
#include "TargetPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <future>

namespace pgm {

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);

/// The tables some foreign key on the target points at: TRUNCATE refuses them (even with
/// triggers off), so reloading one empties it with DELETE instead.
QSet<QString> referencedByForeignKeys(PgConnection& target) {
    const PgResult result = target.exec(
        QStringLiteral("SELECT DISTINCT format('%I.%I', n.nspname, c.relname) FROM pg_constraint k "
                       "JOIN pg_class c ON c.oid = k.confrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f'"),
        {}, QCoreApplication::translate("Runner", "list tables foreign keys point at"));
    QSet<QString> tables;
    for (int row = 0; row < result.rows(); ++row) {
        tables.insert(result.text(row, 0));
    }
    return tables;
}

/// What the target already holds of the tables to copy, and how this run started. One query
/// for them all: one round trip per table took minutes at 20,000 tables on a distant target.
TargetContents targetContents(PgConnection& target, const QList<TableInfo>& tables) {
    TargetContents facts;
    QJsonArray names;
    for (const TableInfo& table : tables) {
        if (table.extensionConfig) {
            continue; // CREATE EXTENSION fills these; their user rows are replaced, not appended
        }
        ++facts.userTables;
        names.append(table.qualified);
    }
    if (names.isEmpty()) {
        return facts;
    }
    const PgResult found = target.exec(
        QStringLiteral("SELECT name, c IS NOT NULL, c IS NOT NULL AND pg_relation_size(c) > 0 "
                       "FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS n(name, i), "
                       "LATERAL to_regclass(name) AS c ORDER BY i"),
        {QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact))},
        QCoreApplication::translate("Runner", "look for the tables on the target"));
    for (int row = 0; row < found.rows(); ++row) {
        if (found.boolean(row, 1)) {
            facts.existing << found.text(row, 0);
        }
        if (found.boolean(row, 2)) {
            facts.holdingData << found.text(row, 0);
        }
    }
    return facts;
}

/// The partitioned tables of the target (12+, where a foreign key may point at one) all of
/// whose partitions are in `truncated`: each goes into the same TRUNCATE, without ONLY (a
/// partitioned table takes none). A foreign key between partitioned tables is their parents':
/// TRUNCATE refuses a partition it points at unless the table it comes from is truncated too.
QStringList wholePartitionedTables(PgConnection& target, const QSet<QString>& truncated) {
    if (target.serverVersionNum() < 120000) {
        return {};
    }
    const PgResult trees =
        target.exec(QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname), (SELECT "
                                   "pg_catalog.json_agg(format('%I.%I', ln.nspname, l.relname)) "
                                   "FROM pg_catalog.pg_partition_tree(c.oid) t "
                                   "JOIN pg_catalog.pg_class l ON l.oid = t.relid "
                                   "JOIN pg_catalog.pg_namespace ln ON ln.oid = l.relnamespace "
                                   "WHERE t.isleaf) FROM pg_catalog.pg_class c "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind = 'p' AND NOT c.relispartition"),
                    {}, QCoreApplication::translate("Runner", "truncate target tables"));
    QStringList whole;
    for (int row = 0; row < trees.rows(); ++row) {
        const QJsonArray leaves = QJsonDocument::fromJson(trees.text(row, 1).toUtf8()).array();
        if (!leaves.isEmpty() &&
            std::all_of(leaves.cbegin(), leaves.cend(), [&truncated](const QJsonValue& leaf) {
                return truncated.contains(leaf.toString());
            })) {
            whole << trees.text(row, 0);
        }
    }
    return whole;
}

} // namespace

void MigrationRunner::migrateDatabase(DatabaseState& db, PgConnection& sourceAdmin,
                                      PgConnection& targetAdmin) {
    RunStart how;
    how.resume = m_request.resume;
    how.replicate = db.method == MigrationMethod::Replication;
    how.verifyReplicatedCopy = m_request.verifyReplicatedCopy;
    how.analyze = m_request.analyze;
    const StartPlan start = planStart(how);

    DatabaseRun run = createWhileDumping(db, start, sourceAdmin, targetAdmin);
    if (!run.coordinator && !run.nativeSync) {
        // A resumed replication: its earlier objects go, on both servers, once the target
        // database is there; then its new slot.
        std::unique_ptr<PgConnection> targetDb = std::move(run.targetDb);
        run = openSource(db);
        run.targetDb = std::move(targetDb);
        run.nativeSync = !takeSnapshot(db, start, run);
        if (!run.nativeSync) {
            startSchemaDump(db, run);
        }
    }
    if (run.nativeSync) {
        run = DatabaseRun();
        migrateWithNativeSync(db);
        return;
    }
    openTarget(run);
    quietEventTriggersOf(db, *run.coordinator, *run.targetDb);
    const TargetPlan plan = inspectTarget(db, run);
    openCopyWorkersAhead(db, run, plan);
    copySchema(db, run, plan);
    loadData(db, run, plan);
    buildPostData(db, run, plan);
    warnOfLeftOutObjects(db, *run.coordinator);
    if (start.verifyAfterCopy) {
        setPhase(db, Phase::Verify);
        verify(db, run.snapshot, run.tables, *run.coordinator, *run.targetDb);
    }
    // Before the snapshot is let go, so a run killed here resumes as one killed while verifying.
    if (start.analyze) {
        analyzeCopy(db, run);
    }
    run.coordinator->exec(QStringLiteral("COMMIT"));
    if (start.subscribe) {
        subscribe(db, run);
    } else {
        // Nothing loads any more: what quietReplicaTriggers() disabled may fire again. Before
        // the hand-over, while the target user owns the tables.
        const QStringList triggers =
            restoreTriggerStates(*run.coordinator, *run.targetDb, db.dbname);
        {
            std::lock_guard lock(m_mutex);
            m_state.warnings << triggers;
            // The event triggers' entries stay until handOver() gave them their state.
            db.triggerStates.removeIf(
                [](const QStringList& entry) { return !isEventTriggerEntry(entry); });
        }
        handOver(db, run);
        // Done: a read-only default the source database has can no longer stop this run. Only
        // into a database this migration created, as its other settings (ensureDatabase).
        bool created = false;
        {
            std::lock_guard lock(m_mutex);
            created = db.targetCreated;
        }
        if (created || run.readOnlyLifted) {
            const QStringList refused = copyReadOnlyDefaults(sourceAdmin, targetAdmin, db.dbname);
            std::lock_guard lock(m_mutex);
            m_state.warnings << refused;
        }
    }
    save();
}

DatabaseRun MigrationRunner::createWhileDumping(DatabaseState& db, const StartPlan& start,
                                                PgConnection& sourceAdmin,
                                                PgConnection& targetAdmin) {
    // CREATE DATABASE copies a template (0.1 to 0.2 s here, more on a durable disk), before
    // which nothing can reach the target database; a dump's snapshot and schema need only the
    // source. The future waits for the creation however this thread leaves.
    bool createdEarlier = false;
    {
        std::lock_guard lock(m_mutex);
        createdEarlier = db.targetCreated;
    }
    if (!createdEarlier && createdByAnEarlierRun(db.dbname)) {
        // Started over after a run killed before the database had its ACL and settings: this
        // run finds the database, and gives them as the killed one would have.
        createdEarlier = true;
        std::lock_guard lock(m_mutex);
        db.targetCreated = true;
    }
    // Then its session opens there: each open costs 25 to 50 ms here, more on a distant server.
    const ConnectionSettings targetDbSettings =
        m_request.check.inspection.target.withDatabase(db.dbname);
    std::unique_ptr<PgConnection> targetDb;
    bool createdNow = false; // read once the future is through
    auto created = std::async(std::launch::async, [&] {
        DatabaseReport report =
            ensureDatabase(sourceAdmin, targetAdmin, db.dbname, createdEarlier, [&] {
                createdNow = true;
                {
                    std::lock_guard lock(m_mutex);
                    db.targetCreated = true;
                }
                save();
            });
        targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);
        return report;
    });
    DatabaseRun run;
    if (!start.subscribe) {
        run = openSource(db);
        takeSnapshot(db, start, run);
        startSchemaDump(db, run);
    } else if (!start.dropEarlierReplication) {
        // A replication's publication and slot are the source's too (70 to 90 ms here, one
        // database at a time). Should the sweep below refuse (another migration still
        // replicates into this database), the failure removes them again (abandonReplication).
        run = openSource(db);
        run.nativeSync = !takeSnapshot(db, start, run);
        if (!run.nativeSync) {
            startSchemaDump(db, run);
        }
    }
    const DatabaseReport report = created.get();
    run.targetDb = std::move(targetDb);
    run.targetNew = createdNow;
    run.readOnlyLifted = report.readOnlyLifted;
    {
        std::lock_guard lock(m_mutex);
        m_state.warnings << report.warnings;
    }
    removeOrphanedReplication(db.dbname);
    return run;
}

void MigrationRunner::warnOfLeftOutObjects(const DatabaseState& db, PgConnection& source) {
    const QStringList publications = userPublications(source);
    const QStringList subscriptions = userSubscriptions(source);
    std::lock_guard lock(m_mutex);
    if (!publications.isEmpty()) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: the source's publications are not migrated: %2. "
                                          "Consumers of their changes need them on the target "
                                          "after the cut-over ('pg_dump --schema-only' on the "
                                          "source prints their statements)")
                                .arg(db.dbname, publications.join(QStringLiteral(", ")));
    }
    if (!subscriptions.isEmpty()) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: the source's subscriptions are not migrated (the "
                                          "target must not replicate on its own): %2")
                                .arg(db.dbname, subscriptions.join(QStringLiteral(", ")));
    }
}

MigrationHistory& MigrationRunner::history() {
    if (!m_history) {
        m_history = std::make_unique<MigrationHistory>(m_store, m_state.id, m_state.source.host,
                                                       m_state.source.port);
    }
    return *m_history;
}

bool MigrationRunner::createdByAnEarlierRun(const QString& dbname) {
    std::lock_guard historyLock(m_historyMutex);
    for (const MigrationState* other : history().fromSameSource()) {
        if (other->target.host != m_state.target.host ||
            other->target.port != m_state.target.port ||
            MigrationLock::ownerAlive(m_store, other->id)) {
            continue;
        }
        // One that ended well gave the database everything: the user may have changed it since.
        for (const DatabaseState& old : other->databases) {
            if (old.dbname == dbname && old.targetCreated && old.status != DbStatus::Done &&
                old.status != DbStatus::Syncing) {
                return true;
            }
        }
    }
    return false;
}

DatabaseRun MigrationRunner::openSource(const DatabaseState& db) {
    DatabaseRun run;
    run.source = m_request.check.inspection.source.withDatabase(db.dbname);
    run.target = m_request.check.inspection.target.withDatabase(db.dbname);
    run.coordinator = PgConnection::open(run.source, kConnectTimeout, m_cancelled);
    run.skip = skippedTablesOf(m_request.skipTables, db.dbname);
    disableSessionTimeouts(*run.coordinator);
    run.coordinator->execScript(QStringLiteral("SET row_security = off"));
    return run;
}

void MigrationRunner::openTarget(DatabaseRun& run) {
    if (!run.targetDb) {
        run.targetDb = PgConnection::open(run.target, kConnectTimeout, m_cancelled);
    }
    endOrphans(*run.targetDb);
    disableSessionTimeouts(*run.targetDb);
}

void MigrationRunner::endOrphans(PgConnection& target) {
    endOrphanSessions(
        target, m_state.id, m_ownSessionsSince,
        [this](const QString& id) {
            // A migration this computer does not know may run elsewhere: its sessions stay.
            return !m_store.ids().contains(id) || MigrationLock::ownerAlive(m_store, id);
        },
        std::chrono::seconds(60));
}

bool MigrationRunner::takeSnapshot(DatabaseState& db, const StartPlan& start, DatabaseRun& run) {
    // One snapshot for the schema, every table's data and the source side of verification.
    // For replication it is the new slot's: the change stream starts exactly where it ends.
    if (!start.subscribe) {
        run.coordinator->execScript(
            QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        run.snapshot =
            run.coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
        return true;
    }
    if (start.dropEarlierReplication) {
        // Interrupted before `syncing`: its snapshot is gone with the slot's connection.
        // What it left goes, and it starts again from a new slot (recopying every table).
        abandonReplication(db);
        std::lock_guard lock(m_mutex);
        db.replicaIdentityFull.clear();
        db.copyAtCutover.clear();
    }
    setPhase(db, Phase::Slot);
    {
        std::lock_guard setupLock(m_replicationSetupMutex);
        run.slot = prepareReplication(db, *run.coordinator, run.skip);
    }
    if (!run.slot) {
        return false;
    }
    run.snapshot = run.slot->snapshot();
    run.coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    run.coordinator->exec(QStringLiteral("SET TRANSACTION SNAPSHOT ") +
                              run.coordinator->quoteLiteral(run.snapshot),
                          {}, QCoreApplication::translate("Runner", "import the slot's snapshot"));
    return true;
}

void MigrationRunner::weighDrift(const DatabaseState& db, DatabaseRun& run, TargetPlan& plan) {
    if (!plan.refusal.isEmpty() || plan.restorePreData) {
        return; // refused, or the tables are this run's
    }
    const QStringList drift = schemaDrift(*run.coordinator, *run.targetDb);
    if (drift.isEmpty()) {
        return;
    }
    if (m_request.resume) {
        // The schema is the interrupted run's: DDL on the source since then would be lost
        // without a word (a CHECK, a column), or break the copy into the old tables.
        plan.refusal = QCoreApplication::translate(
                           "Runner", "the source's tables changed since the interrupted run made "
                                     "them on the target (%1); a resume would copy into the old "
                                     "ones: drop the database on the target, then migrate it "
                                     "again")
                           .arg(drift.join(QStringLiteral("; ")));
        return;
    }
    // Started over into tables that were there (or into the user's own): their definition stays,
    // and what the source has and they lack (a CHECK, NOT NULL) would be missing without a word.
    std::lock_guard lock(m_mutex);
    m_state.warnings << QCoreApplication::translate(
                            "Runner", "%1: the target's tables differ from the source's (%2); the "
                                      "data is copied into them as they are. For the source's "
                                      "definition: drop the database on the target, then "
                                      "migrate it again")
                            .arg(db.dbname, drift.join(QStringLiteral("; ")));
}

TargetPlan MigrationRunner::inspectTarget(DatabaseState& db, DatabaseRun& run) {
    run.tables = listTables(*run.coordinator, run.skip);
    if (db.method != MigrationMethod::Replication) {
        // A TRUNCATE on the source during the copy would otherwise empty the table in the
        // snapshot, and verification, in the same snapshot, would find both sides alike. With
        // replication the TRUNCATE arrives through the slot anyway; there the lock would only
        // hold the application's ALTER TABLEs (and the readers queued behind them) for hours.
        lockTables(*run.coordinator, run.tables);
    }
    run.sequences = readSequences(*run.coordinator);
    run.matviews = populatedMaterializedViews(*run.coordinator);

    // What the target already has, and how this run started, decide every phase below.
    TargetContents facts = targetContents(*run.targetDb, run.tables);
    facts.resume = m_request.resume;
    facts.replicate = db.method == MigrationMethod::Replication;
    facts.replaceAllowed = m_request.ifExists == IfExists::Truncate;
    TargetPlan plan = planTarget(facts); // not const: returned, so moved
    weighDrift(db, run, plan);
    if (!plan.refusal.isEmpty()) {
        throw PgError(
            PgError::Kind::Query,
            QCoreApplication::translate("Runner", "inspect target database %1").arg(db.dbname),
            plan.refusal);
    }
    if (plan.truncateAll) {
        // A dump that fails (a privilege, a lock) must fail the run before it empties anything.
        awaitSchemaDump(run);
        // One statement, so foreign keys between these tables do not refuse it. Each table
        // ONLY: an inheritance parent would empty its children too, a skipped one among them.
        QStringList names;
        QSet<QString> truncated;
        for (const TableInfo& table : run.tables) {
            if (!table.extensionConfig) {
                names << QStringLiteral("ONLY ") + table.qualified;
                truncated.insert(table.qualified);
            }
        }
        names << wholePartitionedTables(*run.targetDb, truncated);
        run.targetDb->exec(QStringLiteral("TRUNCATE ") + names.join(QStringLiteral(", ")), {},
                           QCoreApplication::translate("Runner", "truncate target tables"));
    }

    std::lock_guard lock(m_mutex);
    if (!plan.keepCopiedTables) {
        db.tables.clear();
        for (const TableInfo& table : run.tables) {
            db.tables << TableState{table.qualified, 0, table.bytes, false, false};
        }
        db.bytesDone = 0;
        db.rowsDone = 0;
    } else {
        // A run killed after its schema's commit but before it saved the list left none: the
        // tables it lacks are to copy, and the status must show them.
        QSet<QString> listed;
        for (const TableState& state : db.tables) {
            listed.insert(state.name);
        }
        for (const TableInfo& table : run.tables) {
            if (!listed.contains(table.qualified)) {
                db.tables << TableState{table.qualified, 0, table.bytes, false, false};
            }
        }
    }
    db.bytesTotal = 0;
    for (const TableInfo& table : run.tables) {
        db.bytesTotal += table.bytes;
    }
    return plan;
}

void MigrationRunner::startSchemaDump(DatabaseState& db, DatabaseRun& run) {
    run.schema = std::make_unique<SchemaArchive>(
        m_pgDump, m_pgRestore, m_passfilePath,
        m_targetSuperuser && !providerRolesOwnObjects(*run.coordinator), m_keepGrants);
    if (m_leaveOutProviderGrants) {
        run.schema->leaveOutProviderGrants();
    }
    if (!m_targetSuperuser) {
        run.schema->grantAsRestorer();
    }
    setPhase(db, Phase::Schema);
    // pg_dump holds its own session in the snapshot, which the coordinator keeps open: the
    // coordinator and the target session are free for the inspection meanwhile.
    run.schemaDumped =
        std::async(std::launch::async, [this, dbname = db.dbname, schema = run.schema.get(),
                                        source = run.source, snapshot = run.snapshot] {
            QString error;
            if (!schema->dump(source, snapshot, m_cancelled, &error)) {
                throw PgError(
                    isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                    QCoreApplication::translate("Runner", "copy the schema of %1").arg(dbname),
                    error);
            }
        });
}

void MigrationRunner::awaitSchemaDump(DatabaseRun& run) {
    if (run.schemaDumped.valid()) {
        run.schemaDumped.get(); // throws what the dump threw
    }
}

bool MigrationRunner::preDataOnTarget(DatabaseRun& run) {
    // With tables, their presence tells (planTarget); without, an earlier run (killed, or
    // started over) may have restored the rest of the schema, which a second restore, in one
    // transaction, would refuse for ever ("already exists").
    if (run.targetNew || std::any_of(run.tables.cbegin(), run.tables.cend(),
                                     [](const TableInfo& t) { return !t.extensionConfig; })) {
        return false;
    }
    QList<TocEntry> entries;
    QString error;
    if (!run.schema->list(QStringLiteral("pre-data"), &entries, m_cancelled, &error)) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "list the schema's objects"), error);
    }
    // Entries that only alter an object (comments, grants) always count as missing: there must
    // be objects, and all of them there.
    const bool objects = !std::all_of(entries.cbegin(), entries.cend(), repeatable);
    const QList<TocEntry> missing = missingOnTarget(*run.coordinator, *run.targetDb, entries);
    return objects && std::all_of(missing.cbegin(), missing.cend(), repeatable);
}

void MigrationRunner::copySchema(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan) {
    if (!run.schema) {
        startSchemaDump(db, run);
    }
    awaitSchemaDump(run);
    QString error;
    if (plan.restorePreData && preDataOnTarget(run)) {
        return;
    }
    if (plan.restorePreData &&
        !run.schema->restore(QStringLiteral("pre-data"), run.target, 1, m_cancelled, &error)) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "copy the schema of %1").arg(db.dbname),
                      error);
    }
}

QList<TableInfo> MigrationRunner::tablesToCopy(const DatabaseState& db, const DatabaseRun& run) {
    QSet<QString> copied;
    for (const TableState& state : db.tables) {
        if (state.copied) {
            copied.insert(state.name);
        }
    }
    // A fresh run copies the whole list: shared, not a second list of every table (3 MB at
    // 20,000 tables, held through the copy), nor a search of the state for each of them.
    QList<TableInfo> remaining = copied.isEmpty() ? run.tables : QList<TableInfo>();
    if (!copied.isEmpty()) {
        for (const TableInfo& table : run.tables) {
            if (!copied.contains(table.qualified)) {
                remaining << table;
            }
        }
    }
    return remaining;
}

void MigrationRunner::markTextOnly(const DatabaseState& db, PgConnection& source,
                                   PgConnection& target, QList<TableInfo>& tables) {
    const QSet<QString> otherTypes = tablesTypedOtherwise(source, target, tables);
    if (otherTypes.isEmpty()) {
        return;
    }
    QStringList named;
    for (TableInfo& table : tables) {
        if (otherTypes.contains(table.qualified)) {
            table.textOnly = true;
            named << table.qualified;
        }
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << QCoreApplication::translate(
                            "Runner", "%1: the target's tables %2 have columns of other types "
                                      "than the source's: copied as text, each value converted")
                            .arg(db.dbname, named.mid(0, 10).join(QStringLiteral(", ")));
}

void MigrationRunner::loadData(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan) {
    setPhase(db, Phase::Data);
    if (run.schema) {
        run.schema->prefetchList(QStringLiteral("post-data"), m_cancelled); // for the indexes
    }
    {
        std::lock_guard lock(m_mutex);
        m_verifiedWhileCopying.remove(db.dbname);
        m_analyzedWhileCopying.remove(db.dbname);
        m_earlyKeys.remove(db.dbname);
    }
    QList<TableInfo> remaining = tablesToCopy(db, run);
    if (plan.keepCopiedTables && remaining.size() < run.tables.size()) {
        remaining = recheckEarlierCopies(db, run);
    }
    if (!plan.restorePreData && m_sameMajor) {
        markTextOnly(db, *run.coordinator, *run.targetDb, remaining);
    }
    // Against a distant target small tables go as INSERTs, a batch in one round trip.
    std::optional<std::chrono::microseconds> measured;
    {
        std::lock_guard lock(m_mutex);
        measured = m_targetRoundTrip;
    }
    if (!measured) {
        measured = measureRoundTrip(*run.targetDb);
        std::lock_guard lock(m_mutex);
        m_targetRoundTrip = measured;
    }
    const std::chrono::microseconds roundTrip = *measured;
    run.targetRoundTrip = roundTrip; // the post-data's plan reads it too
    const qint64 insertBytes =
        roundTrip >= m_request.insertsFromRoundTrip ? insertTableBytes(roundTrip) : 0;
    qCDebug(lcCopy, "target %lld us away: tables up to %lld bytes go as INSERTs",
            static_cast<long long>(roundTrip.count()), static_cast<long long>(insertBytes));
    if (!plan.restorePreData) {
        // Into tables that were there: their ALWAYS and REPLICA triggers would fire on each
        // copied row, as the load's sessions are replica ones.
        quietReplicaTriggers(*run.targetDb, keepTriggerStates(db));
        if (!maySetReplicaRole(*run.targetDb)) {
            // Nor can those sessions turn the other triggers off: they are, table by table,
            // and the foreign keys are dropped until the post-data restore makes them again.
            const bool allOff = quietUserTriggers(*run.targetDb, keepTriggerStates(db)).isEmpty();
            const DroppedForeignKeys keys =
                remaining.isEmpty() ? DroppedForeignKeys()
                                    : dropForeignKeysForLoad(*run.coordinator, *run.targetDb);
            std::lock_guard lock(m_mutex);
            if (allOff && keys.kept.isEmpty()) {
                m_triggersOffForLoad.insert(db.dbname);
            }
            if (!keys.dropped.isEmpty()) {
                // Said while they are missing: a run that stops before its post-data leaves them
                // so.
                const QString note =
                    QCoreApplication::translate(
                        "Runner", "%1: %2 foreign keys are dropped on the target for the load (its "
                                  "user may not set session_replication_role) until the indexes "
                                  "phase makes them again; if this run stops before, a resume or a "
                                  "start over makes them: %3")
                        .arg(db.dbname)
                        .arg(keys.dropped.size())
                        .arg(keys.dropped.mid(0, 10).join(QStringLiteral(", ")));
                m_state.warnings << note;
                m_foreignKeysDropped.insert(db.dbname, note);
            }
        }
    }
    copyData(db, run.snapshot, remaining, referencedByForeignKeys(*run.targetDb),
             plan.restorePreData, insertBytes, run.workersAhead.get());
    run.workersAhead.reset(); // sessions no worker took (fewer units than planned)
    copyLargeObjects(*run.coordinator, *run.targetDb, run.targetNew);
}

void MigrationRunner::buildPostData(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan) {
    setPhase(db, Phase::Indexes);
    restorePostData(db, run, plan.wholePostData);
    {
        std::lock_guard lock(m_mutex);
        const QString note = m_foreignKeysDropped.take(db.dbname);
        if (!note.isEmpty()) {
            m_state.warnings.removeAll(note);
        }
    }
    writeSequences(*run.targetDb, run.sequences);
    for (const QString& view : run.matviews) {
        run.targetDb->exec(QStringLiteral("REFRESH MATERIALIZED VIEW ") + view, {},
                           QCoreApplication::translate("Runner", "refresh %1").arg(view));
    }
    if (db.method == MigrationMethod::Replication) {
        quietTriggersForApply(db, *run.targetDb);
    }
}

void MigrationRunner::analyzeCopy(DatabaseState& db, const DatabaseRun& run) {
    setPhase(db, Phase::Analyze);
    QSet<QString> analyzed;
    {
        std::lock_guard lock(m_mutex);
        analyzed = m_analyzedWhileCopying.value(db.dbname);
    }
    analyzeTarget(*run.targetDb, run.target, jobsFor(db), m_cancelled, analyzed);
}

void MigrationRunner::subscribe(DatabaseState& db, DatabaseRun& run) {
    // The target equals the slot's snapshot: now stream what changed since.
    run.slot->release();
    setPhase(db, Phase::Subscribe);
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
    createSubscription(*run.targetDb, names, run.source,
                       m_request.check.inspection.sourceHostFromTarget,
                       m_request.check.inspection.sourcePortFromTarget);
    std::lock_guard lock(m_mutex);
    db.status = DbStatus::Syncing;
    enterPhase(db, Phase::Streaming);
}

void MigrationRunner::handOver(DatabaseState& db, DatabaseRun& run) {
    // Last, once verified and analyzed: until here the target user worked on objects of its
    // own (a replicated database does this when cut over).
    const QStringList owners = giveObjectsToSourceOwners(*run.coordinator, *run.targetDb);
    // After the owners, whose ALTERs they would have logged.
    TriggerStates kept;
    {
        std::lock_guard lock(m_mutex);
        kept = db.triggerStates;
    }
    const QStringList events = giveEventTriggers(*run.coordinator, *run.targetDb, db.dbname, kept);
    std::lock_guard lock(m_mutex);
    db.triggerStates.removeIf([](const QStringList& entry) { return isEventTriggerEntry(entry); });
    m_state.warnings << owners << events;
    db.status = DbStatus::Done;
    enterPhase(db, Phase::Finished);
    db.finished = QDateTime::currentDateTimeUtc();
}

} // namespace pgm
