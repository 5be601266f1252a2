#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

/// What copying the roles did, for the report.
struct RoleReport {
    QStringList created;
    QStringList alreadyPresent;
    QStringList needPassword;  ///< LOGIN roles given a random password nobody knows
    QStringList missing;       ///< roles the target user could not create
    QStringList providerRoles; ///< the source's provider roles, left out (providerOfRole)
    QStringList warnings;      ///< attributes dropped, memberships or settings not carried
};

/// Creates the source's roles that the target lacks, with their attributes, memberships and
/// per-role settings, so ownership and grants in the schema find their roles.
///
/// With a superuser on the source, password verifiers (SCRAM or md5) are read from pg_authid
/// and carried as they are, so logins keep working. Otherwise a LOGIN role gets a random
/// password that is never printed. SUPERUSER, REPLICATION and BYPASSRLS are only granted by a
/// superuser target; elsewhere they are dropped with a warning and the role still created.
/// Who may SET or ALTER SYSTEM a parameter (15+; pg_dump leaves it out) is granted too.
/// Roles the target already has are left as they are. A managed service's own roles
/// (rds_superuser, cloudsqlsuperuser, ...) are left out, and so are memberships in them.
/// Throws PgError on server errors.
RoleReport migrateRoles(PgConnection& source, PgConnection& target);

} // namespace pgm
