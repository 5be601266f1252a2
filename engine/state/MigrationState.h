#pragma once

#include "ConnectionSettings.h"
#include "LagHistory.h"
#include "MigrationMethod.h"
#include "MigrationStatus.h"
#include "Phase.h"
#include "ServerVersion.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pgm {

/// One table's progress through the data copy and verification.
struct TableState {
    QString name; ///< schema-qualified, quoted as SQL
    qint64 rows = 0;
    qint64 bytes = 0; ///< on-disk size on the source, for progress and ordering
    bool copied = false;
    bool verified = false;
    qint64 bytesStreamed = 0; ///< while it copies (not saved: progress only)

    bool operator==(const TableState&) const = default;
};

/// One pre-check's result as the first run saw it, kept for the report. Title, detail and
/// remedy are the texts the user read (translated); id and status stay English, named as
/// `pgmigrate check --json` names them.
struct CheckRecord {
    QString id;     ///< stable machine name, e.g. "wal-level"
    QString title;  ///< short human title
    QString status; ///< pass, warn, fail or skip
    QString dbname; ///< the database it concerns, empty for the whole cluster
    QString detail; ///< what was found
    QString remedy; ///< what the user can do
};

/// One step of a database's last cut-over (`finish`): its limit and how long it took.
struct CutoverStep {
    Phase step = Phase::Unknown;
    qint64 limitSeconds = 0; ///< 0: bounded by nothing of its own
    QDateTime started;
    double seconds = -1; ///< -1 while it runs

    bool operator==(const CutoverStep&) const = default;
};

/// A finish step's seconds as `status` shows them: its time so far while the finish that
/// records it still runs (`ownerAlive`; *running is then set), -1 when it never ended.
double cutoverStepSeconds(const CutoverStep& step, bool ownerAlive, bool* running);

/// One database of a migration.
struct DatabaseState {
    QString dbname;
    MigrationMethod method = MigrationMethod::Dump;
    QString reason; ///< why this method (from the plan)
    DbStatus status = DbStatus::Running;
    Phase phase = Phase::Unknown;
    /// Phase::InitialSync: how many of the subscription's tables stream already, of how many.
    int syncedTables = 0;
    int syncTables = 0;
    QString error;
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
    qint64 rowsDone = 0;
    double copySeconds = 0;
    double verifySeconds = 0;
    /// Wall time spent in each phase (slot, schema, data, indexes, verify, ...), in seconds.
    QMap<Phase, double> phaseSeconds;
    QList<TableState> tables;
    QDateTime started;
    QDateTime finished;
    // Replication only:
    QStringList replicaIdentityFull; ///< tables set to REPLICA IDENTITY FULL, restored at the end
    QStringList copyAtCutover;       ///< tables left out of the publication, copied at cut-over
    qint64 lagBytes = -1;            ///< as last read from the source's slot
    qint64 retainedBytes = -1;       ///< WAL the slot keeps on the source
    qint64 lagSeconds = -1;          ///< since the apply worker last heard from the source
    qint64 applyErrorsSeen = 0;      ///< the subscription's error count already judged
    /// `finish --freeze-writes` made the source database read-only and has not undone it yet:
    /// a finish or stop that comes after a killed one undoes it first.
    bool writesFrozen = false;
    /// This migration creates the target database: set (and saved) before CREATE DATABASE, so
    /// that a run resumed after a kill right after it gives the database's ACL and settings.
    bool targetCreated = false;
    /// Every trigger's state on the target ({table, trigger, tgenabled}) before this migration
    /// disabled some (ReplicaTriggers.h), kept until it gives them back: a stop without the
    /// source gives them from here.
    QList<QStringList> triggerStates;
    QString walStatus;
    /// The steps of the last finish, in order, so that `status` shows each one's limit and
    /// time, the running one's too.
    QList<CutoverStep> cutoverSteps;

    /// The phase as the state file and the status JSON hold it: its id, with the table count
    /// during the initial sync ("initial sync 3/8 tables").
    QString phaseLabel() const;

    /// How much of bytesTotal (the tables' size on disk) the copy has covered: a copied table's
    /// whole size, a table in flight its stream up to its size. What progress and the time
    /// left go by: the stream alone (bytesDone) is a fraction of the disk size for small
    /// tables (a 20-row table streams 500 bytes of its 40 kB), and with thousands of them the
    /// time left read 2 500 s as the last table finished. Without the tables, bytesDone.
    qint64 bytesCovered() const;
    /// A rough time left in the data phase, in seconds, by bytesCovered() at the pace so far;
    /// -1 when there is nothing to go by yet (under a second of copying: the first tables'
    /// pace says little) or nothing left.
    qint64 copySecondsLeft() const;

