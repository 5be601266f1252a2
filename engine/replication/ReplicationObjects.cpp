#include "ReplicationObjects.h"

#include "CatalogName.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SecretStatement.h"
#include "ServerPassfile.h"
#include "SessionTimeouts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QThread>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pgm {

bool isSuperuser(PgConnection& connection) {
    return connection
        .exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        .boolean(0, 0);
}

void ensureAivenExtras(PgConnection& connection) {
    connection.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS aiven_extras CASCADE"), {},
                    QCoreApplication::translate("Replication", "install aiven_extras"));
}

ReplicationNames ReplicationNames::forDatabase(const QString& migrationId, const QString& dbname) {
    QString id = migrationId.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(dbname.toUtf8(), QCryptographicHash::Md5).toHex().left(10));
    const QString base = QStringLiteral("pgmigrate_") + id.left(32) + QLatin1Char('_') + hash;
    return {base + QStringLiteral("_pub"), base, base + QStringLiteral("_sub")};
}

bool ReplicationNames::shareNames(const QString& oneId, const QString& otherId) {
    // The database's part is the same for both: one name tells.
    return forDatabase(oneId, QString()).slot == forDatabase(otherId, QString()).slot;
}

namespace {

QString slotTimeoutText(std::chrono::seconds timeout) {
    return QCoreApplication::translate(
               "Replication",
               "the replication slot could not be created within %1 s: open transactions on the "
               "source hold it back (see the open-transactions check; end them or retry)")
        .arg(timeout.count());
}

} // namespace

std::unique_ptr<ExportedSlot> ExportedSlot::connect(const ConnectionSettings& source,
                                                    const std::atomic_bool* cancelled) {
    ConnectionSettings replication = source;
    replication.extra.insert(QStringLiteral("replication"), QStringLiteral("database"));
    // The walsender sits idle in the snapshot's transaction until every reader imported it, and
    // no SET may follow the slot's creation: the timeouts go off at start-up.
    disableTimeoutsAtStartup(replication);
    std::unique_ptr<ExportedSlot> exported(new ExportedSlot);
    exported->m_source = source;
    exported->m_connection = PgConnection::open(replication, std::chrono::seconds(30), cancelled);
    return exported;
}

void ExportedSlot::createSlot(const QString& slot, std::chrono::seconds timeout) {
    qCDebug(lcReplication, "creating slot %s on %s", qUtf8Printable(slot),
            qUtf8Printable(m_source.describe()));
    // Slot creation waits for transactions holding an xid; a watcher cancels it at the deadline
    // and names the sessions in the way. It is woken as soon as the slot is there: a watcher
    // that polled every 50 ms held each database's copy back by 25 ms on average.
    std::mutex mutex;
    std::condition_variable wake;
    bool done = false;
    std::atomic_bool timedOut{false};
    PgConnection* connection = m_connection.get();
    std::thread watcher([&] {
        std::unique_lock lock(mutex);
        if (!wake.wait_for(lock, timeout, [&] { return done; })) {
            timedOut = true;
            connection->cancel();
        }
    });
    PgResult result;
    QString sqlstate;
    QString message;
    // Replication connections speak only the simple query protocol.
    const bool ok = connection->tryExecScript(
        QStringLiteral("CREATE_REPLICATION_SLOT ") + connection->quoteIdentifier(slot) +
            QStringLiteral(" LOGICAL pgoutput EXPORT_SNAPSHOT"),
        &result, &sqlstate, &message);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    wake.notify_one();
    watcher.join();
    if (!ok) {
        QString why = message;
        if (timedOut) {
            why = slotTimeoutText(timeout);
            try {
                auto admin = PgConnection::open(m_source, std::chrono::seconds(10));
                // As bytes: a database name that is not UTF-8 must not fail the query (SQL_ASCII
                // server) nor turn into U+FFFD.
                const PgResult blockers = admin->exec(
                    QStringLiteral("SELECT ") +
                    nameBytesColumn(QStringLiteral(
                        "string_agg(format('pid %s (%s on %s, %s since %s)', pid, usename, "
                        "datname, state, xact_start), '; ')")) +
                    QStringLiteral(" FROM pg_stat_activity "
                                   "WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()"));
                if (!blockers.scalar().isEmpty()) {
                    why += QStringLiteral(": ") + readableName(blockers, 0, 0);
                }
            } catch (const PgError&) {
            }
        }
        const PgError::Kind kind = timedOut                    ? PgError::Kind::Timeout
                                   : connection->isCancelled() ? PgError::Kind::Cancelled
                                                               : PgError::Kind::Query;
        throw PgError(
            kind,
            QCoreApplication::translate("Replication", "create replication slot %1").arg(slot), why,
            sqlstate);
    }
    m_consistentPoint = result.text(0, 1);
    m_snapshot = result.text(0, 2);
}

