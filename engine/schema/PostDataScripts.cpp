#include "PostDataScripts.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <algorithm>

namespace pgm {

namespace {

// What an entry costs beyond its table's bytes: a small table's index is mostly catalog work.
constexpr qint64 kEntryCost = qint64{64} * 1024;

bool scriptableType(const TocEntry& entry) {
    // "FK CONSTRAINT" and "CHECK CONSTRAINT" start otherwise; NOT VALID checks are rare.
    return entry.rest.startsWith(QLatin1String("INDEX ")) ||
           entry.rest.startsWith(QLatin1String("CONSTRAINT ")) ||
           entry.rest.startsWith(QLatin1String("TRIGGER "));
}

} // namespace

PostDataPlan planPostDataScripts(const QList<TocEntry>& entries,
                                 const QHash<qsizetype, EntryTable>& tables, int sessions,
                                 qint64 maxTableBytes, qsizetype minEntries) {
    PostDataPlan plan;
    // Each table's entries (by index into `entries`), tables in order of first appearance.
    QList<quint32> order;
    QHash<quint32, QList<qsizetype>> byTable;
    QHash<quint32, qint64> bytes;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto found = tables.constFind(i);
        if (found == tables.cend() || found->bytes > maxTableBytes || !scriptableType(entries[i])) {
            ++plan.restLong; // scripted or not, each of these stays with pg_restore
            continue;
        }
        if (!byTable.contains(found->table)) {
            order << found->table;
            bytes.insert(found->table, found->bytes);
        }
        byTable[found->table] << i;
    }
    qsizetype scriptable = 0;
    for (const QList<qsizetype>& own : std::as_const(byTable)) {
        scriptable += own.size();
    }
    if (sessions < 1 || scriptable < std::max<qsizetype>(1, minEntries)) {
        plan.rest = entries;
        return plan;
    }
    // Largest first, each to the least loaded script (stable: equal tables keep their order).
    std::stable_sort(order.begin(), order.end(),
                     [&bytes](quint32 a, quint32 b) { return bytes.value(a) > bytes.value(b); });
    const int count = int(std::min<qsizetype>(sessions, order.size()));
    QList<qint64> load(count, 0);
    QList<QList<qsizetype>> chosen(count);
    QHash<qsizetype, bool> scripted;
    for (const quint32 table : std::as_const(order)) {
        const auto least = std::min_element(load.begin(), load.end()) - load.begin();
        const QList<qsizetype>& own = byTable.value(table);
        load[least] += bytes.value(table) + kEntryCost * own.size();
        chosen[least] << own;
        for (const qsizetype i : own) {
            scripted.insert(i, true);
        }
    }
    for (QList<qsizetype>& script : chosen) {
        std::sort(script.begin(), script.end()); // the archive's order, within a script
        QList<TocEntry> own;
        for (const qsizetype i : std::as_const(script)) {
            own << entries[i];
        }
        plan.scripts << own;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!scripted.contains(i)) {
            plan.rest << entries[i];
        }
    }
    return plan;
}

QHash<qsizetype, EntryTable> entryTables(PgConnection& source, const QList<TocEntry>& entries) {
    QList<qsizetype> asked;
    QStringList catalogs;
    QStringList oids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].catalog != 0 && scriptableType(entries[i])) {
            asked << i;
            catalogs << QString::number(entries[i].catalog);
            oids << QString::number(entries[i].oid);
        }
    }
    QHash<qsizetype, EntryTable> tables;
    if (asked.isEmpty()) {
        return tables;
    }
    // One round trip. A foreign key locks two tables, a partitioned table's index or trigger
    // reaches its partitions, a partition's is attached to its parent's: none of them here.
    const PgResult found = source.exec(
        QStringLiteral(
            "SELECT x.n, r.oid, pg_relation_size(r.oid) "
            "FROM unnest($1::oid[], $2::oid[]) WITH ORDINALITY x(cls, obj, n) "
            "LEFT JOIN pg_index i ON x.cls = 'pg_class'::regclass AND i.indexrelid = x.obj "
            "LEFT JOIN pg_constraint c ON x.cls = 'pg_constraint'::regclass AND c.oid = x.obj "
            "  AND c.contype <> 'f' "
            "LEFT JOIN pg_trigger t ON x.cls = 'pg_trigger'::regclass AND t.oid = x.obj "
            "  AND t.tgconstrrelid = 0 "
            "JOIN pg_class r ON r.oid = coalesce(i.indrelid, c.conrelid, t.tgrelid) "
            "WHERE r.relkind = 'r' AND NOT r.relispartition"),
        {QLatin1Char('{') + catalogs.join(QLatin1Char(',')) + QLatin1Char('}'),
         QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}')},
        QCoreApplication::translate("Runner", "find the tables of the indexes and constraints"));
    for (int row = 0; row < found.rows(); ++row) {
        const qsizetype n = found.integer(row, 0) - 1;
        if (n >= 0 && n < asked.size()) {
            tables.insert(asked[n],
                          EntryTable{quint32(found.integer(row, 1)), found.integer(row, 2)});
        }
    }
    return tables;
}

} // namespace pgm
