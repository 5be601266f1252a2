// The cut-over (`pgmigrate finish`, the wizard's Close connection): per syncing database, its
// steps in order, each saved as the database's phase as it starts.
#include "ApplyErrorWatch.h"
#include "ClusterVerifier.h"
#include "ColumnTypes.h"
#include "EventTriggers.h"
#include "LargeObjects.h"
#include "Logging.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PhaseText.h"
#include "ReplicaTriggers.h"
#include "ReplicationControl.h"
#include "ReplicationHealth.h"
#include "ReplicationObjects.h"
#include "SchemaDrift.h"
#include "SessionTimeouts.h"
#include "StepDeadline.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TargetOwners.h"
#include "WriteFreeze.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <functional>

namespace pgm {

namespace {

constexpr std::chrono::seconds kTimeout(10);

/// Copies `names` again from a fresh snapshot: unlogged tables and tables left out of the
/// publication, which replication did not keep up to date; never the tables the user skipped
/// (`skip`), whose rows on the target are their own.
void recopyTables(const ConnectionSettings& source, const ConnectionSettings& target,
                  const QStringList& names, const QList<TableName>& skip, int jobs,
                  const std::atomic_bool* cancelled) {
    auto coordinator = PgConnection::open(source, kTimeout, cancelled);
    disableSessionTimeouts(*coordinator); // it holds the snapshot the workers import
    coordinator->execScript(QStringLiteral("SET row_security = off; "
                                           "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const QString snapshot =
        coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    QList<TableInfo> tables;
    for (const TableInfo& table : listTables(*coordinator, skip)) {
        if (names.contains(table.qualified) || table.unlogged) {
            tables << table;
        }
    }
    if (tables.isEmpty()) {
        return;
    }
    CopyOptions options;
    options.truncateFirst = false;
    options.deleteFirst = true; // foreign keys may point at them: DELETE, not TRUNCATE
    auto targetDb = PgConnection::open(target, kTimeout, cancelled);
    // Without the replica role the DELETE below fires the tables' triggers and their foreign
    // keys' ON DELETE actions, which would empty rows of replicated tables that point at them.
    const QString step = QCoreApplication::translate("Runner", "copy tables at cut-over");
    const QString refused = QCoreApplication::translate(
        "Runner", "the target refuses session_replication_role = replica (superuser, GRANT SET "
                  "ON PARAMETER or aiven_extras): copying unlogged and unpublished tables again "
                  "would fire their triggers and foreign keys' ON DELETE actions");
    if (!maySetReplicaRole(*targetDb)) {
        throw PgError(PgError::Kind::Query, step, refused);
    }
    options.liftForcedRowSecurity =
        !targetDb
             ->exec(QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_catalog.pg_roles "
                                   "WHERE rolname = current_user"),
                    {}, step)
             .boolean(0, 0);
    if (coordinator->serverVersionNum() / 10000 == targetDb->serverVersionNum() / 10000) {
        // In binary, but a table the target holds with other column types (ColumnTypes.h).
        const QSet<QString> otherTypes = tablesTypedOtherwise(*coordinator, *targetDb, tables);
        for (TableInfo& table : tables) {
            table.textOnly = table.textOnly || otherTypes.contains(table.qualified);
        }
        options.binary = true;
    }
    WorkerConnections connections{source, target, snapshot,
                                  [&step, &refused](PgConnection&, PgConnection& t) {
                                      if (!disableTriggersForLoad(t)) {
                                          throw PgError(PgError::Kind::Query, step, refused);
                                      }
                                  }};
    const QString error =
        forEachTableInParallel(tables, jobs, connections, cancelled,
                               [&](PgConnection& s, PgConnection& t, const TableInfo& table) {
                                   CopyOptions own = options;
                                   own.binary = options.binary && !table.textOnly;
                                   copyTable(s, t, table, own, cancelled, {});
                               });
    if (!error.isEmpty()) {
        throw PgError(PgError::Kind::Query, step, error);
    }
}

/// Has the source flush its WAL past what is inserted now. The walsender sends only flushed
/// WAL, and a record inserted but not flushed (a background process's, an asynchronous
/// commit's) may wait for the next flush for seconds on an idle source: the slot could not
/// confirm the drain's position before then (10 to 20 s measured right after `migrate`). A
/// transaction with an id flushes up to its commit. Best effort: a source that refuses it
/// drains as before. `local`, not `on`: a synchronous standby that is down (or this subscriber
/// itself named in synchronous_standby_names) would hold the commit, with no timeout, before
/// the drain's own limit starts.
void flushSourceWal(PgConnection& sourceDb) {
    PgResult ignored;
    QString state;
    QString message;
    if (!sourceDb.tryExecScript(QStringLiteral("BEGIN; SET LOCAL synchronous_commit = local; "
                                               "SELECT txid_current(); COMMIT"),
                                &ignored, &state, &message)) {
        sourceDb.tryExec(QStringLiteral("ROLLBACK"), {}, &ignored, &state, &message);
        qCDebug(lcReplication, "could not flush the source's WAL: %s", qUtf8Printable(message));
    }
}

/// Waits until the slot confirmed `lsn` (the source's position when the cut-over began),
/// watching the subscription meanwhile so that a replication that cannot catch up ends the
/// wait at once instead of at the timeout (with writes frozen all along). Returns empty once
/// drained, otherwise why not.
QString drain(PgConnection& sourceDb, PgConnection& targetDb, const ReplicationNames& names,
              const QString& lsn, qint64 errorBaseline, std::chrono::seconds timeout,
              const std::atomic_bool* cancelled) {
    // A worker that cannot even start (the target cannot reach the source) counts no error.
    constexpr qint64 kNoWorkerMs = 30000;
    ApplyErrorWatch watch(errorBaseline);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer noWorker;
    while (timer.elapsed() < qint64(timeout.count()) * 1000) {
        if (cancelled && cancelled->load()) {
            return QStringLiteral("cancelled");
        }
        if (slotFlushedTo(sourceDb, names.slot, lsn).value_or(false)) {
            return {};
        }
        const ReplicationHealth health = readHealth(&sourceDb, &targetDb, names);
        if (!health.problem.isEmpty()) {
            return health.problem;
        }
        if (watch.failing(health)) {
            return watch.describe();
        }
        if (health.targetRead && !health.workerRunning) {
            if (!noWorker.isValid()) {
                noWorker.start();
            } else if (noWorker.elapsed() > kNoWorkerMs) {
                return QCoreApplication::translate(
                           "Runner", "the target's replication worker has not run for %1 s "
                                     "(can the target server reach the source?); the target "
                                     "server's log says why")
                    .arg(noWorker.elapsed() / 1000);
            }
        } else {
            noWorker.invalidate();
        }
        QThread::msleep(200);
    }
    return QCoreApplication::translate("Runner", "the target did not catch up within %1 s")
        .arg(timeout.count());
}

/// What of the slot and the subscription is still there once dropReplication() is through:
/// a slot another session held past its retries (it keeps the source's WAL for ever), a
/// subscription aiven_extras could only disable. Empty when both are gone.
QString replicationStillThere(PgConnection& sourceDb, PgConnection& targetDb,
                              const ReplicationNames& names) {
    QStringList left;
    if (sourceDb
            .exec(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = $1"),
                  {names.slot})
            .integer(0, 0) > 0) {
        left << QCoreApplication::translate(
                    "Runner", "the replication slot %1 is still on the source, held by another "
                              "session (pg_stat_replication shows which), and keeps the source's "
                              "WAL from being removed")
                    .arg(names.slot);
    }
    if (targetDb
            .exec(QStringLiteral("SELECT count(*) FROM pg_subscription WHERE subname = $1"),
                  {names.subscription})
            .integer(0, 0) > 0) {
        left << QCoreApplication::translate("Runner", "the subscription %1 is still on the target")
                    .arg(names.subscription);
    }
    return left.join(QStringLiteral("; "));
}

/// The last step of a cut-over, once the target is verified: the replication objects go, the
/// replica identities come back, and the database is done.
void completeCutover(MigrationState& state, DatabaseState& db, PgConnection& sourceCleanup,
                     PgConnection& targetCleanup, const ReplicationNames& names,
                     std::chrono::milliseconds lockWait) {
    const QStringList left = dropReplication(&sourceCleanup, &targetCleanup, names);
    if (sourceCleanup.deadlinePassed() || targetCleanup.deadlinePassed()) {
        // The step's limit cut the removal short: the slot may still hold WAL on the source
        // and the passfile the password on the target. Not done: the next finish removes what
        // is left (the cleanup starts again, and each removal is safe to repeat).
        throw PgError(PgError::Kind::Timeout,
                      QCoreApplication::translate("Runner", "remove the replication objects"),
                      left.join(QStringLiteral("; ")), QStringLiteral("57014"));
    }
    // Not done either while the slot or the subscription is left: the next finish (or stop)
    // removes them, which a database marked done would never be given.
    const QString stillThere = replicationStillThere(sourceCleanup, targetCleanup, names);
    if (!stillThere.isEmpty()) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "remove the replication objects"),
                      (QStringList{stillThere} + left).join(QStringLiteral("; ")));
    }
    // Once the subscription is gone, nothing replicates: the triggers disabled for it get
    // their state back, while the target user still owns their tables.
    const QStringList triggers = restoreTriggerStates(sourceCleanup, targetCleanup, db.dbname);
    // The event triggers' entries stay until they are given their state, last.
    db.triggerStates.removeIf([](const QStringList& entry) { return !isEventTriggerEntry(entry); });
    // Once the subscription is gone: its worker wrote into tables of the target user's own.
    const QStringList owners = giveObjectsToSourceOwners(sourceCleanup, targetCleanup);
    // Last, as it may wait for other sessions' locks on the live source until the step's limit:
    // what is left then is said, with the statement to run.
    QStringList notes;
    restoreTargetReplicaIdentities(targetCleanup, db, &notes);
    restoreReplicaIdentities(sourceCleanup, db, &notes, lockWait);
    // Then nothing the migration sends the target could fire them any more.
    const QStringList events =
        giveEventTriggers(sourceCleanup, targetCleanup, db.dbname, db.triggerStates);
    db.triggerStates.removeIf([](const QStringList& entry) { return isEventTriggerEntry(entry); });
    state.warnings << notes << left << triggers << owners << events;
    db.status = DbStatus::Done;
    db.phase = Phase::Finished;
    db.error.clear();
    db.lagBytes = 0;
    db.finished = QDateTime::currentDateTimeUtc();
}

