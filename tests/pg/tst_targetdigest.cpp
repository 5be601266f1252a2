// Verification without reading back: the target server checksums the rows it holds
// (digestOnTarget) as the client digested them on their way from the source (CopyDigest). The
// two must agree for every built-in type, NULLs, empty and TOASTed values and odd names, and
// disagree whenever the target's bytes differ, even where the values compare equal (1.0 and
// 1.00, 0 and -0), or where a type's own hash maps two values to one (bigint). What the
// server cannot checksum as the client did is read back instead.
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TargetDigest.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QTest>
#include <algorithm>
#include <libpq-fe.h>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_targetdigest");

const QString kTypes = QStringLiteral(
    "CREATE TYPE mood AS ENUM ('calm', 'busy'); "
    "CREATE DOMAIN positive AS int CHECK (VALUE > 0); "
    "CREATE TABLE kinds (id int PRIMARY KEY, gone int, i2 smallint, i8 bigint, n numeric, "
    "  f4 real, f8 float8, b bool, t text, v varchar(70), c char(12), by bytea, doc text, "
    "  d date, ts timestamp, tz timestamptz, tm time, ttz timetz, iv interval, u uuid, "
    "  j json, jb jsonb, ip inet, cr cidr, mac macaddr, mac8 macaddr8, bt bit(8), vb varbit, "
    "  m money, r int4range, tr tstzrange, mr int4multirange, ai int[], at text[], "
    "  grid int[][], e mood, p positive, tv tsvector, tq tsquery, pt point, bx box, "
    "  ci circle, ls lseg, pa path, pg polygon, li line, x xml, l pg_lsn, ch \"char\", "
    "  nm name, o oid, \"Odd \"\"name\"\" ü\" text); "
    "ALTER TABLE kinds DROP COLUMN gone");

// Rows that reach every type's edge cases: NULL in every column of one row in ten.
const QString kRows = QStringLiteral(
    "INSERT INTO kinds SELECT i, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE (i * 37 % 65536 - 32768)::smallint END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 13 THEN -1 WHEN i = 14 THEN "
    "       -9223372036854775808 WHEN i % 3 = 0 THEN -(i::bigint * 9007199254740) "
    "       ELSE i::bigint * 9007199254740 - 1 END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 3 THEN 'NaN' WHEN i = 4 THEN 'Infinity' "
    "       ELSE round(i / 7.0, i % 6) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 5 THEN '-0'::real ELSE i / 3.0::real END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 6 THEN 'NaN'::float8 "
    "       WHEN i = 7 THEN '-Infinity'::float8 WHEN i = 8 THEN '-0'::float8 "
    "       ELSE i / 3.0::float8 END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE i % 2 = 0 END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE repeat('ä', i % 40) || i END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE repeat('v', i % 70) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 15 THEN '' WHEN i = 16 THEN ' äö ü' "
    "       ELSE 'c' || i END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE decode(repeat(md5(i::text), i % 5), 'hex') END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i % 67 = 1 THEN repeat(md5(i::text), 3000) "
    "       ELSE '' END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE date '2000-02-29' + i * 17 END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE timestamp '1999-12-31 23:59:59.999999' + i * "
    "       interval '1 hour 1 microsecond' END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 9 THEN 'infinity' ELSE timestamptz "
    "       '2024-03-31 01:30+02' + i * interval '1 day' END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE time '00:00' + i * interval '7 minutes' END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ('12:34:56+0' || i % 10)::timetz END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE make_interval(0, i, 0, i, 0, 0, i / 7.0) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE md5(i::text)::uuid END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE json_build_object('i', i, 'a', ARRAY[i, NULL]) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE jsonb_build_object('i', i, 'k', repeat('k', i)) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i % 2 = 0 THEN ('10.0.' || i % 256 || '.1/24')::inet "
    "       ELSE ('2001:db8::' || i)::inet END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ('10.' || i % 256 || '.0.0/16')::cidr END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ('08:00:2b:01:02:' || lpad(to_hex(i % 256), 2, '0'))"
    "       ::macaddr END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ('08:00:2b:01:02:03:04:' || "
    "       lpad(to_hex(i % 256), 2, '0'))::macaddr8 END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE (i % 256)::bit(8) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE repeat('10', i % 9)::varbit END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE (i * 1.25)::money END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 11 THEN 'empty' ELSE int4range(i, i * 2) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE tstzrange(now() - i * interval '1 day', NULL) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE int4multirange(int4range(1, i), int4range(i + 5, "
    "       i + 9)) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL WHEN i = 12 THEN '{}' ELSE ARRAY[i, NULL, -i] END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ARRAY['a' || i, NULL, ''] END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ARRAY[[i, 2], [3, i]] END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE (ARRAY['calm', 'busy']::mood[])[1 + i % 2] END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE i END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE to_tsvector('simple', 'word' || i || ' other') END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE to_tsquery('simple', 'word' || i || ' & other') END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE point(i, -i / 3.0) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE box(point(0, 0), point(i, i)) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE circle(point(i, 1), i) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE lseg(point(0, i), point(i, 0)) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE path(polygon(box(point(0, 0), point(i, 1)))) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE polygon(box(point(0, 0), point(1, i))) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE line(point(0, 0), point(i, 1)) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE xmlelement(name item, i) END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE ('0/' || to_hex(i * 4096))::pg_lsn END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE chr(65 + i % 26)::\"char\" END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE repeat('n', i % 64)::name END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE i::oid END, "
    "  CASE WHEN i % 10 = 0 THEN NULL ELSE 'odd ' || i END "
    "FROM generate_series(1, 300) i");

} // namespace

