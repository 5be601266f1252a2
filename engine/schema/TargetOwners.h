#pragma once

#include <QStringList>
#include <functional>

namespace pgm {

class PgConnection;

// Owners on a target without superuser. pg_restore runs there with --no-owner (one object it
// may not give away would stop the whole restore), so every object starts as the target
// user's. To end with the source's owners, the user (with CREATEROLE, as managed services give
// it) lends itself membership of the roles that own something: that lets it create each
// database for its owner, restore default privileges FOR ROLE that owner, and at the very end
// hand each object to its owner. Then it gives the memberships back.

/// The roles owning the databases `dbnames` or anything in them on the source that the target
/// user may not yet act as: it grants itself each (INHERIT and, on 16+, SET), appending it to
/// `borrowed` and calling `checkpoint` (which saves it) before the grant, so a process killed
/// right after still gives it back. Nothing on a superuser target. Failures go to `warnings`.
void borrowOwnerRoles(PgConnection& source, PgConnection& target, const QStringList& dbnames,
                      QStringList* borrowed, QStringList* warnings,
                      const std::function<void()>& checkpoint);

/// Revokes the memberships borrowOwnerRoles() granted, emptying `borrowed`; failures go to
/// `warnings` with the statement to run.
void returnOwnerRoles(PgConnection& target, QStringList* borrowed, QStringList* warnings);

/// Whether a provider's role (not migrated) owns something in the connected source database:
/// pg_restore could not give it to that role, so the restore then runs with --no-owner and
/// giveObjectsToSourceOwners() gives the rest their owners, even as a superuser.
bool providerRolesOwnObjects(PgConnection& sourceDb);

/// Gives every object of the connected database (schemas, relations, routines, types, large
/// objects, ...) the owner it has on the source, where the target's differs: the last step of
/// a database on a target without superuser, once it is verified and analyzed. Returns the
/// warnings: the objects left with another owner, grouped by cause, with the statement to run as a
/// superuser (a failed query is one warning too: it never throws).
QStringList giveObjectsToSourceOwners(PgConnection& sourceDb, PgConnection& targetDb);

} // namespace pgm
