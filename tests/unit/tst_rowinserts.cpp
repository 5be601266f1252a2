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