/// Lends the target user the roles owning what the syncing databases hold, for the last step of
/// their cut-over (TargetOwners.h).
void borrowForCutover(MigrationState& state, const ControlServers& servers,
                      const FinishOptions& options) {
    QStringList syncing;
    for (const DatabaseState& db : state.databases) {
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Syncing) {
            syncing << db.dbname;
        }
    }
    if (syncing.isEmpty()) {
        return;
    }
    try {
        auto source = PgConnection::open(servers.source, kTimeout);
        auto target = PgConnection::open(servers.target, kTimeout);
        borrowOwnerRoles(*source, *target, syncing, &state.borrowedRoles, &state.warnings, [&] {
            if (options.checkpoint) {
                options.checkpoint(state);
            }
        });
    } catch (const PgError& failure) {
        state.warnings << QCoreApplication::translate(
                              "Runner", "objects may keep the target user as their owner: %1")
                              .arg(failure.describe());
    }
}

void returnAfterCutover(MigrationState& state, const ControlServers& servers) {
    if (state.borrowedRoles.isEmpty()) {
        return;
    }
    try {
        auto target = PgConnection::open(servers.target, kTimeout);
        returnOwnerRoles(*target, &state.borrowedRoles, &state.warnings);
    } catch (const PgError& failure) {
        state.warnings << QCoreApplication::translate(
                              "Runner", "the target user keeps the memberships it took (%1) "
                                        "until the next finish: %2")
                              .arg(state.borrowedRoles.join(QStringLiteral(", ")),
                                   failure.describe());
    }
}

