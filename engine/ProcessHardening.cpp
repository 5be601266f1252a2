#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace pgm {

void hardenProcess() {
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // Not dumpable also covers crash handlers that ignore RLIMIT_CORE (a piped core_pattern).
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace pgm
