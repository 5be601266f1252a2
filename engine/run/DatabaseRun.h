#pragma once

#include "ConnectionSettings.h"
#include "PgConnection.h"
#include "QualifiedNames.h"
#include "ReplicationObjects.h"
#include "SchemaArchive.h"
#include "TableCatalog.h"
#include "WorkerSessions.h"

#include <chrono>
#include <future>
#include <memory>

namespace pgm {

/// What one database's phases share while MigrationRunner migrates it: its connections, the
/// snapshot every phase reads, and what was read inside it.
struct DatabaseRun {
    ConnectionSettings source; ///< the source database
    ConnectionSettings target; ///< the target database
    /// On the source, holding the snapshot open from the first phase to the last.
    std::unique_ptr<PgConnection> coordinator;
    std::unique_ptr<PgConnection> targetDb;
    std::unique_ptr<ExportedSlot> slot; ///< replication: the slot whose snapshot it is
    QString snapshot;
    QList<TableName> skip; ///< tables whose data is not copied (--skip-table)
    QList<TableInfo> tables;
    QList<SequenceValue> sequences;
    QStringList matviews; ///< populated materialized views, refreshed once the data is there
    std::unique_ptr<SchemaArchive> schema;
    /// The schema's pg_dump, running while the target is inspected (MigrationRunner::
    /// startSchemaDump). Declared after `schema`, so it is waited for before that goes.
    std::future<void> schemaDumped;
    /// The copy workers' sessions, opening while the schema is restored (openCopyWorkersAhead).
    std::unique_ptr<WorkersOpenedAhead> workersAhead;
    /// The target's round trip, measured as the data phase starts.
    std::chrono::microseconds targetRoundTrip{0};
    /// Replication without a slot of its own (no replication connection): the target's own
    /// initial sync instead (MigrationRunner::migrateWithNativeSync).
    bool nativeSync = false;
    /// The target database was created by this run: nothing of an earlier run can be there.
    bool targetNew = false;
    /// Its read-only default was lifted for the run (ensureDatabase), to be given again.
    bool readOnlyLifted = false;
};

} // namespace pgm