class TestTargetDigest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source, kDb);
        source->execScript(kTypes + QStringLiteral("; ") + kRows);
        // Other oids on the target, as between two real clusters; the same columns but for
        // the one the source dropped.
        auto target = pgtest::connect(Cluster::Target, kDb);
        target->execScript(QStringLiteral("CREATE TYPE shifts_oids AS ENUM ('x'); ") +
                           QString(kTypes)
                               .replace(QStringLiteral("gone int, "), QString())
                               .remove(QStringLiteral("; ALTER TABLE kinds DROP COLUMN gone")));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        const auto kinds = std::find_if(tables.cbegin(), tables.cend(), [](const TableInfo& t) {
            return t.qualified == QLatin1String("public.kinds");
        });
        QVERIFY(kinds != tables.cend());
        m_kinds = *kinds;
        QVERIFY(m_kinds.digestable);
        // The types whose own hash tells every value apart are hashed by type, the rest by
        // their bytes (DigestColumns.h): int, smallint, bigint, bool, text, varchar, char(12),
        // a TOASTed text, uuid and the oddly named text.
        QCOMPARE(m_kinds.digestLetters,
                 QByteArray("428sssbttpstssssssu") + QByteArray(31, 's') + QByteArray("t"));
        CopyOptions options;
        options.digest = true;
        m_copied = copyTable(*source, *target, m_kinds, options, nullptr, {});
        QVERIFY(m_copied.usedBinary);
        QCOMPARE(m_copied.rows, qint64(300));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void theTargetChecksumsRowsAsTheClientDigestedThem_data() {
        QTest::addColumn<bool>("oneProcess");
        QTest::newRow("with parallel workers") << false;
        QTest::newRow("on one process") << true;
    }

    void theTargetChecksumsRowsAsTheClientDigestedThem() {
        QFETCH(bool, oneProcess);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, m_kinds, oneProcess);
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->rows(), m_copied.digestRows);
        QCOMPARE(onServer->text(), m_copied.digest);
        // And as the client digests the rows read back.
        const CopyDigest readBack = digestTable(*target, m_kinds, true);
        QCOMPARE(readBack.text(), m_copied.digest);
        // The session is left as it was found: no transaction, parallel workers allowed.
        QCOMPARE(PQtransactionStatus(target->raw()), PQTRANS_IDLE);
        QCOMPARE(target->exec(QStringLiteral("SHOW max_parallel_workers_per_gather")).text(0, 0),
                 QStringLiteral("2"));
    }

    void bytesThatDifferShowEvenWhereValuesCompareEqual_data() {
        QTest::addColumn<QString>("change");
        QTest::newRow("numeric scale") << QStringLiteral("n = 1.00 WHERE id = 7");
        QTest::newRow("negative zero") << QStringLiteral("f8 = 0 WHERE id = 8");
        QTest::newRow("a NULL") << QStringLiteral("t = NULL WHERE id = 1");
        QTest::newRow("an empty string") << QStringLiteral("doc = NULL WHERE id = 2");
        QTest::newRow("one byte of a TOASTed value")
            << QStringLiteral("doc = overlay(doc placing 'X' from 90000) WHERE id = 68");
        QTest::newRow("two values swapped") << QStringLiteral("t = v, v = t WHERE id = 1");
        // Two bigints hashint8extended() maps to one: both halves' lowest bit flipped.
        QTest::newRow("bigint halves that fold alike")
            << QStringLiteral("i8 = i8 # 4294967297 WHERE id = 1");
        QTest::newRow("a bool") << QStringLiteral("b = NOT b WHERE id = 3");
        QTest::newRow("a uuid") << QStringLiteral("u = md5('other')::uuid WHERE id = 4");
        QTest::newRow("two rows' smallints swapped")
            << QStringLiteral("i2 = CASE id WHEN 1 THEN (SELECT i2 FROM kinds WHERE id = 2) "
                              "ELSE (SELECT i2 FROM kinds WHERE id = 1) END WHERE id IN (1, 2)");
    }

    void bytesThatDifferShowEvenWhereValuesCompareEqual() {
        QFETCH(QString, change);
        auto target = pgtest::connect(Cluster::Target, kDb);
        target->execScript(QStringLiteral("BEGIN; UPDATE kinds SET ") + change);
        QCOMPARE(target->exec(QStringLiteral("SELECT count(*) FROM kinds")).integer(0, 0),
                 qint64(300));
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, m_kinds);
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->rows(), qint64(300));
        QVERIFY(onServer->text() != m_copied.digest);
        // The comparison the copy makes confirms it by reading the rows back.
        const TableComparison compared = compareReadBack(*target, m_kinds, m_copied);
        QVERIFY(!compared.matches());
        target->execScript(QStringLiteral("ROLLBACK"));
    }

    void aTableOfHostileNamesIsChecksummed() {
        // Quotes, spaces, a semicolon and Unicode in the schema, the table and a column, the
        // table's name at 63 bytes: every name reaches the server quoted or as a parameter.
        const QString schema = QStringLiteral("\"Odd \"\"schema\"\"; DROP\"");
        const QString table = schema + QStringLiteral(".\"") + QString(QStringLiteral("ü")) +
                              QStringLiteral("'\"\" x;") + QString(56, QLatin1Char('t')) +
                              QLatin1Char('"');
        const QString definition = QStringLiteral("CREATE SCHEMA ") + schema +
                                   QStringLiteral("; CREATE TABLE ") + table +
                                   QStringLiteral(" (id int, \"a \"\"b\"\"\" text)");
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(definition + QStringLiteral("; INSERT INTO ") + table +
                           QStringLiteral(" SELECT i, 'row ' || i FROM generate_series(1, 500) i"));
        target->execScript(definition);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        const auto odd = std::find_if(tables.cbegin(), tables.cend(), [](const TableInfo& t) {
            return t.name.endsWith(QStringLiteral("tttt"));
        });
        QVERIFY(odd != tables.cend());
        QCOMPARE(odd->name.toUtf8().size(), 63);
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, *odd, options, nullptr, {});
        source->execScript(QStringLiteral("COMMIT"));
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, *odd);
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->rows(), qint64(500));
        QCOMPARE(onServer->text(), copied.digest);
        const QString drop = QStringLiteral("DROP SCHEMA ") + schema + QStringLiteral(" CASCADE");
        source->execScript(drop);
        target->execScript(drop);
    }

    void aTextIsHashedByItsBytesOrReadBack_data() {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("onTarget");
        // A nondeterministic collation would hash a sort key, the same for 'Wört' and 'WÖRT':
        // the target hashes the bytes, in "C". A LATIN1 database holds other bytes than the
        // UTF-8 the client read: its rows are read back.
        QTest::newRow("nondeterministic collation")
            << kDb << QStringLiteral("text COLLATE pgm_nocase") << true;
        QTest::newRow("LATIN1 target")
            << QStringLiteral("pgm_targetdigest_latin1") << QStringLiteral("text") << false;
    }

    void aTextIsHashedByItsBytesOrReadBack() {
        QFETCH(QString, database);
        QFETCH(QString, column);
        QFETCH(bool, onTarget);
        const QString collation =
            QStringLiteral("CREATE COLLATION IF NOT EXISTS pgm_nocase (provider = icu, "
                           "locale = 'und-u-ks-level2', deterministic = false)");
        if (database != kDb) {
            auto admin = pgtest::connect(Cluster::Target, QStringLiteral("postgres"));
            admin->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + database);
            admin->exec(QStringLiteral("CREATE DATABASE ") + database +
                        QStringLiteral(" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' "
                                       "TEMPLATE template0"));
        }
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, database);
        pinTextOutput(*source);
        pinTextOutput(*target);
        const QString definition = QStringLiteral("CREATE TABLE hashed_otherwise (id int, word ") +
                                   column + QLatin1Char(')');
        source->execScript(collation + QStringLiteral("; ") + definition +
                           QStringLiteral("; INSERT INTO hashed_otherwise SELECT i, "
                                          "'Wört ' || i FROM generate_series(1, 200) i"));
        target->execScript(collation + QStringLiteral("; ") + definition);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        const auto found = std::find_if(tables.cbegin(), tables.cend(), [](const TableInfo& t) {
            return t.name == QLatin1String("hashed_otherwise");
        });
        QVERIFY(found != tables.cend());
        QCOMPARE(found->digestLetters, QByteArray("4t"));
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, *found, options, nullptr, {});
        // The verification's checksum, which both servers compute, agrees too, though each
        // database holds the text in its own encoding (LATIN1 bytes on one side here).
        const TableComparison verified = compareTable(*source, *target, *found);
        source->execScript(QStringLiteral("COMMIT; DROP TABLE hashed_otherwise"));
        QVERIFY2(verified.matches(), qPrintable(verified.describe()));
        QCOMPARE(verified.sourceRows, qint64(200));
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, *found);
        QCOMPARE(onServer.has_value(), onTarget);
        if (onServer) {
            QCOMPARE(onServer->text(), copied.digest);
            target->execScript(QStringLiteral("BEGIN; UPDATE hashed_otherwise "
                                              "SET word = upper(word) WHERE id = 1"));
            QVERIFY(digestOnTarget(*target, *found)->text() != copied.digest);
            target->execScript(QStringLiteral("ROLLBACK"));
        }
        // The rows read back compare as they were copied.
        const TableComparison compared = compareReadBack(*target, *found, copied);
        QVERIFY2(compared.matches(), qPrintable(compared.describe()));
        target->execScript(QStringLiteral("DROP TABLE hashed_otherwise"));
        if (database != kDb) {
            target.reset();
            pgtest::dropDatabase(Cluster::Target, database);
        }
    }

    void differencesASumOfHashesCouldHide_data() {
        QTest::addColumn<QString>("sourceTable");
        QTest::addColumn<QString>("targetTable");
        QTest::addColumn<QString>("change");
        // Columns hashed by their bytes fold linearly and rows are summed: each row's hash is
        // hashed once more, or a value swapped between rows would leave the sum as it was.
        QTest::newRow("a value swapped between two rows")
            << QStringLiteral("(n numeric, at timestamptz, c bpchar)")
            << QStringLiteral("(n numeric, at timestamptz, c bpchar)")
            << QStringLiteral("UPDATE differ SET n = CASE WHEN n = 1.5 THEN 2.5 ELSE 1.5 END "
                              "WHERE n IN (1.5, 2.5)");
        // A char's hash drops its padding; a target that pads to another length holds other
        // bytes for the same values.
        QTest::newRow("char padded to another length")
            << QStringLiteral("(n numeric, at timestamptz, c char(5))")
            << QStringLiteral("(n numeric, at timestamptz, c char(10))") << QString();
    }

    void differencesASumOfHashesCouldHide() {
        QFETCH(QString, sourceTable);
        QFETCH(QString, targetTable);
        QFETCH(QString, change);
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        source->execScript(QStringLiteral("DROP TABLE IF EXISTS differ"));
        target->execScript(QStringLiteral("DROP TABLE IF EXISTS differ"));
        source->execScript(QStringLiteral("CREATE TABLE differ ") + sourceTable +
                           QStringLiteral("; INSERT INTO differ SELECT i + 0.5, "
                                          "timestamptz '2024-01-01' + i * interval '1 hour', "
                                          "'x' || i % 10 FROM generate_series(1, 100) i"));
        target->execScript(QStringLiteral("CREATE TABLE differ ") + targetTable);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        const auto found = std::find_if(tables.cbegin(), tables.cend(), [](const TableInfo& t) {
            return t.name == QLatin1String("differ");
        });
        QVERIFY(found != tables.cend());
        CopyOptions options;
        options.digest = true;
        const CopyResult copied = copyTable(*source, *target, *found, options, nullptr, {});
        source->execScript(QStringLiteral("COMMIT; DROP TABLE differ"));
        if (!change.isEmpty()) {
            target->execScript(change);
        }
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, *found);
        QVERIFY(onServer.has_value());
        QVERIFY(onServer->text() != copied.digest);
        const TableComparison compared = compareReadBack(*target, *found, copied);
        QVERIFY(!compared.matches());
        target->execScript(QStringLiteral("DROP TABLE differ"));
    }

    void onlyTheCopiedRowsAreChecksummed() {
        // An extension's configuration table is copied through its filter: the checksum too.
        auto target = pgtest::connect(Cluster::Target, kDb);
        TableInfo some = m_kinds;
        some.filter = QStringLiteral("WHERE id > 250");
        const std::optional<CopyDigest> onServer = digestOnTarget(*target, some);
        QVERIFY(onServer.has_value());
        QCOMPARE(onServer->rows(), qint64(50));
        QCOMPARE(onServer->text(), digestTable(*target, some, true).text());
    }

    void whatTheServerCannotChecksumIsReadBack() {
        auto target = pgtest::connect(Cluster::Target, kDb);
        TableInfo missing = m_kinds;
        missing.columns << QStringLiteral("not_there");
        QVERIFY(!digestOnTarget(*target, missing).has_value());
        TableInfo none = m_kinds;
        none.columns.clear();
        QVERIFY(!digestOnTarget(*target, none).has_value());
        // A query the server refuses leaves the session usable for the read-back.
        TableInfo refused = m_kinds;
        refused.filter = QStringLiteral("WHERE no_such_column > 0");
        QVERIFY(!digestOnTarget(*target, refused, true).has_value());
        QCOMPARE(target->exec(QStringLiteral("SELECT 1")).text(0, 0), QStringLiteral("1"));
        const TableComparison compared = compareReadBack(*target, m_kinds, m_copied);
        QVERIFY2(compared.matches(), qPrintable(compared.describe()));
    }

private:
    TableInfo m_kinds;
    CopyResult m_copied;
};

PGM_PG_TEST_MAIN(TestTargetDigest)
#include "tst_targetdigest.moc"