/// One syncing database's cut-over: drain, catch up, verify, remove the replication objects.
/// Each step is the database's phase, saved as it starts, so `status` from another terminal (or
/// the reopened wizard) says where a long finish is; its time goes to phase_seconds, and with
/// its limit to cutover_steps. Cleanup is also what a killed finish resumes from.
///
/// Every step is bounded (the drain by its own timeout, the others by stepTimeout): a lock held by
/// another session, a DROP SUBSCRIPTION waiting on a walsender or a slow checksum would otherwise
/// keep the source frozen with no end. A bounded step's statements end at its limit on the client
/// (StepDeadline cancels them) and on the server (statement_timeout, lock_timeout).
class DatabaseCutover {
public:
    DatabaseCutover(MigrationState& state, DatabaseState& db, const ControlServers& servers,
                    const FinishOptions& options, const std::atomic_bool* cancelled)
        : m_state(state)
        , m_db(db)
        , m_options(options)
        , m_cancelled(cancelled)
        , m_deadline(cancelled)
        , m_names(ReplicationNames::forDatabase(state.id, db.dbname))
        , m_servers(servers)
        , m_sourceDb(servers.source.withDatabase(db.dbname))
        , m_targetDb(servers.target.withDatabase(db.dbname)) {}

    /// True when the database is done.
    bool run() {
        m_db.cutoverSteps.clear();
        if (m_db.phase == Phase::Cleanup) {
            return resumeCleanup();
        }
        bool done = true;
        try {
            openConnections();
            checkReplication();
            if (m_options.freezeWrites) {
                freezeWrites();
            }
            drainChanges();
            bounded(Phase::CatchUp, [this] { catchUp(); });
            bounded(Phase::Verify, [this] { verify(); });
            cleanUp(*m_sourceCleanup, *m_targetCleanup);
        } catch (const PgError& failure) {
            m_db.error = failure.describe();
            done = false;
            // Still replicating, as before the finish; except in cleanup, which the next
            // finish must find again to complete.
            if (m_db.status == DbStatus::Syncing && m_step != Phase::Cleanup) {
                m_db.phase = Phase::Streaming;
            }
            endStep();
        }
        if (done || m_db.phase != Phase::Cleanup) {
            unfreeze();
        } // else verified and no longer replicated, maybe: writes stay frozen (keptFrozen())
        return done;
    }

private:
    /// A finish verified it and was killed while removing the replication objects: only that
    /// is left (the subscription or the slot may be gone already).
    bool resumeCleanup() {
        try {
            auto sourceCleanup = PgConnection::open(m_sourceDb, kTimeout);
            auto targetCleanup = PgConnection::open(m_targetDb, kTimeout);
            cleanUp(*sourceCleanup, *targetCleanup);
        } catch (const PgError& failure) {
            m_db.error = failure.describe();
            endStep();
            return false;
        }
        // Frozen since the verification that the cut-short cleanup followed: only now may the
        // source take writes again, the cut-over being complete.
        if (!thawLeftFreeze(m_state, m_db, m_servers.source)) {
            m_state.warnings << m_db.error;
            m_db.error.clear();
        }
        return true;
    }

