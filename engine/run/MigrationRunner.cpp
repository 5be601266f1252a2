#include "MigrationRunner.h"

#include "ApplyErrorWatch.h"
#include "ArchiveToc.h"
#include "DatabaseCreator.h"
#include "LargeObjects.h"
#include "Logging.h"
#include "ManagedService.h"
#include "OrphanSessions.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTools.h"
#include "ReplicationControl.h"
#include "ReplicationObjects.h"
#include "RoleMigrator.h"
#include "SchemaArchive.h"
#include "SessionTimeouts.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TargetAnalyze.h"
#include "TargetOwners.h"
#include "TargetPlan.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace pgm {

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

} // namespace

MigrationRunner::MigrationRunner(MigrationRequest request, StateStore store,
                                 const std::atomic_bool* cancelled, ChangeFn onChange)
    : m_request(std::move(request))
    , m_store(std::move(store))
    , m_cancelled(cancelled)
    , m_onChange(std::move(onChange)) {}

void MigrationRunner::save() {
    MigrationState copy;
    {
        std::lock_guard lock(m_mutex);
        copy = m_state;
    }
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
    MigrationState copy;
    {
        std::lock_guard lock(m_mutex);
        copy = m_state;
    }
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
    MigrationState copy;
    {
        std::lock_guard lock(m_mutex);
        copy = m_state;
    }
    m_onChange(copy);
}

void MigrationRunner::setPhase(DatabaseState& db, const QString& phase) {
    qCDebug(lcRun, "%s: %s", qUtf8Printable(db.dbname), qUtf8Printable(phase));
    {
        std::lock_guard lock(m_mutex);
        enterPhase(db, phase);
    }
    save();
}

