#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace pgm {

struct ReplicationHealth;

/// Tells an apply error from a lost connection by the subscription's error counter
/// (pg_stat_subscription_stats: apply plus table sync errors; PostgreSQL keeps only counters,
/// the error's text goes to the target server's log). A connection to the source that breaks
/// (a restart, a failover, a network cut) counts once, when it breaks, and the worker then
/// resumes by itself; an apply error (a row that violates a constraint on the target, a column
/// missing there) fails the worker again at each retry (wal_retrieve_retry_interval). So errors
/// that keep coming, seen seconds apart while the source answers, are an apply error.
class ApplyErrorWatch {
public:
    /// `baseline`: the count already judged; errors above it are news.
    explicit ApplyErrorWatch(qint64 baseline);

    /// Feeds one reading; true once the errors keep coming (and from then on).
    bool failing(const ReplicationHealth& health);
    /// The last count read (the baseline before any reading).
    qint64 count() const { return m_last; }
    /// Errors seen above the baseline.
    qint64 newErrors() const { return m_last - m_baseline; }
    /// What status and finish say when the target's worker keeps failing.
    QString describe() const;

private:
    qint64 m_baseline;
    qint64 m_last;
    QElapsedTimer m_firstNew; ///< since new errors were first seen
    QElapsedTimer m_lastNew;  ///< since new errors were last seen
    bool m_failing = false;
};

} // namespace pgm
