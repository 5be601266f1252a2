#include "FactsCollector.h"

#include "AtOnce.h"
#include "CatalogFilters.h"
#include "CatalogName.h"
#include "ConnectivityProbes.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTools.h"
#include "ReplicationObjects.h"
#include "StateStore.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>
#include <libpq-fe.h>
#include <mutex>
#include <thread>
#include <vector>

namespace pgm {

namespace {

/// Databases inspected at once: sessions on both servers while the pre-checks run.
constexpr std::size_t kParallelInspections = 4;
/// Before a database not reached among several is tried again alone.
constexpr std::chrono::milliseconds kBeforeRetry(200);

/// The lock table's size and use, read alike on both servers: max_locks_per_transaction, the
/// number of its holders (backends, autovacuum, background workers, prepared transactions and,
/// on 12+, WAL senders) and the non-fast-path locks held now. Autovacuum's share is its
/// workers and launcher; on 18 its worker slots, the launcher and the slot sync worker.
constexpr const char* kLockTableColumns =
    "current_setting('max_locks_per_transaction')::int, "
    "current_setting('max_connections')::int + "
    "CASE WHEN current_setting('server_version_num')::int >= 180000 "
    "THEN current_setting('autovacuum_worker_slots', true)::int + 2 "
    "ELSE current_setting('autovacuum_max_workers')::int + 1 END + "
    "current_setting('max_worker_processes')::int + "
    "current_setting('max_prepared_transactions')::int + "
    "CASE WHEN current_setting('server_version_num')::int >= 120000 "
    "THEN current_setting('max_wal_senders')::int ELSE 0 END, "
    "(SELECT count(*) FROM pg_locks WHERE NOT fastpath)";

/// Marks the idle slots that belong to a migration this computer remembers (the names are
/// derived from the migration's id and database), with that database's status there.
void claimMigrationSlots(QList<IdleMigrationSlot>* idle) {
    if (idle->isEmpty()) {
        return;
    }
    const StateStore store;
    for (const QString& id : store.ids()) {
        QString ignored;
        const auto state = store.load(id, &ignored);
        if (!state) {
            continue;
        }
        for (const DatabaseState& db : state->databases) {
            const QString name = ReplicationNames::forDatabase(id, db.dbname).slot;
            for (IdleMigrationSlot& slot : *idle) {
                if (slot.name == name) {
                    slot.migrationId = id;
                    slot.migrationStatus = state->stopped ? DbStatus::Stopped : db.status;
                }
            }
        }
    }
}

QString relationQuery(const char* condition) {
    return QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ") +
           QLatin1String(condition) + QStringLiteral(" AND ") + QLatin1String(kUserRelation) +
           QStringLiteral(" ORDER BY 1");
}

QStringList column(const PgResult& result, int index = 0) {
    QStringList values;
    for (int row = 0; row < result.rows(); ++row) {
        values << result.text(row, index);
    }
    return values;
}

/// The newest pg_dump and pg_restore this machine has (or the chosen directory holds).
ClientToolFacts inspectClientTools(const QString& requestedDirectory) {
    ClientToolFacts tools;
    tools.directory = pgToolDirectory(requestedDirectory);
    const QList<PgToolCandidate> dumps = listPgTools(QStringLiteral("pg_dump"), tools.directory);
    if (!dumps.isEmpty()) {
        tools.pgDumpPath = dumps.first().path;
        tools.pgDumpVersion = dumps.first().version;
    }
    const QList<PgToolCandidate> restores =
        listPgTools(QStringLiteral("pg_restore"), tools.directory);
    if (!restores.isEmpty()) {
        tools.pgRestorePath = restores.first().path;
        tools.pgRestoreVersion = restores.first().version;
    }
    return tools;
}

/// What the user may not read (a superuser reads everything): found by the pre-checks, not
/// halfway through pg_dump.
const char* const kUnreadable =
    "c.relkind IN ('r', 'p', 'S') AND NOT (SELECT rolsuper FROM pg_roles "
    "WHERE rolname = current_user) AND (NOT has_schema_privilege("
    "c.relnamespace, 'USAGE') OR NOT has_table_privilege(c.oid, 'SELECT'))";

/// What readSourceDatabase() asks each source database, in one round trip: at 200 databases on
/// a distant server, one per query was seconds of the pre-checks.
QStringList sourceDatabaseQueries() {
    return {
        QStringLiteral("SELECT extname, extversion FROM pg_extension WHERE extname <> 'plpgsql' "
                       "ORDER BY 1"),
        QStringLiteral("SELECT lanname FROM pg_language WHERE lanispl AND lanname <> 'plpgsql' "
                       "ORDER BY 1"),
        QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE'), "
                       "(SELECT count(*) FROM pg_largeobject_metadata), "
                       "NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND ") +
            QLatin1String(kUserRelation) +
            QStringLiteral(" AND NOT pg_has_role(c.relowner, 'USAGE')), "
                           "(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                           "n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND "
                           "n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
                           "n.nspname !~ '^pg_(toast|temp)'), "
                           "current_setting('default_transaction_read_only')::bool"),
        // Publishing a table with no replica identity makes UPDATE and DELETE fail on the
        // source.
        relationQuery("c.relkind = 'r' AND c.relpersistence = 'p' AND (c.relreplident = 'n' "
                      "OR (c.relreplident = 'd' AND NOT EXISTS (SELECT 1 FROM pg_index i "
                      "WHERE i.indrelid = c.oid AND i.indisprimary)) "
                      "OR (c.relreplident = 'i' AND NOT EXISTS (SELECT 1 FROM pg_index i "
                      "WHERE i.indrelid = c.oid AND i.indisreplident)))"),
        // COPY as a role subject to row-level security returns only the visible rows.
        relationQuery("c.relkind IN ('r', 'p') AND c.relrowsecurity "
                      "AND NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles "
                      "WHERE rolname = current_user) "
                      "AND (c.relforcerowsecurity OR NOT pg_has_role(c.relowner, 'USAGE'))"),
        relationQuery(kUnreadable), relationQuery("c.relkind = 'r' AND c.relpersistence = 'u'"),
        relationQuery("c.relkind = 'm'"),
        // As ReplicaTriggers.h names them.
        QStringLiteral("SELECT format('%I.%I: %I (%s)', n.nspname, c.relname, t.tgname, "
                       "CASE t.tgenabled WHEN 'A' THEN 'ALWAYS' ELSE 'REPLICA' END) "
                       "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal "
                       "AND t.tgenabled IN ('A', 'R') AND c.relkind IN ('r', 'p', 'f') "
                       "ORDER BY 1"),
        // Those that fire in an ordinary session ('O', 'A') on what replication runs here.
        QStringLiteral("SELECT format('%I (%s)', evtname, evtevent) FROM pg_event_trigger "
                       "WHERE evtenabled IN ('O', 'A') AND evtevent IN ('ddl_command_start', "
                       "'ddl_command_end', 'sql_drop') AND (evttags IS NULL OR evttags && "
                       "ARRAY['CREATE PUBLICATION', 'ALTER PUBLICATION', 'DROP PUBLICATION', "
                       "'ALTER TABLE']) ORDER BY 1"),
        QStringLiteral("SELECT quote_ident(evtname) FROM pg_event_trigger ORDER BY evtname")};
}

} // namespace

