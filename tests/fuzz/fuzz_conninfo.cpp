// Connection texts as a user may type them: libpq's parser behind ConnectionSettings::parse, the
// secret finder of the argv scrubber and the redaction of parse errors. Besides crashes and
// undefined behaviour, it checks that no secret the finder sees survives in a redacted error.
#include "ConnectionSettings.h"
#include "SecretSpans.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    pgm::ConnectionSettings settings;
    QString error;
    if (pgm::ConnectionSettings::parse(text, &settings, &error)) {
        (void)settings.describe();
        (void)settings.conninfoForServer();
        (void)settings.keywords();
    }
    const QString redacted = pgm::redactSecrets(error + QLatin1Char(' ') + text, text);
    for (const auto& [start, length] : pgm::secretSpans(text)) {
        if (start < 0 || length <= 0 || start + length > text.size()) {
            std::abort(); // a span outside the text would blank the wrong bytes of argv
        }
        const QString secret = text.mid(start, length);
        if (secret.size() >= 4 && !QStringLiteral("***").contains(secret) &&
            redacted.contains(secret)) {
            std::abort();
        }
    }
    // The same finder over Latin-1, as the argv scrubber calls it.
    const QString latin1 =
        QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto& [start, length] : pgm::secretSpans(latin1)) {
        if (start < 0 || start + length > qsizetype(size)) {
            std::abort();
        }
    }
    return 0;
}