void MigrationRunner::enterPhase(DatabaseState& db, const QString& phase) {
    // "initial sync 3/8 tables" is one phase however its count moves.
    const auto key = [](const QString& name) {
        return name.startsWith(QLatin1String("initial sync")) ? QStringLiteral("initial sync")
                                                              : name;
    };
    QElapsedTimer& clock = m_phaseClocks[db.dbname];
    const bool timed = db.phase != QLatin1String("queued") &&
                       db.phase != QLatin1String("streaming") &&
                       db.phase != QLatin1String("finished") && !db.phase.isEmpty();
    if (key(phase) == key(db.phase)) {
        db.phase = phase;
        return;
    }
    if (timed && clock.isValid()) {
        db.phaseSeconds[key(db.phase)] += double(clock.nsecsElapsed()) / 1e9;
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
    if (!migrationLock) {
        MigrationState refused = m_state;
        refused.error = error;
        return refused; // the running owner keeps the state file
    }
    if (!m_request.resume && QFile::exists(m_store.statePath(m_state.id))) {
        // A fresh run under this id would replace its state: the tables a resume skips, the
        // replication objects stop and finish look for.
        MigrationState refused = m_state;
        refused.error = QCoreApplication::translate(
                            "Runner", "migration %1 exists already: continue it with 'pgmigrate "
                                      "migrate --resume --id %1', or start over under a new id "
                                      "(leave out --id)")
                            .arg(m_state.id);
        return refused;
    }
    // Every session of this run carries its id, so a later run can tell the ones a killed run
    // left behind (see endOrphanSessions); a name the user chose stays.
    for (ConnectionSettings* side :
         {&m_request.check.inspection.source, &m_request.check.inspection.target}) {
        if (side->applicationName == ConnectionSettings().applicationName) {
            side->applicationName = sessionName(m_state.id);
        }
    }

    if (!m_request.resume) {
        // Pre-checks first: a blocking failure stops everything, with its remedy.
        const CheckReport report = runChecksBlocking(m_request.check, m_cancelled);
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
            enterPhase(db, QStringLiteral("queued"));
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
        if (!m_state.error.isEmpty() || m_state.stopped) {
            for (DatabaseState& db : m_state.databases) {
                db.status = m_state.stopped ? DbStatus::Stopped : DbStatus::Failed;
                enterPhase(db, QStringLiteral("checks"));
            }
            m_state.finished = QDateTime::currentDateTimeUtc();
            save();
            return m_state;
        }
    }
    save();

    try {
        const ConnectionSettings& source = m_request.check.inspection.source;
        const ConnectionSettings& target = m_request.check.inspection.target;
        auto sourceAdmin = PgConnection::open(source, kConnectTimeout, m_cancelled);
        auto targetAdmin = PgConnection::open(target, kConnectTimeout, m_cancelled);
        m_targetSuperuser = targetKeepsOwners(*targetAdmin);
        m_ownSessionsSince = ownSessionsSince(*targetAdmin);
        m_sameMajor = ServerVersion(sourceAdmin->serverVersionNum()).majorKey() ==
                      ServerVersion(targetAdmin->serverVersionNum()).majorKey();

        // Roles first: ownership and grants in every schema need them.
        const RoleReport roles = migrateRoles(*sourceAdmin, *targetAdmin);
        {
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

        if (!m_targetSuperuser) {
            // Before the databases are created: each is created for its owner (TargetOwners.h).
            QStringList names;
            for (const DatabaseState& db : m_state.databases) {
                if (db.status != DbStatus::Done && db.status != DbStatus::Syncing) {
                    names << db.dbname;
                }
            }
            borrowOwnerRoles(*sourceAdmin, *targetAdmin, names, &m_state.borrowedRoles,
                             &m_state.warnings, [this] { save(); });
        }

        QString toolError;
        const QString toolDirectory = pgToolDirectory(m_request.check.inspection.pgDumpDir);
        m_pgDump =
            findPgTool(QStringLiteral("pg_dump"), ServerVersion(sourceAdmin->serverVersionNum()),
                       &toolError, toolDirectory);
        m_pgRestore = m_pgDump.isEmpty()
                          ? QString()
                          : findPgTool(QStringLiteral("pg_restore"),
                                       ServerVersion(sourceAdmin->serverVersionNum()), &toolError,
                                       toolDirectory);
        if (m_pgDump.isEmpty() || m_pgRestore.isEmpty()) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "find pg_dump"), toolError);
        }
        m_passfile = std::make_unique<Passfile>();
        m_passfile->add(source);
        m_passfile->add(target);
        QString passError;
        m_passfilePath = m_passfile->write(&passError);
        if (!passError.isEmpty()) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "write passfile"), passError);
        }

        for (DatabaseState& db : m_state.databases) {
            if (db.status == DbStatus::Done || db.status == DbStatus::Syncing) {
                continue; // a resume finishes what was not done; replication keeps flowing
            }
            if (isCancelled()) {
                break;
            }
            {
                std::lock_guard lock(m_mutex);
                db.status = DbStatus::Running;
                db.error.clear();
                if (!db.started.isValid()) {
                    db.started = QDateTime::currentDateTimeUtc();
                }
            }
            try {
                DatabaseReport created = ensureDatabase(*sourceAdmin, *targetAdmin, db.dbname);
                {
                    std::lock_guard lock(m_mutex);
                    m_state.warnings << created.warnings;
                }
                removeOrphanedReplication(db.dbname);
                migrateDatabase(db);
            } catch (const PgError& failure) {
                {
                    std::lock_guard lock(m_mutex);
                    if ((failure.kind() == PgError::Kind::Cancelled || isCancelled()) &&
                        isInterrupt() && db.method == MigrationMethod::Dump) {
                        // Interrupted, not stopped: `migrate --resume` continues it.
                        db.status = DbStatus::Running;
                    } else if (failure.kind() == PgError::Kind::Cancelled || isCancelled()) {
                        db.status = DbStatus::Stopped;
                    } else {
                        db.status = DbStatus::Failed;
                        db.error = failure.describe();
                        if (failure.isDiskFull()) {
                            db.error += QCoreApplication::translate(
                                            "Runner", ": pgmigrate migrate --resume --id %1")
                                            .arg(m_state.id);
                        }
                    }
                }
                if (db.method == MigrationMethod::Replication) {
                    abandonReplication(db);
                }
            }
            save();
        }
    } catch (const PgError& failure) {
        std::lock_guard lock(m_mutex);
        if (failure.kind() == PgError::Kind::Cancelled || isCancelled()) {
            m_state.stopped = !isInterrupt();
        } else {
            m_state.error = failure.describe();
        }
    }

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

