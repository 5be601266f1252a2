// How the copy's tables become units of work: small new tables in batches, bounded in count
// and bytes, the others alone, the order (largest first) kept.
#include "TableBatch.h"

#include <QTest>

using namespace pgm;

namespace {

TableInfo table(const QString& name, qint64 bytes) {
    TableInfo info;
    info.qualified = name;
    info.bytes = bytes;
    return info;
}

QStringList names(const QList<QList<TableInfo>>& units) {
    QStringList out;
    for (const QList<TableInfo>& unit : units) {
        QStringList members;
        for (const TableInfo& info : unit) {
            members << info.qualified;
        }
        out << members.join(QLatin1Char('+'));
    }
    return out;
}

const auto kUnder100 = [](const TableInfo& info) {
    return info.bytes < 100;
};

} // namespace

class TestBatchGrouping : public QObject {
    Q_OBJECT
private slots:
    void largeTablesStayAloneAndSmallOnesAreBatched() {
        const QList<TableInfo> tables = {
            table(QStringLiteral("big"), 500), table(QStringLiteral("a"), 10),
            table(QStringLiteral("b"), 10), table(QStringLiteral("c"), 0)};
        QCOMPARE(names(groupIntoBatches(tables, kUnder100, 64, 1000)),
                 QStringList({QStringLiteral("big"), QStringLiteral("a+b+c")}));
    }

    void aBatchEndsAtItsCountOrItsBytes() {
        QList<TableInfo> tables;
        for (int i = 0; i < 5; ++i) {
            tables << table(QString::number(i), 40);
        }
        QCOMPARE(names(groupIntoBatches(tables, kUnder100, 2, 1000)),
                 QStringList({QStringLiteral("0+1"), QStringLiteral("2+3"), QStringLiteral("4")}));
        // 40 + 40 + 40 is over 100 bytes: the third starts the next batch.
        QCOMPARE(names(groupIntoBatches(tables, kUnder100, 64, 100)),
                 QStringList({QStringLiteral("0+1"), QStringLiteral("2+3"), QStringLiteral("4")}));
        // A batch takes its first table whatever its size.
        QCOMPARE(names(groupIntoBatches({table(QStringLiteral("x"), 90)}, kUnder100, 64, 10)),
                 QStringList({QStringLiteral("x")}));
    }

    void aTableThatMayNotBeBatchedSplitsTheRun() {
        const QList<TableInfo> tables = {
            table(QStringLiteral("a"), 1), table(QStringLiteral("odd"), 1),
            table(QStringLiteral("b"), 1), table(QStringLiteral("c"), 1)};
        const auto notOdd = [](const TableInfo& info) {
            return info.qualified != QLatin1String("odd");
        };
        QCOMPARE(names(groupIntoBatches(tables, notOdd, 64, 1000)),
                 QStringList({QStringLiteral("a"), QStringLiteral("odd"), QStringLiteral("b+c")}));
        QVERIFY(groupIntoBatches({}, notOdd, 64, 1000).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestBatchGrouping)
#include "tst_batchgrouping.moc"
