#pragma once

#include "BriefLock.h"
#include "CheckRunner.h"
#include "JobLoans.h"
#include "MigrationHistory.h"
#include "MigrationState.h"
#include "PgTools.h"
#include "ReplicaTriggers.h"
#include "StateStore.h"
#include "TargetPlan.h"
#include "Verifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace pgm {

class PgConnection;
class PgError;
class SchemaArchive;
struct DatabaseRun;

/// What to do when the target already holds data for a table the migration would copy.
enum class IfExists {
    Fail,     ///< refuse, naming the tables: never duplicate rows
    Truncate, ///< empty those tables first, then copy
};

/// What to do, for a replicated database, with tables that have no primary key or replica
/// identity (publishing them would make UPDATE and DELETE fail on the source).
enum class TablesWithoutPk {
    Refuse,              ///< stop with the list, so the user chooses
    ReplicaIdentityFull, ///< ALTER TABLE ... REPLICA IDENTITY FULL on the source, undone at the end
    Dump,                ///< leave them out of the publication and copy them again at cut-over
};

/// 64 MB, or PGMIGRATE_LARGE_TABLE_MB megabytes when set (a tuning knob; the fault tests set it
/// to take the large-table path with tables a test can afford to load).
qint64 defaultLargeTableBytes();

struct MigrationRequest {
    CheckRequest check;     ///< servers (with passwords), exclusions, method choice
    QStringList skipTables; ///< "db.schema.table": schema kept, data not copied
    int jobs = 2;
    IfExists ifExists = IfExists::Fail;
    QString id;          ///< empty: a new migration
    bool resume = false; ///< continue an interrupted migration `id`
    TablesWithoutPk tablesWithoutPk = TablesWithoutPk::Refuse;
    /// Let the target server copy the tables (CREATE SUBSCRIPTION with copy_data) instead of
    /// the engine's parallel copy. Chosen automatically when this computer may not open a
    /// replication connection to the source; forcing it is for comparisons and tests.
    bool nativeInitialSync = false;
    /// Verify a replicated database right after its initial copy too. Off by default: the
    /// cut-over (finish) verifies every table once writes have stopped, and checking here only
    /// delays `syncing`. Dump-method databases are always verified at once.
    bool verifyReplicatedCopy = false;
    /// ANALYZE every table of the target once it is loaded, so its planner has statistics
    /// when traffic moves over (off only for comparisons with tools that do not).
    bool analyze = true;
    /// A table at least this large (on the source) is read back in parts on jobs nothing else
    /// uses, and gets its primary key built meanwhile (EarlyPrimaryKey). Smaller ones take less
    /// time than a session's start. Tests lower it to take that path with small tables.
    qint64 largeTableBytes = defaultLargeTableBytes();
    /// Batches of small tables go to a target at least this far (one statement's round trip)
    /// as INSERT statements, a batch in one round trip (RowInserts). Tests set 0 to take that
    /// path with a local target.
    std::chrono::microseconds insertsFromRoundTrip{500};
    /// How long slot creation may wait for open transactions on the source.
    std::chrono::seconds slotTimeout{120};
    /// How long, in all, ALTER TABLE ... REPLICA IDENTITY on the live source keeps trying while
    /// other sessions hold its tables (BriefLock: each try waits a second at most).
    std::chrono::milliseconds lockWait = BriefLock::kBudget;
};

/// Runs a migration, blocking the calling thread: pre-checks, roles, then per database: create
/// it, schema before the data, a parallel streaming copy inside one consistent snapshot,
/// indexes and constraints, sequences, large objects, materialized views, and a verification of
/// every table. For a replicated database the snapshot is the one a new logical replication
/// slot exports, and a subscription starting from that slot is created after the verification,
/// so the copy and the change stream meet exactly: the database is then `syncing`. The state is
/// saved at every phase change; `onChange` is called with a copy after each save and with
/// progress at most twice a second, from this thread or from copy workers, but never two calls
/// at once.
class MigrationRunner {
public:
    using ChangeFn = std::function<void(const MigrationState&)>;

    MigrationRunner(MigrationRequest request, StateStore store, const std::atomic_bool* cancelled,
                    ChangeFn onChange = {});

    /// With this flag raised together with `cancelled`, the run ends as interrupted (resumable)
    /// instead of stopped: the app quitting mid-copy.
    void setInterruptFlag(const std::atomic_bool* interrupt) { m_interrupt = interrupt; }