    /// The replication objects go. Saved first: once the subscription is gone, a finish killed
    /// here could not tell a verified copy from a broken replication. Bounded on the server
    /// only: no client-side cancel stops one of its statements half-way; the step as a whole
    /// has the limit (each statement gets the time left, none starts past it), so its many
    /// statements (a replica identity per table, an owner per object) cannot add up past it.
    /// One that times out leaves the rest to the next finish.
    void cleanUp(PgConnection& sourceCleanup, PgConnection& targetCleanup) {
        beginStep(Phase::Cleanup,
                  QCoreApplication::translate("Runner", "%1: removing the replication objects")
                      .arg(m_db.dbname));
        const qint64 limitMs = qint64(m_options.stepTimeout.count()) * 1000;
        try {
            boundSession(sourceCleanup, limitMs); // 0 turns the user's own timeouts off
            boundSession(targetCleanup, limitMs);
            if (limitMs > 0) {
                const auto deadline = std::chrono::steady_clock::now() + m_options.stepTimeout;
                sourceCleanup.boundUntil(deadline);
                targetCleanup.boundUntil(deadline);
            }
            completeCutover(m_state, m_db, sourceCleanup, targetCleanup, m_names,
                            m_options.lockWait);
        } catch (const PgError& failure) {
            throw overLimit(Phase::Cleanup, failure, isServerTimeout(failure));
        }
        endStep();
    }

