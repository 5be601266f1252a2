#include "ControlGuard.h"

namespace pgm {

std::unique_ptr<ControlGuard> ControlGuard::take(const StateStore& store, const QString& id,
                                                 QString* error) {
    auto lock = MigrationLock::acquire(store, id, error);
    if (!lock) {
        return nullptr;
    }
    return std::unique_ptr<ControlGuard>(new ControlGuard(store, std::move(lock)));
}

QStringList ControlGuard::stop(MigrationState& state, const ControlServers& servers,
                               QString* saveError) const {
    QStringList notes = stopMigration(state, servers); // not const: returned by move
    save(state, saveError);
    return notes;
}

bool ControlGuard::finish(MigrationState& state, const ControlServers& servers,
                          FinishOptions options, const std::atomic_bool* cancelled,
                          QString* saveError) const {
    // A killed finish must find the steps it passed (writes frozen, objects being removed).
    options.checkpoint = [this,
                          callers = std::move(options.checkpoint)](const MigrationState& current) {
        if (callers) {
            callers(current);
        }
        QString ignored; // the final save below reports a store that fails
        m_store.save(current, &ignored);
    };
    const bool done = finishMigration(state, servers, options, cancelled);
    save(state, saveError);
    return done;
}

QStringList ControlGuard::resumeReplication(MigrationState& state, const ControlServers& servers,
                                            QString* saveError) const {
    QStringList notes = pgm::resumeReplication(state, servers); // not const: moved
    save(state, saveError);
    return notes;
}

void ControlGuard::save(const MigrationState& state, QString* saveError) const {
    QString error;
    if (!m_store.save(state, &error) && saveError) {
        *saveError = error;
    }
}

} // namespace pgm
