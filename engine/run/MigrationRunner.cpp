#include "MigrationRunner.h"

#include "AtOnce.h"
#include "CheckReportFormat.h"
#include "DatabaseQueue.h"
#include "Logging.h"
#include "OrphanSessions.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTools.h"
#include "ReplicationObjects.h"
#include "RoleMigrator.h"
#include "SessionTimeouts.h"
#include "TargetOwners.h"
#include "TargetPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <thread>
#include <vector>

namespace pgm {

qint64 defaultLargeTableBytes() {
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("PGMIGRATE_LARGE_TABLE_MB").toLongLong(&ok);
    return (ok && megabytes >= 0 ? megabytes : 64) << 20;
}

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);

QString methodChoiceName(MethodChoice choice) {
    switch (choice) {
    case MethodChoice::Auto:
        return QStringLiteral("auto");
    case MethodChoice::Replication:
        return QStringLiteral("replication");
    case MethodChoice::Dump:
        return QStringLiteral("dump");
    }
    return {};
}

/// The target user may hand objects to other roles (pg_restore without --no-owner).
bool targetKeepsOwners(PgConnection& target) {
    return target.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        .boolean(0, 0);
}

bool bypassesRowSecurity(PgConnection& target) {
    return target
        .exec(QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_catalog.pg_roles "
                             "WHERE rolname = current_user"))
        .boolean(0, 0);
}

} // namespace

MigrationRunner::MigrationRunner(MigrationRequest request, StateStore store,
                                 const std::atomic_bool* cancelled, ChangeFn onChange)
    : m_request(std::move(request))
    , m_store(std::move(store))
    , m_cancelled(cancelled)
    , m_onChange(std::move(onChange)) {}

MigrationState MigrationRunner::stateCopy() {
    std::lock_guard lock(m_mutex);
    MigrationState copy = m_state;
    if (m_concurrentDatabases) {
        // A copy shares its databases with m_state until one side writes. While one database
        // worker saves, another writes its database through a reference into m_state: the copy
        // must own its DatabaseState objects (their members still share their data, copied on
        // the next write), or the save would read a QString or QMap as it is replaced.
        copy.databases.detach();
    }
    return copy;
}

int MigrationRunner::jobsFor(const DatabaseState& db) {
    std::lock_guard lock(m_mutex);
    return m_databaseJobs.value(db.dbname, m_request.jobs);
}

void MigrationRunner::save() {
    std::lock_guard saveLock(m_saveMutex);
    MigrationState copy = stateCopy();
    QString error;
    if (!m_store.save(copy, &error)) {
        copy.warnings << QCoreApplication::translate("Runner", "could not save the state: ") +
                             error;
    }
    if (m_onChange) {
        // The one lock every call of onChange takes (see notifyProgress): copy workers save
        // while others report progress, and the callback is not expected to be reentrant.
        std::lock_guard notifyLock(m_notifyMutex);
        m_onChange(copy);
    }
}

void MigrationRunner::publish() {
    if (!m_onChange) {
        return;
    }
    const MigrationState copy = stateCopy();
    std::lock_guard notifyLock(m_notifyMutex); // as in save()
    m_onChange(copy);
}

void MigrationRunner::notifyProgress() {
    if (!m_onChange) {
        return;
    }
    std::lock_guard notifyLock(m_notifyMutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastNotify < 500) {
        return;
    }
    m_lastNotify = now;
    m_onChange(stateCopy());
}

void MigrationRunner::setPhase(DatabaseState& db, Phase phase) {
    qCDebug(lcRun, "%s: %s", qUtf8Printable(db.dbname), qUtf8Printable(phaseId(phase)));
    {
        std::lock_guard lock(m_mutex);
        enterPhase(db, phase);
    }
    save();
}

void MigrationRunner::enterPhase(DatabaseState& db, Phase phase) {
    // The initial sync is one phase however its table count moves.
    if (phase == db.phase) {
        return;
    }
    QElapsedTimer& clock = m_phaseClocks[db.dbname];
    if (phaseIsTimed(db.phase) && clock.isValid()) {
        db.phaseSeconds[db.phase] += double(clock.nsecsElapsed()) / 1e9;
    }
    clock.start();
    db.phase = phase;
}