    /// Runs a step under its limit; a failure past the limit says so, and what to do.
    void bounded(Phase step, const std::function<void()>& work) {
        try {
            work();
        } catch (const PgError& failure) {
            throw overLimit(step, failure, m_deadline.expired() || isServerTimeout(failure));
        }
        if (m_deadline.expired()) { // a part that took the cancel as a warning
            throw overLimit(step, PgError(PgError::Kind::Cancelled, {}, {}), true);
        }
    }

    /// A statement ended by the timeouts boundSession() set (the user's are turned off).
    bool isServerTimeout(const PgError& failure) const {
        return !m_deadline.userCancelled() &&
               (failure.sqlstate() == QLatin1String("57014") || // statement_timeout
                failure.sqlstate() == QLatin1String("55P03"));  // lock_timeout
    }

    PgError overLimit(Phase step, const PgError& failure, bool timedOut) const {
        if (!timedOut && step != Phase::Cleanup) {
            return failure;
        }
        if (!timedOut) { // a slot held by another session, a lost connection: what now
            return PgError(failure.kind(), failure.step(),
                           failure.message() + QStringLiteral("; ") + leftAsIs(step),
                           failure.sqlstate(), failure.hint());
        }
        return PgError(PgError::Kind::Timeout,
                       QCoreApplication::translate("Runner", "cut over %1").arg(m_db.dbname),
                       QCoreApplication::translate(
                           "Runner",
                           "step %1 did not end within its limit of %2 s (%3); %4. Find what "
                           "holds it up (a lock another session holds on the target or the "
                           "source: pg_locks, pg_stat_activity) or give it more time (finish "
                           "--step-timeout), then run finish again")
                           .arg(phaseText(step))
                           .arg(m_options.stepTimeout.count())
                           .arg(stoppedAt(failure), leftAsIs(step)));
    }

    /// Where a failed step leaves the database.
    QString leftAsIs(Phase step) const {
        // Past the verification the subscription may be gone: a write to the source from then
        // on may never reach the target, so frozen writes stay frozen until the cleanup ends.
        return step != Phase::Cleanup
                   ? QCoreApplication::translate("Runner", "%1 keeps replicating as before the "
                                                           "finish, with writes not frozen")
                         .arg(m_db.dbname)
               : m_frozen
                   ? QCoreApplication::translate(
                         "Runner", "%1 was verified and keeps its replication objects that "
                                   "are left, which the next finish removes; its writes stay "
                                   "frozen until then, as writes from now on may not reach "
                                   "the target (pgmigrate stop unfreezes them)")
                         .arg(m_db.dbname)
                   : QCoreApplication::translate(
                         "Runner", "%1 was verified and keeps its replication objects that "
                                   "are left, which the next finish removes; writes to the "
                                   "source from now on may not reach the target")
                         .arg(m_db.dbname);
    }

    /// What the step was doing when its limit ended it: the server's words when its own
    /// timeout did, not "cancelled on user request" when the deadline did.
    QString stoppedAt(const PgError& failure) const {
        const QString what = isServerTimeout(failure)
                                 ? failure.message()
                                 : QCoreApplication::translate("Runner", "cancelled at the limit");
        return failure.step().isEmpty() ? what : failure.step() + QStringLiteral(": ") + what;
    }

    /// Starts a step: saved as the phase, with its limit (zero: none) armed and recorded.
    void beginStep(Phase step, const QString& text) {
        endStep();
        m_step = step;
        m_stepClock.start();
        m_db.phase = step;
        const std::chrono::seconds limit = limitOf(step);
        m_db.cutoverSteps << CutoverStep{step, limit.count(), QDateTime::currentDateTimeUtc(), -1};
        if (step == Phase::CatchUp || step == Phase::Verify) {
            m_deadline.arm(limit);
            boundSession(*m_source, m_deadline.remainingMs());
            boundSession(*m_target, m_deadline.remainingMs());
        }
        if (m_options.progress) {
            m_options.progress(text);
        }
        if (m_options.checkpoint) {
            m_options.checkpoint(m_state);
        }
    }