    /// Returns the final state (also saved).
    MigrationState run();

private:
    // The run (MigrationRunner.cpp): prepared, checked, servers readied, every database, ended.
    bool prepare(QString* error);
    /// Refuses a run that may not start: another process runs it, or the id is taken.
    bool refuseStart(QString* error);
    /// Every session of this run carries its id (see endOrphanSessions).
    void nameSessions();
    /// The pre-checks of a new run; false when a blocking one failed (the state says why).
    bool runPreChecks();
    /// Roles, borrowed owner roles, pg_dump and the passfile: what every database needs.
    void prepareServers(PgConnection& sourceAdmin, PgConnection& targetAdmin);
    void migrateRoles(PgConnection& sourceAdmin, PgConnection& targetAdmin);
    void findTools(PgConnection& sourceAdmin);
    /// Every database not yet migrated, up to DatabaseQueue's rule at once.
    void migrateDatabases(PgConnection& sourceAdmin, PgConnection& targetAdmin);
    /// One database worker: databases from `queue` until none is left or the run is cancelled,
    /// with this worker's own admin connections (PgConnection is not thread-safe).
    void migrateQueued(class DatabaseQueue& queue, PgConnection& sourceAdmin,
                       PgConnection& targetAdmin);
    /// One database, created on the target if missing; a failure is recorded in its state.
    void migrateOneDatabase(DatabaseState& db, PgConnection& sourceAdmin,
                            PgConnection& targetAdmin);
    void recordFailure(DatabaseState& db, const PgError& failure);
    /// Stopped or interrupted databases marked, the end time set, the state saved.
    MigrationState endRun();
    /// Gives back the memberships borrowOwnerRoles() took (a failure is a warning).
    void returnBorrowedRoles();

    // One database's phases (MigrationRunnerDatabase.cpp), in order; StartPlan and TargetPlan
    // decide what each does on a fresh run, a resume and a start over.
    void migrateDatabase(DatabaseState& db, PgConnection& sourceAdmin, PgConnection& targetAdmin);
    /// The target database created if missing, its session opened, and what earlier migrations
    /// into it left removed; meanwhile the snapshot taken (for a replication not resumed, its
    /// publication and slot made, or nativeSync set) and the schema's dump started.
    DatabaseRun createWhileDumping(DatabaseState& db, const StartPlan& start,
                                   PgConnection& sourceAdmin, PgConnection& targetAdmin);
    DatabaseRun openSource(const DatabaseState& db);
    void openTarget(DatabaseRun& run);
    /// Ends the sessions killed runs left on `target`'s database (endOrphanSessions()).
    void endOrphans(PgConnection& target);
    /// The snapshot the copy reads: a new slot's for replication (false: no slot here, the
    /// target's own table sync copies), an exported one for a dump.
    bool takeSnapshot(DatabaseState& db, const StartPlan& start, DatabaseRun& run);
    TargetPlan inspectTarget(DatabaseState& db, DatabaseRun& run);
    /// pg_dump of the schema in the snapshot, in the background: it reads only the source.
    void startSchemaDump(DatabaseState& db, DatabaseRun& run);
    /// Waits for the schema's dump, if one runs; throws what it threw.
    static void awaitSchemaDump(DatabaseRun& run);
    /// The schema dumped (waited for, or started if not yet) and its pre-data restored when the
    /// plan says so.
    void copySchema(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan);
    /// Whether the target already has the pre-data section of a database without tables.
    bool preDataOnTarget(DatabaseRun& run);
    /// The tables loadData copies: the plan's, but those an earlier run finished.
    static QList<struct TableInfo> tablesToCopy(const DatabaseState& db, const DatabaseRun& run);
    /// Starts opening, in the background, the sessions of the copy workers loadData will run
    /// (one pair per unit of work, up to the database's jobs).
    void openCopyWorkersAhead(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan);
    /// The target's tables against the source's when they are not this run's: a resume into
    /// changed tables is refused (plan.refusal), a start over into them warned of.
    void weighDrift(const DatabaseState& db, DatabaseRun& run, TargetPlan& plan);
    void loadData(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan);
    /// A resumed run: compares the tables the interrupted run copied with the source in this
    /// run's snapshot; those that differ are copied again. Returns the tables to copy.
    QList<struct TableInfo> recheckEarlierCopies(DatabaseState& db, const DatabaseRun& run);
    /// Of the compared tables, those that match count as verified, the others as not copied.
    void markChangedForCopy(DatabaseState& db, const QHash<QString, TableComparison>& compared);
    /// Marks the tables the target has with columns of other types to be copied in text.
    void markTextOnly(const DatabaseState& db, PgConnection& source, PgConnection& target,
                      QList<struct TableInfo>& tables);
    /// Indexes and constraints, sequences, materialized views.
    void buildPostData(DatabaseState& db, DatabaseRun& run, const TargetPlan& plan);
    /// Warnings for what the schema leaves out of the source database: its publications and
    /// its subscriptions (its event triggers come last: giveEventTriggers()).
    void warnOfLeftOutObjects(const DatabaseState& db, PgConnection& source);
    /// Names the roles whose grants the schema's restore made the objects' owners' instead
    /// (SchemaArchive::grantAsRestorer).
    void warnOfGrantorsReplaced(const DatabaseState& db, const SchemaArchive& schema);
    /// The target database's event triggers disabled before the run writes there
    /// (quietEventTriggers()), with a warning naming those that stay enabled.
    void quietEventTriggersOf(DatabaseState& db, PgConnection& source, PgConnection& target);
    /// A replicated database: its ALWAYS and REPLICA triggers disabled on the target before the
    /// subscription applies anything (ReplicaTriggers.h), with a warning naming them.
    void quietTriggersForApply(DatabaseState& db, PgConnection& target);
    /// Keeps, in `db` and saved, its target's trigger states before any is disabled, unless an
    /// earlier run kept them already (ReplicaTriggers.h).
    KeepTriggerStates keepTriggerStates(DatabaseState& db);
    /// A database that failed or stopped after its triggers were disabled on the target: they
    /// get their state back (a warning says what could not).
    void giveTriggersBack(DatabaseState& db);
    /// Whether `db`'s subscription is still on the target (its removal failed).
    bool subscriptionLeft(const DatabaseState& db, PgConnection& target) const;
    void analyzeCopy(DatabaseState& db, const DatabaseRun& run);
    /// Replicated: the change stream from the slot's snapshot on; the database is syncing.
    void subscribe(DatabaseState& db, DatabaseRun& run);
    /// Dump: its objects to their source owners; the database is done.
    void handOver(DatabaseState& db, DatabaseRun& run);

