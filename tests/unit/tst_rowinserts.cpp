// A row of a text COPY as a VALUES tuple of literals (RowInserts): each field's escapes decoded
// and written back as an escape string, NULL only for \N alone, and a row of another width
// refused whole.
#include "RowInserts.h"

#include <QTest>

using namespace pgm;

namespace {

// The tuple for one CopyData message, or "refused".
QByteArray tuple(const QByteArray& row, qsizetype columns) {
    QByteArray values = "kept";
    if (!appendRowValues(&values, row.constData(), int(row.size()), columns)) {
        return values == "kept" ? QByteArray("refused") : QByteArray("refused, but wrote");
    }
    return values.mid(4);
}

} // namespace

class TestRowInserts : public QObject {
    Q_OBJECT
private slots:
    void fieldsBecomeLiterals_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("1\tab\n") << 2 << QByteArray("(E'1',E'ab')");
        QTest::newRow("no newline") << QByteArray("1\tab") << 2 << QByteArray("(E'1',E'ab')");
        QTest::newRow("null and empty")
            << QByteArray("\\N\t\t\\N\n") << 3 << QByteArray("(NULL,E'',NULL)");
        QTest::newRow("a backslash and an N is no null")
            << QByteArray("\\\\N\n") << 1 << QByteArray("(E'\\\\N')");
        QTest::newRow("quote") << QByteArray("it's\n") << 1 << QByteArray("(E'it''s')");
        QTest::newRow("letter escapes") << QByteArray("a\\tb\\nc\\rd\\be\\ff\\vg\n") << 1
                                        << QByteArray("(E'a\tb\nc\rd\be\ff\vg')");
        QTest::newRow("octal and hex")
            << QByteArray("\\101\\x42\\7\\x4\n") << 1 << QByteArray("(E'AB\a\x04')");
        QTest::newRow("other escaped characters stand for themselves")
            << QByteArray("\\.\\q\n") << 1 << QByteArray("(E'.q')");
        QTest::newRow("UTF-8 passes") << QByteArray("Ünï\n") << 1 << QByteArray("(E'Ünï')");
        // A SQL_ASCII database's LATIN1 bytes, one beside a backslash and a quote.
        QTest::newRow("other bytes pass")
            << QByteArray("caf\xe9\\\\\xe9'\n") << 1 << QByteArray("(E'caf\xe9\\\\\xe9''')");
        QTest::newRow("\\x without a hex digit is an x")
            << QByteArray("\\xz\n") << 1 << QByteArray("(E'xz')");
        QTest::newRow("one empty column") << QByteArray("\n") << 1 << QByteArray("(E'')");
        QTest::newRow("too few fields") << QByteArray("1\n") << 2 << QByteArray("refused");
        QTest::newRow("too many fields") << QByteArray("1\t2\t3\n") << 2 << QByteArray("refused");
        QTest::newRow("no columns") << QByteArray("\n") << 0 << QByteArray("refused");
    }

    void fieldsBecomeLiterals() {
        QFETCH(QByteArray, row);
        QFETCH(int, columns);
        QFETCH(QByteArray, expected);
        QCOMPARE(tuple(row, columns), expected);
    }

    void aScriptComesInPiecesUpToItsLimit() {
        InsertScript script;
        QVERIFY(script.add("BEGIN"));
        QVERIFY(script.add("DELETE FROM ONLY t"));
        QCOMPARE(script.pieces(), QByteArrayList{"BEGIN; DELETE FROM ONLY t"});
        const QByteArray statement(3 << 20, 'x');
        QVERIFY(script.add(statement));
        QVERIFY(script.add(statement)); // the first piece was under 4 MB: it takes this one too
        QCOMPARE(script.pieces().size(), 1);
        QVERIFY(script.add(statement)); // it is over now: a new piece
        QCOMPARE(script.pieces().size(), 2);
        QCOMPARE(script.pieces()[1], statement);
        for (int i = 0; i < 7; ++i) {
            script.add(statement);
        }
        // 32 MB in all at most: past it nothing more is taken.
        const qsizetype pieces = script.pieces().size();
        QVERIFY(!script.add(statement));
        QCOMPARE(script.pieces().size(), pieces);
        for (const QByteArray& piece : script.pieces()) {
            QVERIFY(piece.size() < (4 << 20) + statement.size());
        }
    }

    void theSizeLimitFollowsTheRoundTrip() {
        using std::chrono::microseconds;
        // At least a page of rows with its TOAST table, free space and visibility maps.
        QCOMPARE(insertTableBytes(microseconds(50)), qint64(64 * 1024));
        QCOMPARE(insertTableBytes(microseconds(2500)), qint64(80 * 1024));
        QCOMPARE(insertTableBytes(microseconds(200000)), qint64(1024 * 1024)); // small tables
    }
};

QTEST_GUILESS_MAIN(TestRowInserts)
#include "tst_rowinserts.moc"
