#include "Verifier.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace pgm;

/// What verify reports is read by people: in their language, the table name untouched.
class TestVerifyText : public QObject {
    Q_OBJECT
private slots:
    void aDifferenceInGermanAndFinnish() {
        TableComparison comparison;
        comparison.table = QStringLiteral("public.orders");
        comparison.sourceRows = 5000;
        comparison.targetRows = 4999;
        QCOMPARE(comparison.describe(),
                 QStringLiteral("public.orders: 5000 rows on the source, 4999 on the target"));
        for (const auto& [language, expected] :
             {std::pair{"de", "public.orders: 5000 Zeilen auf der Quelle, 4999 auf dem Ziel"},
              std::pair{"fi", "public.orders: lähteessä 5000 riviä, kohteessa 4999"}}) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(QString::fromLatin1(language)),
                                    QStringLiteral("pgmigrate"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            QCOMPARE(comparison.describe(), QString::fromUtf8(expected));
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void aNameWithPercentSignsStaysAsItIs() {
        // "%1" in a name is the user's text, not a place for the row counts that follow.
        TableComparison comparison;
        comparison.table = QStringLiteral("public.\"x%1 %2\"");
        comparison.sourceRows = 5;
        comparison.targetRows = 4;
        QCOMPARE(comparison.describe(),
                 QStringLiteral("public.\"x%1 %2\": 5 rows on the source, 4 on the target"));
        comparison.targetRows = 5;
        QCOMPARE(comparison.describe(),
                 QStringLiteral("public.\"x%1 %2\": same row count (5) but different contents"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyText)
#include "tst_verifytext.moc"
