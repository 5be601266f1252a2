// Verification while copying: a table's rows are digested in the client as they stream from the
// source and again as they are read back from the target (CopyDigest), instead of both servers
// hashing every row's text after the copy. The digest must catch a changed row, must not care
// about the target's row order, and must never be used for a table whose COPY bytes differ
// between clusters for equal values (arrays of a user type embed the type's oid).
#include "EarlyPrimaryKey.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "ProcessMemory.h"
#include "ReadBackParts.h"
#include "ReadBackWithKey.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_copydigest");

const QString kSchema = QStringLiteral(
    "CREATE TYPE mood AS ENUM ('calm', 'busy'); "
    "CREATE DOMAIN positive AS int CHECK (VALUE > 0); "
    "CREATE TYPE pair AS (a int, b text); "
    "CREATE TABLE plain (id int PRIMARY KEY, name text, price float8, payload bytea, "
    "  tags text[], at timestamptz, m mood, p positive, span int4range); "
    "CREATE TABLE moods (id int PRIMARY KEY, ms mood[]); "
    "CREATE TABLE pairs (id int PRIMARY KEY, pr pair); "
    "CREATE TABLE aliases (id int PRIMARY KEY, rel regclass); "
    "CREATE TABLE computed (id int PRIMARY KEY, twice int GENERATED ALWAYS AS (id * 2) STORED); "
    "CREATE INDEX ON computed ((id + 1)); "
    "CREATE TABLE parted (id int) PARTITION BY RANGE (id); "
    "CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (100)");

TableInfo tableNamed(const QList<TableInfo>& tables, const QString& qualified) {
    for (const TableInfo& table : tables) {
        if (table.qualified == qualified) {
            return table;
        }
    }
    return {};
}

/// Creates the table `definition` ("name (columns)", in public) on both servers and fills it on
/// the source with the rows `select` returns; then opens the source's snapshot, as the copy
/// does, and returns the table as the copy sees it.
TableInfo tableOnBoth(PgConnection& source, PgConnection& target, const QString& definition,
                      const QString& select) {
    const QString name = definition.section(QLatin1Char(' '), 0, 0);
    source.execScript(QStringLiteral("CREATE TABLE ") + definition +
                      QStringLiteral("; INSERT INTO ") + name + QLatin1Char(' ') + select);
    target.execScript(QStringLiteral("CREATE TABLE ") + definition);
    source.execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    return tableNamed(listTables(source, {}), QStringLiteral("public.") + name);
}

} // namespace

