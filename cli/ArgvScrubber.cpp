#include "ArgvScrubber.h"

#include "SecretSpans.h"

#include <cstring>

namespace pgm {

namespace {

/// The secrets of one argument. Short options take their value glued on too (`-sVALUE`, and
/// after other letters, `-dsVALUE`), where a key=value string that starts with `password=`
/// follows a letter instead of the start or a space: every place a value may start is tried.
QList<std::pair<qsizetype, qsizetype>> argumentSecretSpans(const QString& argument) {
    QList<std::pair<qsizetype, qsizetype>> spans = secretSpans(argument);
    if (argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QLatin1String("--"))) {
        for (qsizetype at = 1; at < argument.size() && argument.at(at).isLetter(); ++at) {
            for (const auto& [start, length] : secretSpans(argument.mid(at + 1))) {
                spans.append({at + 1 + start, length});
            }
        }
    }
    return spans;
}

} // namespace

QStringList takeArgumentsAndScrub(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        // Latin-1 keeps one character per byte, so the spans are byte offsets into argv[i].
        for (const auto& [start, length] : argumentSecretSpans(QString::fromLatin1(argv[i]))) {
            std::memset(argv[i] + start, 'x', size_t(length));
        }
    }
    return arguments;
}

} // namespace pgm
