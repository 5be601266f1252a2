#include "BriefLock.h"
#include "PgError.h"
#include "PgTestEnv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_brieflock");
const QString kTable = QStringLiteral("public.live");
const QString kAlter = QStringLiteral("ALTER TABLE public.live REPLICA IDENTITY FULL");

/// Runs a small query on the table over and over on its own session until stopped, and keeps
/// the longest it took: what the application on the source would have seen.
class Probe {
public:
    Probe()
        : m_thread([this] { loop(); }) {}
    ~Probe() { stop(); }
    Probe(const Probe&) = delete;
    Probe& operator=(const Probe&) = delete;

    qint64 stop() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        return m_longestMs;
    }

private:
    void loop() {
        auto app = pgtest::connect(Cluster::Source, kDb);
        while (!m_stop) {
            QElapsedTimer timer;
            timer.start();
            app->exec(QStringLiteral("SELECT count(*) FROM live"));
            m_longestMs = std::max<qint64>(m_longestMs, timer.elapsed());
            QThread::msleep(20);
        }
    }

    std::atomic_bool m_stop{false};
    std::atomic<qint64> m_longestMs{0};
    std::thread m_thread;
};

/// A session reading the table in an open transaction (a report, a backup): its ACCESS SHARE
/// lock keeps ALTER TABLE waiting.
std::unique_ptr<PgConnection> holdTheTable() {
    auto holder = pgtest::connect(Cluster::Source, kDb);
    holder->execScript(QStringLiteral("BEGIN; SELECT count(*) FROM live"));
    return holder;
}

QString identity() {
    return pgtest::connect(Cluster::Source, kDb)
        ->exec(QStringLiteral("SELECT relreplident FROM pg_class WHERE oid = 'live'::regclass"))
        .scalar();
}

} // namespace

/// ALTER TABLE on the live source (replica identities) waits for its lock only a moment per
/// try: the application's queries on the table are never held up long behind it, the tries go
/// on while the budget lasts, and giving up says why, leaving the session usable.
class TestBriefLock : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    /// Runs the command line; its exit code and output.
    std::pair<int, QString> cli(const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    /// Replicates kDb alone, its keyless table with REPLICA IDENTITY FULL, trying each ALTER
    /// once (--lock-wait 0).
    static QStringList migrateArguments(const QString& id) {
        return {QStringLiteral("migrate"),
                QStringLiteral("--source"),
                pgtest::serverUri(Cluster::Source),
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target),
                QStringLiteral("--method"),
                QStringLiteral("replication"),
                QStringLiteral("--tables-without-pk"),
                QStringLiteral("replica-identity-full"),
                QStringLiteral("--lock-wait"),
                QStringLiteral("0"),
                QStringLiteral("--exclude-db"),
                pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                QStringLiteral("--id"),
                id};
    }

    static QString slotsOf(const QString& dbname) {
        return pgtest::connect(Cluster::Source)
            ->exec(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE database = $1"),
                   {dbname})
            .scalar();
    }

