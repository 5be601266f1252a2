#include "MigrationMethod.h"

namespace pgm {

QString methodName(MigrationMethod method) {
    return method == MigrationMethod::Replication ? QStringLiteral("replication")
                                                  : QStringLiteral("pg_dump");
}

bool parseMethodChoice(const QString& text, MethodChoice* out) {
    if (text == QLatin1String("auto")) {
        *out = MethodChoice::Auto;
    } else if (text == QLatin1String("replication")) {
        *out = MethodChoice::Replication;
    } else if (text == QLatin1String("dump")) {
        *out = MethodChoice::Dump;
    } else {
        return false;
    }
    return true;
}

} // namespace pgm