    std::chrono::seconds limitOf(Phase step) const {
        switch (step) {
        case Phase::Drain:
            return m_options.drainTimeout;
        case Phase::Freeze:
        case Phase::CatchUp:
        case Phase::Verify:
        case Phase::Cleanup:
            return m_options.stepTimeout;
        default:
            return std::chrono::seconds(0);
        }
    }

    void endStep() {
        if (m_step != Phase::Unknown) {
            const double seconds = double(m_stepClock.nsecsElapsed()) / 1e9;
            m_db.phaseSeconds[m_step] += seconds;
            if (!m_db.cutoverSteps.isEmpty()) {
                m_db.cutoverSteps.last().seconds = qRound(seconds * 1000) / 1000.0;
            }
            m_step = Phase::Unknown;
            m_deadline.disarm();
        }
    }

    void openConnections() {
        m_source = PgConnection::open(m_sourceDb, kTimeout, m_deadline.flag());
        m_target = PgConnection::open(m_targetDb, kTimeout, m_deadline.flag());
        // Large objects and materialized views take as long as they are big.
        disableSessionTimeouts(*m_source);
        disableSessionTimeouts(*m_target);
        // Once verified, the removal must not stop halfway (a subscription detached from its
        // slot): it runs on connections a cancel does not touch, opened before any freeze
        // (sessions opened later are read-only).
        m_sourceCleanup = PgConnection::open(m_sourceDb, kTimeout);
        m_targetCleanup = PgConnection::open(m_targetDb, kTimeout);
        // Idle until the cleanup, whose step bounds them again (boundSession).
        disableSessionTimeouts(*m_sourceCleanup);
        disableSessionTimeouts(*m_targetCleanup);
    }