void MigrationRunner::migrateDatabase(DatabaseState& db) {
    const ConnectionSettings sourceDbSettings =
        m_request.check.inspection.source.withDatabase(db.dbname);
    const ConnectionSettings targetDbSettings =
        m_request.check.inspection.target.withDatabase(db.dbname);
    auto coordinator = PgConnection::open(sourceDbSettings, kConnectTimeout, m_cancelled);
    auto targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);
    endOrphanSessions(
        *targetDb, m_state.id, m_ownSessionsSince,
        [this](const QString& id) {
            // A migration this computer does not know may run elsewhere: its sessions stay.
            return !m_store.ids().contains(id) || MigrationLock::ownerAlive(m_store, id);
        },
        std::chrono::seconds(60));

    const QList<TableName> skip = skippedTablesOf(m_request.skipTables, db.dbname);

    // One snapshot for the schema, every table's data and the source side of verification.
    // For replication it is the new slot's: the change stream starts exactly where it ends.
    const bool replicate = db.method == MigrationMethod::Replication;
    std::unique_ptr<ExportedSlot> slot;
    disableSessionTimeouts(*coordinator);
    disableSessionTimeouts(*targetDb);
    coordinator->execScript(QStringLiteral("SET row_security = off"));
    QString snapshot;
    if (replicate) {
        if (m_request.resume) {
            // Interrupted before `syncing`: its snapshot is gone with the slot's connection.
            // What it left goes, and it starts again from a new slot (recopying every table).
            abandonReplication(db);
            std::lock_guard lock(m_mutex);
            db.replicaIdentityFull.clear();
            db.copyAtCutover.clear();
        }
        setPhase(db, QStringLiteral("slot"));
        slot = prepareReplication(db, skip);
        if (!slot) {
            coordinator.reset();
            targetDb.reset();
            migrateWithNativeSync(db);
            return;
        }
        snapshot = slot->snapshot();
        coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        coordinator->exec(QStringLiteral("SET TRANSACTION SNAPSHOT ") +
                              coordinator->quoteLiteral(snapshot),
                          {}, QCoreApplication::translate("Runner", "import the slot's snapshot"));
    } else {
        coordinator->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        snapshot = coordinator->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    }
    const QList<TableInfo> tables = listTables(*coordinator, skip);
    const QList<SequenceValue> sequences = readSequences(*coordinator);
    const QStringList matviews = populatedMaterializedViews(*coordinator);

    // What the target already has, and how this run started, decide every phase below.
    TargetContents facts;
    facts.resume = m_request.resume;
    facts.replicate = replicate;
    facts.replaceAllowed = m_request.ifExists == IfExists::Truncate;
    for (const TableInfo& table : tables) {
        if (table.extensionConfig) {
            continue; // CREATE EXTENSION fills these; their user rows are replaced, not appended
        }
        ++facts.userTables;
        const PgResult found = targetDb->exec(
            QStringLiteral("SELECT to_regclass($1) IS NOT NULL, "
                           "to_regclass($1) IS NOT NULL AND pg_relation_size(to_regclass($1)) > 0"),
            {table.qualified});
        if (found.boolean(0, 0)) {
            facts.existing << table.qualified;
        }
        if (found.boolean(0, 1)) {
            facts.holdingData << table.qualified;
        }
    }
    const TargetPlan plan = planTarget(facts);
    if (!plan.refusal.isEmpty()) {
        throw PgError(
            PgError::Kind::Query,
            QCoreApplication::translate("Runner", "inspect target database %1").arg(db.dbname),
            plan.refusal);
    }
    if (plan.truncateAll) {
        // One statement, so foreign keys between these tables do not refuse it.
        QStringList names;
        for (const TableInfo& table : tables) {
            if (!table.extensionConfig) {
                names << table.qualified;
            }
        }
        targetDb->exec(QStringLiteral("TRUNCATE ") + names.join(QStringLiteral(", ")), {},
                       QCoreApplication::translate("Runner", "truncate target tables"));
    }

    {
        std::lock_guard lock(m_mutex);
        if (!plan.keepCopiedTables) {
            db.tables.clear();
            for (const TableInfo& table : tables) {
                db.tables << TableState{table.qualified, 0, table.bytes, false, false};
            }
            db.bytesDone = 0;
            db.rowsDone = 0;
        }
        db.bytesTotal = 0;
        for (const TableInfo& table : tables) {
            db.bytesTotal += table.bytes;
        }
    }

    SchemaArchive schema(m_pgDump, m_pgRestore, m_passfilePath,
                         m_targetSuperuser && !providerRolesOwnObjects(*coordinator), m_keepGrants);
    if (m_leaveOutProviderGrants) {
        schema.leaveOutProviderGrants();
    }
    setPhase(db, QStringLiteral("schema"));
    QString error;
    if (!schema.dump(sourceDbSettings, snapshot, m_cancelled, &error) ||
        (plan.restorePreData &&
         !schema.restore(QStringLiteral("pre-data"), targetDbSettings, 1, m_cancelled, &error))) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "copy the schema of %1").arg(db.dbname),
                      error);
    }

    setPhase(db, QStringLiteral("data"));
    QList<TableInfo> remaining;
    for (const TableInfo& table : tables) {
        bool copied = false;
        for (const TableState& state : db.tables) {
            copied = copied || (state.name == table.qualified && state.copied);
        }
        if (!copied) {
            remaining << table;
        }
    }
    copyData(db, *coordinator, snapshot, remaining, referencedByForeignKeys(*targetDb),
             plan.restorePreData);
    copyLargeObjects(*coordinator, *targetDb);

    setPhase(db, QStringLiteral("indexes"));
    restorePostData(db, schema, plan.wholePostData, *coordinator, targetDbSettings);
    writeSequences(*targetDb, sequences);
    for (const QString& view : matviews) {
        targetDb->exec(QStringLiteral("REFRESH MATERIALIZED VIEW ") + view, {},
                       QCoreApplication::translate("Runner", "refresh %1").arg(view));
    }

    if (!replicate || m_request.verifyReplicatedCopy) {
        setPhase(db, QStringLiteral("verify"));
        verify(db, snapshot, tables, *coordinator, *targetDb);
    }
    // Before the snapshot is let go, so a run killed here resumes as one killed while verifying.
    if (m_request.analyze) {
        setPhase(db, QStringLiteral("analyze"));
        QSet<QString> analyzed;
        {
            std::lock_guard lock(m_mutex);
            analyzed = m_analyzedWhileCopying.value(db.dbname);
        }
        analyzeTarget(targetDbSettings, m_request.jobs, m_cancelled, analyzed);
    }
    coordinator->exec(QStringLiteral("COMMIT"));
    if (replicate) {
        // The target equals the slot's snapshot: now stream what changed since.
        slot->release();
        setPhase(db, QStringLiteral("subscribe"));
        const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
        createSubscription(*targetDb, names, sourceDbSettings,
                           m_request.check.inspection.sourceHostFromTarget,
                           m_request.check.inspection.sourcePortFromTarget);
        std::lock_guard lock(m_mutex);
        db.status = DbStatus::Syncing;
        enterPhase(db, QStringLiteral("streaming"));
    } else {
        // Last, once verified and analyzed: until here the target user worked on objects of its
        // own (a replicated database does this when cut over).
        const QStringList owners = giveObjectsToSourceOwners(*coordinator, *targetDb);
        std::lock_guard lock(m_mutex);
        m_state.warnings << owners;
        db.status = DbStatus::Done;
        enterPhase(db, QStringLiteral("finished"));
        db.finished = QDateTime::currentDateTimeUtc();
    }
    save();
}

