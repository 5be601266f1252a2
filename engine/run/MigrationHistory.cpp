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
                m_read.erase(id);
                continue;
            }
            for (DatabaseState& db : state->databases) {
                db.tables = {};
            }
            found = m_read.insert_or_assign(id, std::move(*state)).first;
        }
        MigrationState& other = found->second;
        if (other.source.host == m_sourceHost && other.source.port == m_sourcePort) {
            same << &other;
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
    for (DatabaseState& kept : found->second.databases) {
        for (const DatabaseState& db : full.databases) {
            if (db.dbname == kept.dbname) {
                kept.status = db.status;
                kept.error = db.error;
                kept.replicaIdentityFull = db.replicaIdentityFull;
                kept.triggerStates = db.triggerStates;
            }
        }
    }
    return true;
}

} // namespace pgm
