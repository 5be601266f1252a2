#pragma once

#include "ConnectionSettings.h"
#include "JobLoans.h"
#include "TableCatalog.h"

#include <QString>
#include <atomic>
#include <functional>

namespace pgm {

class PgConnection;
class WorkersOpenedAhead;

/// Opens, for one worker, a source connection inside the exported snapshot and a target
/// connection, both prepared by the caller's hooks.
struct WorkerConnections {
    ConnectionSettings source;
    ConnectionSettings target;
    QString snapshot;
    std::function<void(PgConnection& source, PgConnection& target)> prepare;
    /// Lent the jobs the workers leave unused (fewer tables than jobs, a worker with no table
    /// left) until the last worker ends, so that a worker's large read-back may borrow them.
    JobLoans* loans = nullptr;
    /// Sessions opened while the schema was restored, taken before any is opened anew.
    WorkersOpenedAhead* ahead = nullptr;
};

/// Runs `work` over `count` units of work, handed out in their order (0 first) to `jobs`
/// threads, each with its own pair of connections (the source one in REPEATABLE READ with the
/// exported snapshot, so every worker sees the same moment). Stops handing out units after the
/// first error or a cancel. Returns an empty string on success, else the first error.
QString forEachInParallel(qsizetype count, int jobs, const WorkerConnections& connections,
                          const std::atomic_bool* cancelled,
                          const std::function<void(PgConnection&, PgConnection&, qsizetype)>& work);

/// Runs `work` over the tables on `jobs` threads, largest tables first, each thread with its own
/// pair of connections (the source one in REPEATABLE READ with the exported snapshot, so every
/// worker sees the same moment). Stops handing out tables after the first error or a cancel.
/// Returns an empty string on success, else the first error.
QString forEachTableInParallel(
    const QList<TableInfo>& tables, int jobs, const WorkerConnections& connections,
    const std::atomic_bool* cancelled,
    const std::function<void(PgConnection&, PgConnection&, const TableInfo&)>& work);

} // namespace pgm
