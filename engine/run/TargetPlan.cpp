#include "TargetPlan.h"

#include <QCoreApplication>

namespace pgm {

TargetPlan planTarget(const TargetContents& facts) {
    TargetPlan plan;
    if (facts.existing.isEmpty()) {
        // Nothing of an earlier run (the schema restore is one transaction): a fresh load.
        plan.restorePreData = true;
        plan.wholePostData = true;
        return plan;
    }
    if (facts.existing.size() != facts.userTables) {
        plan.refusal = QCoreApplication::translate(
                           "Runner", "the target already has some of the tables (%1) but not "
                                     "the others: use an empty database or drop them")
                           .arg(facts.existing.mid(0, 10).join(QStringLiteral(", ")));
        return plan;
    }
    if (facts.resume && !facts.replicate) {
        // The tables copied before the interruption stay; the others are emptied one by one
        // as they are copied again.
        plan.keepCopiedTables = true;
        return plan;
    }
    // A new run over an existing schema, or a replicated database resumed: every table is
    // copied again, from this run's snapshot (a new slot's, which the copy must match exactly).
    if (!facts.holdingData.isEmpty() && !facts.resume && !facts.replaceAllowed) {
        plan.refusal = QCoreApplication::translate(
                           "Runner", "the target already holds data in %1; copying again would "
                                     "duplicate rows. To replace it: --if-exists truncate on "
                                     "the command line, Start over in the wizard.")
                           .arg(facts.holdingData.mid(0, 10).join(QStringLiteral(", ")));
        return plan;
    }
    plan.truncateAll = !facts.holdingData.isEmpty();
    return plan;
}

StartPlan planStart(const RunStart& start) {
    StartPlan plan;
    plan.dropEarlierReplication = start.resume && start.replicate;
    plan.verifyAfterCopy = !start.replicate || start.verifyReplicatedCopy;
    plan.analyze = start.analyze;
    plan.subscribe = start.replicate;
    return plan;
}

} // namespace pgm
