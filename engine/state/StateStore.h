#pragma once

#include "MigrationState.h"

#include <QLockFile>
#include <memory>
#include <optional>

namespace pgm {

/// Where migrations are remembered: one JSON file per migration, written atomically at every
/// phase change, readable only by the user, never holding a password.
/// The directory is $PGMIGRATE_STATE_DIR, or `migrations/` under the user's data directory
/// (~/.local/share/pgmigrate/migrations on Linux), shared by the CLI and the wizard.
class StateStore {
public:
    explicit StateStore(QString directory = {});

    const QString& directory() const { return m_directory; }

    /// Writes the state atomically (a crash leaves the previous version). Returns false with
    /// *error on failure.
    bool save(const MigrationState& state, QString* error) const;
    std::optional<MigrationState> load(const QString& id, QString* error) const;
    /// The state of migration `id` from a file's bytes (read from `path`, named in errors):
    /// nothing, with *error, for anything damaged, foreign or of a newer format.
    static std::optional<MigrationState> parse(const QByteArray& bytes, const QString& id,
                                               const QString& path, QString* error);
    /// Migration ids, oldest first.
    QStringList ids() const;
    QString latestId() const;

    /// A new id: date, time and a short random part (20261121-235901-a1b2).
    static QString newId();
    static bool isValidId(const QString& id);

    QString statePath(const QString& id) const;
    QString lockPath(const QString& id) const;

private:
    QString m_directory;
    /// What the last save wrote, shared by the store's copies (a run saves through its own).
    struct Written;
    std::shared_ptr<Written> m_written;
};

/// Holds the lock of one migration for the life of the process that runs it. A lock left by a
/// dead process is recognised (QLockFile compares the process id and name) and taken over.
class MigrationLock {
public:
    /// Takes the lock, or returns nullptr with *error naming the process that holds it.
    static std::unique_ptr<MigrationLock> acquire(const StateStore& store, const QString& id,
                                                  QString* error);
    /// True while a live process holds the lock of this migration.
    static bool ownerAlive(const StateStore& store, const QString& id);

private:
    explicit MigrationLock(const QString& path)
        : m_lock(path) {}
    QLockFile m_lock;
};

} // namespace pgm
