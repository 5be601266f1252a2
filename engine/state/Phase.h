#pragma once

#include <QString>
#include <QStringView>

namespace pgm {

/// Where one database is in its migration. The run's phases in order (MigrationRunner), then the
/// cut-over's steps (`finish`, ReplicationControl). Compared in code as this enum; its id
/// (phaseId) is what the state file, the status JSON and phase_seconds hold, and phaseText is
/// what the user reads.
enum class Phase {
    Unknown, ///< not entered yet, or an id this version does not know
    Queued,
    Checks, ///< the pre-checks failed or were stopped: the database never started
    Slot,   ///< replication: the slot whose snapshot the copy reads
    Schema,
    Data,
    Indexes,
    Verify, ///< after the copy, and again as a step of the cut-over
    Analyze,
    Subscribe,
    InitialSync, ///< the target's own table sync copies (a source without snapshot export)
    Streaming,
    Freeze,  ///< cut-over: the source database made read-only
    Drain,   ///< cut-over: the change stream applied up to the source's position
    CatchUp, ///< cut-over: sequences, large objects, tables replication does not carry
    Cleanup, ///< cut-over: the replication objects removed; a killed finish resumes here
    Finished,
};

/// The stable English id ("data", "catch-up", ...).
QString phaseId(Phase phase);
/// The phase of an id; "initial sync 3/8 tables" (its saved form with progress) is InitialSync.
Phase phaseFromId(QStringView id);
/// Its wall time goes to phase_seconds: work, not waiting in the queue or streaming.
bool phaseIsTimed(Phase phase);

} // namespace pgm