bool MigrationRunner::prepare(QString* error) {
    const ConnectionSettings& source = m_request.check.inspection.source;
    const ConnectionSettings& target = m_request.check.inspection.target;
    if (m_request.resume) {
        const auto loaded = m_store.load(m_request.id, error);
        if (!loaded) {
            return false;
        }
        m_state = *loaded;
        if (m_state.stopped) {
            *error = QCoreApplication::translate(
                         "Runner", "migration %1 was stopped; a stopped migration cannot "
                                   "continue, start over instead")
                         .arg(m_state.id);
            return false;
        }
        if (m_state.finished.isValid() && m_state.overallStatus() == DbStatus::Done) {
            if (!m_state.anySyncing()) {
                *error = QCoreApplication::translate("Runner", "migration %1 is already done")
                             .arg(m_state.id);
                return false;
            }
            // Killed while it waited for the lag, say: nothing is left to copy, and the
            // syncing databases replicate without us. Not a failure.
            m_state.error.clear();
            return true;
        }
        m_state.error.clear();
        m_state.finished = QDateTime();
        m_state.warnings << QCoreApplication::translate(
            "Runner", "resumed: tables copied after the restart come from a "
                      "new snapshot, so they reflect a later moment of the "
                      "source than the tables copied before");
        return true;
    }

    m_state.id = m_request.id.isEmpty() ? StateStore::newId() : m_request.id;
    m_state.created = QDateTime::currentDateTimeUtc();
    m_state.source = source;
    m_state.source.password.clear();
    m_state.target = target;
    m_state.target.password.clear();
    m_state.methodChoice = methodChoiceName(m_request.check.method);
    m_state.excludedDatabases = m_request.check.inspection.excludedDatabases;
    m_state.skippedTables = m_request.skipTables;
    m_state.pgDumpDir = m_request.check.inspection.pgDumpDir;
    m_state.jobs = m_request.jobs;
    return true;
}

MigrationState MigrationRunner::run() {
    qCDebug(lcRun, "migration %s: source %s, target %s", qUtf8Printable(m_state.id),
            qUtf8Printable(m_request.check.inspection.source.describe()),
            qUtf8Printable(m_request.check.inspection.target.describe()));
    QString error;
    if (!prepare(&error)) {
        m_state.error = error;
        qCDebug(lcRun, "migration %s not started: %s", qUtf8Printable(m_state.id),
                qUtf8Printable(error));
        return m_state;
    }
    auto migrationLock = MigrationLock::acquire(m_store, m_state.id, &error);
    // A resume reads the state again under the lock: the run that held it until now may have
    // finished or been stopped since the first read, which would otherwise be run again.
    if (!migrationLock || (m_request.resume && !prepare(&error)) || !refuseStart(&error)) {
        MigrationState refused = m_state;
        refused.error = error;
        return refused; // the running owner keeps the state file
    }
    nameSessions();
    if (!m_request.resume && !runPreChecks()) {
        return m_state;
    }
    save();

    try {
        std::unique_ptr<PgConnection> sourceAdmin;
        std::unique_ptr<PgConnection> targetAdmin;
        forEachAtOnce(2, 2, [&](std::size_t server) { // each open is a round trip or more
            auto& admin = server == 0 ? sourceAdmin : targetAdmin;
            admin = PgConnection::open(server == 0 ? m_request.check.inspection.source
                                                   : m_request.check.inspection.target,
                                       kConnectTimeout, m_cancelled);
            disableSessionTimeouts(*admin); // idle while each database copies
        });
        prepareServers(*sourceAdmin, *targetAdmin);
        migrateDatabases(*sourceAdmin, *targetAdmin);
    } catch (const PgError& failure) {
        std::lock_guard lock(m_mutex);
        if (failure.kind() == PgError::Kind::Cancelled || isCancelled()) {
            m_state.stopped = !isInterrupt();
        } else {
            m_state.error = failure.describe();
        }
    }
    return endRun();
}

bool MigrationRunner::refuseStart(QString* error) {
    if (!m_request.resume && QFile::exists(m_store.statePath(m_state.id))) {
        // A fresh run under this id would replace its state: the tables a resume skips, the
        // replication objects stop and finish look for.
        *error = QCoreApplication::translate(
                     "Runner", "migration %1 exists already: continue it with 'pgmigrate "
                               "migrate --resume --id %1', or start over under a new id "
                               "(leave out --id)")
                     .arg(m_state.id);
        return false;
    }
    if (!m_request.resume) {
        for (const QString& other : m_store.ids()) {
            if (other != m_state.id && ReplicationNames::shareNames(other, m_state.id)) {
                *error = QCoreApplication::translate(
                             "Runner", "migration id %1 would give its replication slots the "
                                       "names migration %2 uses (ids are told apart by their "
                                       "first 32 characters, in lower case, letters and digits "
                                       "only): choose another id, or leave out --id")
                             .arg(m_state.id, other);
                return false;
            }
        }
    }
    return true;
}

