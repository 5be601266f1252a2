#include "ArgvScrubber.h"

#include <QRegularExpression>
#include <cstring>

namespace pgm {

std::pair<qsizetype, qsizetype> passwordSpan(const QByteArray& argument) {
    // postgres://user:secret@host or postgresql://user:secret@host
    static const QRegularExpression uri(QStringLiteral("^postgres(?:ql)?://[^:@/]*:([^@/]*)@"));
    // password=secret or password='se cret' inside a key=value string
    static const QRegularExpression keyword(
        QStringLiteral("(?:^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    const QString text = QString::fromLatin1(argument); // Latin-1 keeps byte offsets
    auto match = uri.match(text);
    if (match.hasMatch()) {
        return {match.capturedStart(1), match.capturedLength(1)};
    }
    match = keyword.match(text);
    if (match.hasMatch()) {
        return {match.capturedStart(1), match.capturedLength(1)};
    }
    return {-1, 0};
}

QStringList takeArgumentsAndScrub(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        const auto [start, length] = passwordSpan(QByteArray(argv[i]));
        if (start >= 0 && length > 0) {
            std::memset(argv[i] + start, 'x', size_t(length));
        }
    }
    return arguments;
}

} // namespace pgm
