#include "PgError.h"
#include "PrivatePair.h"
#include "TcpRelay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

/// The network between the target server and the source cut while changes stream: reset (every
/// connection dropped) and blackholed (nothing moves, for longer than the replication timeouts).
/// The subscription goes through a relay the test controls (--source-address-from-target);
/// replication resumes by itself, status never says failed, and finish ends verified.
class TestNetworkCuts : public QObject {
    Q_OBJECT
    PrivatePair m_pair;

    void insertRows(const QString& dbname, const QString& tag) {
        m_pair.connect(Server::Source, dbname)
            ->exec(QStringLiteral("INSERT INTO t (v) SELECT $1 || g FROM generate_series(1, 50) g"),
                   {tag});
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_pair.stop(); }

    void resetAndBlackholeWhileReplicating() {
        const QString db = QStringLiteral("network_cut");
        const QString id = QStringLiteral("network-cut");
        m_pair.createDatabase(db, 1000);
        faults::TcpRelay relay(m_pair.settings(Server::Source).port);
        const PrivatePair::Run migrate =
            m_pair.cli(m_pair.migrateArguments(db, id,
                                               {QStringLiteral("--source-address-from-target"),
                                                QStringLiteral("127.0.0.1:%1").arg(relay.port())}));
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());
        QVERIFY2(m_pair.connect(Server::Target, db)
                     ->exec(QStringLiteral("SELECT subconninfo FROM pg_subscription"))
                     .scalar()
                     .contains(QStringLiteral("port='%1'").arg(relay.port())),
                 "the subscription does not go through the relay");
        insertRows(db, QStringLiteral("before "));
        QVERIFY(m_pair.waitUntilEqual(db, 30));

        relay.reset();
        insertRows(db, QStringLiteral("after reset "));
        QVERIFY(m_pair.waitUntilEqual(db, 30));
        QByteArray output;
        QVERIFY2(m_pair.statusDetail(id, &output).value(QStringLiteral("status")).toString() ==
                     QLatin1String("syncing"),
                 output.constData());

        // Longer than wal_sender_timeout and wal_receiver_timeout (5 s on this pair).
        relay.blackhole(true);
        insertRows(db, QStringLiteral("during blackhole "));
        QTest::qWait(12000);
        QVERIFY2(m_pair.statusDetail(id, &output).value(QStringLiteral("status")).toString() ==
                     QLatin1String("syncing"),
                 output.constData());
        relay.blackhole(false);
        QVERIFY(m_pair.waitUntilEqual(db, 60));
        QVERIFY2(m_pair.statusDetail(id, &output).value(QStringLiteral("status")).toString() ==
                     QLatin1String("syncing"),
                 output.constData());

        const PrivatePair::Run finish = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")});
        QVERIFY2(finish.exitCode == 0, finish.output.constData());
        QCOMPARE(m_pair.fingerprint(Server::Target, db), m_pair.fingerprint(Server::Source, db));
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
    }
};

PGM_FAULT_TEST_MAIN(TestNetworkCuts)
#include "tst_network_cuts.moc"
