#pragma once

#include <QString>
#include <chrono>

namespace pgm {

class PgConnection;

/// Runs statements that need an ACCESS EXCLUSIVE lock on a table of the live source (ALTER
/// TABLE ... REPLICA IDENTITY) without holding up its application. A statement waiting for
/// such a lock queues every later query on the table behind it, reads included: waiting as
/// long as a report or a backup holds the table would stop the application for that long.
/// So each try waits for the lock at most a moment (lock_timeout, in its own transaction),
/// and the tries repeat, further apart each time, until the budget shared by all of this
/// runner's statements is spent; each statement gets at least one try.
class BriefLock {
public:
    /// How long one try may wait for its lock, and the tries of all statements together.
    static constexpr std::chrono::milliseconds kTryWait{1000};
    static constexpr std::chrono::milliseconds kBudget{30000};

    explicit BriefLock(std::chrono::milliseconds budget = kBudget);

    /// Runs `sql` (one statement, no parameters); false with the error when it failed, or
    /// when the lock stayed taken through the tries (55P03, the message says so and why).
    bool run(PgConnection& connection, const QString& sql, const QString& table, QString* sqlstate,
             QString* message);

private:
    std::chrono::steady_clock::time_point m_until;
};

} // namespace pgm
