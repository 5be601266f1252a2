#pragma once

#include <QString>

namespace pgm {

class PgConnection;
class PgResult;

/// The columns a source query selects, per aclexplode() entry `a` of an object owned by
/// `owner`, for grantStatement(): the grantee's name (NULL for PUBLIC), the privilege and
/// whether it is grantable. Names travel as values, never flattened into text that is split
/// again: a role may be called `x; GRANT postgres TO evil; --`.
inline constexpr char kAclEntryColumns[] =
    "CASE WHEN a.grantee = 0 THEN NULL ELSE pg_get_userbyid(a.grantee) END, "
    "a.privilege_type, a.is_grantable";

/// "GRANT <privilege> ON <object> TO <grantee>[ WITH GRANT OPTION]" for the entry in the
/// three columns of `acl` starting at `column` (kAclEntryColumns). `object` is already quoted
/// ("DATABASE \"db\""); the grantee is quoted here. Empty when the privilege is not a plain
/// keyword (it comes from the source server and is never pasted otherwise).
QString grantStatement(PgConnection& target, const QString& object, const PgResult& acl, int row,
                       int column);

/// Whether the entry's grantee is a managed service's own role (rds_superuser, ...): it is not
/// migrated, so the grant is left out, without a warning (the check reports the role once).
bool grantsToProviderRole(const PgResult& acl, int row, int column);

} // namespace pgm
