#include "DatabaseQueue.h"
#include "JobLoans.h"
#include "MigrationState.h"

#include <QTest>

using namespace pgm;

/// How many databases run at once, and how `--jobs` is shared among them: never more table
/// workers in all than `jobs`, one large database alone keeps them all.
class TestDatabaseQueue : public QObject {
    Q_OBJECT

    /// Takes every database of `queue`, `running` at a time (the oldest ends when another is
    /// taken), and returns the most jobs in use at once.
    static int peakJobs(DatabaseQueue& queue, int running) {
        QList<int> shares;
        int peak = 0;
        int jobs = 0;
        while (DatabaseState* db = queue.take(&jobs)) {
            Q_UNUSED(db);
            shares << jobs;
            if (shares.size() > running) {
                queue.finished(); // the oldest ends before this one starts its work
                shares.removeFirst();
            }
            int sum = 0;
            for (int share : std::as_const(shares)) {
                sum += share;
            }
            peak = std::max(peak, sum);
        }
        return peak;
    }

private slots:
    void workersAndShares() {
        QList<DatabaseState> databases(200);
        QList<DatabaseState*> all;
        for (DatabaseState& db : databases) {
            all << &db;
        }
        QCOMPARE(DatabaseQueue(all, 1).workers(), 1); // --jobs 1: one after the other
        QCOMPARE(DatabaseQueue(all, 4).workers(), 4);
        QCOMPARE(DatabaseQueue(all.mid(0, 2), 4).workers(), 2);
        QCOMPARE(DatabaseQueue({}, 4).workers(), 1);

        QCOMPARE(DatabaseQueue::shareOf(4, 4, 200), 1);
        QCOMPARE(DatabaseQueue::shareOf(4, 2, 2), 2);
        QCOMPARE(DatabaseQueue::shareOf(4, 1, 1), 4); // one database: every job
        QCOMPARE(DatabaseQueue::shareOf(8, 4, 1), 8); // the last one left, alone
        QCOMPARE(DatabaseQueue::shareOf(3, 2, 5), 1);
    }

    void neverMoreJobsThanAsked() {
        QList<DatabaseState> databases(7);
        QList<DatabaseState*> all;
        for (DatabaseState& db : databases) {
            all << &db;
        }
        for (int jobs = 1; jobs <= 8; ++jobs) {
            DatabaseQueue queue(all, jobs);
            QVERIFY(peakJobs(queue, queue.workers()) <= jobs);
        }
        // A single database gets all of them.
        DatabaseQueue single(all.mid(0, 1), 6);
        int jobs = 0;
        QCOMPARE(single.take(&jobs), all.constFirst());
        QCOMPARE(jobs, 6);
        QCOMPARE(single.take(&jobs), nullptr);
    }

    void spareJobsAreLentNeverOverdrawn() {
        JobLoans loans;
        QCOMPARE(loans.borrow(3), 0); // nothing spare yet
        loans.lend(2);                // a database finished, no other left to start
        {
            const BorrowedJobs first(loans, 3);
            QCOMPARE(first.count(), 2); // no more than is spare
            const BorrowedJobs second(loans, 1);
            QCOMPARE(second.count(), 0);
        }
        QCOMPARE(loans.spare(), 2); // repaid when the work ended
        {
            const BorrowedJobs loan(loans, 1);
            loans.reclaim(2); // the lender needs its jobs back while one is lent
            QCOMPARE(loans.spare(), -1);
            const BorrowedJobs none(loans, 1);
            QCOMPARE(none.count(), 0);
        }
        QCOMPARE(loans.spare(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseQueue)
#include "tst_databasequeue.moc"
