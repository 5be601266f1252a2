#include "PgError.h"
#include "PrivatePair.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

/// An apply error (a change the target cannot apply) stops replication visibly: finish fails
/// within seconds with the reason and unfreezes the source, status says failed and where the
/// error's text is, and once the cause is fixed resume-replication carries on to a verified end.
class TestApplyErrors : public QObject {
    Q_OBJECT
    PrivatePair m_pair;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_pair.stop(); }

    void applyErrorFailsFinishFastAndResumesOnceFixed() {
        const QString db = QStringLiteral("apply_error");
        const QString id = QStringLiteral("apply-error");
        m_pair.createDatabase(db, 1000);
        const PrivatePair::Run migrate = m_pair.cli(m_pair.migrateArguments(db, id));
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());

        // A row on the target that the next replicated INSERT collides with.
        m_pair.connect(Server::Target, db)
            ->exec(QStringLiteral("INSERT INTO t VALUES (1001, 'only on the target')"));
        m_pair.connect(Server::Source, db)->exec(QStringLiteral("INSERT INTO t (v) VALUES ('x')"));

        QElapsedTimer timer;
        timer.start();
        const PrivatePair::Run finish = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id,
             QStringLiteral("--freeze-writes"), QStringLiteral("--timeout"), QStringLiteral("60")});
        const qint64 took = timer.elapsed();
        QVERIFY2(finish.exitCode == 1, finish.output.constData());
        QVERIFY2(took < 30000, qPrintable(QStringLiteral("finish took %1 ms").arg(took)));
        QVERIFY2(finish.output.contains("apply") && finish.output.contains("server's log") &&
                     !finish.output.contains("did not catch up"),
                 finish.output.constData());
        // Writes are possible again on the source.
        m_pair.connect(Server::Source, db)
            ->exec(QStringLiteral("INSERT INTO t (v) VALUES ('after the failed cut-over')"));

        QByteArray output;
        QJsonObject status = m_pair.statusDetail(id, &output);
        QVERIFY2(status.value(QStringLiteral("status")).toString() == QLatin1String("failed"),
                 output.constData());
        const QString reason = status.value(QStringLiteral("error")).toString();
        QVERIFY2(reason.contains(QStringLiteral("server's log")) &&
                     reason.contains(QStringLiteral("resume-replication")),
                 output.constData());

        // Fixed: replication carries on, and the cut-over ends verified.
        m_pair.connect(Server::Target, db)->exec(QStringLiteral("DELETE FROM t WHERE id = 1001"));
        const PrivatePair::Run resume =
            m_pair.cli({QStringLiteral("resume-replication"), QStringLiteral("--id"), id});
        QVERIFY2(resume.exitCode == 0 && resume.output.contains("syncing"),
                 resume.output.constData());
        QVERIFY(m_pair.waitUntilEqual(db, 30));
        status = m_pair.statusDetail(id, &output);
        QVERIFY2(status.value(QStringLiteral("status")).toString() == QLatin1String("syncing"),
                 output.constData());
        const PrivatePair::Run done = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, done.output.constData());
        QCOMPARE(m_pair.fingerprint(Server::Target, db), m_pair.fingerprint(Server::Source, db));
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
    }
};

PGM_FAULT_TEST_MAIN(TestApplyErrors)
#include "tst_apply_errors.moc"
