#include "ApplyErrorWatch.h"

#include "ReplicationHealth.h"

#include <QCoreApplication>

namespace pgm {

namespace {

/// The errors one lost connection causes arrive together (the apply worker, and table sync
/// workers during an initial sync, all lose it at once); a retry comes later than this.
constexpr qint64 kBurstMs = 2000;
/// Errors this far apart are separate incidents (two restarts), not a worker failing at every
/// retry: retries come every few seconds.
constexpr qint64 kIncidentMs = 60000;

} // namespace

ApplyErrorWatch::ApplyErrorWatch(qint64 baseline)
    : m_baseline(std::max<qint64>(baseline, 0))
    , m_last(m_baseline) {}

bool ApplyErrorWatch::failing(const ReplicationHealth& health) {
    if (m_failing || health.applyErrors < 0) {
        return m_failing; // nothing read: nothing learnt
    }
    if (health.applyErrors < m_last) {
        // The counters were reset (an immediate shutdown of the target drops them).
        m_baseline = health.applyErrors;
        m_last = health.applyErrors;
        m_firstNew.invalidate();
        return false;
    }
    if (health.applyErrors == m_last) {
        return false;
    }
    m_last = health.applyErrors;
    if (!m_firstNew.isValid() || m_lastNew.elapsed() > kIncidentMs) {
        m_firstNew.start();
    } else if (m_firstNew.elapsed() >= kBurstMs && health.sourceRead) {
        m_failing = true;
    }
    m_lastNew.start();
    return m_failing;
}

QString ApplyErrorWatch::describe() const {
    return QCoreApplication::translate(
               "Runner", "the target cannot apply the changes: its replication worker failed "
                         "%1 times in a row (an apply error, e.g. a row that conflicts with a "
                         "constraint there, or a table changed on one side only). PostgreSQL "
                         "keeps the error's text only in the target server's log: look for "
                         "\"logical replication\"")
        .arg(newErrors());
}

} // namespace pgm
