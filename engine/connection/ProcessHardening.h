#pragma once

#include <QByteArray>

namespace pgm {

/// Keeps this process's memory (which holds passwords) out of core files and away from other
/// processes of the same user: no core dump (RLIMIT_CORE 0, not dumpable), no ptrace attach, and
/// /proc/PID/environ and /proc/PID/mem readable by root only. Call first thing in main().
void hardenProcess();

/// The value of an environment variable that holds a secret (PGMIGRATE_SOURCE_PASSWORD, ...),
/// taken once: its bytes in the process's environment block are overwritten and the variable
/// unset, so /proc/PID/environ, `ps e` and child processes never see it. Later calls return the
/// value taken then.
QByteArray takeSecretVariable(const char* name);

} // namespace pgm
