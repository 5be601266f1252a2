// Verification while copying: a table's rows are digested in the client as they stream from the
// source and again as they are read back from the target (CopyDigest), instead of both servers
// hashing every row's text after the copy. The digest must catch a changed row, must not care
// about the target's row order, and must never be used for a table whose COPY bytes differ
// between clusters for equal values (arrays of a user type embed the type's oid).
#include "PgConnection.h"
#include "PgTestEnv.h"
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
