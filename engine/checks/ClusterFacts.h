#pragma once

#include "ManagedService.h"
#include "MigrationStatus.h"
#include "PgError.h"
#include "ServerVersion.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace pgm {

/// What the engine read from the servers, before judging anything. Plain data: the rules and
/// the plan are pure functions of it, which is what makes them unit-testable.

struct ExtensionVersion {
    QString name;
    QString version;
};

struct SourceDatabaseFacts {
    QString name;
    qint64 sizeBytes = 0;
    QString encoding;
    QString collate;
    QString ctype;
    bool reachable = false;
    QString connectError;
    /// The name's bytes are not UTF-8 (PostgreSQL keeps a database name in the encoding of the
    /// session that created it): `name` is readableName() of those bytes ("caf\xe9"), and the
    /// engine neither connects to it nor creates it on the target.
    bool nameNotUtf8 = false;
    QByteArray rawName; ///< the name's bytes as pg_database holds them

    QList<ExtensionVersion> extensions; ///< installed in this database (plpgsql left out)
    QStringList languages;              ///< procedural languages in use (plpgsql left out)
    bool aivenExtrasInstalled = false;
    bool canCreateInDatabase = false; ///< CREATE on the database (installs trusted extensions)
    /// default_transaction_read_only in the user's sessions there (an archive kept read-only
    /// by ALTER DATABASE ... SET): no publication can be made in it.
    bool readOnlyDefault = false;
    /// The user owns (or is a member of the owner of) every table: with CREATE on the database
    /// it may publish them itself, no superuser or aiven_extras needed.
    bool ownsEveryTable = false;
    QStringList tablesWithoutReplicaIdentity;
    QStringList rlsTablesNotBypassed;
    /// Tables and sequences the user may not read (no SELECT, or no USAGE on their schema):
    /// pg_dump and the copy would stop on the first.
    QStringList unreadableRelations;
    QStringList unreadableSchemas; ///< the schemas those are in, for the remedy
    qint64 largeObjects = 0;
    /// Tables and partitioned tables: pg_dump locks each in one transaction, and the copy's
    /// workers hold a lock on each table they copied until their snapshot ends.
    qint64 lockedTables = 0;
    QStringList unloggedTables;
    QStringList materializedViews;
    /// ENABLE ALWAYS and ENABLE REPLICA triggers ("table: trigger (ALWAYS)"): they would fire
    /// in the target's replica sessions, so the run disables them there until it ends.
    QStringList replicaTriggers;
    /// Enabled event triggers that fire on the statements the replication method runs on the
    /// source (CREATE, ALTER and DROP PUBLICATION, ALTER TABLE ... REPLICA IDENTITY), as
    /// "name (event)": one that refuses DDL fails the database, one that logs writes there.
    QStringList sourceDdlEventTriggers;
    QStringList eventTriggers; ///< every one, quoted: the run's own to quiet on the target
};

struct SessionFacts {
    int pid = 0;
    QString dbname;
    QString user;
    QString state;
    qint64 transactionSeconds = 0;
};

/// A replication slot named like pgmigrate's that no subscriber is reading.
struct IdleMigrationSlot {
    QString name;
    QString database;
    qint64 retainedBytes = 0;    ///< WAL the slot keeps on the source
    qint64 inactiveSeconds = -1; ///< since its subscriber left (17+ says; -1: unknown)
    /// The migration this computer remembers the slot for (empty: none), and its database's
    /// status there: a syncing one's subscriber is only away (a restart, a network cut).
    QString migrationId;
    std::optional<DbStatus> migrationStatus;
};

struct SourceFacts {
    ServerVersion version;
    QString user;
    bool superuser = false;
    bool replicationRole = false;
    bool bypassRls = false;
    /// The tool holds a password for the source and our connection authenticated with it: a
    /// subscription owned by a non-superuser (password_required, 16+) needs exactly that.
    bool passwordAuthenticated = false;
    ManagedService service = ManagedService::None;
    QStringList serviceGroups; ///< the provider's groups the user is a member of
    QStringList roles;         ///< roles the migration carries (not predefined, not bootstrap)
    bool aivenExtrasAvailable = false; ///< the server has aiven_extras' files
    QString walLevel;
    bool inRecovery = false;          ///< a standby (pg_is_in_recovery)
    QString maxStandbyStreamingDelay; ///< on a standby: how long replay waits for queries
    bool hotStandbyFeedback = false;
    int maxReplicationSlots = 0;
    int usedReplicationSlots = 0;
    int maxWalSenders = 0;
    int maxLocksPerTransaction = 64;
    /// The shared lock table's size: max_locks_per_transaction times the server's backends
    /// and prepared transactions (one transaction may use more than its share while room is
    /// left), and what the server's sessions hold in it now.
    qint64 lockTableSize = 0;
    qint64 lockTableUsed = 0;
    int lockTableHolders = 0; ///< the multiplier of max_locks_per_transaction
    int usedWalSenders = 0;
    QList<SourceDatabaseFacts> databases; ///< the ones to migrate
    QStringList excludedDatabases;        ///< named by the user and found on the source
    QStringList unknownExcludedDatabases; ///< named by the user, not on the source
    QList<SessionFacts> longTransactions; ///< open transactions holding an xid, or idle in one
    QStringList preparedTransactions;     ///< "gid (database)"
    QList<IdleMigrationSlot> idleMigrationSlots; ///< left by a run that died, or a subscriber down
};