void MigrationRunner::migrateWithNativeSync(DatabaseState& db) {
    const ConnectionSettings sourceDbSettings =
        m_request.check.inspection.source.withDatabase(db.dbname);
    const ConnectionSettings targetDbSettings =
        m_request.check.inspection.target.withDatabase(db.dbname);
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);
    auto source = PgConnection::open(sourceDbSettings, kConnectTimeout, m_cancelled);
    auto targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);

    // The whole schema first (the target's table sync copies into indexed tables), from one
    // snapshot so it is consistent.
    setPhase(db, QStringLiteral("schema"));
    disableSessionTimeouts(*source); // it holds the snapshot pg_dump reads
    source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const QString snapshot = source->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    SchemaArchive schema(m_pgDump, m_pgRestore, m_passfilePath,
                         m_targetSuperuser && !providerRolesOwnObjects(*source), m_keepGrants);
    if (m_leaveOutProviderGrants) {
        schema.leaveOutProviderGrants();
    }
    QString error;
    if (!schema.dump(sourceDbSettings, snapshot, m_cancelled, &error) ||
        !schema.restore(QStringLiteral("pre-data"), targetDbSettings, 1, m_cancelled, &error) ||
        !schema.restore(QStringLiteral("post-data"), targetDbSettings, m_request.jobs, m_cancelled,
                        &error)) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "copy the schema of %1").arg(db.dbname),
                      error);
    }
    source->exec(QStringLiteral("COMMIT"));

    // The slot first (a function may not create it), then a subscription that copies.
    source->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, 'pgoutput')"),
                 {names.slot}, QCoreApplication::translate("Runner", "create replication slot"));
    setPhase(db, QStringLiteral("initial sync"));
    createSubscription(*targetDb, names, sourceDbSettings,
                       m_request.check.inspection.sourceHostFromTarget,
                       m_request.check.inspection.sourcePortFromTarget, true);
    // Follow each table's state until all are streaming ('r').
    ApplyErrorWatch errors(0);
    for (;;) {
        const PgResult states = targetDb->exec(
            QStringLiteral("SELECT count(*), count(*) FILTER (WHERE r.srsubstate = 'r') FROM "
                           "pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid "
                           "WHERE s.subname = $1"),
            {names.subscription});
        const qint64 total = states.integer(0, 0);
        const qint64 ready = states.integer(0, 1);
        {
            std::lock_guard lock(m_mutex);
            enterPhase(db, QStringLiteral("initial sync %1/%2 tables").arg(ready).arg(total));
        }
        notifyProgress();
        const ReplicationHealth health = readHealth(source.get(), targetDb.get(), names);
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
    if (m_request.analyze) {
        setPhase(db, QStringLiteral("analyze"));
        analyzeTarget(targetDbSettings, m_request.jobs, m_cancelled);
    }
    std::lock_guard lock(m_mutex);
    db.status = DbStatus::Syncing;
    enterPhase(db, QStringLiteral("streaming"));
    m_state.warnings << QCoreApplication::translate(
                            "Runner", "%1: copied by the target's own table sync; every table is "
                                      "verified at cut-over")
                            .arg(db.dbname);
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
        restoreReplicaIdentities(*source, db, &notes);
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
    QStringList notes;
    for (const QString& id : m_store.ids()) {
        if (id == m_state.id) {
            continue;
        }
        QString error;
        std::optional<MigrationState> other = m_store.load(id, &error);
        if (!other || other->source.host != m_state.source.host ||
            other->source.port != m_state.source.port) {
            continue;
        }
        refuseIfStillReplicated(*other, dbname);
        if (MigrationLock::ownerAlive(m_store, id)) {
            continue;
        }
        bool changed = false;
        for (DatabaseState& old : other->databases) {
            if (old.dbname != dbname || old.method != MigrationMethod::Replication ||
                old.status == DbStatus::Syncing || old.status == DbStatus::Done) {
                continue;
            }
            auto source = PgConnection::open(m_request.check.inspection.source.withDatabase(dbname),
                                             kConnectTimeout);
            auto target = PgConnection::open(m_request.check.inspection.target.withDatabase(dbname),
                                             kConnectTimeout);
            notes << dropReplication(source.get(), target.get(),
                                     ReplicationNames::forDatabase(id, dbname));
            restoreReplicaIdentities(*source, old, &notes);
            old.status = DbStatus::Failed;
            old.error = QCoreApplication::translate(
                            "Runner", "replaced by migration %1, which removed what this one "
                                      "left on the servers")
                            .arg(m_state.id);
            changed = true;
        }
        if (changed) {
            m_store.save(*other, &error);
        }
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << notes;
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
                                                                  const QList<TableName>& skip) {
    const ConnectionSettings sourceDbSettings =
        m_request.check.inspection.source.withDatabase(db.dbname);
    auto admin = PgConnection::open(sourceDbSettings, kConnectTimeout, m_cancelled);
    const ReplicationNames names = ReplicationNames::forDatabase(m_state.id, db.dbname);

    // Skipped tables are not published: quoted as tablesWithoutReplicaIdentity quotes.
    QStringList skipped;
    for (const TableName& table : skip) {
        skipped << admin
                       ->exec(QStringLiteral("SELECT format('%I.%I', $1::text, $2::text)"),
                              {table.schema, table.table})
                       .scalar();
    }
    QStringList noIdentity;
    for (const QString& table : tablesWithoutReplicaIdentity(*admin)) {
        if (!skipped.contains(table)) {
            noIdentity << table;
        }
    }
    if (!noIdentity.isEmpty()) {
        switch (m_request.tablesWithoutPk) {
        case TablesWithoutPk::Refuse:
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "publish %1").arg(db.dbname),
                          QCoreApplication::translate(
                              "Runner",
                              "these tables have no primary key or replica identity, so "
                              "publishing them would make UPDATE and DELETE fail on the "
                              "source: %1. Choose --tables-without-pk=replica-identity-full "
                              "(every UPDATE/DELETE then scans the table on the target) or "
                              "--tables-without-pk=dump (copied again at cut-over)")
                              .arg(noIdentity.join(QStringLiteral(", "))));
        case TablesWithoutPk::ReplicaIdentityFull:
            for (const QString& table : noIdentity) {
                // Takes an ACCESS EXCLUSIVE lock on the live table, briefly.
                // Remember what it was (DEFAULT, or NOTHING) to put it back at the end.
                const bool wasNothing =
                    admin
                        ->exec(
                            QStringLiteral(
                                "SELECT relreplident = 'n' FROM pg_class WHERE oid = $1::regclass"),
                            {table})
                        .boolean(0, 0);
                admin->exec(
                    QStringLiteral("ALTER TABLE ") + table +
                        QStringLiteral(" REPLICA IDENTITY FULL"),
                    {},
                    QCoreApplication::translate("Runner", "set replica identity of %1").arg(table));
                std::lock_guard lock(m_mutex);
                db.replicaIdentityFull << (wasNothing ? table + QStringLiteral(" NOTHING") : table);
            }
            break;
        case TablesWithoutPk::Dump: {
            std::lock_guard lock(m_mutex);
            db.copyAtCutover = noIdentity;
            break;
        }
        }
        save();
    }

    // The publication must exist before the slot: changes that fall between the two would
    // otherwise make the apply side loop on "publication does not exist".
    // The list is needed even for all tables: a non-superuser owner publishes it by name.
    QStringList published;
    const bool allTables = skip.isEmpty() && db.copyAtCutover.isEmpty();
    for (const TableInfo& table : listTables(*admin, skip)) {
        // Unlogged tables cannot be published; the cut-over copies them again.
        if (!db.copyAtCutover.contains(table.qualified) && !table.unlogged) {
            published << table.qualified;
        }
    }
    createPublication(*admin, names.publication, published, allTables);
    if (m_request.nativeInitialSync) {
        return nullptr;
    }
    try {
        return ExportedSlot::create(sourceDbSettings, names.slot, m_request.slotTimeout,
                                    m_cancelled);
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

void MigrationRunner::restorePostData(DatabaseState& db, SchemaArchive& schema, bool whole,
                                      PgConnection& sourceInSnapshot,
                                      const ConnectionSettings& targetDbSettings) {
    QString error;
    bool ok = true;
    // A resumed run's object may appear while it restores: a killed run's session that ended
    // its CREATE INDEX between the orphan sweep and now commits it. Then what is missing is
    // read again and the rest restored, once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QList<TocEntry> missing;
        error.clear();
        ok = true;
        if (!whole) {
            // An earlier run may have built part of it: restore exactly what is not there.
            QList<TocEntry> entries;
            ok = schema.list(QStringLiteral("post-data"), &entries, m_cancelled, &error);
            if (ok) {
                auto targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);
                missing = missingOnTarget(sourceInSnapshot, *targetDb, entries);
            }
        }
        if (ok && (whole || !missing.isEmpty() || schema.appliesProviderFilteredGrants())) {
            ok = schema.restore(QStringLiteral("post-data"), targetDbSettings, m_request.jobs,
                                m_cancelled, &error, whole ? nullptr : &missing);
        }
        if (ok || whole || isCancelled() || !error.contains(QLatin1String("already exists"))) {
            break;
        }
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: an index or constraint appeared on the target "
                                          "while it was restored (a killed run's session "
                                          "ending its work): what is missing was read again")
                                .arg(db.dbname);
    }
    if (!ok) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "create indexes and constraints in %1")
                          .arg(db.dbname),
                      error);
    }
}

