// The target's session dies in the middle of a table's COPY while the source still streams
// (a target restart, an administrator's pg_terminate_backend): migrate must end with the reason,
// not wait forever reading results of a source COPY nobody reads any more.
#include "PgTestEnv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_targetdrop");

} // namespace

class TestTargetDrop : public QObject {
    Q_OBJECT

    QTemporaryDir m_stateDir;

private slots:
    void initTestCase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(
                QStringLiteral("CREATE TABLE big (id int PRIMARY KEY, v text); "
                               "INSERT INTO big SELECT g, md5(g::text) || md5((g * 3)::text) "
                               "FROM generate_series(1, 1500000) g"));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void targetSessionKilledMidCopyEndsTheRun() {
        QProcess migrate;
        migrate.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        migrate.start(QStringLiteral(PGMIGRATE_CLI),
                      {QStringLiteral("migrate"), QStringLiteral("--source"),
                       pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                       pgtest::serverUri(Cluster::Target), QStringLiteral("--method"),
                       QStringLiteral("dump"), QStringLiteral("--exclude-db"),
                       pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                       QStringLiteral("--id"), QStringLiteral("targetdrop")});
        QVERIFY(migrate.waitForStarted());
        // As soon as the target's COPY runs, end that session.
        auto target = pgtest::connect(Cluster::Target);
        QElapsedTimer timer;
        timer.start();
        QString killed = QStringLiteral("0");
        while (timer.elapsed() < 120000 && migrate.state() == QProcess::Running &&
               killed == QLatin1String("0")) {
            killed = target
                         ->exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                               "pg_stat_activity WHERE datname = $1 AND query LIKE "
                                               "'COPY %FROM STDIN%' AND state = 'active'"),
                                {kDb})
                         .scalar();
            QTest::qWait(20);
        }
        QVERIFY2(killed != QLatin1String("0"), "the target's COPY was never seen");
        const bool ended = migrate.waitForFinished(60000);
        if (!ended) {
            migrate.kill();
            migrate.waitForFinished();
        }
        const QByteArray output = migrate.readAllStandardOutput() + migrate.readAllStandardError();
        QVERIFY2(ended, "migrate still runs a minute after its target session died");
        QCOMPARE(migrate.exitCode(), 1);
        QVERIFY2(output.contains("copy public.big"), output.constData());
        // The target's failure is the cause; the source's error is only our own cancel.
        QVERIFY2(output.contains("(writing the target)"), output.constData());
        QVERIFY2(!output.contains("canceling statement"), output.constData());
    }
};

PGM_PG_TEST_MAIN(TestTargetDrop)
#include "tst_targetdrop.moc"
