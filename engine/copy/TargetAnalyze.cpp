#include "TargetAnalyze.h"

#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"

#include <QCoreApplication>
#include <QStringList>
#include <mutex>
#include <thread>
#include <vector>

namespace pgm {

namespace {

// Top-level relations only (a partition is analyzed through its root), largest first so the
// longest one starts at once. Names come quoted by the server.
const QString kRelations =
    QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace "
                   "n ON n.oid = c.relnamespace "
                   "WHERE c.relkind IN ('r', 'm', 'p') AND NOT c.relispartition "
                   "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                   "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
                   "ORDER BY pg_total_relation_size(c.oid) DESC, 1");

} // namespace

void analyzeTarget(PgConnection& lister, const ConnectionSettings& target, int jobs,
                   const std::atomic_bool* cancelled, const QSet<QString>& done) {
    QStringList relations;
    const PgResult listed = lister.exec(
        kRelations, {}, QCoreApplication::translate("Runner", "list the tables to analyze"));
    for (int row = 0; row < listed.rows(); ++row) {
        if (!done.contains(listed.text(row, 0))) {
            relations << listed.text(row, 0);
        }
    }
    std::mutex mutex;
    qsizetype next = 0;
    std::exception_ptr failure;
    const auto worker = [&] {
        try {
            auto connection = PgConnection::open(target, std::chrono::seconds(30), cancelled);
            disableSessionTimeouts(*connection);
            for (;;) {
                QString relation;
                {
                    std::lock_guard lock(mutex);
                    if (next >= relations.size() || failure || (cancelled && cancelled->load())) {
                        return;
                    }
                    relation = relations[next++];
                }
                connection->exec(QStringLiteral("ANALYZE ") + relation, {},
                                 QStringLiteral("analyze %1").arg(relation));
            }
        } catch (const PgError&) {
            std::lock_guard lock(mutex);
            if (!failure) {
                failure = std::current_exception();
            }
        }
    };
    // None left (all analyzed while copying): no session opened for nothing.
    const int threads = int(std::min<qsizetype>(std::max(jobs, 1), relations.size()));
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back(worker);
    }
    for (std::thread& thread : pool) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (cancelled && cancelled->load()) {
        throw PgError(PgError::Kind::Cancelled, QStringLiteral("analyze"),
                      QStringLiteral("cancelled"));
    }
}

} // namespace pgm
