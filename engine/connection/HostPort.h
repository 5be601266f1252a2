#pragma once

#include <QString>

namespace pgm {

/// Parses "host", "host:port" or "[v6 address]:port". An empty text is valid and changes
/// nothing; *port is left alone when no port is given. Returns false for a malformed text.
bool parseHostPort(const QString& text, QString* host, int* port);

} // namespace pgm
