// Which post-data entries go as scripts, and to which session (PostDataScripts): whole tables
// per script, so no two sessions can wait on each other; the rest for pg_restore, in order.
#include "PostDataScripts.h"

#include <QTest>

using namespace pgm;

namespace {

// n entries of `type` ("INDEX", "CONSTRAINT", "FK CONSTRAINT", ...), dump ids from `first`.
TocEntry entry(int dumpId, const QString& type) {
    TocEntry made;
    made.dumpId = dumpId;
    made.catalog = 1259;
    made.oid = quint32(10000 + dumpId);
    made.rest = type + QStringLiteral(" public x%1 postgres").arg(dumpId);
    made.line = QStringLiteral("%1; 1259 %2 ").arg(dumpId).arg(made.oid) + made.rest;
    return made;
}

QList<int> ids(const QList<TocEntry>& entries) {
    QList<int> out;
    for (const TocEntry& one : entries) {
        out << one.dumpId;
    }
    return out;
}

// `tables` small tables with an index and a key each (entries 2i and 2i+1 on table i), then a
// foreign key per table (not mapped: it locks two tables).
QList<TocEntry> schema(int tables, QHash<qsizetype, EntryTable>* map, qint64 bytes = 8192) {
    QList<TocEntry> entries;
    for (int t = 0; t < tables; ++t) {
        map->insert(entries.size(), EntryTable{quint32(500 + t), bytes});
        entries << entry(int(entries.size()) + 1, QStringLiteral("INDEX"));
        map->insert(entries.size(), EntryTable{quint32(500 + t), bytes});
        entries << entry(int(entries.size()) + 1, QStringLiteral("CONSTRAINT"));
    }
    for (int t = 0; t < tables; ++t) {
        entries << entry(int(entries.size()) + 1, QStringLiteral("FK CONSTRAINT"));
    }
    return entries;
}

} // namespace

class TestPostDataPlan : public QObject {
    Q_OBJECT
private slots:
    void wholeTablesPerScriptInArchiveOrder() {
        QHash<qsizetype, EntryTable> map;
        const QList<TocEntry> entries = schema(40, &map);
        const PostDataPlan plan = planPostDataScripts(entries, map, 3);
        QCOMPARE(plan.scripts.size(), 3);
        QHash<quint32, int> scriptOf; // table -> script
        qsizetype scripted = 0;
        for (int s = 0; s < plan.scripts.size(); ++s) {
            const QList<int> own = ids(plan.scripts[s]);
            QVERIFY(std::is_sorted(own.begin(), own.end()));
            // Equal tables: the scripts differ by one table at most.
            QVERIFY2(std::abs(own.size() - 80 / 3) <= 2, qPrintable(QString::number(own.size())));
            for (const TocEntry& one : plan.scripts[s]) {
                const quint32 table = map.value(one.dumpId - 1).table; // dump ids count from 1
                QVERIFY2(scriptOf.value(table, s) == s, "a table's entries in two scripts");
                scriptOf.insert(table, s);
            }
            scripted += own.size();
        }
        QCOMPARE(scripted, 80);
        // The foreign keys, in their order, for pg_restore.
        QCOMPARE(plan.rest.size(), 40);
        for (const TocEntry& one : plan.rest) {
            QVERIFY(one.rest.startsWith(QLatin1String("FK CONSTRAINT")));
        }
        const QList<int> rest = ids(plan.rest);
        QVERIFY(std::is_sorted(rest.begin(), rest.end()));
    }

    void largeTablesAndOtherTypesStayWithPgRestore() {
        QHash<qsizetype, EntryTable> map;
        QList<TocEntry> entries = schema(40, &map);
        // Table 0 is large; entry 5 is a TRIGGER, entry 7 a COMMENT mapped by mistake.
        map[0].bytes = map[1].bytes = kScriptedTableBytes + 1;
        entries[4].rest = QStringLiteral("TRIGGER public t tr postgres");
        entries[6].rest = QStringLiteral("COMMENT public INDEX x postgres");
        const PostDataPlan plan = planPostDataScripts(entries, map, 2);
        QList<int> rest = ids(plan.rest);
        QVERIFY(rest.contains(1) && rest.contains(2)); // the large table's
        QVERIFY(rest.contains(7));                     // not a scriptable type
        QVERIFY(!rest.contains(5));                    // a trigger is
        QCOMPARE(rest.size(), 40 + 3);
        QVERIFY(std::is_sorted(rest.begin(), rest.end()));
    }

