#include "BriefLock.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>

namespace pgm {

namespace {

const QLatin1String kLockNotAvailable("55P03");
constexpr std::chrono::milliseconds kFirstPause{250};
constexpr std::chrono::milliseconds kLongestPause{4000};

} // namespace

BriefLock::BriefLock(std::chrono::milliseconds budget)
    : m_until(std::chrono::steady_clock::now() + budget) {}

bool BriefLock::run(PgConnection& connection, const QString& sql, const QString& table,
                    QString* sqlstate, QString* message) {
    const auto started = std::chrono::steady_clock::now();
    std::chrono::milliseconds pause = kFirstPause;
    for (int tries = 1;; ++tries) {
        // SET LOCAL: the session's own lock_timeout (a step's deadline) comes back after it.
        PgResult ignored;
        if (connection.tryExecScript(
                QStringLiteral("BEGIN; SET LOCAL lock_timeout = %1; ").arg(kTryWait.count()) + sql +
                    QStringLiteral("; COMMIT"),
                &ignored, sqlstate, message)) {
            return true;
        }
        QString rollbackState;
        QString rollbackMessage;
        connection.tryExec(QStringLiteral("ROLLBACK"), {}, &ignored, &rollbackState,
                           &rollbackMessage);
        if (*sqlstate != kLockNotAvailable) {
            return false;
        }
        if (std::chrono::steady_clock::now() + pause + kTryWait > m_until) {
            const auto waited = std::chrono::duration_cast<std::chrono::seconds>(
                std::chrono::steady_clock::now() - started);
            *message =
                QCoreApplication::translate(
                    "Runner", "other sessions kept %1 locked for %2 s (tries: %3; each try "
                              "waits at most %4 s for the lock, so that the application's queries "
                              "on the table are not held up behind it; pg_locks shows who holds "
                              "it)")
                    .arg(table, QString::number(waited.count()), QString::number(tries),
                         QString::number(kTryWait.count() / 1000));
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(pause.count()));
        pause = std::min(pause * 2, kLongestPause);
    }
}

} // namespace pgm
