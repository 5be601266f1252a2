#include "StateFile.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace pgm {

namespace {

/// QJsonDocument's text of `document`, `depth` levels in (four spaces a level; the caller
/// writes the first line's), so the file reads as QJsonDocument wrote it whole. `open`: an
/// object without its closing brace, so that more members can follow.
QByteArray indented(const QJsonDocument& document, qsizetype depth, bool open = false) {
    QByteArray text = document.toJson(QJsonDocument::Indented);
    text.chop(open ? 3 : 1); // "\n}\n" or "\n"
    if (depth > 0) {
        text.replace("\n", QByteArray("\n").append(QByteArray(depth * 4, ' ')));
    }
    return text;
}

} // namespace

QByteArray StateTextCache::checks(const QList<CheckRecord>& checks) {
    if (checks.constData() != m_checks.constData() || checks.size() != m_checks.size() ||
        m_checksText.isEmpty()) {
        m_checks = checks;
        m_checksText = indented(QJsonDocument(checksToJson(checks)), 1);
    }
    return m_checksText;
}

bool StateTextCache::database(qsizetype index, const DatabaseState& db,
                              const std::function<bool(const QByteArray&)>& put) {
    if (index >= m_databases.size()) {
        m_databases.resize(index + 1);
    }
    DatabaseText& cached = m_databases[index];
    if (cached.members.isEmpty() || !(cached.db == db)) {
        cached.members = indented(QJsonDocument(databaseToJson(db, false)), 2, true);
        cached.tables.resize(db.tables.size());
        for (qsizetype t = 0; t < db.tables.size(); ++t) {
            TableText& table = cached.tables[t];
            if (table.text.isEmpty() || !(table.table == db.tables.at(t))) {
                table.table = db.tables.at(t);
                table.text = indented(QJsonDocument(tableToJson(table.table)), 4);
            }
        }
        cached.db = db;
    }
    bool ok = put(cached.members) && put(",\n            \"tables\": [");
    for (qsizetype t = 0; ok && t < cached.tables.size(); ++t) {
        ok = put(t == 0 ? "\n                " : ",\n                ") &&
             put(cached.tables.at(t).text);
    }
    return ok && put(db.tables.isEmpty() ? "]\n        }" : "\n            ]\n        }");
}

bool writeStateJson(QIODevice& out, const MigrationState& state, StateTextCache& cache) {
    const std::function<bool(const QByteArray&)> put = [&out](const QByteArray& bytes) {
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(indented(QJsonDocument(state.headerJson()), 0, true)) &&
              put(",\n    \"checks\": ") && put(cache.checks(state.checks)) &&
              put(",\n    \"databases\": [");
    for (qsizetype i = 0; ok && i < state.databases.size(); ++i) {
        ok = put(i == 0 ? "\n        " : ",\n        ") &&
             cache.database(i, state.databases.at(i), put);
    }
    return ok && put(state.databases.isEmpty() ? "]\n}\n" : "\n    ]\n}\n");
}

} // namespace pgm