FactsCollector::FactsCollector(InspectionRequest request, const std::atomic_bool* cancelled,
                               ProgressFn progress)
    : m_request(std::move(request))
    , m_cancelled(cancelled)
    , m_progress(std::move(progress)) {}

void FactsCollector::throwIfCancelled() const {
    if (m_cancelled && m_cancelled->load()) {
        throw PgError(PgError::Kind::Cancelled, QStringLiteral("checks"),
                      QStringLiteral("cancelled"));
    }
}

std::unique_ptr<PgConnection> FactsCollector::connect(const ConnectionSettings& settings,
                                                      QString* error, PgError::Cause* cause) {
    throwIfCancelled();
    try {
        return PgConnection::open(settings, m_request.connectTimeout, m_cancelled);
    } catch (const PgError& failure) {
        if (failure.kind() == PgError::Kind::Cancelled) {
            throw;
        }
        *error = failure.message();
        if (cause) {
            *cause = failure.cause();
        }
        return nullptr;
    }
}

ClusterFacts FactsCollector::collect() {
    ClusterFacts facts;
    const auto report = [this](const QString& text) {
        if (m_progress) {
            m_progress(text);
        }
    };

    // A unique application_name lets the target recognise our source session if both are
    // the same server, without needing any privilege.
    ConnectionSettings sourceSettings = m_request.source;
    const QString marker =
        QStringLiteral("pgmigrate-probe-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    sourceSettings.applicationName = marker;

    // Both at once: each is a round trip or more, TLS and the password's exchange included.
    report(QCoreApplication::translate("Checks", "Connecting to the source"));
    report(QCoreApplication::translate("Checks", "Connecting to the target"));
    std::unique_ptr<PgConnection> source;
    std::unique_ptr<PgConnection> target;
    forEachAtOnce(2, 2, [&](std::size_t server) {
        if (server == 0) {
            source = connect(sourceSettings, &facts.connectivity.sourceError,
                             &facts.connectivity.sourceCause);
        } else {
            target = connect(m_request.target, &facts.connectivity.targetError,
                             &facts.connectivity.targetCause);
        }
    });
    facts.connectivity.sourceReachable = source != nullptr;
    facts.connectivity.targetReachable = target != nullptr;
    if (!source || !target) {
        return facts;
    }
    // The target's probe below, like the subscription later, reaches the source with the
    // password its conninfo carries, wherever libpq found it.
    source->adoptPassword(&m_request.source);
    target->adoptPassword(&m_request.target);

    report(QCoreApplication::translate("Checks", "Looking for pg_dump"));
    facts.tools = inspectClientTools(m_request.pgDumpDir);

    report(QCoreApplication::translate("Checks", "Checking that source and target differ"));
    probeSameServer(*target, marker, &facts.connectivity);

    report(QCoreApplication::translate("Checks", "Reading the source server"));
    readSourceCluster(*source, facts);
    report(QCoreApplication::translate("Checks", "Reading the target server"));
    readTargetCluster(*target, facts); // which source databases exist there too
    inspectDatabases(facts, report);
    facts.target.freeDiskBytes = probeFreeDisk(*target, &facts.target.diskUnknownReason);

    if (m_request.probeTargetToSource && facts.target.superuser &&
        facts.connectivity.sameServer != std::optional<bool>(true)) {
        report(QCoreApplication::translate("Checks",
                                           "Checking that the target server reaches the source"));
        const QString conninfo = m_request.source.conninfoForServer(m_request.sourceHostFromTarget,
                                                                    m_request.sourcePortFromTarget);
        probeTargetReachesSource(*target, conninfo, &facts.connectivity);
    }
    return facts;
}

namespace {

/// The source's user and settings (the lock table's too).
QString sourceSettingsQuery() {
    return QStringLiteral(
               "SELECT current_user, r.rolsuper, r.rolreplication, r.rolbypassrls, "
               "current_setting('wal_level'), current_setting('max_replication_slots')::int, "
               "(SELECT count(*) FROM pg_replication_slots)::int, "
               "current_setting('max_wal_senders')::int, "
               "(SELECT count(*) FROM pg_stat_replication)::int, pg_is_in_recovery(), "
               "current_setting('max_standby_streaming_delay'), "
               "current_setting('hot_standby_feedback')::bool, ") +
           QLatin1String(kLockTableColumns) +
           QStringLiteral(" FROM pg_roles r WHERE r.rolname = current_user");
}

/// The source's user, settings and provider, from sourceSettingsQuery and managedServiceQuery.
void readSourceSettings(const PgConnection& source, const PgResult& role, const PgResult& service,
                        bool passwordGiven, SourceFacts& out) {
    out.version = ServerVersion(source.serverVersionNum());
    out.user = role.text(0, 0);
    out.superuser = role.boolean(0, 1);
    out.replicationRole = role.boolean(0, 2);
    out.bypassRls = role.boolean(0, 3);
    out.walLevel = role.text(0, 4);
    out.maxReplicationSlots = int(role.integer(0, 5));
    out.usedReplicationSlots = int(role.integer(0, 6));
    out.maxWalSenders = int(role.integer(0, 7));
    out.usedWalSenders = int(role.integer(0, 8));
    out.inRecovery = role.boolean(0, 9);
    out.maxStandbyStreamingDelay = role.text(0, 10);
    out.hotStandbyFeedback = role.boolean(0, 11);
    out.maxLocksPerTransaction = int(role.integer(0, 12));
    out.lockTableHolders = int(role.integer(0, 13));
    out.lockTableSize = qint64(out.maxLocksPerTransaction) * out.lockTableHolders;
    out.lockTableUsed = role.integer(0, 14);
    out.passwordAuthenticated = passwordGiven && PQconnectionUsedPassword(source.raw()) == 1;
    out.service = managedServiceFromMarker(service.text(0, 0));
    out.serviceGroups = service.text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // On RDS the rds_replication group is what lets a user replicate, not the attribute.
    out.replicationRole =
        out.replicationRole || (out.service == ManagedService::AmazonRds &&
                                out.serviceGroups.contains(QStringLiteral("rds_replication")));
}

/// Slots a migration left when its process died: they keep WAL until someone drops them.
QString idleMigrationSlotsQuery(const PgConnection& source) {
    // inactive_since exists from 17.
    const QString inactiveSince =
        source.serverVersionNum() >= 170000
            ? QStringLiteral("coalesce(extract(epoch FROM now() - inactive_since)::bigint, -1)")
            : QStringLiteral("-1");
    return QStringLiteral(
               "SELECT slot_name, coalesce(database, ''), CASE WHEN pg_is_in_recovery() "
               "THEN 0 ELSE coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), "
               "0)::bigint END, ") +
           inactiveSince +
           QStringLiteral(" FROM pg_replication_slots "
                          "WHERE slot_name LIKE 'pgmigrate\\_%' AND NOT active ORDER BY 1");
}

void readIdleMigrationSlots(const PgResult& idle, SourceFacts& out) {
    for (int row = 0; row < idle.rows(); ++row) {
        IdleMigrationSlot slot;
        slot.name = idle.text(row, 0);
        slot.database = idle.text(row, 1);
        slot.retainedBytes = idle.integer(row, 2);
        slot.inactiveSeconds = idle.integer(row, 3);
        out.idleMigrationSlots << slot;
    }
    claimMigrationSlots(&out.idleMigrationSlots);
}

QString sourceRolesQuery() {
    return QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND oid >= 16384 ORDER BY 1");
}

QString sourceDatabasesQuery() {
    return QStringLiteral("SELECT ") + nameBytesColumn(QStringLiteral("d.datname")) +
           QStringLiteral(", CASE WHEN has_database_privilege(d.oid, 'CONNECT') "
                          "THEN pg_database_size(d.oid) END, pg_encoding_to_char(d.encoding), "
                          "d.datcollate, d.datctype FROM pg_database d "
                          "WHERE NOT d.datistemplate AND d.datallowconn ORDER BY d.datname");
}

/// The source's roles and the databases to migrate; those the user excluded are noted apart.
void readSourceDatabases(const PgResult& roles, const PgResult& databases,
                         const QStringList& excludedDatabases, SourceFacts& out) {
    out.roles = column(roles);
    for (int row = 0; row < databases.rows(); ++row) {
        // A name made in a LATIN1 or SQL_ASCII database keeps those bytes: read as UTF-8 it would
        // turn into U+FFFD and name no database at all (or another one). Escaped, it is shown
        // and excluded as "caf\xe9", never mistaken for a real "café" beside it.
        const QByteArray raw = nameBytes(databases, row, 0);
        const bool notUtf8 = !isUtf8Name(raw);
        const QString name = readableName(raw);
        if (isAdminDatabase(name)) {
            continue;
        }
        if (excludedDatabases.contains(name)) {
            out.excludedDatabases << name;
            continue;
        }
        SourceDatabaseFacts database;
        database.name = name;
        database.rawName = raw;
        database.sizeBytes = databases.integer(row, 1);
        database.encoding = databases.text(row, 2);
        database.collate = databases.text(row, 3);
        database.ctype = databases.text(row, 4);
        if (notUtf8) {
            database.nameNotUtf8 = true;
            database.connectError =
                QCoreApplication::translate(
                    "Checks",
                    "the name of database %1 is not valid UTF-8 (it was created "
                    "from a session in another encoding; non-ASCII bytes shown as "
                    "\\xNN): pgmigrate cannot name it on the target, so it cannot be migrated")
                    .arg(name);
        }
        out.databases << database;
    }
    for (const QString& excluded : excludedDatabases) {
        if (!out.excludedDatabases.contains(excluded)) {
            out.unknownExcludedDatabases << excluded;
        }
    }
}

/// Sessions in a transaction: slot creation waits for every transaction that holds an xid, and
/// idle ones never end.
QString openTransactionsQuery() {
    return QStringLiteral("SELECT pid, ") +
           nameBytesColumn(QStringLiteral("coalesce(datname::text, '')")) +
           QStringLiteral(", coalesce(usename, ''), coalesce(state, ''), "
                          "extract(epoch FROM now() - xact_start)::bigint FROM pg_stat_activity "
                          "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend' "
                          "AND xact_start IS NOT NULL AND (state LIKE 'idle in transaction%' "
                          "OR now() - xact_start > interval '1 minute') ORDER BY xact_start");
}

void readOpenTransactions(const PgResult& sessions, const PgResult& prepared, SourceFacts& out) {
    for (int row = 0; row < sessions.rows(); ++row) {
        out.longTransactions << SessionFacts{int(sessions.integer(row, 0)),
                                             readableName(sessions, row, 1), sessions.text(row, 2),
                                             sessions.text(row, 3), sessions.integer(row, 4)};
    }
    out.preparedTransactions = column(prepared);
}

} // namespace

void FactsCollector::readSourceCluster(PgConnection& source, ClusterFacts& facts) {
    SourceFacts& out = facts.source;
    // One round trip for them all: on a distant server each query waited for its own.
    const std::vector<PgResult> read = source.execEach(
        {sourceSettingsQuery(), managedServiceQuery(), idleMigrationSlotsQuery(source),
         sourceRolesQuery(), sourceDatabasesQuery(), openTransactionsQuery(),
         QStringLiteral("SELECT gid || ' (' || database || ')' FROM pg_prepared_xacts ORDER BY 1"),
         // The server's extension files, read once: each database asking read them all again.
         QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_available_extensions "
                        "WHERE name = 'aiven_extras')")},
        QCoreApplication::translate("Checks", "read source settings"));
    readSourceSettings(source, read[0], read[1], !m_request.source.password.isEmpty(), out);
    readIdleMigrationSlots(read[2], out);
    readSourceDatabases(read[3], read[4], m_request.excludedDatabases, out);
    readOpenTransactions(read[5], read[6], out);
    out.aivenExtrasAvailable = read[7].boolean(0, 0);
}

