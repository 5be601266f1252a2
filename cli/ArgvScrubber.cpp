#include "ArgvScrubber.h"

#include "SecretSpans.h"

#include <cstring>

namespace pgm {

QStringList takeArgumentsAndScrub(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        // Latin-1 keeps one character per byte, so the spans are byte offsets into argv[i].
        for (const auto& [start, length] : secretSpans(QString::fromLatin1(argv[i]))) {
            std::memset(argv[i] + start, 'x', size_t(length));
        }
    }
    return arguments;
}

} // namespace pgm
