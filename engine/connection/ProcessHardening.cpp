#include "ProcessHardening.h"

#include <QHash>
#include <QMutex>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace pgm {

void hardenProcess() {
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // Not dumpable also covers crash handlers that ignore RLIMIT_CORE (a piped core_pattern).
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

QByteArray takeSecretVariable(const char* name) {
    static QMutex mutex;
    static QHash<QByteArray, QByteArray> taken;
    const QMutexLocker lock(&mutex);
    const auto known = taken.constFind(name);
    if (known != taken.constEnd()) {
        return *known;
    }
    QByteArray value;
    if (char* raw = std::getenv(name)) {
        value = QByteArray(raw);
        // The kernel shows /proc/PID/environ from the original block, which unsetenv() leaves
        // as it was: blank the bytes themselves first.
        std::memset(raw, 'x', std::strlen(raw));
        unsetenv(name);
    }
    taken.insert(name, value);
    return value;
}

} // namespace pgm