    void largestTablesSpreadFirst() {
        QHash<qsizetype, EntryTable> map;
        const QList<TocEntry> entries = schema(40, &map);
        // Tables 0 and 1 are the two largest: each leads its own script.
        map[0].bytes = map[1].bytes = 4 << 20;
        map[2].bytes = map[3].bytes = 3 << 20;
        const PostDataPlan plan = planPostDataScripts(entries, map, 2);
        QCOMPARE(plan.scripts.size(), 2);
        QVERIFY(ids(plan.scripts[0]).contains(1) != ids(plan.scripts[1]).contains(1));
        QVERIFY(ids(plan.scripts[0]).contains(1) != ids(plan.scripts[0]).contains(3));
    }

    void fewEntriesAreNotScripted() {
        QHash<qsizetype, EntryTable> map;
        const QList<TocEntry> entries = schema(int(kMinScriptedEntries / 2) - 1, &map);
        const PostDataPlan plan = planPostDataScripts(entries, map, 2);
        QVERIFY(plan.scripts.isEmpty());
        QCOMPARE(ids(plan.rest), ids(entries));
        // Only the foreign keys may take long: the small tables' keys and indexes do not.
        QCOMPARE(plan.restLong, qsizetype(kMinScriptedEntries / 2 - 1));
    }

    void aDistantTargetsFewEntriesAreScripted() {
        // The runner asks for scripts from one entry on when the target is far: pg_restore's
        // own session and one round trip per statement then cost more than the entries.
        QHash<qsizetype, EntryTable> map;
        const QList<TocEntry> entries = schema(3, &map);
        const PostDataPlan plan = planPostDataScripts(entries, map, 2, kScriptedTableBytes, 1);
        QCOMPARE(plan.scripts.size(), 2);
        QCOMPARE(ids(plan.scripts[0]).size() + ids(plan.scripts[1]).size() + ids(plan.rest).size(),
                 entries.size());
        QVERIFY(!plan.rest.isEmpty()); // the foreign keys stay with pg_restore
    }

    void whatMayTakeLongIsCountedWhetherScriptedOrNot() {
        // pg_restore gets a job per entry that may take long, at most: a large table's index,
        // a foreign key, a type no script holds; not a small table's index, key or trigger.
        for (const int tables : {2, 40}) {
            QHash<qsizetype, EntryTable> map;
            QList<TocEntry> entries = schema(tables, &map);
            map[0].bytes = kScriptedTableBytes + 1; // table 0's index: large
            entries[3].rest = QStringLiteral("COMMENT public INDEX x postgres"); // mapped, wrong
            const PostDataPlan plan = planPostDataScripts(entries, map, 2);
            QCOMPARE(plan.scripts.isEmpty(), tables == 2);
            QCOMPARE(plan.restLong, qsizetype(tables + 2));
        }
        QHash<qsizetype, EntryTable> map;
        const QList<TocEntry> keys = {entry(1, QStringLiteral("CONSTRAINT")),
                                      entry(2, QStringLiteral("CONSTRAINT"))};
        map.insert(0, EntryTable{500, 8192});
        map.insert(1, EntryTable{501, 8192});
        QCOMPARE(planPostDataScripts(keys, map, 2).restLong, qsizetype(0)); // pgbench's two
    }

    void moreSessionsThanTablesMakeOneScriptPerTable() {
        QHash<qsizetype, EntryTable> map;
        QList<TocEntry> entries = schema(2, &map);
        // Two tables of 20 indexes each.
        for (int i = 0; i < 36; ++i) {
            map.insert(entries.size(), EntryTable{quint32(500 + i % 2), 8192});
            entries << entry(int(entries.size()) + 1, QStringLiteral("INDEX"));
        }
        const PostDataPlan plan = planPostDataScripts(entries, map, 8);
        QCOMPARE(plan.scripts.size(), 2);
        QCOMPARE(plan.scripts[0].size() + plan.scripts[1].size(), 40);
    }
};

QTEST_APPLESS_MAIN(TestPostDataPlan)
#include "tst_postdataplan.moc"
