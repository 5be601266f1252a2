#pragma once

#include "ConnectionSettings.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace pgm {

class PgConnection;

/// The names of one database's replication objects. Slot names allow only [a-z0-9_] and are
/// cluster-wide, so every name comes from a fixed prefix, the migration id and a hash of the
/// database name, within 63 bytes.
struct ReplicationNames {
    QString publication;
    QString slot;
    QString subscription;

    static ReplicationNames forDatabase(const QString& migrationId, const QString& dbname);
    /// Whether two migration ids give the same names (forDatabase keeps 32 characters of an
    /// id, in lower case, with "_" for what is not a letter or digit): two such migrations
    /// would take each other's slots. Names of existing migrations cannot change (their slots
    /// are on the servers), so a new id that would share them is refused instead.
    static bool shareNames(const QString& oneId, const QString& otherId);
};

/// A logical replication slot created over a replication connection with an exported snapshot.
/// The connection must stay open and idle until every reader imported the snapshot: any further
/// command on it destroys the snapshot.
class ExportedSlot {
public:
    /// Opens the replication connection, before the slot: it can open while the publication is
    /// made, which must exist before the slot. A raised `cancelled` flag cancels what runs on
    /// it at once. Throws PgError.
    static std::unique_ptr<ExportedSlot> connect(const ConnectionSettings& source,
                                                 const std::atomic_bool* cancelled = nullptr);
    /// Creates the slot (pgoutput) and exports its snapshot. Slot creation waits for every open
    /// transaction that holds an xid; after `timeout` it gives up and the error names the
    /// sessions that block it. Throws PgError.
    void createSlot(const QString& slot, std::chrono::seconds timeout);
    ~ExportedSlot();

    const QString& snapshot() const { return m_snapshot; }
    const QString& consistentPoint() const { return m_consistentPoint; }
    /// Ends the replication connection: the snapshot goes, the slot stays.
    void release();

private:
    ExportedSlot() = default;
    ConnectionSettings m_source; ///< the database's, for a session that names what blocks
    std::unique_ptr<PgConnection> m_connection;
    QString m_snapshot;
    QString m_consistentPoint;
};

/// Creates `publication` for all tables, or for `tables` ("schema"."table", quoted) only. A
/// superuser publishes directly; a user that owns every one of `tables` (which must then list
/// them all) publishes them by name; anyone else through aiven_extras.
void createPublication(PgConnection& sourceDb, const QString& publication,
                       const QStringList& tables, bool allTables);

/// Creates the subscription on the target from the existing slot, without an initial copy
/// unless `copyData`. It is not disabled on errors (disable_on_error): PostgreSQL counts a lost
/// connection to the source as one, and a routine restart of the source would then end the
/// migration; the worker retries instead, and ApplyErrorWatch tells apply errors apart. The target
/// server connects to `source` at `hostFromTarget`:`portFromTarget` (empty / 0: the source's
/// own). As a superuser on a Unix target, the password goes into a passfile the target server
/// keeps (ServerPassfile.h) instead of the subscription's connection string. Without superuser:
/// on 16+ a member of pg_create_subscription with CREATE on the database creates it itself
/// (password in the connection string, run_as_owner where it may not become the tables'
/// owners), given the source password; otherwise through aiven_extras.
void createSubscription(PgConnection& targetDb, const ReplicationNames& names,
                        const ConnectionSettings& source, const QString& hostFromTarget,
                        int portFromTarget, bool copyData = false);

/// Whether the slot's confirmed flush reached `lsn`; nullopt when the source could not say.
std::optional<bool> slotFlushedTo(PgConnection& sourceDb, const QString& slot, const QString& lsn);

/// Enables the subscription again (and, on 15+, turns off disable_on_error, which earlier
/// versions set). Throws PgError.
void enableSubscription(PgConnection& targetDb, const ReplicationNames& names);

/// The target's wal_retrieve_retry_interval in milliseconds: how often a failed worker retries.
qint64 workerRetryMs(PgConnection& targetDb);

/// The names of pgmigrate's replication objects that exist: slots on the source, publications
/// in `sourceDb`'s database, subscriptions on the target. Throws PgError.
QSet<QString> replicationObjectsPresent(PgConnection& sourceDb, PgConnection& targetDb);

/// Removes the subscription (target), then slot and publication (source). With the source
/// unreachable the subscription is detached from its slot first, so dropping it works, and
/// the leftovers are returned as SQL for the user to run on the source. Never throws for
/// objects already gone.
QStringList dropReplication(PgConnection* sourceDb, PgConnection* targetDb,
                            const ReplicationNames& names);

} // namespace pgm
