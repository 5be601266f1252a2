// A resumed run's tables that the interrupted run copied, compared with the source before the
// rest is copied: the source may have been written since.
#include "DatabaseRun.h"
#include "MigrationRunner.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "TableCatalog.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QCoreApplication>
#include <mutex>

namespace pgm {

QList<TableInfo> MigrationRunner::recheckEarlierCopies(DatabaseState& db, const DatabaseRun& run) {
    // The interrupted run's copies hold the source as its snapshot had it. A table written on
    // the source since then differs from this run's snapshot, and verification would fail it
    // at this resume and every later one, though copying it again puts it right: it is, now,
    // while the other tables are copied anyway. The tables that match count as verified.
    QList<TableInfo> earlier;
    {
        QSet<QString> copied;
        std::lock_guard lock(m_mutex);
        for (const TableState& state : db.tables) {
            if (state.copied) {
                copied.insert(state.name);
            }
        }
        for (const TableInfo& table : run.tables) {
            if (copied.contains(table.qualified)) {
                earlier << table;
            }
        }
    }
    WorkerConnections connections;
    connections.source = m_request.check.inspection.source.withDatabase(db.dbname);
    connections.target = m_request.check.inspection.target.withDatabase(db.dbname);
    connections.snapshot = run.snapshot;
    connections.prepare = [](PgConnection& source, PgConnection& target) {
        pinTextOutput(source);
        pinTextOutput(target);
    };
    std::mutex mutex;
    QHash<QString, TableComparison> compared;
    const QString error = forEachTableInParallel(
        earlier, jobsFor(db), connections, m_cancelled,
        [&](PgConnection& source, PgConnection& target, const TableInfo& table) {
            const TableComparison comparison = compareTable(source, target, table);
            std::lock_guard lock(mutex);
            compared.insert(table.qualified, comparison);
        });
    if (!error.isEmpty()) {
        throw PgError(error == QLatin1String("cancelled") ? PgError::Kind::Cancelled
                                                          : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "compare the tables copied before "
                                                            "the interruption in %1")
                          .arg(db.dbname),
                      error);
    }
    markChangedForCopy(db, compared);
    return tablesToCopy(db, run);
}

void MigrationRunner::markChangedForCopy(DatabaseState& db,
                                         const QHash<QString, TableComparison>& compared) {
    QStringList changed;
    std::lock_guard lock(m_mutex);
    for (TableState& state : db.tables) {
        const auto found = compared.constFind(state.name);
        if (found == compared.cend()) {
            continue;
        }
        if (found->matches()) {
            m_verifiedWhileCopying[db.dbname].insert(state.name, *found);
            continue;
        }
        // Copied again from the start: the progress counts its rows and bytes once more.
        changed << state.name;
        db.rowsDone = std::max<qint64>(0, db.rowsDone - state.rows);
        db.bytesDone = std::max<qint64>(0, db.bytesDone - state.bytes);
        state.rows = 0;
        state.copied = false;
        state.verified = false;
    }
    if (!changed.isEmpty()) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: %2 changed on the source since the interrupted "
                                          "run copied them: copied again")
                                .arg(db.dbname, changed.mid(0, 10).join(QStringLiteral(", ")));
    }
}

} // namespace pgm
