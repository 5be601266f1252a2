#include "ServerVersion.h"

#include <QRegularExpression>
#include <libpq-fe.h>

namespace pgm {

ServerVersion ServerVersion::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int asNumber = trimmed.toInt(&isNumber);
    if (isNumber) {
        return ServerVersion(asNumber);
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return {};
    }
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const int third = match.captured(3).toInt();
    if (first >= 10) {
        return ServerVersion(first * 10000 + second); // "15.4": minor is the second number
    }
    return ServerVersion(first * 10000 + second * 100 + third);
}

QString ServerVersion::majorText() const {
    if (m_num >= 100000) {
        return QString::number(m_num / 10000);
    }
    return QStringLiteral("%1.%2").arg(m_num / 10000).arg((m_num / 100) % 100);
}

QString ServerVersion::text() const {
    if (m_num >= 100000) {
        return QStringLiteral("%1.%2").arg(m_num / 10000).arg(m_num % 10000);
    }
    return QStringLiteral("%1.%2.%3").arg(m_num / 10000).arg((m_num / 100) % 100).arg(m_num % 100);
}

ServerVersion libpqVersion() {
    return ServerVersion(PQlibVersion());
}

} // namespace pgm
