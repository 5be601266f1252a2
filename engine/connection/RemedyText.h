#pragma once

#include <QString>

namespace pgm {

/// A name inside the SQL a remedy shows the user: double-quoted, so that a name with capitals,
/// spaces, quotes or a keyword's spelling is copied into a statement that works as printed.
inline QString sqlName(const QString& name) {
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace pgm