void MigrationRunner::copyData(DatabaseState& db, PgConnection& coordinator,
                               const QString& snapshot, const QList<TableInfo>& tables,
                               const QSet<QString>& referenced, bool freshTables) {
    Q_UNUSED(coordinator);
    WorkerConnections connections;
    connections.source = m_request.check.inspection.source.withDatabase(db.dbname);
    connections.target = m_request.check.inspection.target.withDatabase(db.dbname);
    connections.snapshot = snapshot;
    std::atomic_bool triggersFire{false};
    connections.prepare = [&triggersFire](PgConnection&, PgConnection& target) {
        // Triggers and foreign keys must not fire on rows that already passed them on the
        // source. Superusers (or, on 15+, roles granted SET on the parameter) may set it;
        // managed services offer aiven_extras' wrapper.
        if (!disableTriggersForLoad(target)) {
            triggersFire = true;
        }
        target.execScript(QStringLiteral("SET synchronous_commit = off"));
    };
    // Every table is emptied in its loading transaction (a run killed after a table's commit
    // but before the state said so must not leave its rows twice): TRUNCATE, which also allows
    // COPY FREEZE, or DELETE for a table a foreign key points at.
    CopyOptions plainOptions;
    plainOptions.binary = m_sameMajor;
    plainOptions.truncateFirst = true;
    CopyOptions referencedOptions = plainOptions;
    referencedOptions.deleteFirst = true;

    // Between clusters of one major a table's COPY bytes compare: its rows are digested as they
    // stream, and read back from the target right after its commit (still in cache), so the
    // source is scanned once and verification overlaps the other tables' copies. A replicated
    // copy is verified only on request: then only is it worth reading back.
    const bool verifies =
        db.method != MigrationMethod::Replication || m_request.verifyReplicatedCopy;
    const auto optionsFor = [&](const TableInfo& table) {
        CopyOptions options =
            referenced.contains(table.qualified) ? referencedOptions : plainOptions;
        options.digest = verifies && m_sameMajor && table.digestable;
        return options;
    };
    {
        std::lock_guard lock(m_mutex);
        m_verifiedWhileCopying.remove(db.dbname);
        m_analyzedWhileCopying.remove(db.dbname);
    }

    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceSave;
    sinceSave.start();
    std::mutex saveMutex;
    const QString error = forEachTableInParallel(
        tables, m_request.jobs, connections, m_cancelled,
        [&](PgConnection& source, PgConnection& target, const TableInfo& table) {
            const CopyResult result =
                copyTable(source, target, table, optionsFor(table), m_cancelled, [&](qint64 bytes) {
                    {
                        std::lock_guard lock(m_mutex);
                        db.bytesDone += bytes;
                        db.copySeconds = double(timer.elapsed()) / 1000.0;
                        for (TableState& state : db.tables) {
                            if (state.name == table.qualified) {
                                state.bytesStreamed += bytes; // this table's own progress
                            }
                        }
                        recordLagSample(m_state); // throughput, for the chart
                    }
                    notifyProgress();
                });
            std::optional<TableComparison> readBack;
            if (result.digested) {
                readBack = compareReadBack(target, table, result);
            }
            const bool analyzed = m_request.analyze && table.analyzableAlone;
            if (analyzed) {
                analyzeLoadedTable(target, table, result.frozen);
            }
            {
                std::lock_guard lock(m_mutex);
                if (readBack) {
                    m_verifiedWhileCopying[db.dbname].insert(table.qualified, *readBack);
                }
                if (analyzed) {
                    m_analyzedWhileCopying[db.dbname].insert(table.qualified);
                }
                db.rowsDone += result.rows;
                for (TableState& state : db.tables) {
                    if (state.name == table.qualified) {
                        state.rows = result.rows;
                        state.copied = true;
                    }
                }
                db.copySeconds = double(timer.elapsed()) / 1000.0;
            }
            // Finished tables are remembered (a resumed run skips them), at most once a second:
            // the state holds every table, so saving it after each of 20,000 small tables wrote
            // gigabytes. A table a kill leaves unremembered is copied again on resume, its rows
            // replaced (truncateFirst), as one committed just before a kill always was.
            std::lock_guard lock(saveMutex);
            if (sinceSave.hasExpired(1000)) {
                save();
                sinceSave.restart();
            } else {
                publish(); // the front ends still hear of each finished table
            }
        });
    save(); // every table copied so far, whatever the last second held
    if (!error.isEmpty()) {
        throw PgError(
            error == QLatin1String("cancelled") ? PgError::Kind::Cancelled : PgError::Kind::Query,
            QCoreApplication::translate("Runner", "copy data of %1").arg(db.dbname), error);
    }
    std::lock_guard lock(m_mutex);
    db.copySeconds = double(timer.elapsed()) / 1000.0;
    // Fresh tables get their triggers and foreign keys only after the data, so this matters
    // only when loading into an existing schema.
    if (triggersFire && !freshTables) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: triggers and foreign key checks fired while loading "
                                          "(the target user may not set session_replication_role; "
                                          "GRANT SET ON PARAMETER session_replication_role TO it)")
                                .arg(db.dbname);
    }
}