private slots:
    void init() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("CREATE TABLE live (msg text); "
                                        "INSERT INTO live VALUES ('one'), ('two')"));
    }

    void cleanupTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    /// `migrate --lock-wait` reaches the engine: with 0, a held keyless table fails its
    /// database after one try (the default would keep trying for 30 s), says who to look for,
    /// and leaves the table as it was.
    void migrateWaitsAsLongAsItIsTold() {
        auto holder = holdTheTable();
        QElapsedTimer timer;
        timer.start();
        const auto [code, out] = cli(migrateArguments(QStringLiteral("brieflock-held")));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(code == 1, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("pg_locks")), qPrintable(out));
        QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
        holder.reset();
        QCOMPARE(identity(), QStringLiteral("d"));
        QCOMPARE(slotsOf(kDb), QStringLiteral("0"));
    }

    /// `finish --lock-wait` too: with 0, restoring the replica identity of a held table gives
    /// up after one try (not 30 s), and the cut-over still completes with the statement to run.
    /// Right after `migrate`, on an idle source, the drain ends at once: it used to wait 10 to
    /// 20 s for a flush of WAL that the source had inserted but not written out.
    void finishWaitsAsLongAsItIsTold() {
        const QString id = QStringLiteral("brieflock-finish");
        const auto [synced, syncOut] = cli(migrateArguments(id));
        QVERIFY2(synced == 0, qPrintable(syncOut));
        QCOMPARE(identity(), QStringLiteral("f"));
        auto holder = holdTheTable();
        QElapsedTimer timer;
        timer.start();
        const auto [code, out] =
            cli({QStringLiteral("finish"), QStringLiteral("--yes"), QStringLiteral("--lock-wait"),
                 QStringLiteral("0"), QStringLiteral("--id"), id, QStringLiteral("--json")});
        const qint64 elapsed = timer.elapsed();
        holder.reset();
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("restore the replica identity of public.live")) &&
                     out.contains(QStringLiteral("pg_locks")),
                 qPrintable(out));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
        const QJsonArray steps = pgtest::cutoverSteps(out);
        QVERIFY2(!steps.isEmpty() &&
                     steps.at(0).toObject().value(QStringLiteral("step")) == QLatin1String("drain"),
                 qPrintable(out));
        const double drained = steps.at(0).toObject().value(QStringLiteral("seconds")).toDouble();
        QVERIFY2(drained < 5.0, qPrintable(QStringLiteral("drained in %1 s").arg(drained)));
        QCOMPARE(identity(), QStringLiteral("f")); // as the note says: left to the user
        QCOMPARE(slotsOf(kDb), QStringLiteral("0"));
    }

    void succeedsOnceTheHolderLetsGo() {
        auto holder = holdTheTable();
        std::thread release([&holder] {
            QThread::msleep(2500);
            holder->execScript(QStringLiteral("COMMIT"));
        });
        Probe probe;
        auto admin = pgtest::connect(Cluster::Source, kDb);
        QString state;
        QString message;
        BriefLock briefly(std::chrono::seconds(20));
        const bool done = briefly.run(*admin, kAlter, kTable, &state, &message);
        release.join();
        const qint64 longest = probe.stop();
        QVERIFY2(done, qPrintable(message));
        QCOMPARE(identity(), QStringLiteral("f"));
        // One try waits a second at most; a query arriving then waits behind it as long.
        QVERIFY2(longest < 1800, qPrintable(QStringLiteral("a query waited %1 ms").arg(longest)));
    }

    void givesUpWithinTheBudgetAndSaysWhy() {
        auto holder = holdTheTable();
        Probe probe;
        auto admin = pgtest::connect(Cluster::Source, kDb);
        QString state;
        QString message;
        QElapsedTimer timer;
        timer.start();
        BriefLock briefly(std::chrono::seconds(3));
        QVERIFY(!briefly.run(*admin, kAlter, kTable, &state, &message));
        QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
        const qint64 longest = probe.stop();
        QCOMPARE(state, QStringLiteral("55P03"));
        QVERIFY2(message.contains(QStringLiteral("other sessions kept public.live locked for ")) &&
                     message.contains(QStringLiteral("(tries: 2;")) &&
                     message.contains(QStringLiteral("pg_locks")),
                 qPrintable(message));
        QVERIFY2(longest < 1800, qPrintable(QStringLiteral("a query waited %1 ms").arg(longest)));
        // The failed try's transaction is over: the session goes on, the table is unchanged.
        QCOMPARE(admin->exec(QStringLiteral("SELECT 1")).scalar(), QStringLiteral("1"));
        holder.reset();
        QCOMPARE(identity(), QStringLiteral("d"));
    }

    void aStepDeadlineStillEndsTheTries() {
        // Under a step's deadline (the cut-over's cleanup), the deadline ends the tries as a
        // statement timeout, and the failed transaction is still rolled back.
        auto holder = holdTheTable();
        auto admin = pgtest::connect(Cluster::Source, kDb);
        admin->boundUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(1500));
        QString state;
        QString message;
        QElapsedTimer timer;
        timer.start();
        BriefLock briefly;
        QVERIFY(!briefly.run(*admin, kAlter, kTable, &state, &message));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(state, QStringLiteral("57014"));
        QCOMPARE(PQtransactionStatus(admin->raw()), PQTRANS_IDLE);
    }

    void otherErrorsEndAtOnce() {
        auto admin = pgtest::connect(Cluster::Source, kDb);
        QString state;
        QString message;
        QElapsedTimer timer;
        timer.start();
        BriefLock briefly;
        QVERIFY(!briefly.run(*admin,
                             QStringLiteral("ALTER TABLE public.gone REPLICA IDENTITY FULL"),
                             QStringLiteral("public.gone"), &state, &message));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(state, QStringLiteral("42P01"));
        QCOMPARE(PQtransactionStatus(admin->raw()), PQTRANS_IDLE);
    }
};

PGM_PG_TEST_MAIN(TestBriefLock)
#include "tst_brieflock.moc"