ExportedSlot::~ExportedSlot() = default;

void ExportedSlot::release() {
    m_connection.reset();
}

namespace {

/// Whether the user may publish these tables itself: it owns each (or is a member of its
/// owner) and may create objects in the database.
bool ownsToPublish(PgConnection& sourceDb, const QStringList& tables) {
    return sourceDb
        .exec(QStringLiteral(
                  "SELECT has_database_privilege(current_database(), 'CREATE') AND "
                  "coalesce(bool_and(pg_has_role(c.relowner, 'USAGE')), true) "
                  "FROM unnest($1::text[]) AS t(name) JOIN pg_class c ON c.oid = t.name::regclass"),
              {toPgTextArray(tables)},
              QCoreApplication::translate("Replication", "check table ownership"))
        .boolean(0, 0);
}

/// `tables` each as `ONLY "schema"."table"`, comma-separated. A table named without ONLY brings
/// its inheritance children into the publication, and a child this run leaves out (skipped, or
/// without replica identity and copied at the cut-over) would then be published: the source
/// would refuse its UPDATEs and DELETEs ("does not have a replica identity and publishes
/// updates") for as long as the migration runs.
QString eachOnly(const QStringList& tables) {
    QStringList only;
    only.reserve(tables.size());
    for (const QString& table : tables) {
        only << QStringLiteral("ONLY ") + table;
    }
    return only.join(QStringLiteral(", "));
}

/// Takes out of `publication` the tables it holds beyond `tables`: the inheritance children
/// aiven_extras' pg_create_publication adds (it quotes each name, so ONLY cannot be passed).
/// In the transaction that created it, so no write on the source ever sees them published.
/// Dropping a table needs only the publication's ownership, which aiven_extras gives the
/// caller; without it this throws, naming the tables and the remedy.
void leaveOutUnlisted(PgConnection& sourceDb, const QString& publication,
                      const QStringList& tables) {
    const PgResult extra = sourceDb.exec(
        QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_publication_rel r "
                       "JOIN pg_publication p ON p.oid = r.prpubid "
                       "JOIN pg_class c ON c.oid = r.prrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE p.pubname = $1 AND r.prrelid NOT IN "
                       "(SELECT t::regclass FROM unnest($2::text[]) AS t) ORDER BY 1"),
        {publication, toPgTextArray(tables)},
        QCoreApplication::translate("Replication", "list the published tables"));
    if (extra.rows() == 0) {
        return;
    }
    QStringList names;
    for (int row = 0; row < extra.rows(); ++row) {
        names << extra.text(row, 0);
    }
    qCDebug(lcReplication, "leaving inheritance children out of %s: %s",
            qUtf8Printable(publication), qUtf8Printable(names.join(QStringLiteral(", "))));
    PgResult ignored;
    QString state;
    QString message;
    if (!sourceDb.tryExec(QStringLiteral("ALTER PUBLICATION ") +
                              sourceDb.quoteIdentifier(publication) +
                              QStringLiteral(" DROP TABLE ") + eachOnly(names),
                          {}, &ignored, &state, &message)) {
        throw PgError(
            PgError::Kind::Query, QCoreApplication::translate("Replication", "create publication"),
            QCoreApplication::translate(
                "Replication",
                "aiven_extras published %1 with the tables they inherit from, and they cannot "
                "be left out of the publication (%2). Those tables are skipped or have no "
                "replica identity: give them a primary key or a replica identity, or migrate "
                "this database with the dump method")
                .arg(names.join(QStringLiteral(", ")), message));
    }
}

} // namespace

