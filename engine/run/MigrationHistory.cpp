#include "MigrationHistory.h"

namespace pgm {

QList<MigrationState*> MigrationHistory::fromSameSource() {
    QList<MigrationState*> same;
    for (const QString& id : m_store.ids()) {
        if (id == m_ownId) {
            continue;
        }
        auto found = m_read.find(id);
        if (found == m_read.end() || MigrationLock::ownerAlive(m_store, id)) {
            QString error;
            std::optional<MigrationState> state = m_store.load(id, &error);
            if (!state) {
                m_read.remove(id);
                continue;
            }
            for (DatabaseState& db : state->databases) {
                db.tables = {};
            }
            found = m_read.emplace(id, std::move(*state));
        }
        if (found->source.host == m_sourceHost && found->source.port == m_sourcePort) {
            same << &found.value();
        }
    }
    return same;
}

bool MigrationHistory::save(const MigrationState& full, QString* error) {
    if (!m_store.save(full, error)) {
        return false;
    }
    const auto found = m_read.find(full.id);
    if (found == m_read.end()) {
        return true;
    }
    for (DatabaseState& kept : found->databases) {
        for (const DatabaseState& db : full.databases) {
            if (db.dbname == kept.dbname) {
                kept.status = db.status;
                kept.error = db.error;
                kept.replicaIdentityFull = db.replicaIdentityFull;
            }
        }
    }
    return true;
}

} // namespace pgm