void MigrationRunner::nameSessions() {
    // Every session of this run carries its id, so a later run can tell the ones a killed run
    // left behind (see endOrphanSessions); a name the user chose stays.
    for (ConnectionSettings* side :
         {&m_request.check.inspection.source, &m_request.check.inspection.target}) {
        if (side->applicationName == ConnectionSettings().applicationName) {
            side->applicationName = sessionName(m_state.id);
        }
    }
}

bool MigrationRunner::runPreChecks() {
    // Pre-checks first: a blocking failure stops everything, with its remedy.
    CheckRequest request = m_request.check;
    request.jobs = m_request.jobs; // the lock-table checks count the databases migrating at once
    const CheckReport report = runChecksBlocking(request, m_cancelled);
    recordChecks(report, &m_state); // for the report, kept by a resume
    if (report.cancelled) {
        m_state.stopped = true;
    } else if (!report.internalError.isEmpty()) {
        m_state.error = report.internalError;
    } else if (!report.ok()) {
        QStringList blocking;
        for (const Check& check : report.outcome.checks) {
            if (check.blocksMigration()) {
                blocking << QStringLiteral("%1%2: %3 %4")
                                .arg(check.title,
                                     check.dbname.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (%1)").arg(check.dbname),
                                     check.detail, check.remedy);
            }
        }
        m_state.error = QCoreApplication::translate("Runner", "pre-checks failed: ") +
                        blocking.join(QStringLiteral("; "));
    }
    for (const PlannedDatabase& planned : report.outcome.plan) {
        DatabaseState db;
        db.dbname = planned.dbname;
        db.method = planned.method;
        db.reason = planned.reason;
        db.bytesTotal = planned.sizeBytes;
        enterPhase(db, Phase::Queued);
        m_state.databases << db;
    }
    for (const Check& check : report.outcome.checks) {
        // Tables without primary key are settled by the user's choice, and said so per
        // database; repeating the check's warning would only confuse.
        const bool settled = check.id == QLatin1String("tables-without-primary-key") &&
                             m_request.tablesWithoutPk != TablesWithoutPk::Refuse;
        if (check.status == Check::Status::Warn && !settled) {
            m_state.warnings << QStringLiteral("%1%2: %3")
                                    .arg(check.title,
                                         check.dbname.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (%1)").arg(check.dbname),
                                         check.detail);
        }
    }
    if (m_state.error.isEmpty() && !m_state.stopped) {
        return true;
    }
    for (DatabaseState& db : m_state.databases) {
        db.status = m_state.stopped ? DbStatus::Stopped : DbStatus::Failed;
        enterPhase(db, Phase::Checks);
    }
    m_state.finished = QDateTime::currentDateTimeUtc();
    save();
    return false;
}

void MigrationRunner::prepareServers(PgConnection& sourceAdmin, PgConnection& targetAdmin) {
    // For pg_dump, pg_restore and the subscription. The state never holds it (prepare()
    // copied the settings without it).
    sourceAdmin.adoptPassword(&m_request.check.inspection.source);
    targetAdmin.adoptPassword(&m_request.check.inspection.target);
    m_targetSuperuser = targetKeepsOwners(targetAdmin);
    m_targetBypassesRls = bypassesRowSecurity(targetAdmin);
    m_ownSessionsSince = ownSessionsSince(targetAdmin);
    // A killed run's CREATE DATABASE goes on in its server session and commits after this run
    // found no such database, which it then fails to create: ended (rolled back) first.
    endOrphans(targetAdmin);
    m_sameMajor = ServerVersion(sourceAdmin.serverVersionNum()).majorKey() ==
                  ServerVersion(targetAdmin.serverVersionNum()).majorKey();

    // Roles first: ownership and grants in every schema need them.
    migrateRoles(sourceAdmin, targetAdmin);
    if (!m_targetSuperuser) {
        // Before the databases are created: each is created for its owner (TargetOwners.h).
        QStringList names;
        for (const DatabaseState& db : m_state.databases) {
            if (!db.migrated()) {
                names << db.dbname;
            }
        }
        borrowOwnerRoles(sourceAdmin, targetAdmin, names, &m_state.borrowedRoles, &m_state.warnings,
                         [this] { save(); });
    }
    findTools(sourceAdmin);
}

