#include "HeldCopy.h"

#include "PgTestEnv.h"

namespace pgtest {

namespace {

bool copyRuns(pgm::PgConnection& monitor, const QString& dbname) {
    return monitor
               .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 "
                                    "AND state <> 'idle' AND query LIKE 'COPY %'"),
                     {dbname})
               .integer(0, 0) > 0;
}

} // namespace

std::unique_ptr<pgm::PgConnection> holdTablesNotBeingCopied(const QString& dbname) {
    auto monitor = connect(Cluster::Target);
    if (monitor->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"),
                      {dbname})
                .integer(0, 0) == 0 ||
        !copyRuns(*monitor, dbname)) {
        return nullptr;
    }
    auto holder = connect(Cluster::Target, dbname);
    const pgm::PgResult tables = holder->exec(QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN "
        "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"));
    holder->exec(QStringLiteral("BEGIN"));
    int held = 0;
    for (int row = 0; row < tables.rows(); ++row) {
        // The table being loaded holds its own lock: NOWAIT passes it by. SHARE, not ACCESS
        // SHARE: a DELETE (a table a foreign key points at) takes only ROW EXCLUSIVE. A table
        // loaded already is let go: SHARE would hold its ANALYZE, not a copy.
        holder->exec(QStringLiteral("SAVEPOINT hold"));
        pgm::PgResult empty;
        QString state;
        QString message;
        if (holder->tryExec(
                QStringLiteral("LOCK TABLE ONLY %1 IN SHARE MODE NOWAIT").arg(tables.text(row, 0)),
                {}, &empty, &state, &message) &&
            holder->tryExec(
                QStringLiteral("SELECT NOT EXISTS (SELECT FROM ONLY %1)").arg(tables.text(row, 0)),
                {}, &empty, &state, &message) &&
            empty.text(0, 0) == QLatin1String("t")) {
            ++held;
            holder->exec(QStringLiteral("RELEASE SAVEPOINT hold"));
        } else {
            holder->exec(QStringLiteral("ROLLBACK TO SAVEPOINT hold"));
        }
    }
    return held > 0 ? std::move(holder) : nullptr;
}

bool copyWaitsForALock(const QString& dbname) {
    return connect(Cluster::Target)
               ->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 "
                                     "AND wait_event_type = 'Lock' AND (query LIKE 'TRUNCATE%' "
                                     "OR query LIKE 'DELETE%')"),
                      {dbname})
               .integer(0, 0) > 0;
}

void endTargetSessions(const QString& dbname) {
    connect(Cluster::Target)
        ->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                              "datname = $1 AND pid <> pg_backend_pid() AND backend_type = "
                              "'client backend'"),
               {dbname});
}

} // namespace pgtest
