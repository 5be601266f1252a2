#include "ParallelTables.h"

#include "PgConnection.h"
#include "PgError.h"
#include "WorkerSessions.h"

#include <QCoreApplication>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace pgm {

namespace {

// The worker's sessions: opened ahead of the copy if there are any left, else now.
WorkerSessions workerSessions(const WorkerConnections& connections,
                              const std::atomic_bool* cancelled) {
    std::optional<WorkerSessions> sessions =
        connections.ahead ? connections.ahead->take() : std::nullopt;
    if (!sessions) {
        sessions = openWorkerSessions(connections, cancelled);
    }
    if (connections.prepare) {
        connections.prepare(*sessions->first, *sessions->second);
    }
    return std::move(*sessions);
}

} // namespace

QString
forEachInParallel(qsizetype count, int jobs, const WorkerConnections& connections,
                  const std::atomic_bool* cancelled,
                  const std::function<void(PgConnection&, PgConnection&, qsizetype)>& work) {
    if (count == 0) { // no sessions opened for nothing (two connections at the end of a run)
        return cancelled && cancelled->load() ? QStringLiteral("cancelled") : QString();
    }
    std::mutex mutex;
    qsizetype next = 0;
    QString firstError;
    std::atomic_bool failed{false};
    std::atomic_int lent{0};

    const auto worker = [&] {
        bool queueEmptied = false;
        try {
            auto [source, target] = workerSessions(connections, cancelled);
            for (;;) {
                qsizetype unit = 0;
                {
                    std::lock_guard lock(mutex);
                    if (next >= count || failed.load() || (cancelled && cancelled->load())) {
                        queueEmptied = next >= count;
                        break;
                    }
                    unit = next++;
                }
                work(*source, *target, unit);
            }
            PgResult ignored;
            QString state;
            QString message;
            source->tryExec(QStringLiteral("COMMIT"), {}, &ignored, &state, &message);
        } catch (const PgError& error) {
            std::lock_guard lock(mutex);
            if (firstError.isEmpty()) {
                firstError = error.kind() == PgError::Kind::Cancelled ? QStringLiteral("cancelled")
                                                                      : error.describe();
            }
            failed = true;
            queueEmptied = false;
        }
        if (queueEmptied && connections.loans) {
            connections.loans->lend(1); // its sessions are closed: the job is free
            ++lent;
        }
    };

    const int threads = int(std::max<qsizetype>(1, std::min<qsizetype>(jobs, count)));
    const int unused = std::max(0, jobs - threads);
    if (connections.loans) {
        connections.loans->lend(unused);
    }
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back(worker);
    }
    for (std::thread& thread : pool) {
        thread.join();
    }
    if (connections.loans) {
        connections.loans->reclaim(unused + lent.load());
    }
    if (firstError.isEmpty() && cancelled && cancelled->load()) {
        firstError = QStringLiteral("cancelled");
    }
    return firstError;
}

QString forEachTableInParallel(
    const QList<TableInfo>& tables, int jobs, const WorkerConnections& connections,
    const std::atomic_bool* cancelled,
    const std::function<void(PgConnection&, PgConnection&, const TableInfo&)>& work) {
    return forEachInParallel(tables.size(), jobs, connections, cancelled,
                             [&](PgConnection& source, PgConnection& target, qsizetype index) {
                                 work(source, target, tables[index]);
                             });
}

} // namespace pgm
