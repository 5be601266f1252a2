#include "AccessibleName.h"

#include <QTest>

using namespace pgm;

class TestAccessibleName : public QObject {
    Q_OBJECT
private slots:
    void mnemonicMarkersAreNotSpoken() {
        QCOMPARE(withoutMnemonic(QStringLiteral("&Open")), QStringLiteral("Open"));
        QCOMPARE(withoutMnemonic(QStringLiteral("S&top migration")),
                 QStringLiteral("Stop migration"));
        QCOMPARE(withoutMnemonic(QStringLiteral("Tom && Jerry")), QStringLiteral("Tom & Jerry"));
        QCOMPARE(withoutMnemonic(QStringLiteral("Close")), QStringLiteral("Close"));
        QCOMPARE(withoutMnemonic(QStringLiteral("trailing&")), QStringLiteral("trailing"));
    }
};

QTEST_GUILESS_MAIN(TestAccessibleName)
#include "tst_accessiblename.moc"
