#pragma once

#include <QString>
#include <chrono>
#include <functional>

namespace pgm {

class PgConnection;

/// The application_name of every session of migration `id`, pg_dump's and pg_restore's included
/// (they take it from the conninfo): "pgmigrate ID", within the server's 63 bytes.
QString sessionName(const QString& id);

/// Ends the sessions that killed runs left on `connection`'s database, and waits (up to `wait`)
/// until they are gone: a killed run's pg_restore dies with it, but its server session runs its
/// statement (a CREATE INDEX) to the end and commits it, so a new run restoring the same index
/// meanwhile fails on a duplicate. Orphans are the sessions named after this migration (`ownId`,
/// whose lock this process holds) or after one whose process is gone (`alive` says false).
/// Sessions named after this migration that started at `ownSince` (the epoch of the server's
/// backend_start of this run's first session, ownSessionsSince()) or later are this run's own,
/// and stay.
/// Returns how many were ended; throws PgError if some outlive the wait.
/// The `ownSince` of endOrphanSessions(), read on this run's first session to the server.
QString ownSessionsSince(PgConnection& first);

int endOrphanSessions(PgConnection& connection, const QString& ownId, const QString& ownSince,
                      const std::function<bool(const QString& id)>& alive,
                      std::chrono::seconds wait);

} // namespace pgm
