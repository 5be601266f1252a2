#pragma once

#include <QtGlobal>

namespace pgtest {

/// True in a build with AddressSanitizer, which holds freed memory back (its quarantine): peaks
/// measured there say nothing about the program's own.
bool addressSanitized();

/// This process's resident and peak resident memory, in kB (/proc/self/status).
struct ResidentMemory {
    qint64 now = 0;
    qint64 peak = 0;
};

ResidentMemory residentMemory();

/// Starts measuring the peak anew (Linux: 5 in clear_refs resets VmHWM to VmRSS). False where
/// the kernel does not offer it.
bool resetPeakMemory();

} // namespace pgtest