    /// Copied: done, or syncing (its changes keep replicating).
    bool migrated() const { return status == DbStatus::Done || status == DbStatus::Syncing; }

    /// Every member the same (the state file then holds the same text for it).
    bool operator==(const DatabaseState&) const = default;
};

/// Everything remembered about one migration. Holds no password: the servers are kept as
/// connection settings with the password removed, and found again from the environment,
/// a passfile or the keychain.
struct MigrationState {
    /// The state file's format: a loader refuses a newer one rather than misreading it.
    static constexpr int kFormat = 1;

    QString id;
    QDateTime created;
    QDateTime finished;
    ConnectionSettings source; ///< password always empty
    ConnectionSettings target; ///< password always empty
    QString methodChoice;      ///< auto, replication or dump
    QStringList excludedDatabases;
    QStringList skippedTables; ///< db.schema.table as the user gave them
    /// Where pg_dump and pg_restore were taken from, as the user chose it (empty: the newest
    /// installed): a resume uses the same ones.
    QString pgDumpDir;
    /// Roles the target user (without superuser) granted itself to give objects to their
    /// owners, until it gives them back (TargetOwners.h): saved so a killed run still does.
    QStringList borrowedRoles;
    int jobs = 2;
    bool stopped = false;
    QString error;        ///< a migration-wide failure (a blocking check, roles)
    QStringList warnings; ///< things the user should know (roles needing a password, ...)
    QList<DatabaseState> databases;
    /// The servers' versions as the pre-checks found them (invalid: unknown, as in a state
    /// file written before they were kept). A resume keeps those of the first run.
    ServerVersion sourceVersion;
    ServerVersion targetVersion;
    /// The pre-checks of the first run, in their order (empty in older state files).
    QList<CheckRecord> checks;
    /// Lag and copy progress over time, for the lag chart of a reopened migration.
    LagHistory lagHistory;

    // What the front ends ask. `ownerAlive` says whether the process that runs the migration
    // still exists (MigrationLock::ownerAlive): a run whose process died is interrupted.

    /// Running, Failed, Stopped, Interrupted or Done, as the seed defines the overall status
    /// (`pgmigrate status`): Failed when any database failed; Done when every database is done
    /// or syncing.
    DbStatus overallStatus(bool ownerAlive = true) const;
    /// The migration's tag wherever a front end shows one (the migrations list, the Migration
    /// and Close pages): the overall status, except that Done with databases still
    /// replicating shows as Syncing. A failed database beside a syncing one is Failed, as
    /// `pgmigrate status` says.
    DbStatus displayStatus(bool ownerAlive = true) const;
    /// A database's status as shown: a running one is Interrupted when the process died before
    /// the run finished, and Stopped when the migration was stopped.
    DbStatus databaseStatus(const DatabaseState& db, bool ownerAlive = true) const;
    /// Some database replicates (stop and finish have something to end).
    bool anySyncing() const;
    /// Some database is copied (done or syncing): reopened, the migration goes to Close.
    bool anyMigrated() const;
    /// Past the point where its settings could change: a database runs, or is copied.
    bool committed() const;
    /// Its process died mid-run: `migrate --resume` (Resume migration) continues it.
    bool resumable(bool ownerAlive) const;
    /// The common method, or empty when databases differ.
    QString overallMethod() const;

    DatabaseState* database(const QString& dbname);

    /// The state file's object.
    QJsonObject toJson(bool withDatabases = true) const;
    /// toJson() without its checks and databases: what StateFile writes first, before the
    /// checks (written once a run, see StateTextCache) and each database.
    QJsonObject headerJson() const;
    static MigrationState fromJson(const QJsonObject& object);

    /// The status shape of the seed (001_...): {"migration": {...}, "migration_detail": [...]},
    /// with extra fields (id, phase, progress, times).
    QJsonObject toStatusJson(bool ownerAlive = true) const;
};

/// One database as the state file holds it; without its tables when StateFile writes them.
QJsonObject databaseToJson(const DatabaseState& db, bool withTables = true);
/// One table as the state file holds it.
QJsonObject tableToJson(const TableState& table);
/// The pre-checks as the state file holds them.
QJsonArray checksToJson(const QList<CheckRecord>& checks);

/// Connection settings as saved in state: everything but the password.
QJsonObject connectionToJson(const ConnectionSettings& settings);
ConnectionSettings connectionFromJson(const QJsonObject& object);

} // namespace pgm
