#include "StateFile.h"

#include <QIODevice>
#include <QJsonDocument>

namespace pgm {

namespace {

/// `object` as QJsonDocument indents it, `depth` levels in (four spaces a level; the caller
/// writes the first line's), so the file reads as QJsonDocument wrote it whole. `open`: without
/// its closing brace, so that more members can follow.
QByteArray indented(const QJsonObject& object, qsizetype depth, bool open) {
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(open ? 3 : 1); // "\n}\n" or "\n"
    if (depth > 0) {
        const QByteArray newline = QByteArray("\n").append(QByteArray(depth * 4, ' '));
        text.replace("\n", newline);
    }
    return text;
}

} // namespace

bool writeStateJson(QIODevice& out, const MigrationState& state) {
    const auto put = [&out](const QByteArray& bytes) {
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(indented(state.toJson(false), 0, true)) && put(",\n    \"databases\": [");
    for (qsizetype i = 0; ok && i < state.databases.size(); ++i) {
        const DatabaseState& db = state.databases.at(i);
        ok = put(i == 0 ? "\n        " : ",\n        ") &&
             put(indented(databaseToJson(db, false), 2, true)) &&
             put(",\n            \"tables\": [");
        for (qsizetype t = 0; ok && t < db.tables.size(); ++t) {
            ok = put(t == 0 ? "\n                " : ",\n                ") &&
                 put(indented(tableToJson(db.tables.at(t)), 4, false));
        }
        ok = ok && put(db.tables.isEmpty() ? "]\n        }" : "\n            ]\n        }");
    }
    return ok && put(state.databases.isEmpty() ? "]\n}\n" : "\n    ]\n}\n");
}

} // namespace pgm