void FactsCollector::inspectDatabases(ClusterFacts& facts, const ProgressFn& report) {
    // Each database on sessions of its own, a few at once: one after another, opening them and
    // their round trips took seconds at 200 databases. Pointers taken here, on one thread: the
    // lists detach (if shared) before any worker runs.
    std::vector<SourceDatabaseFacts*> sources;
    for (SourceDatabaseFacts& database : facts.source.databases) {
        sources.push_back(&database);
    }
    std::vector<TargetDatabaseFacts*> targets;
    for (TargetDatabaseFacts& database : facts.target.existingDatabases) {
        targets.push_back(&database);
    }
    std::mutex reporting; // the caller's function may not expect several threads
    forEachAtOnce(sources.size() + targets.size(), kParallelInspections, [&](std::size_t i) {
        const bool source = i < sources.size();
        const QString& name = source ? sources[i]->name : targets[i - sources.size()]->name;
        {
            std::lock_guard lock(reporting);
            report(source ? QCoreApplication::translate("Checks", "Inspecting source database %1")
                                .arg(name)
                          : QCoreApplication::translate("Checks", "Inspecting target database %1")
                                .arg(name));
        }
        if (source) {
            readSourceDatabase(*sources[i]);
        } else {
            readTargetDatabase(*targets[i - sources.size()]);
        }
    });
    // A server near its connection limit (max_connections, the role's CONNECTION LIMIT) may
    // refuse sessions opened at once that it accepts one at a time, as the checks used to
    // open them: a database not reached is tried again alone before it is reported, once the
    // backends of the sessions just closed had a moment to leave.
    const auto unreached = [](const auto* database) {
        return !database->reachable;
    };
    if (std::any_of(sources.cbegin(), sources.cend(), unreached) ||
        std::any_of(targets.cbegin(), targets.cend(), unreached)) {
        std::this_thread::sleep_for(kBeforeRetry);
    }
    for (SourceDatabaseFacts* database : sources) {
        if (!database->reachable && !database->nameNotUtf8) {
            database->connectError.clear();
            readSourceDatabase(*database);
        }
    }
    for (TargetDatabaseFacts* database : targets) {
        if (!database->reachable) {
            database->connectError.clear();
            readTargetDatabase(*database);
        }
    }
}

