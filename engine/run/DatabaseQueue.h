#pragma once

#include <QList>
#include <mutex>

namespace pgm {

struct DatabaseState;

/// The databases a run still has to migrate, handed out to its database workers in the order
/// the plan lists them, each with its share of `--jobs`.
///
/// The concurrency rule: up to min(jobs, databases) databases migrate at once (one worker
/// each, each worker with its own admin connections), and the table workers, pg_restore jobs
/// and ANALYZE workers of all databases running at once add up to at most `jobs`: a database
/// gets jobs / min(workers, databases not yet finished), at least 1. So `--jobs 1` migrates
/// one database after the other as before, one large database alone keeps every job, and 200
/// small ones run `jobs` at a time with one table worker each. Each database running adds its
/// own admin, coordinator and target sessions to its share. A database's share is decided when
/// it starts: the shares of those running never exceed `jobs`, since every database still
/// running when another starts was counted in that one's divisor.
class DatabaseQueue {
public:
    /// `databases` are the ones to migrate (the caller leaves out those already migrated);
    /// they must stay where they are while the queue hands them out.
    DatabaseQueue(QList<DatabaseState*> databases, int jobs);

    /// How many database workers to start.
    int workers() const { return m_workers; }
    /// The next database and its share of the jobs, or nullptr when none is left.
    DatabaseState* take(int* jobs);
    /// Called when a database taken from the queue has ended (done, failed or stopped).
    void finished();

    /// The share of `jobs` a database starting now gets (see the class comment).
    static int shareOf(int jobs, int workers, qsizetype unfinished);

private:
    std::mutex m_mutex;
    QList<DatabaseState*> m_databases;
    qsizetype m_next = 0;
    qsizetype m_running = 0;
    int m_jobs;
    int m_workers;
};

} // namespace pgm
