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

} // namespace pgm