void FactsCollector::readSourceDatabase(SourceDatabaseFacts& database) {
    if (database.nameNotUtf8) {
        return; // not reachable, connectError says why
    }
    auto connection = connect(m_request.source.withDatabase(database.name), &database.connectError);
    database.reachable = connection != nullptr;
    if (!connection) {
        return;
    }
    PgConnection& db = *connection;
    const QString step =
        QCoreApplication::translate("Checks", "inspect source database %1").arg(database.name);
    const std::vector<PgResult> read = db.execEach(sourceDatabaseQueries(), step);
    const PgResult& extensions = read[0];
    for (int row = 0; row < extensions.rows(); ++row) {
        database.extensions << ExtensionVersion{extensions.text(row, 0), extensions.text(row, 1)};
        if (extensions.text(row, 0) == QLatin1String("aiven_extras")) {
            database.aivenExtrasInstalled = true;
        }
    }
    database.languages = column(read[1]);
    const PgResult& privileges = read[2];
    database.canCreateInDatabase = privileges.boolean(0, 0);
    database.largeObjects = privileges.integer(0, 1);
    database.ownsEveryTable = privileges.boolean(0, 2);
    database.lockedTables = privileges.integer(0, 3);
    database.readOnlyDefault = privileges.boolean(0, 4);
    database.tablesWithoutReplicaIdentity = column(read[3]);
    database.rlsTablesNotBypassed = column(read[4]);
    database.unreadableRelations = column(read[5]);
    database.unloggedTables = column(read[6]);
    database.materializedViews = column(read[7]);
    database.replicaTriggers = column(read[8]);
    database.sourceDdlEventTriggers = column(read[9]);
    database.eventTriggers = column(read[10]);
    if (!database.unreadableRelations.isEmpty()) {
        database.unreadableSchemas = column(
            db.exec(QStringLiteral("SELECT DISTINCT quote_ident(n.nspname) FROM pg_class c JOIN "
                                   "pg_namespace n ON n.oid = c.relnamespace WHERE ") +
                        QLatin1String(kUnreadable) + QStringLiteral(" AND ") +
                        QLatin1String(kUserRelation) + QStringLiteral(" ORDER BY 1"),
                    {}, step));
    }
}

