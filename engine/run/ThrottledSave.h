#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace pgm {

/// Saves a run's state at most once a period, and never later than a period after a change.
///
/// Copy workers report each finished table; saving the state after each of 20,000 small
/// tables wrote gigabytes, so saves are spaced out. But a table finished within the period
/// must still reach the disk when nothing finishes after it: when the next table waits for
/// a lock for an hour, a kill must not lose the hour's large table before it. A thread
/// saves what the last change left unsaved once the period is up.
class ThrottledSave {
public:
    using Clock = std::chrono::steady_clock;

    ThrottledSave(std::function<void()> save, std::chrono::milliseconds period);
    /// Stops the thread. What is unsaved stays so: the owner saves once more at the end.
    ~ThrottledSave();
    ThrottledSave(const ThrottledSave&) = delete;
    ThrottledSave& operator=(const ThrottledSave&) = delete;

    /// Something changed: saves now when the last save is a period old, else later. True when
    /// it saved now.
    bool changed();

private:
    void saveLater();

    std::function<void()> m_save;
    std::chrono::milliseconds m_period;
    std::mutex m_mutex; ///< held while saving too: saves never overlap
    std::condition_variable m_wake;
    Clock::time_point m_lastSave;
    bool m_unsaved = false;
    bool m_stopping = false;
    std::thread m_thread; ///< last: started once the members above are ready
};

} // namespace pgm
