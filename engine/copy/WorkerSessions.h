#pragma once

#include "ParallelTables.h"

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace pgm {

class PgConnection;

/// One copy worker's sessions: the source's inside the snapshot, and the target's.
using WorkerSessions = std::pair<std::unique_ptr<PgConnection>, std::unique_ptr<PgConnection>>;

/// Opens one worker's sessions as `connections` says (both at once), before its `prepare`
/// hook: the source's in REPEATABLE READ with the snapshot, row security off; both without
/// session timeouts and with the text output pinned. Throws PgError.
WorkerSessions openWorkerSessions(const WorkerConnections& connections,
                                  const std::atomic_bool* cancelled);

/// Copy workers' sessions opened in the background while the schema is restored. Each open is
/// several round trips and a password exchange (25 to 50 ms here, ten round trips to a distant
/// server), and every database's copy started by opening them all.
class WorkersOpenedAhead {
public:
    WorkersOpenedAhead(const WorkerConnections& connections, qsizetype count,
                       const std::atomic_bool* cancelled);
    /// Waits for the opens still under way (bounded by their timeout and the cancel), and
    /// closes the sessions no worker took.
    ~WorkersOpenedAhead();
    WorkersOpenedAhead(const WorkersOpenedAhead&) = delete;
    WorkersOpenedAhead& operator=(const WorkersOpenedAhead&) = delete;

    /// Sessions opened ahead, waited for if still opening; nothing when none is left or their
    /// open failed (the worker then opens its own, whose error is the one reported).
    std::optional<WorkerSessions> take();

private:
    std::mutex m_mutex;
    std::vector<std::future<WorkerSessions>> m_opening;
};

} // namespace pgm
