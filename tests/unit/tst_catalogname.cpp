#include "CatalogName.h"

#include <QTest>

using namespace pgm;

/// Database names in bytes that are not UTF-8, as pgmigrate shows and takes them.
class TestCatalogName : public QObject {
    Q_OBJECT
private slots:
    void readableNames() {
        QCOMPARE(readableName(QByteArrayLiteral("caf\xc3\xa9")), QStringLiteral("café"));
        QCOMPARE(readableName(QByteArrayLiteral("caf\xe9")), QStringLiteral("caf\\xe9"));
        QCOMPARE(readableName(QByteArrayLiteral("a\\b\x01\xff")),
                 QStringLiteral("a\\\\b\\x01\\xff"));
        QVERIFY(!isUtf8Name(QByteArrayLiteral("caf\xe9")));
        QVERIFY(isUtf8Name(QByteArrayLiteral("a\\xe9")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogName)
#include "tst_catalogname.moc"
