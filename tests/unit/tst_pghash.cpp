// PostgreSQL's byte hash as the client computes it (PgHash): the target server checksums its
// rows with the same function the client used on the source's stream, so every value below
// is what a PostgreSQL 15 server returned (hashtextextended() hashes a text's bytes alike,
// hashint4extended() a value; hash_record_extended() folds its columns' hashes).
#include "PgHash.h"

#include <QTest>

using namespace pgm;

namespace {

qint64 hashOf(const QByteArray& bytes, quint64 seed) {
    return qint64(pgHashBytes(bytes.constData(), bytes.size(), seed));
}

} // namespace

class TestPgHash : public QObject {
    Q_OBJECT
private slots:
    void bytesHashAsTheServerHashesThem_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<qint64>("server");
        // Lengths around the 12-byte blocks, seeds of 0 (none), small, large and all ones.
        QTest::newRow("empty") << QByteArray() << quint64(0) << qint64(-6939563903564495251);
        QTest::newRow("empty, seeded")
            << QByteArray() << quint64(5) << qint64(-8122693617258832648);
        QTest::newRow("3 bytes") << QByteArray("abc") << quint64(42) << qint64(4423357919252764502);
        QTest::newRow("11 bytes") << QByteArray("abcdefghijk") << quint64(0)
                                  << qint64(3112909444737856467);
        QTest::newRow("12 bytes") << QByteArray("abcdefghijkl") << quint64(7)
                                  << qint64(-9039814575907250350);
        QTest::newRow("33 bytes") << QByteArray("abcdefghijklmnopqrstuvwxyz0123456") << quint64(7)
                                  << qint64(9025059031509481813);
        QTest::newRow("large seed")
            << QByteArray("x") << quint64(123456789012345) << qint64(-1147500205122826147);
        QTest::newRow("seed of all ones")
            << QByteArray("pgmigrate") << ~quint64(0) << qint64(-5327608336433835635);
    }

    void bytesHashAsTheServerHashesThem() {
        QFETCH(QByteArray, bytes);
        QFETCH(quint64, seed);
        QFETCH(qint64, server);
        QCOMPARE(hashOf(bytes, seed), server);
    }

    void valuesHashAsTheServerHashesThem_data() {
        QTest::addColumn<quint32>("value");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<qint64>("server");
        // hashint4extended() and hashint2extended() (a smallint sign-extended) of a server.
        QTest::newRow("0, no seed") << quint32(0) << quint64(0) << qint64(4154612158245552303);
        QTest::newRow("-1") << quint32(-1) << quint64(42) << qint64(-2218543911767281624);
        QTest::newRow("int4's largest")
            << quint32(2147483647) << quint64(123456789012345) << qint64(7465921754559884043);
        QTest::newRow("seed of all ones")
            << quint32(-123456789) << ~quint64(0) << qint64(8287444622247120707);
        QTest::newRow("smallint -2") << quint32(-2) << quint64(7) << qint64(158241684147079922);
    }

    void valuesHashAsTheServerHashesThem() {
        QFETCH(quint32, value);
        QFETCH(quint64, seed);
        QFETCH(qint64, server);
        QCOMPARE(qint64(pgHashUint32(value, seed)), server);
    }

    void anUnalignedStartHashesAlike() {
        // The server reads aligned data a word at a time, the client byte by byte: the same.
        const QByteArray padded = QByteArrayLiteral("_abcdefghijklmnopqrstuvwxyz0123456");
        QCOMPARE(qint64(pgHashBytes(padded.constData() + 1, padded.size() - 1, 7)),
                 qint64(9025059031509481813));
    }

    void columnsFoldAsARecordsDo() {
        // hash_record_extended(ROW('abc'::bytea, NULL::bytea, 'de'::bytea), 42)
        quint64 row = 0;
        row = pgFoldColumn(row, pgHashBytes("abc", 3, 42));
        row = pgFoldColumn(row, 0);
        row = pgFoldColumn(row, pgHashBytes("de", 2, 42));
        QCOMPARE(qint64(row), qint64(-1231597980354156836));
    }
};

QTEST_APPLESS_MAIN(TestPgHash)
#include "tst_pghash.moc"
