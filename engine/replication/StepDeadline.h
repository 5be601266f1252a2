#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pgm {

class PgConnection;

/// The cancel flag a cut-over's connections watch: raised when the user cancels, or when the
/// step under way passes its limit. A statement blocked on a lock or a walsender ends within
/// a second or so of either (PgConnection cancels it), on every connection the step opened
/// with the flag, its own and the verifier's or the copy workers' alike.
///
/// A watcher thread raises it: the engine thread sits inside libpq's waits, with no event
/// loop. Once raised it stays raised: the step fails and its connections are done with.
class StepDeadline {
public:
    explicit StepDeadline(const std::atomic_bool* userCancelled);
    ~StepDeadline();
    StepDeadline(const StepDeadline&) = delete;
    StepDeadline& operator=(const StepDeadline&) = delete;

    /// What connections are opened with.
    const std::atomic_bool* flag() const { return &m_raised; }

    /// The step that begins now may take `limit` (zero: no limit of its own).
    void arm(std::chrono::seconds limit);
    void disarm();

    /// True when the flag was raised by the step's limit, not by the user.
    bool expired() const { return m_expired.load(); }
    /// True when the user cancelled.
    bool userCancelled() const { return m_user && m_user->load(); }
    /// Milliseconds the step has left (at least 1: 0 would switch a server timeout off), or 0
    /// when it has no limit.
    qint64 remainingMs() const;

private:
    void watch(const std::stop_token& stop);

    const std::atomic_bool* m_user;
    std::atomic_bool m_raised{false};
    std::atomic_bool m_expired{false};
    mutable std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::chrono::steady_clock::time_point m_deadline; ///< max(): none
    std::jthread m_watcher;
};

/// Bounds a session server-side to `ms` per statement and per lock wait (0: unbounded), so that
/// a statement stuck on the server ends even when nobody is left to cancel it.
void boundSession(PgConnection& connection, qint64 ms);

} // namespace pgm
