#include "StepDeadline.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

namespace {

// How often the watcher looks at the user's flag: it has no way to be woken by it.
constexpr std::chrono::milliseconds kPoll(100);

} // namespace

StepDeadline::StepDeadline(const std::atomic_bool* userCancelled)
    : m_user(userCancelled)
    , m_deadline(std::chrono::steady_clock::time_point::max())
    , m_watcher([this](const std::stop_token& stop) { watch(stop); }) {}

StepDeadline::~StepDeadline() {
    m_watcher.request_stop();
    m_changed.notify_all();
}

void StepDeadline::arm(std::chrono::seconds limit) {
    {
        const std::lock_guard lock(m_mutex);
        m_deadline = limit.count() > 0 ? std::chrono::steady_clock::now() + limit
                                       : std::chrono::steady_clock::time_point::max();
    }
    m_changed.notify_all();
}

void StepDeadline::disarm() {
    arm(std::chrono::seconds(0));
}

qint64 StepDeadline::remainingMs() const {
    const std::lock_guard lock(m_mutex);
    if (m_deadline == std::chrono::steady_clock::time_point::max()) {
        return 0;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        m_deadline - std::chrono::steady_clock::now());
    return std::max<qint64>(1, left.count());
}

void StepDeadline::watch(const std::stop_token& stop) {
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested() && !m_raised.load()) {
        if (userCancelled()) {
            m_raised = true;
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= m_deadline) {
            m_expired = true;
            m_raised = true;
            break;
        }
        const auto wake = std::min(m_deadline, now + kPoll);
        m_changed.wait_until(lock, stop, wake, [] { return false; });
    }
}

void boundSession(PgConnection& connection, qint64 ms) {
    // Integers only: no quoting needed, and SET takes no parameters.
    connection.execScript(
        QStringLiteral("SET statement_timeout = %1; SET lock_timeout = %1").arg(ms),
        QCoreApplication::translate("Runner", "bound the step's statements"));
}

} // namespace pgm
