#include "DatabaseQueue.h"

#include <algorithm>

namespace pgm {

DatabaseQueue::DatabaseQueue(QList<DatabaseState*> databases, int jobs)
    : m_databases(std::move(databases))
    , m_jobs(std::max(1, jobs))
    , m_workers(int(std::max<qsizetype>(1, std::min<qsizetype>(m_jobs, m_databases.size())))) {}

DatabaseState* DatabaseQueue::take(int* jobs) {
    std::lock_guard lock(m_mutex);
    if (m_next >= m_databases.size()) {
        return nullptr;
    }
    *jobs = shareOf(m_jobs, m_workers, m_databases.size() - m_next + m_running);
    ++m_running;
    return m_databases[m_next++];
}

void DatabaseQueue::finished() {
    std::lock_guard lock(m_mutex);
    --m_running;
}

int DatabaseQueue::shareOf(int jobs, int workers, qsizetype unfinished) {
    const qsizetype atOnce = std::max<qsizetype>(1, std::min<qsizetype>(workers, unfinished));
    return int(std::max<qsizetype>(1, jobs / atOnce));
}

} // namespace pgm