struct TargetExtension {
    QString defaultVersion;
    QStringList versions;
    bool trusted = false;
};

struct TargetDatabaseFacts {
    QString name;
    bool reachable = false;
    QString connectError;
    qint64 userTables = 0;
    qint64 tablesWithData = 0; ///< tables with at least one page of rows
    QString encoding;
    QString collate;
    QStringList installedExtensions;
    bool canCreate = false; ///< CREATE on the database (16+: what CREATE SUBSCRIPTION needs)
    QStringList enabledEventTriggers; ///< quoted, in name order: they fire on the run's DDL
    QStringList eventTriggerStates;   ///< each one's ENABLE clause (ENABLE ALWAYS, ...)
};

struct TargetFacts {
    ServerVersion version;
    QString user;
    bool superuser = false;
    bool createDb = false;
    bool createRole = false;
    /// 16+: a member of pg_create_subscription, who may create subscriptions itself in a
    /// database where it has CREATE (those it creates it owns).
    bool createSubscriptionRole = false;
    ManagedService service = ManagedService::None;
    QStringList serviceGroups;    ///< the provider's groups the user is a member of
    bool inRecovery = false;      ///< a standby: it accepts no writes
    bool readOnlyDefault = false; ///< default_transaction_read_only for our sessions
    int maxReplicationSlots = 0;  ///< caps replication origins on a subscriber
    int usedReplicationOrigins = 0;
    int maxLogicalReplicationWorkers = 0;
    int usedLogicalReplicationWorkers = 0;
    int maxSyncWorkersPerSubscription = 2;
    QMap<QString, TargetExtension> availableExtensions;
    QStringList allowListedExtensions; ///< extwlist.extensions, where that module is loaded
    QStringList installedLanguages;    ///< in the bootstrap database
    QStringList roles;                 ///< every role name on the target
    QString encoding;                  ///< of template1, what new databases get
    QString collate;
    QMap<QString, TargetDatabaseFacts> existingDatabases; ///< those also on the source
    std::optional<qint64> freeDiskBytes;
    QString diskUnknownReason;
    /// The target's lock table, as the source's (see SourceFacts): pg_restore creates every
    /// table of a database in one transaction, which holds a lock on each until it commits.
    int maxLocksPerTransaction = 64;
    qint64 lockTableSize = 0;
    qint64 lockTableUsed = 0;
    int lockTableHolders = 0;
};

/// Results of the checks that need live connections, gathered alongside the facts.
struct ConnectivityFacts {
    bool sourceReachable = false;
    QString sourceError;
    PgError::Cause sourceCause = PgError::Cause::Unknown; ///< what the client saw of the failure
    bool targetReachable = false;
    QString targetError;
    PgError::Cause targetCause = PgError::Cause::Unknown;
    std::optional<bool> sameServer; ///< unset when it could not be determined
    QString sameServerNote;
    enum class ProbeState { NotRun, Reached, Failed };
    ProbeState targetReachesSource = ProbeState::NotRun;
    QString targetReachesSourceDetail;
};

/// The client tools this machine would run for the schema and the dump method: the newest
/// found, whatever its version (the checks judge it against the source's).
struct ClientToolFacts {
    QString directory;  ///< the one the user chose; empty: PATH and /usr/lib/postgresql/*/bin
    QString pgDumpPath; ///< empty when there is none
    ServerVersion pgDumpVersion;
    QString pgRestorePath;
    ServerVersion pgRestoreVersion;
};

struct ClusterFacts {
    ConnectivityFacts connectivity;
    ClientToolFacts tools;
    SourceFacts source;
    TargetFacts target;
};

} // namespace pgm