void createPublication(PgConnection& sourceDb, const QString& publication,
                       const QStringList& tables, bool allTables) {
    qCDebug(lcReplication, "creating publication %s (%s)", qUtf8Printable(publication),
            allTables ? "all tables"
                      : qUtf8Printable(QString::number(tables.size()) + QStringLiteral(" tables")));
    const QString name = sourceDb.quoteIdentifier(publication);
    const QString publish = QStringLiteral("insert, update, delete, truncate");
    if (!isSuperuser(sourceDb) && ownsToPublish(sourceDb, tables)) {
        // The tables' owner publishes them itself, by name (FOR ALL TABLES needs a superuser):
        // the way on managed services without aiven_extras (RDS, Cloud SQL, Azure), and the
        // publication is then its own to drop.
        sourceDb.exec(QStringLiteral("DROP PUBLICATION IF EXISTS ") + name, {},
                      QCoreApplication::translate("Replication", "create publication"));
        sourceDb.exec(
            QStringLiteral("CREATE PUBLICATION ") + name +
                (tables.isEmpty() ? QString() : QStringLiteral(" FOR TABLE ") + eachOnly(tables)),
            {}, QCoreApplication::translate("Replication", "create publication"));
        return;
    }
    if (!isSuperuser(sourceDb)) {
        // Publishing tables one does not own needs aiven_extras' SECURITY DEFINER wrappers.
        ensureAivenExtras(sourceDb);
        if (allTables) {
            sourceDb.exec(
                QStringLiteral("SELECT aiven_extras.pg_create_publication_for_all_tables($1, $2)"),
                {publication, publish},
                QCoreApplication::translate("Replication", "create publication"));
        } else {
            sourceDb.exec(QStringLiteral("BEGIN"));
            try {
                sourceDb.exec(
                    QStringLiteral(
                        "SELECT aiven_extras.pg_create_publication($1, $2, VARIADIC $3::text[])"),
                    {publication, publish, toPgTextArray(tables)},
                    QCoreApplication::translate("Replication", "create publication"));
                leaveOutUnlisted(sourceDb, publication, tables);
                sourceDb.exec(QStringLiteral("COMMIT"));
            } catch (const PgError&) {
                PgResult ignored;
                QString state;
                QString message;
                sourceDb.tryExec(QStringLiteral("ROLLBACK"), {}, &ignored, &state, &message);
                throw;
            }
        }
        return;
    }
    sourceDb.exec(QStringLiteral("DROP PUBLICATION IF EXISTS ") + name, {},
                  QCoreApplication::translate("Replication", "create publication"));
    if (allTables) {
        sourceDb.exec(QStringLiteral("CREATE PUBLICATION ") + name +
                          QStringLiteral(" FOR ALL TABLES"),
                      {}, QCoreApplication::translate("Replication", "create publication"));
    } else if (tables.isEmpty()) {
        sourceDb.exec(QStringLiteral("CREATE PUBLICATION ") + name, {},
                      QCoreApplication::translate("Replication", "create publication"));
    } else {
        sourceDb.exec(QStringLiteral("CREATE PUBLICATION ") + name + QStringLiteral(" FOR TABLE ") +
                          eachOnly(tables),
                      {}, QCoreApplication::translate("Replication", "create publication"));
    }
}

