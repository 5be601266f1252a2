#pragma once

#include "ClusterFacts.h"
#include "ConnectionSettings.h"
#include "ManagedService.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace pgm {

class PgConnection;

/// What to inspect: both servers, the databases to leave out, and how the target reaches the
/// source (which may differ from how this machine reaches it).
struct InspectionRequest {
    ConnectionSettings source;
    ConnectionSettings target;
    QStringList excludedDatabases;
    QString sourceHostFromTarget; ///< empty: the same host as ours
    int sourcePortFromTarget = 0; ///< 0: the same port as ours
    std::chrono::milliseconds connectTimeout{10000};
    bool probeTargetToSource = true;
    /// Where pg_dump and pg_restore are (--pg-dump-dir); empty: PGMIGRATE_PG_DUMP_DIR, else
    /// the newest installed.
    QString pgDumpDir;
};

/// Reads everything the pre-checks judge. Connection failures are recorded in the facts, not
/// thrown; only cancellation throws (PgError::Kind::Cancelled). Runs blocking: call it on an
/// engine worker.
class FactsCollector {
public:
    using ProgressFn = std::function<void(const QString&)>;

    FactsCollector(InspectionRequest request, const std::atomic_bool* cancelled,
                   ProgressFn progress = {});

    ClusterFacts collect();

private:
    std::unique_ptr<PgConnection> connect(const ConnectionSettings& settings, QString* error,
                                          PgError::Cause* cause = nullptr);
    void readSourceCluster(PgConnection& source, ClusterFacts& facts);
    /// Every source database and every target database that exists, several at once.
    void inspectDatabases(ClusterFacts& facts, const ProgressFn& report);
    void readSourceDatabase(SourceDatabaseFacts& database);
    void readTargetCluster(PgConnection& target, ClusterFacts& facts);
    void readTargetDatabase(TargetDatabaseFacts& database);
    void throwIfCancelled() const;

    InspectionRequest m_request;
    const std::atomic_bool* m_cancelled;
    ProgressFn m_progress;
};

} // namespace pgm
