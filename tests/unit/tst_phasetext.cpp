#include "PhaseText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace pgm;

/// Phases stay English ids in the state and the JSON; only their display is translated.
class TestPhaseText : public QObject {
    Q_OBJECT
private slots:
    void withoutATranslatorThePhaseIsShownAsItIs() {
        QCOMPARE(phaseText(QStringLiteral("data")), QStringLiteral("data"));
        QCOMPARE(phaseText(QStringLiteral("initial sync 3/5 tables")),
                 QStringLiteral("initial sync 3/5 tables"));
    }

    void inGermanAndFinnish() {
        for (const auto& [language, data, sync] :
             {std::tuple{"de", "Daten", "erste Synchronisation 3/5 Tabellen"},
              std::tuple{"fi", "data", "alkusynkronointi 3/5 taulua"}}) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(QString::fromLatin1(language)),
                                    QStringLiteral("pgmigrate"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            QCOMPARE(phaseText(QStringLiteral("data")), QString::fromUtf8(data));
            QCOMPARE(phaseText(QStringLiteral("initial sync 3/5 tables")), QString::fromUtf8(sync));
            // An unknown phase (a newer engine's) is shown as it is.
            QCOMPARE(phaseText(QStringLiteral("rebalancing")), QStringLiteral("rebalancing"));
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhaseText)
#include "tst_phasetext.moc"
