#include "ProcessMemory.h"

#include <QFile>
#include <QList>

namespace pgtest {

bool addressSanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

ResidentMemory residentMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    ResidentMemory memory;
    if (!status.open(QIODevice::ReadOnly)) {
        return memory;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words[0] == "VmRSS:") {
            memory.now = words[1].toLongLong();
        } else if (words.size() >= 2 && words[0] == "VmHWM:") {
            memory.peak = words[1].toLongLong();
        }
    }
    return memory;
}

bool resetPeakMemory() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace pgtest