void MigrationRunner::migrateRoles(PgConnection& sourceAdmin, PgConnection& targetAdmin) {
    const RoleReport roles = pgm::migrateRoles(sourceAdmin, targetAdmin);
    std::lock_guard lock(m_mutex);
    m_state.warnings << roles.warnings;
    for (const QString& role : roles.providerRoles) {
        m_state.warnings << providerRoleNote(role);
    }
    m_leaveOutProviderGrants = !roles.providerRoles.isEmpty();
    // Grants to roles that do not exist would stop the schema restore.
    m_keepGrants = roles.missing.isEmpty();
    if (!m_keepGrants) {
        m_state.warnings << QCoreApplication::translate(
            "Runner", "privileges (GRANTs) are not carried because "
                      "some roles could not be created");
    }
    if (!roles.needPassword.isEmpty()) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "these LOGIN roles got a random password (the "
                                          "source user cannot read password hashes): "
                                          "%1; set one with ALTER ROLE ... PASSWORD")
                                .arg(roles.needPassword.join(QStringLiteral(", ")));
    }
}

void MigrationRunner::findTools(PgConnection& sourceAdmin) {
    const ConnectionSettings& source = m_request.check.inspection.source;
    const ConnectionSettings& target = m_request.check.inspection.target;
    QString toolError;
    const QString toolDirectory = pgToolDirectory(m_request.check.inspection.pgDumpDir);
    const ServerVersion version(sourceAdmin.serverVersionNum());
    m_pgDump = findPgTool(QStringLiteral("pg_dump"), version, &toolError, toolDirectory);
    m_pgRestore = m_pgDump.isEmpty() ? QString()
                                     : findPgTool(QStringLiteral("pg_restore"), version, &toolError,
                                                  toolDirectory);
    if (m_pgDump.isEmpty() || m_pgRestore.isEmpty()) {
        throw PgError(PgError::Kind::Query, QCoreApplication::translate("Runner", "find pg_dump"),
                      toolError);
    }
    m_passfile = std::make_unique<Passfile>();
    m_passfile->add(source);
    m_passfile->add(target);
    QString passError;
    m_passfilePath = m_passfile->write(&passError);
    if (!passError.isEmpty()) {
        throw PgError(PgError::Kind::Query, QCoreApplication::translate("Runner", "write passfile"),
                      passError);
    }
}

void MigrationRunner::migrateDatabases(PgConnection& sourceAdmin, PgConnection& targetAdmin) {
    QList<DatabaseState*> pending;
    {
        // The references the workers write through: taken once (m_state.databases detaches
        // here), and nothing changes the list until they are done.
        std::lock_guard lock(m_mutex);
        for (DatabaseState& db : m_state.databases) {
            if (!db.migrated()) {
                pending << &db; // a resume finishes what was not done; replication keeps flowing
            }
        }
    }
    DatabaseQueue queue(pending, m_request.jobs);
    m_concurrentDatabases = queue.workers() > 1;
    qCDebug(lcRun, "%lld databases to migrate, %d at once", qlonglong(pending.size()),
            queue.workers());
    std::vector<std::thread> workers;
    for (int i = 1; i < queue.workers(); ++i) {
        workers.emplace_back([this, &queue] {
            try {
                auto source = PgConnection::open(m_request.check.inspection.source, kConnectTimeout,
                                                 m_cancelled);
                auto target = PgConnection::open(m_request.check.inspection.target, kConnectTimeout,
                                                 m_cancelled);
                disableSessionTimeouts(*source);
                disableSessionTimeouts(*target);
                migrateQueued(queue, *source, *target);
            } catch (const PgError& failure) {
                // The first worker, on the run's own connections, takes what this one leaves.
                qCDebug(lcRun, "a database worker did not start: %s",
                        qUtf8Printable(failure.describe()));
            }
        });
    }
    migrateQueued(queue, sourceAdmin, targetAdmin);
    for (std::thread& worker : workers) {
        worker.join();
    }
    m_jobLoans.reclaim(m_jobLoans.spare()); // every worker is done: nothing is on loan
    m_concurrentDatabases = false;
}

