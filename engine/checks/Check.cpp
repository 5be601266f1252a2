#include "Check.h"

#include <algorithm>

namespace pgm {

QString statusName(Check::Status status) {
    switch (status) {
    case Check::Status::Pass:
        return QStringLiteral("pass");
    case Check::Status::Warn:
        return QStringLiteral("warn");
    case Check::Status::Fail:
        return QStringLiteral("fail");
    case Check::Status::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

QString kindName(Check::Kind kind) {
    switch (kind) {
    case Check::Kind::Blocking:
        return QStringLiteral("blocking");
    case Check::Kind::MethodDeciding:
        return QStringLiteral("method-deciding");
    case Check::Kind::Advisory:
        return QStringLiteral("advisory");
    }
    return {};
}

bool migrationAllowed(const QList<Check>& checks) {
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const Check& check) { return check.blocksMigration(); });
}

} // namespace pgm