    // Replication (MigrationRunnerReplication.cpp).
    /// The initial copy by the target's own table sync, followed until every table streams.
    void migrateWithNativeSync(DatabaseState& db);
    void followInitialSync(DatabaseState& db, PgConnection& source, PgConnection& target);
    /// Removes what a replicated database that failed before `syncing` left on the servers.
    void abandonReplication(DatabaseState& db);
    /// Removes the replication objects of earlier migrations into `dbname` that died before
    /// `syncing` (their state does not claim them, no process runs them). Takes m_historyMutex,
    /// then m_replicationSetupMutex only when there is something to remove.
    void removeOrphanedReplication(const QString& dbname);
    /// Whether `old`, a database of a migration no process runs, may have left replication
    /// objects for `dbname` on the servers (a replicated one that never reached syncing).
    static bool mayHaveLeftReplication(const DatabaseState& old, const QString& dbname);
    /// The other migrations, read once (m_history); the caller holds m_historyMutex.
    MigrationHistory& history();
    /// Whether a migration no process runs, into the same target, created `dbname` there and
    /// ended before its end (killed, stopped, failed): the database may lack its ACL and
    /// settings.
    bool createdByAnEarlierRun(const QString& dbname);
    /// Throws when `other` (same servers) still replicates `dbname`: a second copy into it
    /// would receive every change twice.
    void refuseIfStillReplicated(const MigrationState& other, const QString& dbname) const;
    /// Publication (after settling tables without replica identity) and slot, for one database.
    std::unique_ptr<class ExportedSlot> prepareReplication(DatabaseState& db, PgConnection& admin,
                                                           const QList<struct TableName>& skip);
    /// Tables without primary key or replica identity, as --tables-without-pk says.
    void settleTablesWithoutIdentity(DatabaseState& db, PgConnection& admin,
                                     const QStringList& noIdentity);

