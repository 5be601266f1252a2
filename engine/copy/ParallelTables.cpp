#include "ParallelTables.h"

#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"
#include "TextOutput.h"

#include <QCoreApplication>
#include <mutex>
#include <thread>
#include <vector>

namespace pgm {

QString forEachTableInParallel(
    const QList<TableInfo>& tables, int jobs, const WorkerConnections& connections,
    const std::atomic_bool* cancelled,
    const std::function<void(PgConnection&, PgConnection&, const TableInfo&)>& work) {
    std::mutex mutex;
    qsizetype next = 0;
    QString firstError;
    std::atomic_bool failed{false};

    const auto worker = [&] {
        try {
            auto source =
                PgConnection::open(connections.source, std::chrono::seconds(30), cancelled);
            auto target =
                PgConnection::open(connections.target, std::chrono::seconds(30), cancelled);
            // COPY as a role subject to row-level security would silently skip rows: with
            // row_security off the server refuses instead, naming the table.
            source->execScript(QStringLiteral("SET row_security = off"));
            disableSessionTimeouts(*source);
            disableSessionTimeouts(*target);
            source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            source->exec(QStringLiteral("SET TRANSACTION SNAPSHOT ") +
                             source->quoteLiteral(connections.snapshot),
                         {}, QCoreApplication::translate("Runner", "import the copy's snapshot"));
            // A text COPY between majors: both sides print and read values alike (10 and 11
            // print floats with 15 digits unless extra_float_digits says otherwise).
            pinTextOutput(*source);
            pinTextOutput(*target);
            if (connections.prepare) {
                connections.prepare(*source, *target);
            }
            for (;;) {
                TableInfo table;
                {
                    std::lock_guard lock(mutex);
                    if (next >= tables.size() || failed.load() ||
                        (cancelled && cancelled->load())) {
                        break;
                    }
                    table = tables[next++];
                }
                work(*source, *target, table);
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
        }
    };

    const int threads = int(std::max<qsizetype>(1, std::min<qsizetype>(jobs, tables.size())));
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back(worker);
    }
    for (std::thread& thread : pool) {
        thread.join();
    }
    if (firstError.isEmpty() && cancelled && cancelled->load()) {
        firstError = QStringLiteral("cancelled");
    }
    return firstError;
}

} // namespace pgm
