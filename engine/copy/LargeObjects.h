#pragma once

#include <QStringList>
#include <atomic>

namespace pgm {

class PgConnection;

/// Copies every large object of the source database (inside the caller's snapshot) to the
/// target: same id, contents, owner and grants. Large objects are not in the schema archive
/// and not carried by logical replication, so this runs at the copy and again at cut-over.
/// Contents move in chunks (memory bounded, any size). Returns warnings (an owner or a grant
/// that could not be set). Throws PgError. `targetFresh`: the target database was created by this
/// run and has none yet, so nothing of it is read (its grants, comments, the objects the source
/// lacks, which are otherwise revoked, replaced and removed).
QStringList copyLargeObjects(PgConnection& source, PgConnection& target,
                             const std::atomic_bool* cancelled, bool targetFresh = false);

} // namespace pgm
