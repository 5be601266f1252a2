#pragma once

#include <QString>
#include <optional>

namespace pgm {

/// A database's status in a migration, and the migration's overall one. The seed's JSON names
/// (running, syncing, done, failed, stopped, interrupted) appear only where state and status
/// JSON are written and read (statusName, statusFromName): everywhere else the enum is compared.
enum class DbStatus {
    Running,
    Syncing, ///< copied, and its changes keep replicating (a replicated database)
    Done,    ///< copied and verified; overall: every database done or syncing
    Failed,
    Stopped,     ///< stopped by the user (Ctrl-C, Stop): cannot continue, start over
    Interrupted, ///< its process died while it ran: `migrate --resume` continues it
};

/// The JSON name of a status ("syncing").
QString statusName(DbStatus status);
/// The status a JSON name stands for, or nothing for a name no version wrote.
std::optional<DbStatus> statusFromName(const QString& name);

} // namespace pgm