void MigrationRunner::analyzeLoadedTable(PgConnection& target, const TableInfo& table,
                                         bool frozen) {
    // Statistics now, overlapping the other tables' copies, rather than in a phase after them
    // all. COPY FREEZE on 14+ already set the visibility map; a table loaded otherwise is
    // vacuumed too, or index-only scans visit the heap until autovacuum comes by.
    const bool vacuum = !frozen || target.serverVersionNum() < 140000;
    target.exec((vacuum ? QStringLiteral("VACUUM (ANALYZE) ") : QStringLiteral("ANALYZE ")) +
                    table.qualified,
                {}, QStringLiteral("analyze %1").arg(table.qualified));
}

void MigrationRunner::copyLargeObjects(PgConnection& source, PgConnection& target) {
    const QStringList warnings = pgm::copyLargeObjects(source, target, m_cancelled);
    std::lock_guard lock(m_mutex);
    m_state.warnings << warnings;
}

void MigrationRunner::verify(DatabaseState& db, const QString& snapshot,
                             const QList<TableInfo>& tables, PgConnection& sourceDb,
                             PgConnection& targetDb) {
    QElapsedTimer timer;
    timer.start();
    WorkerConnections connections;
    connections.source = m_request.check.inspection.source.withDatabase(db.dbname);
    connections.target = m_request.check.inspection.target.withDatabase(db.dbname);
    connections.snapshot = snapshot;
    connections.prepare = [](PgConnection& source, PgConnection& target) {
        pinTextOutput(source);
        pinTextOutput(target);
    };
    std::mutex mutex;
    QStringList differences;
    QList<TableInfo> unverified;
    {
        std::lock_guard lock(m_mutex);
        const QHash<QString, TableComparison> done = m_verifiedWhileCopying.value(db.dbname);
        for (const TableInfo& table : tables) {
            const auto found = done.constFind(table.qualified);
            if (found == done.cend()) {
                unverified << table; // a table an earlier run copied, or not digestable
                continue;
            }
            if (!found->matches()) {
                differences << found->describe();
            }
            for (TableState& state : db.tables) {
                if (state.name == table.qualified) {
                    state.verified = found->matches();
                }
            }
        }
    }
    const QString error = forEachTableInParallel(
        unverified, m_request.jobs, connections, m_cancelled,
        [&](PgConnection& source, PgConnection& target, const TableInfo& table) {
            const TableComparison comparison = compareTable(source, target, table);
            std::lock_guard lock(mutex);
            if (!comparison.matches()) {
                differences << comparison.describe();
            }
            std::lock_guard stateLock(m_mutex);
            for (TableState& state : db.tables) {
                if (state.name == table.qualified) {
                    state.verified = comparison.matches();
                }
            }
        });
    if (!error.isEmpty()) {
        throw PgError(error == QLatin1String("cancelled") ? PgError::Kind::Cancelled
                                                          : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "verify %1").arg(db.dbname), error);
    }
    QStringList behind;
    differences << compareSequences(sourceDb, targetDb, &behind);
    if (!behind.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner",
                                "%1: sequences moved on the source during the copy (writes "
                                "went on)%2: %3")
                                .arg(db.dbname,
                                     db.method == MigrationMethod::Replication
                                         ? QCoreApplication::translate(
                                               "Runner", "; the cut-over copies them again")
                                         : QCoreApplication::translate(
                                               "Runner",
                                               "; rows written after the snapshot are not "
                                               "migrated by the dump method"),
                                     behind.join(QStringLiteral("; ")));
    }
    differences << compareLargeObjects(sourceDb, targetDb);
    {
        std::lock_guard lock(m_mutex);
        db.verifySeconds = double(timer.elapsed()) / 1000.0;
    }
    if (!differences.isEmpty()) {
        throw PgError(
            PgError::Kind::Query, QCoreApplication::translate("Runner", "verify %1").arg(db.dbname),
            QCoreApplication::translate("Runner", "the target differs from the source: ") +
                differences.mid(0, 20).join(QStringLiteral("; ")));
    }
}

} // namespace pgm
