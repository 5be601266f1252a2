// Rows of a text COPY turned into VALUES literals (RowInserts) for a distant target: never a
// crash on any bytes, a refused row leaves nothing behind, and any values at all (bytes that
// are not UTF-8 included), printed as the server prints them, come back from their literals
// unchanged, NULL staying NULL and an empty string empty.
#include "RowInserts.h"

#include <QByteArrayList>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

// A value as COPY TO STDOUT (text) prints it.
QByteArray copyText(const std::optional<QByteArray>& value) {
    if (!value) {
        return QByteArrayLiteral("\\N");
    }
    QByteArray text;
    for (const char c : *value) {
        switch (c) {
        case '\\':
            text += "\\\\";
            break;
        case '\n':
            text += "\\n";
            break;
        case '\r':
            text += "\\r";
            break;
        case '\t':
            text += "\\t";
            break;
        case '\b':
            text += "\\b";
            break;
        case '\f':
            text += "\\f";
            break;
        case '\v':
            text += "\\v";
            break;
        default:
            text += c;
        }
    }
    return text;
}

// The values of "(NULL,E'..',...)" as appendRowValues writes them, or nothing when malformed.
std::optional<QList<std::optional<QByteArray>>> readValues(const QByteArray& tuple) {
    QList<std::optional<QByteArray>> values;
    qsizetype i = 1;
    if (!tuple.startsWith('(') || !tuple.endsWith(')')) {
        return std::nullopt;
    }
    for (;;) {
        if (tuple.mid(i, 4) == "NULL") {
            values << std::nullopt;
            i += 4;
        } else if (tuple.mid(i, 2) == "E'") {
            QByteArray value;
            for (i += 2; i < tuple.size(); ++i) {
                const char c = tuple[i];
                if ((c == '\\' || c == '\'') && i + 1 < tuple.size() && tuple[i + 1] == c) {
                    value += c;
                    ++i;
                } else if (c == '\'') {
                    break;
                } else {
                    value += c;
                }
            }
            values << value;
            ++i; // the closing quote
        } else {
            return std::nullopt;
        }
        if (i >= tuple.size() - 1) {
            return values;
        }
        if (tuple[i] != ',') {
            return std::nullopt;
        }
        ++i;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The input as a row the server sent: whatever its width, nothing is left of a refusal.
    for (qsizetype columns = 0; columns < 4; ++columns) {
        QByteArray values = "kept";
        if (!pgm::appendRowValues(&values, input.constData(), int(input.size()), columns) &&
            values != "kept") {
            std::abort();
        }
    }
    // The input as values (split at NUL, which no text value holds; \x01 first: NULL).
    QList<std::optional<QByteArray>> fields;
    for (const QByteArray& part : input.split('\0')) {
        fields << (part.startsWith('\x01') ? std::nullopt : std::optional<QByteArray>(part));
    }
    QByteArrayList printed;
    for (const std::optional<QByteArray>& field : std::as_const(fields)) {
        printed << copyText(field);
    }
    const QByteArray row = printed.join('\t') + '\n';
    QByteArray tuple;
    if (!pgm::appendRowValues(&tuple, row.constData(), int(row.size()), fields.size()) ||
        readValues(tuple) != fields) {
        std::abort();
    }
    return 0;
}
