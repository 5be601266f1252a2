#pragma once

#include <QStringList>

namespace pgm {
class PgConnection;
}

/// What must be equal after a migration between majors, read the same way from any server 10..18
/// (pg_dump 15 cannot read 16+, so these are catalog queries). Every function pins the session's
/// output settings first; lines come sorted.
namespace versions {

/// Per table: row count and md5 of its rows ordered, floats as their binary form (their text
/// differs between 10/11 and 12+ for the same value); then sequences and large objects.
QStringList dataFingerprint(pgm::PgConnection& connection);
/// Columns, indexes, constraints, triggers, partitions, sequences' definitions, views,
/// extensions, and every ACL entry of PUBLIC and the dataset's roles (schema public included).
QStringList schemaFingerprint(pgm::PgConnection& connection);
/// The dataset's roles (v_*): attributes, password verifiers, memberships, settings.
QStringList roleFingerprint(pgm::PgConnection& connection);

} // namespace versions
