#pragma once

#include <QStringList>
#include <optional>

namespace pgm {

class PgConnection;

/// Turns one `name=value` entry of pg_db_role_setting.setconfig into `"name" TO value` for
/// ALTER ROLE/DATABASE ... SET, quoting as pg_dump does: a list setting's (search_path, ...)
/// names each become a literal, every other value one literal.
QString settingAssignment(PgConnection& connection, const QString& setting);

/// The names of a list setting as the server stores it (`"$user", public`, `""` for an empty
/// name): split at commas, double quotes removed. nullopt when it is not such a list.
std::optional<QStringList> splitSettingList(const QString& value);

} // namespace pgm
