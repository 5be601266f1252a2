#pragma once

#include "MigrationState.h"
#include "StateStore.h"

#include <QList>
#include <map>

namespace pgm {

/// The other migrations of the state store from one source, as a run's sweep of what earlier
/// runs left (MigrationRunner::removeOrphanedReplication) reads them before each database.
///
/// Reading every state file before each database cost a parse of each per database: 23 ms a
/// migration of 20,000 tables, at 200 databases and a history of ten, 46 s. A
/// migration no process runs changes only through this run, so it is read once, without its
/// table lists (most of its size); one a live process runs is read again each time.
class MigrationHistory {
public:
    MigrationHistory(const StateStore& store, QString ownId, QString sourceHost, int sourcePort)
        : m_store(store)
        , m_ownId(std::move(ownId))
        , m_sourceHost(std::move(sourceHost))
        , m_sourcePort(sourcePort) {}

    /// The other migrations from this run's source, as the store holds them now (table lists
    /// left out). Pointers stay valid until the next call.
    QList<MigrationState*> fromSameSource();

    /// Saves `full` (read whole from the store and changed) and keeps its databases' status,
    /// error and replica identities here too.
    bool save(const MigrationState& full, QString* error);

private:
    const StateStore& m_store;
    QString m_ownId;
    QString m_sourceHost;
    int m_sourcePort;
    /// By id, those of other sources too. A map: a pointer to an entry stays valid while
    /// others are added (a QHash moves its entries when it grows).
    std::map<QString, MigrationState> m_read;
};

} // namespace pgm
