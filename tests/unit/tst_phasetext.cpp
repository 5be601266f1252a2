#include "MigrationState.h"
#include "PhaseText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace pgm;

/// Phases are an enum in code, stable English ids in the state and the JSON; only their display
/// is translated.
class TestPhaseText : public QObject {
    Q_OBJECT
private slots:
    void everyPhaseHasAnIdThatReadsBack() {
        for (int value = int(Phase::Queued); value <= int(Phase::Finished); ++value) {
            const auto phase = Phase(value);
            QVERIFY2(!phaseId(phase).isEmpty(), qPrintable(QString::number(value)));
            QCOMPARE(phaseFromId(phaseId(phase)), phase);
            QVERIFY(!phaseText(phase).isEmpty());
        }
        QCOMPARE(phaseFromId(u"rebalancing"), Phase::Unknown); // a newer engine's
        QVERIFY(phaseText(Phase::Unknown).isEmpty());
    }

    void theInitialSyncCountTravelsThroughTheStateFile() {
        MigrationState state;
        DatabaseState db;
        db.dbname = QStringLiteral("app");
        db.phase = Phase::InitialSync;
        db.syncedTables = 3;
        db.syncTables = 5;
        db.phaseSeconds.insert(Phase::Schema, 1.5);
        state.databases << db;
        const QJsonObject saved = state.toJson();
        const DatabaseState read = MigrationState::fromJson(saved).databases.value(0);
        QCOMPARE(read.phase, Phase::InitialSync);
        QCOMPARE(read.phaseLabel(), QStringLiteral("initial sync 3/5 tables"));
        QCOMPARE(read.phaseSeconds.value(Phase::Schema), 1.5);
        QCOMPARE(phaseText(read), QStringLiteral("initial sync 3/5 tables"));
    }

    void withoutATranslatorThePhaseIsShownAsItsId() {
        QCOMPARE(phaseText(Phase::Data), QStringLiteral("data"));
        QCOMPARE(phaseText(Phase::CatchUp), QStringLiteral("catch-up"));
    }

    void inGermanAndFinnish() {
        DatabaseState syncing;
        syncing.phase = Phase::InitialSync;
        syncing.syncedTables = 3;
        syncing.syncTables = 5;
        for (const auto& [language, data, sync] :
             {std::tuple{"de", "Daten", "erste Synchronisation 3/5 Tabellen"},
              std::tuple{"fi", "data", "alkusynkronointi 3/5 taulua"}}) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(QString::fromLatin1(language)),
                                    QStringLiteral("pgmigrate"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            QCOMPARE(phaseText(Phase::Data), QString::fromUtf8(data));
            QCOMPARE(phaseText(syncing), QString::fromUtf8(sync));
            // The cut-over's steps too (they were shown in English before the enum).
            for (const Phase step : {Phase::Slot, Phase::Freeze, Phase::Drain, Phase::CatchUp}) {
                QVERIFY2(phaseText(step) != phaseId(step), qPrintable(phaseId(step)));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhaseText)
#include "tst_phasetext.moc"
