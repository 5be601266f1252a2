#pragma once

namespace pgm {

/// Keeps this process's memory (which holds passwords) out of core files and away from other
/// processes of the same user: no core dump (RLIMIT_CORE 0, not dumpable), no ptrace attach, and
/// /proc/PID/environ and /proc/PID/mem readable by root only. Call first thing in main().
void hardenProcess();

} // namespace pgm
