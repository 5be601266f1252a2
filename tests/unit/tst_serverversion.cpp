#include "ServerVersion.h"

#include <QTest>

using pgm::ServerVersion;

class TestServerVersion : public QObject {
    Q_OBJECT
private slots:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("major");
        QTest::addColumn<QString>("display");
        QTest::newRow("num 15.4") << "150004" << 150004 << "15"
                                  << "15.4";
        QTest::newRow("str 15.4") << "15.4 (Debian 15.4-1.pgdg120+1)" << 150004 << "15"
                                  << "15.4";
        QTest::newRow("10.23") << "10.23" << 100023 << "10"
                               << "10.23";
        QTest::newRow("9.6.24") << "9.6.24" << 90624 << "9.6"
                                << "9.6.24";
        QTest::newRow("num 9.6.24") << "90624" << 90624 << "9.6"
                                    << "9.6.24";
        QTest::newRow("17devel") << "17devel" << 170000 << "17"
                                 << "17.0";
        QTest::newRow("16beta2") << "16beta2" << 160000 << "16"
                                 << "16.0";
    }

    void parses() {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(QString, major);
        QFETCH(QString, display);
        const ServerVersion version = ServerVersion::parse(text);
        QCOMPARE(version.number(), number);
        QCOMPARE(version.majorText(), major);
        QCOMPARE(version.text(), display);
    }

    void invalidIsInvalid() { QVERIFY(!ServerVersion::parse(QStringLiteral("banana")).isValid()); }

    void targetMustNotBeOlder() {
        // Every pair of majors 10..17: allowed exactly when the target's major is not older.
        for (int source = 10; source <= 17; ++source) {
            for (int target = 10; target <= 17; ++target) {
                const ServerVersion s(source * 10000 + 7);
                const ServerVersion t(target * 10000 + 1);
                QCOMPARE(pgm::targetCanHost(s, t), target >= source);
            }
        }
        // A lower minor of the same major is fine: minors share the on-disk format.
        QVERIFY(pgm::targetCanHost(ServerVersion(150010), ServerVersion(150002)));
        QVERIFY(pgm::targetCanHost(ServerVersion(90624), ServerVersion(100001)));
        QVERIFY(!pgm::targetCanHost(ServerVersion(100001), ServerVersion(90624)));
        QVERIFY(pgm::targetCanHost(ServerVersion(90500), ServerVersion(90624)));
    }

    void capabilities() {
        QVERIFY(!ServerVersion(90624).supportsLogicalReplication());
        QVERIFY(ServerVersion(100000).supportsLogicalReplication());
        QVERIFY(!ServerVersion(120010).supportsTrustedExtensions());
        QVERIFY(ServerVersion(130000).supportsTrustedExtensions());
        QVERIFY(ServerVersion(100001) < ServerVersion(110000));
        QVERIFY(ServerVersion(170000) > ServerVersion(160004));
    }
};

QTEST_GUILESS_MAIN(TestServerVersion)
#include "tst_serverversion.moc"