namespace {

/// CREATE SUBSCRIPTION (`options` adds to its WITH list); false with *message on failure.
bool tryCreateSubscription(PgConnection& targetDb, const ReplicationNames& names,
                           const QString& conninfo, bool copyData, QString* state, QString* message,
                           const QString& options = {}) {
    // The statement may carry the source password.
    return tryExecSecret(
        targetDb,
        QStringLiteral("CREATE SUBSCRIPTION ") + targetDb.quoteIdentifier(names.subscription) +
            QStringLiteral(" CONNECTION ") + targetDb.quoteLiteral(conninfo) +
            QStringLiteral(" PUBLICATION ") + targetDb.quoteIdentifier(names.publication) +
            QStringLiteral(" WITH (create_slot = false, copy_data = ") +
            (copyData ? QStringLiteral("true") : QStringLiteral("false")) +
            QStringLiteral(", slot_name = ") + targetDb.quoteLiteral(names.slot) + options +
            QStringLiteral(")"),
        state, message);
}

/// Whether the user may create subscriptions here without superuser: PostgreSQL 16+ lets a
/// member of pg_create_subscription with CREATE on the database (the plan decides alike:
/// targetSubscribesItself).
bool subscribesItself(PgConnection& targetDb) {
    return targetDb.serverVersionNum() >= 160000 &&
           targetDb
               .exec(QStringLiteral("SELECT pg_has_role('pg_create_subscription', 'USAGE') AND "
                                    "has_database_privilege(current_database(), 'CREATE')"),
                     {}, QCoreApplication::translate("Replication", "check subscription privilege"))
               .boolean(0, 0);
}

/// Whether the user may SET ROLE to the owner of every table of the database (or the owner to
/// it, when the apply worker does not switch at all).
bool mayBecomeTableOwners(PgConnection& targetDb) {
    return targetDb
        .exec(QStringLiteral("SELECT coalesce(bool_and(pg_has_role(c.relowner, 'SET') OR "
                             "pg_has_role(c.relowner, current_user, 'SET')), true) "
                             "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN "
                             "('pg_catalog', 'information_schema') "
                             "AND n.nspname !~ '^pg_(toast|temp)'"),
              {}, QCoreApplication::translate("Replication", "check table owners"))
        .boolean(0, 0);
}

/// Whether the current user owns the subscription, and so may alter and drop it itself.
bool ownsSubscription(PgConnection& targetDb, const QString& subscription) {
    return targetDb
               .exec(QStringLiteral("SELECT count(*) FROM pg_subscription WHERE subname = $1 "
                                    "AND subowner = (SELECT oid FROM pg_roles "
                                    "WHERE rolname = current_user) AND subdbid = (SELECT oid "
                                    "FROM pg_database WHERE datname = current_database())"),
                     {subscription},
                     QCoreApplication::translate("Replication", "read subscription owner"))
               .integer(0, 0) > 0;
}

} // namespace

void createSubscription(PgConnection& targetDb, const ReplicationNames& names,
                        const ConnectionSettings& source, const QString& hostFromTarget,
                        int portFromTarget, bool copyData) {
    // Never the conninfo: it may hold the source's password.
    qCDebug(lcReplication, "creating subscription %s to %s", qUtf8Printable(names.subscription),
            qUtf8Printable(source.describe()));
    const QString conninfo = source.conninfoForServer(hostFromTarget, portFromTarget);
    QString state;
    QString message;
    if (!isSuperuser(targetDb) && !source.password.isEmpty() && subscribesItself(targetDb)) {
        // 16+ without superuser: the user creates the subscription itself and owns it. Such a
        // subscription has password_required: the password goes in the connection string
        // (stored in pg_subscription, readable by superusers only; a passfile is refused) and
        // the source must ask for it. Its apply worker switches to each table's owner, which
        // needs SET on those roles; where the user lacks that (tables owned by roles it may not
        // become), run_as_owner applies every change as the user itself, who then needs the
        // privileges on the tables (INSERT, UPDATE, DELETE, TRUNCATE: as their owner after a
        // restore without superuser, which drops ownership, it has). The publication exists
        // already, so the statement raises no warning whose context (logged, quoting it) a
        // non-superuser could not keep out of the log; errors come back without it.
        const QString options =
            mayBecomeTableOwners(targetDb) ? QString() : QStringLiteral(", run_as_owner = true");
        if (!tryCreateSubscription(targetDb, names, conninfo, copyData, &state, &message,
                                   options)) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Replication", "create subscription"),
                          message, state);
        }
        return;
    }
    if (!isSuperuser(targetDb)) {
        // PostgreSQL 15 lets only superusers create subscriptions: aiven_extras' wrapper does it.
        // The connection string (with the password) never in a logged text: not even as a
        // parameter, which log_statement prints in full for non-superusers.
        ensureAivenExtras(targetDb);
        execSecret(
            targetDb,
            QStringLiteral("SELECT aiven_extras.pg_create_subscription(%1, %2, %3, %4, "
                           "false, %5)")
                .arg(targetDb.quoteLiteral(names.subscription), targetDb.quoteLiteral(conninfo),
                     targetDb.quoteLiteral(names.publication), targetDb.quoteLiteral(names.slot),
                     copyData ? QStringLiteral("true") : QStringLiteral("false")),
            QCoreApplication::translate("Replication", "create subscription"));
        return;
    }
    const QString passfile = source.password.isEmpty()
                                 ? QString()
                                 : server_passfile::pathFor(targetDb, names.subscription);
    if (!passfile.isEmpty() && server_passfile::write(targetDb, passfile, source.password)) {
        ConnectionSettings withoutPassword = source;
        withoutPassword.password.clear();
        const QString viaPassfile =
            withoutPassword.conninfoForServer(hostFromTarget, portFromTarget) +
            QStringLiteral(" passfile=") + quoteConninfoValue(passfile);
        if (tryCreateSubscription(targetDb, names, viaPassfile, copyData, &state, &message)) {
            return;
        }
        // The server's libpq would not use the file: the password goes in the connection
        // string after all, as without a passfile.
        server_passfile::remove(targetDb, passfile);
    }
    if (!tryCreateSubscription(targetDb, names, conninfo, copyData, &state, &message)) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Replication", "create subscription"), message,
                      state);
    }
}

