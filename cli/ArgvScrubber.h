#pragma once

#include <QStringList>

namespace pgm {

/// Returns the arguments as strings, then overwrites every secret inside them (see
/// secretSpans()) in the process's own argv memory, so `ps` and /proc/PID/cmdline no longer
/// show it. (The window between exec and this call cannot be closed from inside; the
/// environment variables avoid it entirely.)
QStringList takeArgumentsAndScrub(int argc, char** argv);

} // namespace pgm