    // Copy and verification (MigrationRunnerCopy.cpp).
    /// Loads `tables`; those in `referenced` (foreign keys point at them) are emptied with
    /// DELETE, the others with TRUNCATE. `freshTables`: this run created the schema.
    /// `insertBytes`: tables up to that size may go as INSERTs (0: none; insertTableBytes).
    /// `ahead`: the workers' sessions opened while the schema was restored (may be null).
    void copyData(DatabaseState& db, const QString& snapshot, const QList<struct TableInfo>& tables,
                  const QSet<QString>& referenced, bool freshTables, qint64 insertBytes,
                  class WorkersOpenedAhead* ahead);
    /// One table of copyData, its digest read back and its statistics taken when asked.
    /// `index`: its entry in db.tables (-1: none).
    void copyOneTable(DatabaseState& db, PgConnection& source, PgConnection& target,
                      const struct TableInfo& table, qsizetype index,
                      const struct CopyOptions& options, const QElapsedTimer& timer);
    /// Small new tables of copyData in one batch (TableBatch), read back and analyzed a batch
    /// at a time; one at a time (copyOneTable, with `optionsFor`'s options) when the batch
    /// failed. `entries`: each table's index in db.tables. `digest`: digest those that are
    /// digestable.
    void
    copyTableBatch(DatabaseState& db, PgConnection& source, PgConnection& target,
                   const QList<struct TableInfo>& batch, const QHash<QString, qsizetype>& entries,
                   const std::function<struct CopyOptions(const struct TableInfo&)>& optionsFor,
                   bool digest, const QElapsedTimer& timer);
    /// Takes back the progress a failed batch reported (`reported[i]`: bytes of the table at
    /// db.tables[indexes[i]]), before its tables are copied again one at a time.
    void unreport(DatabaseState& db, const QList<qsizetype>& indexes,
                  const QList<qint64>& reported);
    /// A copied batch's results into the state: rows, copied flags, comparisons, analyzed.
    void recordBatch(DatabaseState& db, const QList<struct TableInfo>& batch,
                     const QList<qsizetype>& indexes, const QList<struct CopyResult>& results,
                     const QList<class CopyDigest>& back, bool analyzed,
                     const QElapsedTimer& timer);
    /// Indexes, constraints, triggers, ...: the whole section, or (`whole` false) only the
    /// entries the target lacks, named on the source inside the copy's snapshot.
    void restorePostData(DatabaseState& db, DatabaseRun& run, bool whole);
    /// How scriptPostData went: nothing scripted, every script restored, or one failed.
    enum class Scripted { None, All, Partly };
    /// Of the whole post-data but the early keys (`early`), the small tables' indexes, keys and
    /// triggers as scripts on the database's sessions at once (PostDataScripts); *rest is what
    /// pg_restore restores after them when every script was restored, and *listed every entry
    /// but the early keys, as the archive lists them (for the caller when nothing was
    /// scripted: one pg_restore --list less), *restLong how many of the entries left to
    /// pg_restore may take long (PostDataPlan::restLong). Throws PgError when
    /// cancelled or pg_restore could not write a script.
    Scripted scriptPostData(const DatabaseState& db, DatabaseRun& run, const QSet<quint32>& early,
                            QList<struct TocEntry>* rest, QList<struct TocEntry>* listed,
                            qsizetype* restLong);
    void verify(DatabaseState& db, const QString& snapshot, const QList<struct TableInfo>& tables,
                PgConnection& sourceDb, PgConnection& targetDb);
    /// The tables verify() compares itself (not digested while copying); differences of the
    /// others are added to `differences`.
    QList<struct TableInfo> tablesLeftToVerify(DatabaseState& db,
                                               const QList<struct TableInfo>& tables,
                                               QStringList* differences);
    void copyLargeObjects(PgConnection& source, PgConnection& target, bool targetFresh);
    /// Reads a digested table back from the target (large ones in parts, their primary key
    /// built meanwhile: EarlyPrimaryKey); *analyzed when the table was analyzed meanwhile too.
    std::optional<TableComparison>
    readBackLoadedTable(const DatabaseState& db, PgConnection& source, PgConnection& target,
                        const struct TableInfo& table, const struct CopyOptions& options,
                        const struct CopyResult& result, bool* analyzed);
    /// A freshly loaded table that nothing reads back gets its primary key on its worker's
    /// session right after its load and ANALYZE (EarlyPrimaryKey), remembered in m_earlyKeys;
    /// when that fails the indexes phase builds it.
    void buildKeyAfterLoad(const DatabaseState& db, PgConnection& source, PgConnection& target,
                           const struct TableInfo& table);
    /// ANALYZE, or VACUUM (ANALYZE) when the load left no visibility map.
    static QString analyzeStatement(const PgConnection& target, const struct TableInfo& table,
                                    bool frozen);