std::optional<bool> slotFlushedTo(PgConnection& sourceDb, const QString& slot, const QString& lsn) {
    PgResult result;
    QString state;
    QString message;
    if (!sourceDb.tryExec(QStringLiteral("SELECT confirmed_flush_lsn >= $2::pg_lsn FROM "
                                         "pg_replication_slots WHERE slot_name = $1"),
                          {slot, lsn}, &result, &state, &message)) {
        return std::nullopt;
    }
    return result.rows() == 1 && result.boolean(0, 0);
}

void enableSubscription(PgConnection& targetDb, const ReplicationNames& names) {
    // Its owner (16+ without superuser) may alter it; otherwise aiven_extras made it.
    if (!isSuperuser(targetDb) && !ownsSubscription(targetDb, names.subscription)) {
        targetDb.exec(QStringLiteral("SELECT aiven_extras.pg_alter_subscription_enable($1)"),
                      {names.subscription},
                      QCoreApplication::translate("Replication", "enable subscription"));
        return;
    }
    const QString sub = targetDb.quoteIdentifier(names.subscription);
    if (targetDb.serverVersionNum() >= 150000) {
        targetDb.exec(QStringLiteral("ALTER SUBSCRIPTION ") + sub +
                          QStringLiteral(" SET (disable_on_error = false)"),
                      {}, QCoreApplication::translate("Replication", "enable subscription"));
    }
    targetDb.exec(QStringLiteral("ALTER SUBSCRIPTION ") + sub + QStringLiteral(" ENABLE"), {},
                  QCoreApplication::translate("Replication", "enable subscription"));
}

qint64 workerRetryMs(PgConnection& targetDb) {
    PgResult result;
    QString state;
    QString message;
    if (targetDb.tryExec(QStringLiteral("SELECT setting::bigint FROM pg_settings "
                                        "WHERE name = 'wal_retrieve_retry_interval'"),
                         {}, &result, &state, &message) &&
        result.rows() == 1) {
        return result.integer(0, 0);
    }
    return 5000; // PostgreSQL's default
}

