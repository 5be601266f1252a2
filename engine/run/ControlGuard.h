#pragma once

#include "MigrationState.h"
#include "ReplicationControl.h"
#include "StateStore.h"

#include <atomic>
#include <memory>

namespace pgm {

/// The guard of the commands that change a saved migration in place (stop, finish,
/// resume-replication), one for the CLI and the wizard: each runs while holding the migration's
/// lock, so never two of them, nor one beside a running migrate, act on one migration (the
/// other is refused with the process that holds it), and each saves the state it leaves.
class ControlGuard {
public:
    /// Takes the lock of migration `id`, or returns nullptr with *error naming the process that
    /// holds it: nothing may be done to the migration then.
    static std::unique_ptr<ControlGuard> take(const StateStore& store, const QString& id,
                                              QString* error);

    /// stopMigration, then the state saved. Returns its notes; *saveError (when given) is set
    /// if the state could not be saved.
    QStringList stop(MigrationState& state, const ControlServers& servers,
                     QString* saveError = nullptr) const;
    /// finishMigration with the state saved at each of its checkpoints (after the caller's own
    /// options.checkpoint, if any) and at the end. Returns finishMigration's answer.
    bool finish(MigrationState& state, const ControlServers& servers, FinishOptions options,
                const std::atomic_bool* cancelled, QString* saveError = nullptr) const;
    /// resumeReplication, then the state saved. Returns its notes.
    QStringList resumeReplication(MigrationState& state, const ControlServers& servers,
                                  QString* saveError = nullptr) const;

private:
    ControlGuard(const StateStore& store, std::unique_ptr<MigrationLock> lock)
        : m_store(store)
        , m_lock(std::move(lock)) {}
    void save(const MigrationState& state, QString* saveError) const;

    StateStore m_store;
    std::unique_ptr<MigrationLock> m_lock;
};

} // namespace pgm