    // State and progress (MigrationRunner.cpp).
    void setPhase(DatabaseState& db, Phase phase);
    /// Moves `db` to `phase`, adding the time spent in the phase it leaves to its
    /// phaseSeconds. Call with m_mutex held.
    void enterPhase(DatabaseState& db, Phase phase);
    void save();
    /// What save() tells the front end, without writing the file.
    void publish();
    /// Tells onChange about progress at most twice a second, without writing the state file.
    void notifyProgress();
    /// m_state, copied under m_mutex for a save or a front end.
    MigrationState stateCopy();
    /// The table workers, pg_restore jobs and ANALYZE workers `db` may use (DatabaseQueue).
    int jobsFor(const DatabaseState& db);
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    bool isInterrupt() const { return m_interrupt && m_interrupt->load(); }

    MigrationRequest m_request;
    StateStore m_store;
    const std::atomic_bool* m_cancelled;
    const std::atomic_bool* m_interrupt = nullptr;
    ChangeFn m_onChange;
    MigrationState m_state;
    std::mutex m_mutex; ///< guards m_state while copy workers report progress
    QHash<QString, QElapsedTimer> m_phaseClocks; ///< per database, since its phase began
    std::mutex m_notifyMutex;                    ///< held by every call of m_onChange
    /// Held through each save, so the file never goes back to an older copy.
    std::mutex m_saveMutex;
    /// Several databases migrate at once: state copies own their databases (see stateCopy).
    std::atomic_bool m_concurrentDatabases{false};
    /// Per database migrating now, its share of the jobs (DatabaseQueue). Under m_mutex.
    QHash<QString, int> m_databaseJobs;
    /// The jobs nothing uses now: database workers with no database left, table workers with
    /// no table left. A large read-back and the index builds borrow them.
    JobLoans m_jobLoans;
    /// One database at a time creates its publication and slot, or removes what earlier runs
    /// left: both wait on the source's transactions, and the latter rewrites other migrations'
    /// state files.
    std::mutex m_replicationSetupMutex;
    /// The other migrations, as that sweep reads them, and the pointers it hands out: under
    /// m_historyMutex, which is taken before m_replicationSetupMutex, never under it.
    std::unique_ptr<MigrationHistory> m_history;
    std::mutex m_historyMutex;
    /// One database at a time in the target's own initial sync: the slot, WAL sender and
    /// worker checks count max_sync_workers_per_subscription temporary ones once.
    std::mutex m_nativeSyncMutex;
    qint64 m_lastNotify = 0;
    QString m_pgDump;
    QString m_pgRestore;
    std::unique_ptr<Passfile> m_passfile;
    QString m_passfilePath;
    bool m_targetSuperuser = false;
    /// A superuser or BYPASSRLS: row security never applies to the target user.
    bool m_targetBypassesRls = false;
    /// When this run's first target session started (see endOrphanSessions).
    QString m_ownSessionsSince;
    bool m_keepGrants = true;
    /// The source has provider roles (rds_superuser, ...): grants to them are left out.
    bool m_leaveOutProviderGrants = false;
    bool m_sameMajor = false;
    /// The target server's round trip, measured by the first database's data phase (three
    /// round trips each, 60 ms a database 20 ms away) and shared by the others. Under m_mutex.
    std::optional<std::chrono::microseconds> m_targetRoundTrip;
    /// Per database, the tables this run verified while copying (their rows digested as they
    /// left the source and as they were read back from the target): verify() skips them.
    QHash<QString, QHash<QString, TableComparison>> m_verifiedWhileCopying;
    /// The databases whose load into existing tables runs with every user trigger disabled by
    /// ALTER TABLE (quietUserTriggers), its sessions not being allowed to. Under m_mutex.
    QSet<QString> m_triggersOffForLoad;
    /// By database, the warning that foreign keys were dropped for the load: taken back once
    /// the post-data restore made them again.
    QHash<QString, QString> m_foreignKeysDropped;
    /// Per database, the tables analyzed while copying (analyzableAlone): the phase skips them.
    QHash<QString, QSet<QString>> m_analyzedWhileCopying;
    /// Per database, the primary keys built right after their table's load (source constraint
    /// oids): the post-data restore leaves them out. Under m_mutex.
    QHash<QString, QSet<quint32>> m_earlyKeys;
};

} // namespace pgm
