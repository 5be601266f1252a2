#pragma once

#include "MigrationState.h"

#include <QByteArray>
#include <QList>
#include <functional>

class QIODevice;

namespace pgm {

/// The text writeStateJson() wrote for the pre-checks, each database and each table, kept to
/// be written again while they stay the same. The state is saved at every phase change of
/// every database, whole: at 200 databases those saves made 94 % of the CLI's 570 million
/// allocations and half of its 52 s of CPU beside the servers, the pre-checks' records (some
/// per database) alone 80 %. Not thread-safe: StateStore holds it under a mutex.
class StateTextCache {
public:
    /// The checks' text, one level in; built again only when `checks` is not the list it was
    /// built from (a QList shares its items until written to, so the same items mean the
    /// same text).
    QByteArray checks(const QList<CheckRecord>& checks);
    /// Database `index` of the state, with its tables, two levels in, through `put` (false
    /// when it refused); built again only for what differs from the last save: the database's
    /// own members, and only the tables that changed. Pieces, not one text: a database of
    /// 20,000 tables is 4 MB, which would be held twice while it is replaced.
    bool database(qsizetype index, const DatabaseState& db,
                  const std::function<bool(const QByteArray&)>& put);

private:
    struct TableText {
        TableState table;
        QByteArray text;
    };
    struct DatabaseText {
        DatabaseState db;
        QByteArray members; ///< its own, up to its tables
        QList<TableText> tables;
    };

    QList<CheckRecord> m_checks;
    QByteArray m_checksText;
    QList<DatabaseText> m_databases;
};

/// Writes `state` to `out` as the JSON StateStore saves: what MigrationState::toJson() holds,
/// indented as QJsonDocument indents it (tests and people grep it), but streamed, with the
/// checks after the other members rather than in key order. A state of 20,000 tables is 4 MB
/// of text; built whole, a QJsonObject per table and then the text, each save held several MB
/// more (8.4 MB in tst_migrationstate) in the allocator arena of the thread that saved, while
/// here it is written in pieces, and only what changed since `cache`'s last save is built.
/// False when `out` refused a write.
bool writeStateJson(QIODevice& out, const MigrationState& state, StateTextCache& cache);

} // namespace pgm
