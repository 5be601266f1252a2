#pragma once

#include "CheckRules.h"
#include "ClusterFacts.h"
#include "FactsCollector.h"
#include "MigrationPlan.h"

#include <QFuture>

namespace pgm {

/// What the user asked to check: both servers, exclusions and the method choice.
struct CheckRequest {
    InspectionRequest inspection;
    MethodChoice method = MethodChoice::Auto;
    /// The migration's --jobs: judged by the lock-table checks (databases migrate this many
    /// at once). MigrationRunner sets it from its request.
    int jobs = defaultJobs();
};

/// Everything the pre-checks found: the facts, the judged checks and the plan.
struct CheckReport {
    ClusterFacts facts;
    CheckOutcome outcome;
    bool cancelled = false;
    QString internalError; ///< an unexpected failure (a query the engine did not expect to fail)
    bool ok() const { return !cancelled && internalError.isEmpty() && outcome.allowed(); }
};

/// Runs every pre-check on the engine's thread pool. The future reports progress text
/// (QFuture::progressText) and can be cancelled: the statement or connection in flight is
/// abandoned promptly.
QFuture<CheckReport> runChecks(const CheckRequest& request);

/// The same, blocking the calling thread (for the CLI and tests). `cancelled` may be raised
/// from another thread.
CheckReport runChecksBlocking(const CheckRequest& request,
                              const std::atomic_bool* cancelled = nullptr,
                              const FactsCollector::ProgressFn& progress = {});

} // namespace pgm