namespace {

/// The target's user and settings.
QString targetSettingsQuery() {
    return QStringLiteral(
        "SELECT current_user, r.rolsuper, r.rolcreatedb, r.rolcreaterole, "
        "current_setting('max_replication_slots')::int, "
        "current_setting('max_logical_replication_workers')::int, "
        "current_setting('max_sync_workers_per_subscription')::int, "
        "(SELECT count(*) FROM pg_stat_subscription WHERE pid IS NOT NULL)::int, "
        "coalesce(current_setting('extwlist.extensions', true), ''), "
        "(SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1'), "
        "(SELECT datcollate FROM pg_database WHERE datname = 'template1'), "
        "pg_is_in_recovery(), current_setting('default_transaction_read_only')::bool "
        "FROM pg_roles r WHERE r.rolname = current_user");
}

/// The target's user, settings, lock table and provider, from targetSettingsQuery, the lock
/// table's columns and managedServiceQuery.
void readTargetSettings(const PgResult& role, const PgResult& locks, const PgResult& service,
                        TargetFacts& out) {
    out.user = role.text(0, 0);
    out.superuser = role.boolean(0, 1);
    out.createDb = role.boolean(0, 2);
    out.createRole = role.boolean(0, 3);
    out.maxReplicationSlots = int(role.integer(0, 4));
    out.maxLogicalReplicationWorkers = int(role.integer(0, 5));
    out.maxSyncWorkersPerSubscription = int(role.integer(0, 6));
    out.usedLogicalReplicationWorkers = int(role.integer(0, 7));
    for (const QString& name : role.text(0, 8).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        out.allowListedExtensions << name.trimmed();
    }
    out.encoding = role.text(0, 9);
    out.collate = role.text(0, 10);
    out.inRecovery = role.boolean(0, 11);
    out.readOnlyDefault = role.boolean(0, 12);
    out.maxLocksPerTransaction = int(locks.integer(0, 0));
    out.lockTableHolders = int(locks.integer(0, 1));
    out.lockTableSize = qint64(out.maxLocksPerTransaction) * out.lockTableHolders;
    out.lockTableUsed = locks.integer(0, 2);
    out.service = managedServiceFromMarker(service.text(0, 0));
    out.serviceGroups = service.text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString availableExtensionsQuery(const ServerVersion& version) {
    const QString trusted = version.supportsTrustedExtensions() ? QStringLiteral("bool_or(trusted)")
                                                                : QStringLiteral("false");
    return QStringLiteral("SELECT v.name, e.default_version, string_agg(v.version, ','), ") +
           trusted +
           QStringLiteral(" FROM pg_available_extension_versions v "
                          "JOIN pg_available_extensions e USING (name) GROUP BY 1, 2");
}

/// What the target offers, from availableExtensionsQuery and its roles and languages.
void readTargetCatalog(const PgResult& available, const PgResult& roles, const PgResult& languages,
                       TargetFacts& out) {
    for (int row = 0; row < available.rows(); ++row) {
        TargetExtension extension;
        extension.defaultVersion = available.text(row, 1);
        extension.versions = available.text(row, 2).split(QLatin1Char(','));
        extension.trusted = available.boolean(row, 3);
        out.availableExtensions.insert(available.text(row, 0), extension);
    }
    out.roles = column(roles);
    out.installedLanguages = column(languages);
}

/// The target's databases named as the source's.
void readExistingTargetDatabases(PgConnection& target,
                                 const QList<SourceDatabaseFacts>& sourceDatabases,
                                 TargetFacts& out) {
    QStringList wanted;
    for (const SourceDatabaseFacts& database : sourceDatabases) {
        wanted << database.name;
    }
    const PgResult existing = target.exec(
        QStringLiteral("SELECT datname, pg_encoding_to_char(encoding), datcollate "
                       "FROM pg_database WHERE datname = ANY($1::text[])"),
        {toPgTextArray(wanted)}, QCoreApplication::translate("Checks", "list target databases"));
    for (int row = 0; row < existing.rows(); ++row) {
        TargetDatabaseFacts database;
        database.name = existing.text(row, 0);
        database.encoding = existing.text(row, 1);
        database.collate = existing.text(row, 2);
        out.existingDatabases.insert(database.name, database);
    }
}

} // namespace

void FactsCollector::readTargetCluster(PgConnection& target, ClusterFacts& facts) {
    TargetFacts& out = facts.target;
    out.version = ServerVersion(target.serverVersionNum());
    // One round trip for them all: on a distant server each query waited for its own.
    QStringList queries = {targetSettingsQuery(),
                           QStringLiteral("SELECT ") + QLatin1String(kLockTableColumns),
                           managedServiceQuery(),
                           availableExtensionsQuery(out.version),
                           QStringLiteral("SELECT rolname FROM pg_roles ORDER BY 1"),
                           QStringLiteral("SELECT lanname FROM pg_language ORDER BY 1")};
    if (out.version.supportsCreateSubscriptionRole()) {
        // USAGE: the role's privileges are inherited, which CREATE SUBSCRIPTION checks.
        queries << QStringLiteral("SELECT pg_has_role('pg_create_subscription', 'USAGE')");
    }
    const std::vector<PgResult> read =
        target.execEach(queries, QCoreApplication::translate("Checks", "read target settings"));
    readTargetSettings(read[0], read[1], read[2], out);
    readTargetCatalog(read[3], read[4], read[5], out);
    if (out.version.supportsCreateSubscriptionRole()) {
        out.createSubscriptionRole = read[6].boolean(0, 0);
    }
    // Origins are what a subscriber spends its max_replication_slots on; only a superuser (or
    // whom one granted it) may read them, so not among the reads above, whose first error
    // stops them all.
    PgResult origins;
    QString sqlstate;
    QString message;
    if (target.tryExec(QStringLiteral("SELECT count(*) FROM pg_replication_origin"), {}, &origins,
                       &sqlstate, &message)) {
        out.usedReplicationOrigins = int(origins.integer(0, 0));
    }
    readExistingTargetDatabases(target, facts.source.databases, out);
}

void FactsCollector::readTargetDatabase(TargetDatabaseFacts& database) {
    auto connection = connect(m_request.target.withDatabase(database.name), &database.connectError);
    database.reachable = connection != nullptr;
    if (!connection) {
        return;
    }
    const QString step =
        QCoreApplication::translate("Checks", "inspect target database %1").arg(database.name);
    // pg_relation_size sees rows written since the last ANALYZE, unlike reltuples. One round
    // trip for the four, as on the source.
    const std::vector<PgResult> read = connection->execEach(
        {QStringLiteral("SELECT count(*), count(*) FILTER (WHERE pg_relation_size(c.oid) > 0) "
                        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE c.relkind = 'r' AND ") +
             QLatin1String(kUserRelation),
         QStringLiteral("SELECT extname FROM pg_extension ORDER BY 1"),
         QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')"),
         QStringLiteral("SELECT quote_ident(evtname), CASE evtenabled WHEN 'A' THEN 'ENABLE "
                        "ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END FROM "
                        "pg_event_trigger WHERE evtenabled <> 'D' ORDER BY evtname")},
        step);
    database.userTables = read[0].integer(0, 0);
    database.tablesWithData = read[0].integer(0, 1);
    database.installedExtensions = column(read[1]);
    database.canCreate = read[2].boolean(0, 0);
    database.enabledEventTriggers = column(read[3]);
    database.eventTriggerStates = column(read[3], 1);
}

} // namespace pgm
