#include "HostPort.h"

namespace pgm {

bool parseHostPort(const QString& text, QString* host, int* port) {
    if (text.isEmpty()) {
        return true;
    }
    // "host", "host:port", "[v6]:port"
    QString rest = text;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return false;
        }
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (rest.isEmpty()) {
            return true;
        }
        if (!rest.startsWith(QLatin1Char(':'))) {
            return false;
        }
        bool ok = false;
        *port = rest.mid(1).toInt(&ok);
        return ok;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || rest.count(QLatin1Char(':')) > 1) {
        *host = rest;
        return true;
    }
    *host = rest.left(colon);
    bool ok = false;
    *port = rest.mid(colon + 1).toInt(&ok);
    return ok && *port > 0 && *port < 65536;
}

} // namespace pgm
