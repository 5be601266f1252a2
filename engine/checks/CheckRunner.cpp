#include "CheckRunner.h"

#include "EngineThreadPool.h"
#include "Logging.h"
#include "PgError.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <thread>

namespace pgm {

CheckReport runChecksBlocking(const CheckRequest& request, const std::atomic_bool* cancelled,
                              const FactsCollector::ProgressFn& progress) {
    CheckReport report;
    InspectionRequest inspection = request.inspection;
    // Probing the target-to-source path costs a connection attempt; the dump method never needs it.
    inspection.probeTargetToSource =
        inspection.probeTargetToSource && request.method != MethodChoice::Dump;
    try {
        qCDebug(lcChecks, "pre-checks: source %s, target %s",
                qUtf8Printable(inspection.source.describe()),
                qUtf8Printable(inspection.target.describe()));
        FactsCollector collector(inspection, cancelled, progress);
        report.facts = collector.collect();
        report.outcome = evaluateChecks(report.facts, request.method, request.jobs);
        qCDebug(lcChecks, "pre-checks done: %s",
                report.outcome.allowed() ? "nothing blocks" : "blocked");
    } catch (const PgError& error) {
        if (error.kind() == PgError::Kind::Cancelled) {
            report.cancelled = true;
            qCDebug(lcChecks, "pre-checks cancelled");
        } else {
            report.internalError = error.describe();
            qCDebug(lcChecks, "pre-checks failed: %s", qUtf8Printable(report.internalError));
        }
    }
    return report;
}

QFuture<CheckReport> runChecks(const CheckRequest& request) {
    return QtConcurrent::run(engineThreadPool(), [request](QPromise<CheckReport>& promise) {
        // QPromise cancellation is a flag we poll; mirror it into the atomic the engine reads.
        std::atomic_bool cancelled{false};
        std::atomic_bool finished{false};
        std::thread watcher([&promise, &cancelled, &finished] {
            while (!finished.load()) {
                if (promise.isCanceled()) {
                    cancelled = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        promise.setProgressRange(0, 0);
        CheckReport report =
            runChecksBlocking(request, &cancelled, [&promise](const QString& text) {
                promise.setProgressValueAndText(0, text);
            });
        finished = true;
        watcher.join();
        promise.addResult(std::move(report));
    });
}

} // namespace pgm
