#pragma once

#include "ConnectionSettings.h"

#include <QTemporaryFile>
#include <atomic>
#include <memory>

namespace pgm {

/// One database's schema as a pg_dump custom archive, taken inside the copy's snapshot and
/// restored in two sections: pre-data (types, tables, functions) before the data, post-data
/// (indexes, constraints, triggers, policies) after it, in parallel. A 0600 temporary file,
/// because pg_restore -j cannot read a pipe. Publications and subscriptions are left out: the
/// target must not start replicating on its own.
class SchemaArchive {
public:
    SchemaArchive(QString pgDump, QString pgRestore, QString passfile);

    /// Runs pg_dump --schema-only (large objects' metadata included) in `snapshot`.
    bool dump(const ConnectionSettings& source, const QString& snapshot,
              const std::atomic_bool* cancelled, QString* error);
    /// Restores one section ("pre-data" or "post-data") into the target database.
    /// `keepOwners` is false when the target user may not assign ownership to other roles.
    bool restore(const QString& section, const ConnectionSettings& target, int jobs,
                 bool keepOwners, const std::atomic_bool* cancelled, QString* error);

private:
    QString m_pgDump;
    QString m_pgRestore;
    QString m_passfile;
    std::unique_ptr<QTemporaryFile> m_archive;
};

} // namespace pgm