class TestCopyDigest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(kSchema);
        source->execScript(QStringLiteral(
            "INSERT INTO plain SELECT i, 'name ' || i, CASE WHEN i % 7 = 0 THEN NULL ELSE i / "
            "3.0 END, decode(md5(i::text), 'hex'), ARRAY['a' || i, NULL], "
            "'2024-01-01'::timestamptz + i * interval '1 minute', "
            "(ARRAY['calm', 'busy']::mood[])[1 + i % 2], i, int4range(i, i + 10) "
            "FROM generate_series(1, 3000) i; "
            "INSERT INTO moods SELECT i, ARRAY['calm', 'busy']::mood[] FROM generate_series(1, 50) "
            "i"));
        // Other oids for the same types on the target, as between two real clusters.
        auto target = pgtest::connect(Cluster::Target, kDb);
        target->execScript(QStringLiteral("CREATE TYPE shifts_oids AS ENUM ('x'); ") + kSchema);
    }

    // Other tests migrate every source database: none of this one's may be left behind.
    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void onlyTablesWhoseBytesCompareAreDigested() {
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        QVERIFY(tableNamed(tables, QStringLiteral("public.plain")).digestable);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.moods")).digestable);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.pairs")).digestable);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.aliases")).digestable);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.computed")).digestable);
    }

    void statisticsThatNeedMoreThanTheRowsWait() {
        // Analyzed while the copy goes on: only tables whose statistics need nothing else.
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        QVERIFY(tableNamed(tables, QStringLiteral("public.plain")).analyzableAlone);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.computed")).analyzableAlone);
        QVERIFY(!tableNamed(tables, QStringLiteral("public.parted_1")).analyzableAlone);
    }

    void readBackMatchesInAnyOrderAndCatchesAChangedRow() {
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const TableInfo plain = tableNamed(listTables(*source, {}), QStringLiteral("public.plain"));
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, plain, options, nullptr, {});
        QVERIFY(copied.digested);
        QVERIFY(copied.usedBinary);
        QCOMPARE(copied.rows, qint64(3000));
        QCOMPARE(copied.digestRows, qint64(3000));
        TableComparison same = compareReadBack(*target, plain, copied);
        QVERIFY2(same.matches(), qPrintable(same.describe()));

        // Rows moved to other pages (an update to the same values): another order, same rows.
        target->execScript(QStringLiteral("UPDATE plain SET name = name WHERE id % 3 = 0"));
        same = compareReadBack(*target, plain, copied);
        QVERIFY2(same.matches(), qPrintable(same.describe()));

        target->execScript(QStringLiteral("UPDATE plain SET name = 'changed' WHERE id = 7"));
        const TableComparison changed = compareReadBack(*target, plain, copied);
        QVERIFY(!changed.matches());
        QCOMPARE(changed.describe(),
                 QStringLiteral("public.plain: same row count (3000) but different contents"));

        target->execScript(QStringLiteral("UPDATE plain SET name = 'name 7' WHERE id = 7; "
                                          "DELETE FROM plain WHERE id = 8"));
        const TableComparison missing = compareReadBack(*target, plain, copied);
        QCOMPARE(missing.describe(),
                 QStringLiteral("public.plain: 3000 rows on the source, 2999 on the target"));
    }

    void pageRangesCoverEveryPageOnce() {
        QCOMPARE(pageRanges(10, 1), QStringList{QStringLiteral("true")});
        QCOMPARE(pageRanges(3000, 3),
                 (QStringList{QStringLiteral("ctid < '(1000,0)'::tid"),
                              QStringLiteral("ctid >= '(1000,0)'::tid AND ctid < '(2000,0)'::tid"),
                              QStringLiteral("ctid >= '(2000,0)'::tid")}));
    }

    void readBackInPartsAddsUpToTheWhole() {
        // A large table is read back on several sessions at once, in ranges of pages: the
        // parts' digests must add up to the whole table's, and a changed row in any part show.
        auto target = pgtest::connect(Cluster::Target, kDb);
        target->execScript(QStringLiteral(
            "CREATE TABLE big (id int PRIMARY KEY, pad text); "
            "INSERT INTO big SELECT i, repeat(md5(i::text), 3) FROM generate_series(1, 200000) i"));
        TableInfo big;
        big.qualified = QStringLiteral("public.big");
        big.columns = QStringList{QStringLiteral("id"), QStringLiteral("pad")};
        ReadBackSessions sessions;
        sessions.target = pgtest::settings(Cluster::Target).withDatabase(kDb);
        sessions.extra = 2;
        const CopyDigest whole = digestTable(*target, big, true);
        QCOMPARE(whole.rows(), qint64(200000));
        const CopyDigest parted = digestTableInParts(*target, big, true, sessions);
        QCOMPARE(parted.rows(), whole.rows());
        QCOMPARE(parted.text(), whole.text());

        target->execScript(QStringLiteral("UPDATE big SET pad = 'changed' WHERE id = 199999"));
        const CopyDigest changed = digestTableInParts(*target, big, true, sessions);
        QCOMPARE(changed.rows(), whole.rows());
        QVERIFY(changed.text() != whole.text());
        target->execScript(QStringLiteral("DROP TABLE big"));
    }

    void rowsLargerThanAPieceArriveWhole_data() {
        QTest::addColumn<bool>("binary");
        QTest::newRow("binary") << true;
        QTest::newRow("text") << false;
    }

    void rowsLargerThanAPieceArriveWhole() {
        // A row of many megabytes goes to the target in pieces that do not follow the rows: the
        // target must still store every row whole, and the digests still match.
        QFETCH(bool, binary);
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const TableInfo wide = tableOnBoth(
            *source, *target, QStringLiteral("wide (id int PRIMARY KEY, body bytea, note text)"),
            QStringLiteral("SELECT i, decode(repeat(md5(i::text), "
                           "(ARRAY[0, 16383, 16384, 65537, 200000])[i]), 'hex'), "
                           "repeat('n', i * 100000) FROM generate_series(1, 5) i"));
        CopyOptions options;
        options.binary = binary;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, wide, options, nullptr, {});
        QCOMPARE(copied.usedBinary, binary);
        QCOMPARE(copied.rows, qint64(5));
        const TableComparison same = compareReadBack(*target, wide, copied);
        QVERIFY2(same.matches(), qPrintable(same.describe()));
        source->execScript(QStringLiteral("COMMIT"));
        const QString rows = QStringLiteral(
            "SELECT string_agg(id || ':' || length(body) || ':' || md5(body) || ':' || "
            "length(note), ',' ORDER BY id) FROM wide");
        const QString expected = source->exec(rows).text(0, 0);
        QVERIFY(expected.contains(QStringLiteral("5:3200000:")));
        QCOMPARE(target->exec(rows).text(0, 0), expected);
        source->execScript(QStringLiteral("DROP TABLE wide"));
        target->execScript(QStringLiteral("DROP TABLE wide"));
    }

    void aTableIsSizedWithItsToast() {
        // One row of 3 MB lives in the table's TOAST, not in its pages: sized by its pages alone
        // it would be listed after a table of 3000 short rows and start last.
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(QStringLiteral("CREATE TABLE docs (id int PRIMARY KEY, body text); "
                                          "INSERT INTO docs SELECT 1, string_agg(md5(i::text), '') "
                                          "FROM generate_series(1, 100000) i"));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        source->execScript(QStringLiteral("COMMIT; DROP TABLE docs"));
        QVERIFY(tables.size() > 2);
        QCOMPARE(tables.first().qualified, QStringLiteral("public.docs"));
        QVERIFY(tables.first().bytes > 1024 * 1024);
    }

    void aWideRowIsNotHeldTwiceOnTheWayToTheTarget() {
        // libpq must hold a row it receives whole, but what it sends it may send in pieces: a
        // copy of 24 MB rows grows this process by the incoming buffer and one row (47 to 57 MB
        // measured), not by an outgoing buffer of the row's size as well (80 MB before).
        if (pgtest::addressSanitized()) {
            QSKIP("AddressSanitizer holds freed memory back (quarantine): no peak to measure");
        }
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const TableInfo huge =
            tableOnBoth(*source, *target, QStringLiteral("huge (id int PRIMARY KEY, body bytea)"),
                        QStringLiteral("SELECT i, decode(repeat(md5(i::text), 1500000), 'hex') "
                                       "FROM generate_series(1, 2) i"));
        if (!pgtest::resetPeakMemory()) {
            QSKIP("no /proc/self/clear_refs to measure the peak with");
        }
        const qint64 before = pgtest::residentMemory().now;
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, huge, options, nullptr, {});
        const qint64 grown = pgtest::residentMemory().peak - before;
        qInfo("copying two 24 MB rows raised the peak by %lld kB", grown);
        QCOMPARE(copied.rows, qint64(2));
        QVERIFY2(grown < 66 * 1024, qPrintable(QStringLiteral("grew by %1 kB").arg(grown)));
        source->execScript(QStringLiteral("COMMIT; DROP TABLE huge"));
        target->execScript(QStringLiteral("DROP TABLE huge"));
    }

    void primaryKeysOnlyPgRestoreCanWriteAreLeftToIt() {
        // Built early only where ADD CONSTRAINT ... USING INDEX writes what pg_restore would.
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(
            QStringLiteral("CREATE TABLE keyed (id int PRIMARY KEY, v text); "
                           "CREATE TABLE \"odd \"\"key\"\" ü\" (\"a b\" text COLLATE \"C\", n int, "
                           "  PRIMARY KEY (n, \"a b\")); "
                           "CREATE TABLE deferred (id int PRIMARY KEY DEFERRABLE); "
                           "CREATE TABLE covering (id int, x int, PRIMARY KEY (id) INCLUDE (x)); "
                           "CREATE TABLE clustered (id int PRIMARY KEY); "
                           "CLUSTER clustered USING clustered_pkey; "
                           "CREATE TABLE ident (id int PRIMARY KEY); "
                           "ALTER TABLE ident REPLICA IDENTITY USING INDEX ident_pkey; "
                           "CREATE TABLE filled (id int PRIMARY KEY WITH (fillfactor = 70)); "
                           "CREATE TABLE keyless (id int)"));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const auto keyOf = [&](const QString& qualified) {
            TableInfo table;
            table.qualified = qualified;
            return earlyPrimaryKey(*source, table);
        };
        const std::optional<EarlyPrimaryKey> keyed = keyOf(QStringLiteral("public.keyed"));
        QVERIFY(keyed);
        QCOMPARE(keyed->createIndex,
                 QStringLiteral("CREATE UNIQUE INDEX keyed_pkey ON public.keyed USING btree (id)"));
        QCOMPARE(keyed->addConstraint, QStringLiteral("ALTER TABLE ONLY public.keyed ADD "
                                                      "CONSTRAINT keyed_pkey PRIMARY KEY USING "
                                                      "INDEX keyed_pkey"));
        const std::optional<EarlyPrimaryKey> odd =
            keyOf(QStringLiteral("public.\"odd \"\"key\"\" ü\""));
        QVERIFY(odd);
        QVERIFY2(odd->createIndex.endsWith(QStringLiteral("USING btree (n, \"a b\")")),
                 qPrintable(odd->createIndex));
        for (const char* other :
             {"deferred", "covering", "clustered", "ident", "filled", "keyless", "gone"}) {
            QVERIFY2(!keyOf(QStringLiteral("public.") + QLatin1String(other)), other);
        }
        // A table that is not there any more leaves the copy's transaction usable.
        QCOMPARE(source->exec(QStringLiteral("SELECT 1")).scalar(), QStringLiteral("1"));
    }

    void primaryKeyBuiltWhileReadingBackIsTheSourcesKey() {
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(QStringLiteral(
            "CREATE TABLE early (id bigint PRIMARY KEY, v text); "
            "INSERT INTO early SELECT i, md5(i::text) FROM generate_series(1, 5000) i"));
        target->execScript(QStringLiteral("CREATE TABLE early (id bigint NOT NULL, v text)"));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const TableInfo early = tableNamed(listTables(*source, {}), QStringLiteral("public.early"));
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, early, options, nullptr, {});
        EarlyKeyWork key;
        key.key = earlyPrimaryKey(*source, early);
        key.analyze = QStringLiteral("ANALYZE public.early");
        QVERIFY(key.key);
        ReadBackSessions sessions;
        sessions.target = pgtest::settings(Cluster::Target).withDatabase(kDb);
        sessions.extra = 1;
        bool built = false;
        const TableComparison same =
            readBackBuildingKey(*target, early, copied, sessions, key, &built);
        QVERIFY2(same.matches(), qPrintable(same.describe()));
        QVERIFY(built);
        const QString definition = QStringLiteral(
            "SELECT string_agg(conname || ' ' || pg_get_constraintdef(c.oid) || ' ' || "
            "pg_get_indexdef(conindid), '; ') FROM pg_constraint c WHERE conrelid = "
            "'public.early'::regclass");
        QCOMPARE(target->exec(definition).scalar(), source->exec(definition).scalar());
        QCOMPARE(target
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = "
                                           "'early'"))
                     .scalar(),
                 QStringLiteral("2")); // analyzed on the key's session, before its build

        // A key that cannot be built (duplicates) fails the table and leaves no index behind.
        target->execScript(QStringLiteral("ALTER TABLE early DROP CONSTRAINT early_pkey; "
                                          "INSERT INTO early VALUES (1, 'twice')"));
        bool failed = false;
        try {
            readBackBuildingKey(*target, early, copied, sessions, key, &built);
        } catch (const PgError& error) {
            failed = true;
            QVERIFY2(error.describe().contains(QStringLiteral("early")),
                     qPrintable(error.describe()));
        }
        QVERIFY(failed);
        QVERIFY(!built);
        QCOMPARE(target
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = "
                                           "'early'"))
                     .scalar(),
                 QStringLiteral("0"));
        target->execScript(QStringLiteral("DROP TABLE early"));
    }

    void theServersChecksumByTypeOrElseByText_data() {
        QTest::addColumn<QString>("sourceId");
        QTest::addColumn<QString>("targetId");
        QTest::addColumn<bool>("byType");
        QTest::newRow("the same types") << QStringLiteral("int") << QStringLiteral("int") << true;
        // hashint4extended() does not take a bigint: the checksum is taken again by text.
        QTest::newRow("an int the target holds as bigint")
            << QStringLiteral("int") << QStringLiteral("bigint") << false;
        // hashint8extended() takes an int by a cast, and hashes it otherwise: the letters
        // differ on the target, and the text is compared.
        QTest::newRow("a bigint the target holds as int")
            << QStringLiteral("bigint") << QStringLiteral("int") << false;
    }

    void theServersChecksumByTypeOrElseByText() {
        QFETCH(QString, sourceId);
        QFETCH(QString, targetId);
        QFETCH(bool, byType);
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const QString columns = QStringLiteral(
            ", v bigint, s smallint, b bool, t text, c char(4), u uuid, n numeric, f float8)");
        source->execScript(
            QStringLiteral("DROP TABLE IF EXISTS typed; CREATE TABLE typed (id ") + sourceId +
            columns +
            QStringLiteral("; INSERT INTO typed SELECT i, CASE WHEN i % 9 = 0 THEN NULL "
                           "ELSE (i - 250) * 4294967296 END, (i - 250)::smallint, "
                           "i % 2 = 0, CASE WHEN i % 7 = 0 THEN NULL ELSE 'wört ' || i END, "
                           "CASE WHEN i % 5 = 0 THEN '' ELSE 'c' || i % 100 END, "
                           "md5(i::text)::uuid, i / 7.0, i / 3.0 "
                           "FROM generate_series(1, 500) i"));
        target->execScript(QStringLiteral("DROP TABLE IF EXISTS typed; CREATE TABLE typed (id ") +
                           targetId + columns);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        pinTextOutput(*source);
        pinTextOutput(*target);
        const TableInfo typed = tableNamed(listTables(*source, {}), QStringLiteral("public.typed"));
        // By name: b, c, f, id, n, s, t, u, v.
        QCOMPARE(typed.checksumLetters,
                 QByteArray("bps") + (sourceId == QLatin1String("int") ? "4" : "8") + "s2tu8");
        QVERIFY(checksumQuery(typed, true).contains(QStringLiteral("hashint2extended")));
        QVERIFY(!checksumQuery(typed, true, false).contains(QStringLiteral("hashint2extended")));
        // In binary first, as between servers of one major; a column of another type on the
        // target refuses the bytes (an int's 4 into a bigint, a bigint's 8 into an int), and
        // the table is copied again in text.
        const CopyResult loaded = copyTable(*source, *target, typed, CopyOptions(), nullptr, {});
        QCOMPARE(loaded.usedBinary, byType);
        QCOMPARE(loaded.rows, qint64(500));
        const TableComparison copied = compareTable(*source, *target, typed);
        QVERIFY2(copied.matches(), qPrintable(copied.describe()));
        // Whether the target could take the checksum by type, as compareTable() first tries.
        PgResult ignored;
        QString state;
        QString message;
        QCOMPARE(target->tryExecScript(checksumQuery(typed, true), &ignored, &state, &message),
                 byType);
        const QStringList changes{
            QStringLiteral("v = v # 4294967297 WHERE id = 1"), // the same bigint fold
            QStringLiteral("s = CASE id WHEN 1 THEN 2::smallint ELSE 1::smallint END "
                           "WHERE id IN (1, 2)"), // two rows' values swapped
            QStringLiteral("c = 'c9' WHERE id = 1"), QStringLiteral("b = NOT b WHERE id = 3")};
        for (const QString& change : changes) {
            // Inside a transaction, as the source's snapshot is: a checksum by type that
            // fails there must leave it usable for the one by text.
            target->execScript(QStringLiteral("BEGIN; UPDATE typed SET ") + change);
            const TableComparison changed = compareTable(*source, *target, typed);
            QVERIFY2(changed.error.isEmpty(), qPrintable(changed.describe()));
            QCOMPARE(changed.targetRows, qint64(500));
            QVERIFY2(changed.sourceChecksum != changed.targetChecksum, qPrintable(change));
            target->execScript(QStringLiteral("ROLLBACK"));
        }
        source->execScript(QStringLiteral("COMMIT; DROP TABLE typed"));
        target->execScript(QStringLiteral("DROP TABLE typed"));
    }

    void aLostTargetOrAFailedChecksumIsAnError() {
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        pinTextOutput(*source);
        pinTextOutput(*target);
        const TableInfo plain = tableNamed(listTables(*source, {}), QStringLiteral("public.plain"));
        copyTable(*source, *target, plain, CopyOptions(), nullptr, {});
        QVERIFY(compareTable(*source, *target, plain).matches());
        // A checksum the source refuses is an error, and leaves the snapshot usable for the
        // next table.
        TableInfo refused = plain;
        refused.filter = QStringLiteral("WHERE no_such_column > 0");
        const TableComparison failed = compareTable(*source, *target, refused);
        QVERIFY(!failed.matches());
        QVERIFY2(failed.error.startsWith(QStringLiteral("source: ")), qPrintable(failed.error));
        QVERIFY(compareTable(*source, *target, plain).matches());
        // A target lost in the middle never compares as equal (no rows on either side).
        auto admin = pgtest::connect(Cluster::Target, kDb);
        admin->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"),
                    {QString::number(PQbackendPID(target->raw()))});
        const TableComparison lost = compareTable(*source, *target, plain);
        QVERIFY(!lost.matches());
        QVERIFY2(lost.error.startsWith(QStringLiteral("target: ")), qPrintable(lost.error));
    }

    void arraysOfAUserTypeWouldDifferInBytes() {
        // Why `moods` is compared on the servers: equal rows, other bytes (the enum's oid).
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        pinTextOutput(*source);
        pinTextOutput(*target);
        const TableInfo moods = tableNamed(listTables(*source, {}), QStringLiteral("public.moods"));
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, moods, options, nullptr, {});
        QVERIFY(!compareReadBack(*target, moods, copied).matches());
        const TableComparison onServers = compareTable(*source, *target, moods);
        QVERIFY2(onServers.matches(), qPrintable(onServers.describe()));
    }
};

PGM_PG_TEST_MAIN(TestCopyDigest)
#include "tst_copydigest.moc"
