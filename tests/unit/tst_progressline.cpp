// The CLI's progress line while several databases migrate at once (--jobs): every running
// database is named, up to three, and the rest counted; queued and finished ones are not.
// And its status headline.
#include "MigrationState.h"
#include "StatusText.h"

#include <QTest>

using namespace pgm;

namespace {

DatabaseState database(const QString& name, DbStatus status, Phase phase) {
    DatabaseState db;
    db.dbname = name;
    db.status = status;
    db.phase = phase;
    return db;
}

} // namespace

class TestProgressLine : public QObject {
    Q_OBJECT
private slots:
    void namesEveryRunningDatabase() {
        MigrationState state;
        state.databases << database(QStringLiteral("done"), DbStatus::Done, Phase::Finished)
                        << database(QStringLiteral("a"), DbStatus::Running, Phase::Data)
                        << database(QStringLiteral("waiting"), DbStatus::Running, Phase::Queued)
                        << database(QStringLiteral("b"), DbStatus::Running, Phase::Indexes);
        state.databases[1].tables << TableState{QStringLiteral("public.t"), 10, 100, true, false};
        state.databases[1].rowsDone = 10;
        const QString line = progressLine(state);
        QVERIFY2(line.startsWith(QStringLiteral("a: ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("1 of 1 tables")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(" | b: ")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("waiting")) &&
                     !line.contains(QStringLiteral("done")),
                 qPrintable(line));
    }

    void countsTheRestPastThree() {
        MigrationState state;
        for (const char* name : {"a", "b", "c", "d", "e"}) {
            state.databases << database(QLatin1String(name), DbStatus::Running, Phase::Schema);
        }
        const QString line = progressLine(state);
        QVERIFY2(line.contains(QStringLiteral("c: ")) && !line.contains(QStringLiteral("d: ")),
                 qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral(" | and 2 more running")), qPrintable(line));
    }

    void timeLeftGoesByTheTablesSizeOnDisk() {
        // Three tables of 40 kB on disk, whose rows stream 500 bytes each: two copied in 2 s,
        // the third not started. By the stream (1 000 bytes of 120 000) about 238 s would be
        // left; by the tables, 1 s.
        MigrationState state;
        state.databases << database(QStringLiteral("many"), DbStatus::Running, Phase::Data);
        DatabaseState& db = state.databases[0];
        for (const char* name : {"public.a", "public.b", "public.c"}) {
            db.tables << TableState{QLatin1String(name), 20, 40000, false, false};
        }
        db.tables[0].copied = db.tables[1].copied = true;
        db.bytesTotal = 120000;
        db.bytesDone = 1000;
        db.copySeconds = 2;
        QCOMPARE(db.bytesCovered(), qint64(80000));
        QString line = progressLine(state);
        QVERIFY2(line.endsWith(QStringLiteral("about 1 s left")), qPrintable(line));
        // Under a second of copying says too little to guess from.
        db.copySeconds = 0.5;
        QCOMPARE(db.copySecondsLeft(), qint64(-1));
        db.copySeconds = 2;
        // Every table copied: nothing left to announce.
        db.tables[2].copied = true;
        line = progressLine(state);
        QVERIFY2(!line.contains(QStringLiteral("left")), qPrintable(line));
        // A table in flight counts its stream, never more than its size.
        db.tables[2].copied = false;
        db.tables[2].bytesStreamed = 90000;
        QCOMPARE(db.bytesCovered(), qint64(120000));
        db.tables[2].bytesStreamed = 10000;
        QCOMPARE(db.bytesCovered(), qint64(90000));
    }

    void headlineSaysSyncingWhileReplicationRuns() {
        MigrationState state;
        state.id = QStringLiteral("m1");
        state.finished = QDateTime::currentDateTimeUtc();
        state.databases << database(QStringLiteral("copied"), DbStatus::Done, Phase::Finished)
                        << database(QStringLiteral("live"), DbStatus::Syncing, Phase::Streaming);
        const QString text = statusText(state, false);
        QVERIFY2(text.startsWith(QStringLiteral("Migration m1: syncing")), qPrintable(text));
        state.databases[1].status = DbStatus::Done;
        QVERIFY2(statusText(state, false).startsWith(QStringLiteral("Migration m1: done")),
                 qPrintable(statusText(state, false)));
    }

    void nothingRunningIsWorking() {
        MigrationState state;
        state.databases << database(QStringLiteral("done"), DbStatus::Done, Phase::Finished);
        QCOMPARE(progressLine(state), QStringLiteral("working…"));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
