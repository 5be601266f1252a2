#include "ThrottledSave.h"

namespace pgm {

ThrottledSave::ThrottledSave(std::function<void()> save, std::chrono::milliseconds period)
    : m_save(std::move(save))
    , m_period(period)
    , m_lastSave(Clock::now())
    , m_thread([this] { saveLater(); }) {}

ThrottledSave::~ThrottledSave() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool ThrottledSave::changed() {
    std::unique_lock lock(m_mutex);
    if (Clock::now() - m_lastSave >= m_period) {
        m_save();
        m_lastSave = Clock::now();
        m_unsaved = false;
        return true;
    }
    m_unsaved = true;
    lock.unlock();
    m_wake.notify_all();
    return false;
}

void ThrottledSave::saveLater() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (!m_unsaved) {
            m_wake.wait(lock, [this] { return m_unsaved || m_stopping; });
            continue;
        }
        // Woken early by another change or the stop; otherwise the period is up.
        if (!m_wake.wait_until(lock, m_lastSave + m_period, [this] { return m_stopping; }) &&
            m_unsaved && Clock::now() - m_lastSave >= m_period) {
            m_save();
            m_lastSave = Clock::now();
            m_unsaved = false;
        }
    }
}

} // namespace pgm
