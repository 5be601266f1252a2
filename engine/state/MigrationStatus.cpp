#include "MigrationStatus.h"

#include <array>
#include <utility>

namespace pgm {

namespace {

constexpr std::array<std::pair<DbStatus, const char*>, 6> kNames{{
    {DbStatus::Running, "running"},
    {DbStatus::Syncing, "syncing"},
    {DbStatus::Done, "done"},
    {DbStatus::Failed, "failed"},
    {DbStatus::Stopped, "stopped"},
    {DbStatus::Interrupted, "interrupted"},
}};

} // namespace

QString statusName(DbStatus status) {
    for (const auto& [value, name] : kNames) {
        if (value == status) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("running");
}

std::optional<DbStatus> statusFromName(const QString& name) {
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace pgm
