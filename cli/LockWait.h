#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <chrono>

namespace pgm {

/// --lock-wait: how long, in all, ALTER TABLE ... REPLICA IDENTITY on the live source keeps
/// trying while other sessions hold its table (BriefLock). Each try waits a second at most,
/// so the application never queues longer behind it; a nightly report may need more.
QCommandLineOption lockWaitOption();

/// The option's seconds into *wait (its default when not given). Returns a usage error, or
/// empty.
QString readLockWait(const QCommandLineParser& parser, const QCommandLineOption& option,
                     std::chrono::milliseconds* wait);

} // namespace pgm
