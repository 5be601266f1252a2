#pragma once

#include <QStringList>

namespace pgm {

/// Returns the arguments as strings, then overwrites any password inside them in the process's
/// own argv memory, so `ps` and /proc/PID/cmdline no longer show it. (The window between exec
/// and this call cannot be closed from inside; the environment variables avoid it entirely.)
QStringList takeArgumentsAndScrub(int argc, char** argv);

/// Where the password starts and how long it is in one argument (URI userinfo or password=...),
/// or {-1, 0}. Exposed for tests.
std::pair<qsizetype, qsizetype> passwordSpan(const QByteArray& argument);

} // namespace pgm