    /// A broken replication is not cut over; DDL the source saw since the copy is said.
    void checkReplication() {
        const ReplicationHealth health = readHealth(m_source.get(), m_target.get(), m_names);
        if (!health.problem.isEmpty()) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "cut over %1").arg(m_db.dbname),
                          health.problem);
        }
        const QStringList drift = schemaDrift(*m_source, *m_target);
        if (!drift.isEmpty()) {
            m_state.warnings << QCoreApplication::translate(
                                    "Runner",
                                    "%1: schema changed on the source since the copy (DDL "
                                    "is not replicated): %2")
                                    .arg(m_db.dbname, drift.join(QStringLiteral("; ")));
        }
    }

    void freezeWrites() {
        beginStep(Phase::Freeze,
                  QCoreApplication::translate("Runner", "%1: freezing writes").arg(m_db.dbname));
        // Without the cancel flag: the writes must be unfrozen after a cancel too.
        m_admin = PgConnection::open(m_servers.source, kTimeout);
        // Bounded on the server: ALTER DATABASE waits for any session changing the same
        // database's settings in an open transaction.
        boundSession(*m_admin, qint64(m_options.stepTimeout.count()) * 1000);
        if (readOnlyByItsOwnSetting()) {
            // The DBA froze it already: nothing to set, and nothing to RESET after, which
            // would undo their setting. Sessions from before it may still write: ended below.
            m_state.warnings << QCoreApplication::translate(
                                    "Runner", "%1: already read-only by its own setting "
                                              "(default_transaction_read_only = on): it stays on")
                                    .arg(m_db.dbname);
        } else {
            setReadOnly();
        }
        endOtherSessions();
    }

    /// Whether the source database has default_transaction_read_only = on of its own (ALTER
    /// DATABASE ... SET, for every role).
    bool readOnlyByItsOwnSetting() {
        return m_admin
            ->exec(QStringLiteral(
                       "SELECT EXISTS (SELECT FROM pg_db_role_setting s JOIN pg_database d ON "
                       "d.oid = s.setdatabase, unnest(s.setconfig) c WHERE d.datname = $1 AND "
                       "s.setrole = 0 AND c ~* "
                       "'^default_transaction_read_only=(on|1|t(r(ue?)?)?|y(es?)?)$')"),
                   {m_db.dbname})
            .boolean(0, 0);
    }

    void setReadOnly() {
        // Saved first: a finish killed from here on leaves the next one to undo it.
        m_db.writesFrozen = true;
        if (m_options.checkpoint) {
            m_options.checkpoint(m_state);
        }
        const QString quoted = m_admin->quoteIdentifier(m_db.dbname);
        try {
            m_admin->exec(QStringLiteral("ALTER DATABASE ") + quoted +
                          QStringLiteral(" SET default_transaction_read_only = on"));
        } catch (const PgError& failure) {
            m_db.writesFrozen = false; // the statement failed whole: nothing is frozen
            throw overLimit(Phase::Freeze, failure, isServerTimeout(failure));
        }
        m_frozen = true;
        m_frozenFor.start();
    }

    void endOtherSessions() {
        // Sessions keep the setting they started with: end them so new ones are read-only.
        // (our own sessions to that database stay: one only reads from now on, the other
        // removes the replication objects at the end).
        const QString ownPid = m_source->exec(QStringLiteral("SELECT pg_backend_pid()")).scalar();
        const QString cleanupPid =
            m_sourceCleanup->exec(QStringLiteral("SELECT pg_backend_pid()")).scalar();
        m_admin->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = $1 AND pid <> pg_backend_pid() AND pid <> "
                                     "$2::int AND pid <> $3::int AND backend_type = 'client "
                                     "backend'"),
                      {m_db.dbname, ownPid, cleanupPid});
        // Unfreezing waits as long as it takes: writes must come back.
        disableSessionTimeouts(*m_admin);
    }

    void drainChanges() {
        // Other databases keep WAL moving, so wait for a position rather than zero lag. The
        // insert position, not the write position: with asynchronous commit the last
        // commits may still sit in WAL buffers, past pg_current_wal_lsn().
        beginStep(Phase::Drain,
                  QCoreApplication::translate("Runner", "%1: draining the change stream")
                      .arg(m_db.dbname));
        const QString lsn =
            m_source->exec(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text")).scalar();
        flushSourceWal(*m_source);
        const QString stuck = drain(*m_source, *m_target, m_names, lsn, m_db.applyErrorsSeen,
                                    m_options.drainTimeout, m_cancelled);
        if (stuck.isEmpty()) {
            return;
        }
        if (m_cancelled && m_cancelled->load()) {
            throw PgError(PgError::Kind::Cancelled,
                          QCoreApplication::translate("Runner", "cut over %1").arg(m_db.dbname),
                          QStringLiteral("cancelled"));
        }
        throw PgError(PgError::Kind::Timeout,
                      QCoreApplication::translate("Runner", "cut over %1").arg(m_db.dbname), stuck);
    }

    void catchUp() {
        beginStep(
            Phase::CatchUp,
            QCoreApplication::translate(
                "Runner", "%1: sequences, large objects and tables replication does not carry")
                .arg(m_db.dbname));
        writeSequences(*m_target, readSequences(*m_source));
        m_state.warnings << copyLargeObjects(*m_source, *m_target, m_deadline.flag());
        recopyTables(m_sourceDb, m_targetDb, m_db.copyAtCutover,
                     skippedTablesOf(m_state.skippedTables, m_db.dbname), m_options.jobs,
                     m_deadline.flag());
        for (const QString& view : populatedMaterializedViews(*m_source)) {
            m_target->exec(QStringLiteral("REFRESH MATERIALIZED VIEW ") + view);
        }
    }

    void verify() {
        beginStep(Phase::Verify,
                  QCoreApplication::translate("Runner", "%1: verifying").arg(m_db.dbname));
        VerifyRequest request{m_servers.source, m_servers.target, {}, {}, m_options.jobs};
        for (const QString& skipped : m_state.skippedTables) {
            request.skipTables << skipped;
        }
        const DatabaseVerification result = verifyDatabase(request, m_db.dbname, m_deadline.flag());
        if (m_deadline.expired()) {
            throw PgError(PgError::Kind::Cancelled, {}, result.error);
        }
        if (m_cancelled && m_cancelled->load()) {
            throw PgError(PgError::Kind::Cancelled,
                          QCoreApplication::translate("Runner", "verify %1").arg(m_db.dbname),
                          QStringLiteral("cancelled"));
        }
        if (!result.ok()) {
            throw PgError(
                PgError::Kind::Query,
                QCoreApplication::translate("Runner", "verify %1").arg(m_db.dbname),
                (result.error.isEmpty() ? QString() : result.error + QStringLiteral("; ")) +
                    QCoreApplication::translate("Runner",
                                                "the target differs (were writes stopped?): %1")
                        .arg(result.differences.mid(0, 10).join(QStringLiteral("; "))));
        }
        m_db.verifySeconds = result.seconds;
    }

    /// Writes come back whatever happened; a failure here leaves writesFrozen for the next
    /// finish or stop to undo.
    void unfreeze() {
        if (!m_frozen || !m_admin) {
            return;
        }
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (m_admin->tryExec(QStringLiteral("ALTER DATABASE ") +
                                 m_admin->quoteIdentifier(m_db.dbname) +
                                 QStringLiteral(" RESET default_transaction_read_only"),
                             {}, &ignored, &sqlstate, &message)) {
            m_db.writesFrozen = false;
        }
        m_state.warnings << QCoreApplication::translate("Runner", "%1: writes were frozen for %2 s")
                                .arg(m_db.dbname,
                                     QString::number(double(m_frozenFor.elapsed()) / 1000.0, 'f',
                                                     1));
    }

    MigrationState& m_state;
    DatabaseState& m_db;
    const FinishOptions& m_options;
    const std::atomic_bool* m_cancelled;
    StepDeadline m_deadline; ///< what m_source, m_target and each step's own sessions watch
    const ReplicationNames m_names;
    const ControlServers& m_servers;
    const ConnectionSettings m_sourceDb;
    const ConnectionSettings m_targetDb;
    std::unique_ptr<PgConnection> m_source;
    std::unique_ptr<PgConnection> m_target;
    std::unique_ptr<PgConnection> m_sourceCleanup;
    std::unique_ptr<PgConnection> m_targetCleanup;
    std::unique_ptr<PgConnection> m_admin; ///< on the source's maintenance database, to freeze
    bool m_frozen = false;
    QElapsedTimer m_frozenFor;
    Phase m_step = Phase::Unknown;
    QElapsedTimer m_stepClock;
};

