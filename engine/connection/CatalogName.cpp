#include "CatalogName.h"

#include "PgResult.h"

namespace pgm {

bool isUtf8Name(const QByteArray& raw) {
    return QByteArrayView(raw).isValidUtf8();
}

QString readableName(const QByteArray& raw) {
    if (isUtf8Name(raw)) {
        return QString::fromUtf8(raw);
    }
    QString escaped;
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\\') {
            escaped += QStringLiteral("\\\\");
        } else if (byte >= 0x20 && byte < 0x7f) {
            escaped += QLatin1Char(c);
        } else {
            escaped += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        }
    }
    return escaped;
}

QString nameBytesColumn(const QString& expression) {
    // decode(..., 'escape') copies every byte but a backslash (doubled first) as it is, and
    // checks no encoding; textsend() or convert_to() would.
    return QStringLiteral("encode(decode(replace((") + expression +
           QStringLiteral(")::text, '\\', '\\\\'), 'escape'), 'hex')");
}

QByteArray nameBytes(const PgResult& result, int row, int column) {
    return QByteArray::fromHex(result.bytes(row, column));
}

QString readableName(const PgResult& result, int row, int column) {
    return readableName(nameBytes(result, row, column));
}

} // namespace pgm
