#pragma once

#include <QString>

namespace pgm {

class PgConnection;

/// Turns one `name=value` entry of pg_db_role_setting.setconfig into `"name" TO value` for
/// ALTER ROLE/DATABASE ... SET, quoting as pg_dumpall does: list settings (search_path, ...)
/// keep their raw list syntax, every other value becomes one literal.
QString settingAssignment(PgConnection& connection, const QString& setting);

} // namespace pgm