/// Cuts over every syncing database; false when one could not be.
bool cutOver(MigrationState& state, const ControlServers& servers, const FinishOptions& options,
             const std::atomic_bool* cancelled) {
    bool allDone = true;
    for (DatabaseState& db : state.databases) {
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Failed) {
            allDone = false; // its replication broke: it cannot be cut over as it is
            continue;
        }
        if (db.method != MigrationMethod::Replication || db.status != DbStatus::Syncing) {
            continue;
        }
        // A cleanup cut short kept its writes frozen: they thaw once it is complete.
        const bool thawed = db.phase == Phase::Cleanup || thawLeftFreeze(state, db, servers.source);
        if (!thawed || !DatabaseCutover(state, db, servers, options, cancelled).run()) {
            allDone = false;
        }
    }
    if (allDone && state.overallStatus() == DbStatus::Done) {
        state.finished = QDateTime::currentDateTimeUtc();
    }
    return allDone;
}

} // namespace

bool finishMigration(MigrationState& state, const ControlServers& servers,
                     const FinishOptions& options, const std::atomic_bool* cancelled) {
    qCDebug(lcReplication, "cut-over of migration %s%s", qUtf8Printable(state.id),
            options.freezeWrites ? ", writes frozen" : "");
    borrowForCutover(state, servers, options);
    const bool allDone = cutOver(state, servers, options, cancelled);
    returnAfterCutover(state, servers);
    qCDebug(lcReplication, "cut-over of migration %s %s", qUtf8Printable(state.id),
            allDone ? "done" : "not done for every database");
    return allDone;
}

} // namespace pgm