namespace {

/// The subscription and its passfile on the target; what cannot be removed goes to *leftovers.
void dropSubscription(PgConnection& targetDb, const ReplicationNames& names,
                      QStringList* leftovers) {
    PgResult ignored;
    QString state;
    QString message;
    const QString sub = targetDb.quoteIdentifier(names.subscription);
    const bool exists =
        targetDb
            .exec(QStringLiteral("SELECT count(*) FROM pg_subscription WHERE subname = $1"),
                  {names.subscription})
            .integer(0, 0) > 0;
    // A subscription its user owns (16+, pg_create_subscription) is dropped as a
    // superuser's is; one aiven_extras made, through aiven_extras.
    if (exists && !isSuperuser(targetDb) && !ownsSubscription(targetDb, names.subscription)) {
        // aiven_extras drops it, and its slot over dblink; with the source down that fails
        // as a whole, so the subscription is at least disabled.
        if (!targetDb.tryExec(QStringLiteral("SELECT aiven_extras.pg_drop_subscription($1)"),
                              {names.subscription}, &ignored, &state, &message)) {
            targetDb.tryExec(
                QStringLiteral("SELECT aiven_extras.pg_alter_subscription_disable($1)"),
                {names.subscription}, &ignored, &state, &message);
            *leftovers << QCoreApplication::translate(
                              "Replication",
                              "subscription %1 is disabled but still on the target: "
                              "aiven_extras could not drop it (%2); run 'pgmigrate stop' "
                              "again once the source is reachable")
                              .arg(names.subscription, message);
        }
    } else if (exists) {
        // Detach from the slot first: DROP SUBSCRIPTION would otherwise connect to the
        // source to drop it, and fail when the source is down. The slot is dropped below.
        targetDb.tryExec(QStringLiteral("ALTER SUBSCRIPTION ") + sub + QStringLiteral(" DISABLE"),
                         {}, &ignored, &state, &message);
        targetDb.tryExec(QStringLiteral("ALTER SUBSCRIPTION ") + sub +
                             QStringLiteral(" SET (slot_name = NONE)"),
                         {}, &ignored, &state, &message);
        targetDb.exec(QStringLiteral("DROP SUBSCRIPTION ") + sub, {},
                      QCoreApplication::translate("Replication", "drop subscription"));
    }
    // Also when the subscription is gone already: a run may have died between writing
    // the passfile and creating the subscription.
    const QString passfile =
        isSuperuser(targetDb) ? server_passfile::pathFor(targetDb, names.subscription) : QString();
    if (!passfile.isEmpty() && !server_passfile::remove(targetDb, passfile)) {
        *leftovers << QCoreApplication::translate("Replication",
                                                  "the target server keeps the source password "
                                                  "in %1: delete that file on the target's host")
                          .arg(passfile);
    }
}

/// The slot and the publication on the source; the statements that failed go to *leftovers.
void dropSlotAndPublication(PgConnection& sourceDb, const ReplicationNames& names,
                            const QString& dropSlot, const QString& dropPublication,
                            QStringList* leftovers) {
    PgResult ignored;
    QString state;
    QString message;
    // A walsender may still hold the slot for a moment after the subscription went away.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (sourceDb.tryExec(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM "
                                            "pg_replication_slots WHERE slot_name = $1"),
                             {names.slot}, &ignored, &state, &message)) {
            break;
        }
        // Out of time (a bounded cleanup): retrying would only be refused again.
        if (attempt == 49 || state == QLatin1String("57014")) {
            *leftovers << dropSlot;
            break;
        }
        QThread::msleep(100);
    }
    if (!sourceDb.tryExec(QStringLiteral("DROP PUBLICATION IF EXISTS ") +
                              sourceDb.quoteIdentifier(names.publication),
                          {}, &ignored, &state, &message)) {
        // Made through an aiven_extras that left it to a superuser (today's gives it to the
        // caller).
        *leftovers
            << dropPublication +
                   QCoreApplication::translate("Replication", " (as a superuser: %1)").arg(message);
    }
}

} // namespace

QSet<QString> replicationObjectsPresent(PgConnection& sourceDb, PgConnection& targetDb) {
    const QString pattern = QStringLiteral("pgmigrate\\_%");
    QSet<QString> names;
    const auto add = [&names](const PgResult& result) {
        for (int row = 0; row < result.rows(); ++row) {
            names.insert(result.text(row, 0));
        }
    };
    add(sourceDb.exec(QStringLiteral("SELECT slot_name FROM pg_replication_slots WHERE slot_name "
                                     "LIKE $1 UNION ALL SELECT pubname FROM pg_publication WHERE "
                                     "pubname LIKE $1"),
                      {pattern}));
    add(targetDb.exec(QStringLiteral("SELECT subname FROM pg_subscription WHERE subname LIKE $1"),
                      {pattern}));
    return names;
}

QStringList dropReplication(PgConnection* sourceDb, PgConnection* targetDb,
                            const ReplicationNames& names) {
    qCDebug(lcReplication, "dropping subscription %s, slot %s, publication %s",
            qUtf8Printable(names.subscription), qUtf8Printable(names.slot),
            qUtf8Printable(names.publication));
    QStringList leftovers;
    if (targetDb) {
        dropSubscription(*targetDb, names, &leftovers);
    }
    const QString dropSlot =
        QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                       "WHERE slot_name = '%1'")
            .arg(names.slot);
    const QString dropPublication =
        QStringLiteral("DROP PUBLICATION IF EXISTS %1").arg(names.publication);
    if (!sourceDb) {
        leftovers << dropSlot << dropPublication;
        return leftovers;
    }
    // The source database may be read-only by its own default (a DBA stopped the writes before
    // the cut-over): the session writes only this migration's objects, and the replica
    // identities its callers restore next, so it is not.
    PgResult ignored;
    QString sqlstate;
    QString message;
    sourceDb->tryExec(QStringLiteral("SET default_transaction_read_only = off"), {}, &ignored,
                      &sqlstate, &message);
    dropSlotAndPublication(*sourceDb, names, dropSlot, dropPublication, &leftovers);
    return leftovers;
}

} // namespace pgm
