#pragma once

namespace pgm {

/// SQL condition on pg_class `c` joined to pg_namespace `n`: a user relation, never in a system
/// schema and never an extension's member (those are the extension's business).
inline constexpr const char* kUserRelation =
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)' "
    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
    "AND d.objid = c.oid AND d.deptype = 'e')";

} // namespace pgm
