#include "ThrottledSave.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>

using namespace pgm;
using namespace std::chrono_literals;

/// Saves spaced out, yet none lost: a change is on disk within a period even when no other
/// change follows it (the next table may wait for a lock for hours).
class TestThrottledSave : public QObject {
    Q_OBJECT

private slots:
    void aChangeAfterThePeriodSavesAtOnce() {
        std::atomic_int saves{0};
        ThrottledSave throttled([&saves] { ++saves; }, 50ms);
        QTest::qSleep(80);
        QVERIFY(throttled.changed());
        QCOMPARE(saves.load(), 1);
    }

    void changesWithinThePeriodAreSavedOnceWhenItIsUp() {
        std::atomic_int saves{0};
        ThrottledSave throttled([&saves] { ++saves; }, 300ms);
        QVERIFY(!throttled.changed());
        QVERIFY(!throttled.changed());
        QVERIFY(!throttled.changed());
        QCOMPARE(saves.load(), 0);
        // Nothing else changes: the last change still reaches the disk.
        QTRY_COMPARE_WITH_TIMEOUT(saves.load(), 1, 5000);
        QTest::qSleep(700); // and only once: nothing is left unsaved
        QCOMPARE(saves.load(), 1);
    }

    void aLaterChangeIsSavedAgain() {
        std::atomic_int saves{0};
        ThrottledSave throttled([&saves] { ++saves; }, 100ms);
        throttled.changed();
        QTRY_COMPARE_WITH_TIMEOUT(saves.load(), 1, 5000);
        throttled.changed();
        QTRY_COMPARE_WITH_TIMEOUT(saves.load(), 2, 5000);
    }

    void stoppingDoesNotWaitForThePeriod() {
        std::atomic_int saves{0};
        QElapsedTimer timer;
        timer.start();
        {
            ThrottledSave throttled([&saves] { ++saves; }, 1h);
            throttled.changed();
        }
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(saves.load(), 0); // the owner saves once more itself
    }
};

QTEST_GUILESS_MAIN(TestThrottledSave)
#include "tst_throttledsave.moc"