void MigrationRunner::migrateQueued(DatabaseQueue& queue, PgConnection& sourceAdmin,
                                    PgConnection& targetAdmin) {
    int jobs = 1;
    while (!isCancelled()) {
        DatabaseState* db = queue.take(&jobs);
        if (!db) {
            // No database left to start: this worker's last share is free for the databases
            // still running (JobLoans). Never earlier, or a database starting would find its
            // share lent.
            m_jobLoans.lend(jobs);
            break;
        }
        {
            std::lock_guard lock(m_mutex);
            m_databaseJobs.insert(db->dbname, jobs);
        }
        migrateOneDatabase(*db, sourceAdmin, targetAdmin);
        {
            std::lock_guard lock(m_mutex);
            m_databaseJobs.remove(db->dbname);
        }
        queue.finished();
    }
}

void MigrationRunner::migrateOneDatabase(DatabaseState& db, PgConnection& sourceAdmin,
                                         PgConnection& targetAdmin) {
    {
        std::lock_guard lock(m_mutex);
        db.status = DbStatus::Running;
        db.error.clear();
        if (!db.started.isValid()) {
            db.started = QDateTime::currentDateTimeUtc();
        }
    }
    try {
        migrateDatabase(db, sourceAdmin, targetAdmin);
    } catch (const PgError& failure) {
        recordFailure(db, failure);
        if (db.method == MigrationMethod::Replication) {
            abandonReplication(db);
        }
        if (db.status != DbStatus::Running) { // not one `migrate --resume` goes on with
            giveTriggersBack(db);
        }
    }
    save();
}

void MigrationRunner::recordFailure(DatabaseState& db, const PgError& failure) {
    std::lock_guard lock(m_mutex);
    const bool cancelled = failure.kind() == PgError::Kind::Cancelled || isCancelled();
    if (cancelled && isInterrupt() && db.method == MigrationMethod::Dump) {
        // Interrupted, not stopped: `migrate --resume` continues it.
        db.status = DbStatus::Running;
    } else if (cancelled) {
        db.status = DbStatus::Stopped;
    } else {
        db.status = DbStatus::Failed;
        db.error = failure.describe();
        if (failure.isDiskFull()) {
            db.error +=
                QCoreApplication::translate("Runner", ": pgmigrate migrate --resume --id %1")
                    .arg(m_state.id);
        }
    }
}

MigrationState MigrationRunner::endRun() {
    returnBorrowedRoles();
    if (isCancelled() && isInterrupt()) {
        // The process is going away: left unfinished, the migration shows as interrupted and
        // resumes with `migrate --resume`.
        save();
        return m_state;
    }
    if (isCancelled()) {
        // Stopped (Ctrl-C): a stopped migration cannot continue, so the databases already
        // syncing must not keep a subscription, a slot and a publication nobody owns.
        for (DatabaseState& db : m_state.databases) {
            if (db.status == DbStatus::Syncing) {
                abandonReplication(db);
                giveTriggersBack(db);
                std::lock_guard lock(m_mutex);
                db.status = DbStatus::Stopped;
            }
        }
    }
    {
        std::lock_guard lock(m_mutex);
        if (isCancelled()) {
            m_state.stopped = true;
            for (DatabaseState& db : m_state.databases) {
                if (db.status == DbStatus::Running) {
                    db.status = DbStatus::Stopped;
                }
            }
        }
        m_state.finished = QDateTime::currentDateTimeUtc();
    }
    save();
    qCDebug(lcRun, "migration %s: run ended, %s", qUtf8Printable(m_state.id),
            qUtf8Printable(statusName(m_state.overallStatus())));
    return m_state;
}

void MigrationRunner::returnBorrowedRoles() {
    if (m_state.borrowedRoles.isEmpty()) {
        return;
    }
    try {
        auto target = PgConnection::open(m_request.check.inspection.target, kConnectTimeout);
        std::lock_guard lock(m_mutex);
        returnOwnerRoles(*target, &m_state.borrowedRoles, &m_state.warnings);
    } catch (const PgError& failure) {
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "the target user keeps the memberships it took (%1) "
                                          "until the next run of this migration: %2")
                                .arg(m_state.borrowedRoles.join(QStringLiteral(", ")),
                                     failure.describe());
    }
}

} // namespace pgm
