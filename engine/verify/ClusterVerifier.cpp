#include "ClusterVerifier.h"

#include "CatalogName.h"
#include "ManagedService.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"
#include "TargetOwners.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <mutex>

namespace pgm {

namespace {

constexpr std::chrono::seconds kTimeout(30);

} // namespace

DatabaseVerification verifyDatabase(const VerifyRequest& request, const QString& dbname,
                                    const std::atomic_bool* cancelled) {
    DatabaseVerification result;
    result.dbname = dbname;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<PgConnection> target;
    QStringList borrowed;
    try {
        auto source = PgConnection::open(request.source.withDatabase(dbname), kTimeout, cancelled);
        target = PgConnection::open(request.target.withDatabase(dbname), kTimeout, cancelled);
        // A target user without superuser gave the objects to their owners at the end of the
        // migration: it reads them again as a member of those roles, for this verification.
        QStringList notes;
        borrowOwnerRoles(*source, *target, {dbname}, &borrowed, &notes, {});
        // It holds the snapshot the workers import, idle in its transaction meanwhile.
        disableSessionTimeouts(*source);
        disableSessionTimeouts(*target);
        source->execScript(QStringLiteral("SET row_security = off; "
                                          "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const QString snapshot =
            source->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
        const QList<TableInfo> tables =
            listTables(*source, skippedTablesOf(request.skipTables, dbname));
        result.tables = int(tables.size());
        WorkerConnections connections{request.source.withDatabase(dbname),
                                      request.target.withDatabase(dbname), snapshot,
                                      [](PgConnection& s, PgConnection& t) {
                                          pinTextOutput(s);
                                          pinTextOutput(t);
                                      }};
        std::mutex mutex;
        const QString error =
            forEachTableInParallel(tables, request.jobs, connections, cancelled,
                                   [&](PgConnection& s, PgConnection& t, const TableInfo& table) {
                                       const TableComparison comparison = compareTable(s, t, table);
                                       if (!comparison.matches()) {
                                           std::lock_guard lock(mutex);
                                           result.differences << comparison.describe();
                                       }
                                   });
        if (!error.isEmpty()) {
            result.error = error;
        }
        result.differences << compareSequences(*source, *target);
        result.differences << compareLargeObjects(*source, *target);
    } catch (const PgError& failure) {
        result.error = failure.describe();
    }
    if (!borrowed.isEmpty()) {
        QStringList left;
        try {
            returnOwnerRoles(*target, &borrowed, &left);
        } catch (const PgError& failure) {
            left << failure.describe();
        }
        if (!left.isEmpty()) {
            result.error += (result.error.isEmpty() ? QString() : QStringLiteral("; ")) +
                            left.join(QStringLiteral("; "));
        }
    }
    result.seconds = double(timer.elapsed()) / 1000.0;
    return result;
}

bool ClusterVerification::ok() const {
    if (!error.isEmpty()) {
        return false;
    }
    for (const DatabaseVerification& db : databases) {
        if (!db.ok()) {
            return false;
        }
    }
    return true;
}

QJsonObject ClusterVerification::toJson() const {
    QJsonArray list;
    for (const DatabaseVerification& db : databases) {
        list.append(QJsonObject{
            {QStringLiteral("dbname"), db.dbname},
            {QStringLiteral("ok"), db.ok()},
            {QStringLiteral("tables"), db.tables},
            {QStringLiteral("differences"), QJsonArray::fromStringList(db.differences)},
            {QStringLiteral("error"), db.error.isEmpty() ? QJsonValue() : QJsonValue(db.error)},
            {QStringLiteral("seconds"), db.seconds}});
    }
    QJsonObject object{{QStringLiteral("ok"), ok()}, {QStringLiteral("databases"), list}};
    if (!error.isEmpty()) {
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

ClusterVerification verifyCluster(const VerifyRequest& request, const std::atomic_bool* cancelled) {
    ClusterVerification result;
    try {
        auto source = PgConnection::open(request.source, kTimeout, cancelled);
        const PgResult names = source->exec(
            QStringLiteral("SELECT ") + nameBytesColumn(QStringLiteral("datname")) +
            QStringLiteral(" FROM pg_database WHERE NOT datistemplate AND datallowconn "
                           "ORDER BY datname"));
        for (int row = 0; row < names.rows(); ++row) {
            const QString name = readableName(names, row, 0);
            if (isAdminDatabase(name) || request.excludedDatabases.contains(name)) {
                continue;
            }
            if (!isUtf8Name(nameBytes(names, row, 0))) {
                // Never migrated (the check blocks it): not a database the target should have.
                DatabaseVerification skipped;
                skipped.dbname = name;
                skipped.error = QCoreApplication::translate(
                                    "Verify", "the name is not valid UTF-8: not migrated, and "
                                              "not verified (exclude it: --exclude-db '%1')")
                                    .arg(name);
                result.databases << skipped;
                continue;
            }
            result.databases << verifyDatabase(request, name, cancelled);
        }
    } catch (const PgError& failure) {
        result.error = failure.describe();
    }
    return result;
}

} // namespace pgm
