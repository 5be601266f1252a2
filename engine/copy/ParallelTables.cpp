#include "ParallelTables.h"

#include "AtOnce.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"
#include "TextOutput.h"

#include <QCoreApplication>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace pgm {

namespace {

using Session = std::unique_ptr<PgConnection>;

// One worker's pair of sessions: the source's in the snapshot, both prepared. The two open at
// once: each open is several round trips and a password exchange (30 to 50 ms here, more on a
// distant server), and every worker of every database starts with them.
std::pair<Session, Session> openWorkerSessions(const WorkerConnections& connections,
                                               const std::atomic_bool* cancelled) {
    Session source;
    Session target;
    forEachAtOnce(2, 2, [&](std::size_t side) {
        if (side == 1) {
            target = PgConnection::open(connections.target, std::chrono::seconds(30), cancelled);
            disableSessionTimeouts(*target);
            pinTextOutput(*target);
            return;
        }
        source = PgConnection::open(connections.source, std::chrono::seconds(30), cancelled);
        // COPY as a role subject to row-level security would silently skip rows: with
        // row_security off the server refuses instead, naming the table.
        source->execScript(QStringLiteral("SET row_security = off"));
        disableSessionTimeouts(*source);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        source->exec(QStringLiteral("SET TRANSACTION SNAPSHOT ") +
                         source->quoteLiteral(connections.snapshot),
                     {}, QCoreApplication::translate("Runner", "import the copy's snapshot"));
        // A text COPY between majors: both sides print and read values alike (10 and 11 print
        // floats with 15 digits unless extra_float_digits says otherwise).
        pinTextOutput(*source);
    });
    if (connections.prepare) {
        connections.prepare(*source, *target);
    }
    return {std::move(source), std::move(target)};
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
            auto [source, target] = openWorkerSessions(connections, cancelled);
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
