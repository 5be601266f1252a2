#include "LockWait.h"

#include "BriefLock.h"

#include <QCoreApplication>

namespace pgm {

namespace {
constexpr int kMaxSeconds = 24 * 3600;
} // namespace

QCommandLineOption lockWaitOption() {
    return {QStringLiteral("lock-wait"),
            QCoreApplication::translate(
                "Cli", "Seconds in all to keep trying ALTER TABLE ... REPLICA IDENTITY on the "
                       "live source while other sessions hold the table (default 30). Each "
                       "try waits one second at most, so the application never queues longer "
                       "behind it; 0 tries each table once."),
            QStringLiteral("seconds"),
            QString::number(
                std::chrono::duration_cast<std::chrono::seconds>(BriefLock::kBudget).count())};
}

QString readLockWait(const QCommandLineParser& parser, const QCommandLineOption& option,
                     std::chrono::milliseconds* wait) {
    bool ok = false;
    const int seconds = parser.value(option).toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMaxSeconds) {
        return QCoreApplication::translate("Cli",
                                           "--lock-wait must be a number of seconds from 0 to %1")
            .arg(kMaxSeconds);
    }
    *wait = std::chrono::seconds(seconds);
    return {};
}

} // namespace pgm
