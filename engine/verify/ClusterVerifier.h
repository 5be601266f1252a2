#pragma once

#include "ConnectionSettings.h"

#include <QJsonObject>
#include <QStringList>
#include <atomic>

namespace pgm {

struct VerifyRequest {
    ConnectionSettings source;
    ConnectionSettings target;
    QStringList excludedDatabases;
    QStringList skipTables; ///< db.schema.table
    int jobs = 2;
};

struct DatabaseVerification {
    QString dbname;
    int tables = 0;
    QStringList differences;
    QString error;
    double seconds = 0;
    bool ok() const { return error.isEmpty() && differences.isEmpty(); }
};

struct ClusterVerification {
    QList<DatabaseVerification> databases;
    QString error;
    bool ok() const;
    QJsonObject toJson() const;
};

/// Compares every migrated database of the source with the target, as the migration's own
/// verification does (row counts and checksums per table, sequences, large objects), inside one
/// snapshot of each source database. On a source that keeps changing, rows written since the
/// migration show up as differences: that is the point of running it at cut-over.
ClusterVerification verifyCluster(const VerifyRequest& request, const std::atomic_bool* cancelled);

/// The same for one database.
DatabaseVerification verifyDatabase(const VerifyRequest& request, const QString& dbname,
                                    const std::atomic_bool* cancelled);

} // namespace pgm
