#include "AtOnce.h"

#include <QTest>
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace pgm;

/// forEachAtOnce: every index once, never more threads than asked, and what a call throws
/// comes back to the caller (the lowest index's first) after every call ended.
class TestAtOnce : public QObject {
    Q_OBJECT

private slots:
    void everyIndexOnceAndAtMostTheAskedThreads() {
        for (const std::size_t parallel : {std::size_t{1}, std::size_t{3}, std::size_t{8}}) {
            std::vector<std::atomic_int> calls(20);
            std::atomic_int running{0};
            std::atomic_int most{0};
            forEachAtOnce(calls.size(), parallel, [&](std::size_t i) {
                const int now = ++running;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ++calls[i];
                --running;
            });
            for (const std::atomic_int& count : calls) {
                QCOMPARE(count.load(), 1);
            }
            QVERIFY(most.load() <= int(parallel));
            if (parallel > 1) {
                QVERIFY(most.load() > 1); // 20 sleeps of 5 ms overlap
            }
        }
    }

    void nothingToDo() {
        bool called = false;
        forEachAtOnce(0, 4, [&](std::size_t) { called = true; });
        QVERIFY(!called);
    }

    void theLowestFailureComesBackAfterEveryCallEnded() {
        std::atomic_int done{0};
        try {
            forEachAtOnce(10, 4, [&](std::size_t i) {
                if (i == 7 || i == 3) {
                    throw std::runtime_error(std::to_string(i));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                ++done;
            });
            QFAIL("nothing was thrown");
        } catch (const std::runtime_error& error) {
            QCOMPARE(QString::fromLatin1(error.what()), QStringLiteral("3"));
        }
        QCOMPARE(done.load(), 8);
    }
};

QTEST_GUILESS_MAIN(TestAtOnce)
#include "tst_atonce.moc"
