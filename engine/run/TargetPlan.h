#pragma once

#include <QString>
#include <QStringList>

namespace pgm {

/// What the target database holds when a run reaches it, and how the run started.
struct TargetContents {
    bool resume = false;         ///< `migrate --resume` of an interrupted migration
    bool replicate = false;      ///< copied from a new slot's snapshot, then replicated
    bool replaceAllowed = false; ///< --if-exists truncate (the wizard's Start over)
    qsizetype userTables = 0;    ///< tables to copy (extension configuration tables aside)
    QStringList existing;        ///< of those, the ones the target has
    QStringList holdingData;     ///< of those, the ones holding rows
};

/// How one database's run treats its target, on every path: fresh, resume, start over, a
/// rerun over a complete target. Decided here once, so no phase guesses on its own what an
/// earlier run left (a start over once skipped every index and constraint that way).
struct TargetPlan {
    bool restorePreData = false;   ///< the target has none of the tables: create them
    bool truncateAll = false;      ///< replace an earlier run's rows, in one TRUNCATE
    bool keepCopiedTables = false; ///< the tables the state marks copied stay as they are
    /// Restore post-data whole (a schema this run created); otherwise only the indexes,
    /// constraints, triggers, ... the target lacks: an earlier run may have built some.
    bool wholePostData = false;
    QString refusal; ///< non-empty: touch nothing and fail with this
};

TargetPlan planTarget(const TargetContents& facts);

/// How one database's run starts.
struct RunStart {
    bool resume = false;    ///< `migrate --resume` of an interrupted migration
    bool replicate = false; ///< the database's method is logical replication
    bool verifyReplicatedCopy = false;
    bool analyze = true;
};

/// The phases' decisions known before the target is inspected. With TargetPlan, the one place
/// saying what each phase of a database does on each path (MigrationRunner follows it):
///
///   phase      fresh run / start over           resume (`migrate --resume`)
///   slot       replicated: a new slot           replicated: what the interrupted run left goes
///                                               (its snapshot died with it), then a new slot
///   schema     pre-data when the target has     the same: a run killed before the schema
///              none of the tables (TargetPlan)  committed left nothing
///   data       every table (start over:         dump: the tables not marked copied, each
///              truncated first)                 emptied as it loads; replicated: every table
///   indexes    post-data whole on a new schema, otherwise only what the target lacks
///   verify     dump: always; replicated: on request only (finish verifies every table)
///   analyze    on request (the default)
///   last step  replicated: subscribe, syncing; dump: objects to their owners, done
struct StartPlan {
    bool dropEarlierReplication = false; ///< the slot phase removes an interrupted run's objects
    bool verifyAfterCopy = true;
    bool analyze = true;
    bool subscribe = false; ///< the last step subscribes (else hands objects over, done)
};

StartPlan planStart(const RunStart& start);

} // namespace pgm
