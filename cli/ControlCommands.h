#pragma once

#include <QStringList>

namespace pgm {

/// `pgmigrate stop [--id ID]`: Stop migration. Removes the replication objects on both sides,
/// keeps the data copied so far; a stopped migration cannot continue, only start over.
int runStopCommand(const QStringList& arguments);

/// `pgmigrate finish [--id ID] [--yes] [--freeze-writes] [--timeout S]`: the cut-over
/// ("Close connection") of every syncing database.
int runFinishCommand(const QStringList& arguments);

/// `pgmigrate resume-replication [--id ID]`: once the cause of an apply error is fixed, the
/// failed databases replicate again.
int runResumeReplicationCommand(const QStringList& arguments);

} // namespace pgm
