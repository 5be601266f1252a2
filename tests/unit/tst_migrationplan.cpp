#include "MigrationPlan.h"

#include <QTest>

using namespace pgm;

namespace {

ReplicationCapabilities capableCluster() {
    ReplicationCapabilities cluster;
    cluster.sourceVersion = ServerVersion(150004);
    cluster.walLevel = QStringLiteral("logical");
    cluster.sourceUser = QStringLiteral("src");
    cluster.targetUser = QStringLiteral("dst");
    cluster.sourceSuperuser = true;
    cluster.sourceReplicationRole = true;
    cluster.targetSuperuser = true;
    cluster.capacity = 10;
    cluster.capacityLimit = QStringLiteral("free replication slots on the source");
    return cluster;
}

DatabaseCapabilities database(const QString& name, qint64 size = 1000) {
    DatabaseCapabilities db;
    db.name = name;
    db.sizeBytes = size;
    return db;
}

} // namespace

class TestMigrationPlan : public QObject {
    Q_OBJECT
private slots:
    // Every combination of the privileges that decide the method.
    void privilegeCombinations() {
        for (int bits = 0; bits < 32; ++bits) {
            const bool sourceSuper = bits & 1;
            const bool sourceReplication = bits & 2;
            const bool sourceExtras = bits & 4;
            const bool targetSuper = bits & 8;
            const bool targetExtras = bits & 16;
            ReplicationCapabilities cluster = capableCluster();
            cluster.sourceSuperuser = sourceSuper;
            cluster.sourceReplicationRole = sourceReplication;
            cluster.targetSuperuser = targetSuper;
            DatabaseCapabilities db = database(QStringLiteral("app"));
            db.sourceAivenExtras = sourceExtras;
            db.targetAivenExtras = targetExtras;

            const bool sourceOk = sourceSuper || (sourceReplication && sourceExtras);
            const bool targetOk = targetSuper || targetExtras;
            const bool expected = sourceOk && targetOk;
            const auto plan = planMigration(MethodChoice::Auto, cluster, {db});
            QCOMPARE(plan.size(), 1);
            const QString context =
                QStringLiteral("combination %1: %2").arg(bits).arg(plan[0].reason);
            QVERIFY2(plan[0].replicationPossible == expected, qPrintable(context));
            QVERIFY2((plan[0].method == MigrationMethod::Replication) == expected,
                     qPrintable(context));
            if (!expected) {
                QVERIFY2(plan[0].reason.endsWith(QStringLiteral(": dump method")),
                         qPrintable(context));
                if (!sourceSuper && !sourceReplication) {
                    QVERIFY(plan[0].reason.contains(QStringLiteral("REPLICATION")));
                } else if (!sourceOk) {
                    QVERIFY(plan[0].reason.contains(
                        QStringLiteral("no superuser and no aiven_extras")));
                } else {
                    QVERIFY(plan[0].reason.contains(
                        QStringLiteral("only superusers may create subscriptions")));
                }
            }

            // Forcing replication never falls back; forcing dump always dumps.
            const auto forced = planMigration(MethodChoice::Replication, cluster, {db});
            QCOMPARE(forced[0].method, MigrationMethod::Replication);
            QCOMPARE(forced[0].replicationPossible, expected);
            QCOMPARE(forced[0].reason.startsWith(QStringLiteral("cannot replicate")), !expected);
            const auto dumped = planMigration(MethodChoice::Dump, cluster, {db});
            QCOMPARE(dumped[0].method, MigrationMethod::Dump);
            QVERIFY(dumped[0].reason.contains(QStringLiteral("chosen by the user")));
        }
    }

    void walLevelAndVersionBlockEveryDatabase() {
        ReplicationCapabilities cluster = capableCluster();
        cluster.walLevel = QStringLiteral("replica");
        auto plan = planMigration(MethodChoice::Auto, cluster,
                                  {database(QStringLiteral("a")), database(QStringLiteral("b"))});
        for (const auto& db : plan) {
            QCOMPARE(db.method, MigrationMethod::Dump);
            QVERIFY(db.reason.contains(QStringLiteral("wal_level is 'replica'")));
        }
        cluster = capableCluster();
        cluster.sourceVersion = ServerVersion(90624);
        plan = planMigration(MethodChoice::Auto, cluster, {database(QStringLiteral("a"))});
        QCOMPARE(plan[0].method, MigrationMethod::Dump);
        QVERIFY(plan[0].reason.contains(QStringLiteral("9.6.24")));
    }

    void targetThatCannotReachTheSourceMeansDump() {
        ReplicationCapabilities cluster = capableCluster();
        cluster.targetToSourceFailure = QStringLiteral("could not connect to the publisher");
        const auto plan =
            planMigration(MethodChoice::Auto, cluster, {database(QStringLiteral("a"))});
        QCOMPARE(plan[0].method, MigrationMethod::Dump);
        QVERIFY(plan[0].reason.contains(QStringLiteral("cannot connect to the source")));
    }

    void aReadOnlySourceDatabaseIsDumped() {
        DatabaseCapabilities archive = database(QStringLiteral("archive"));
        archive.sourceReadOnly = true;
        const auto plan = planMigration(MethodChoice::Auto, capableCluster(),
                                        {archive, database(QStringLiteral("app"))});
        QCOMPARE(plan[0].method, MigrationMethod::Dump);
        QVERIFY2(plan[0].reason.contains(QStringLiteral("read-only")), qPrintable(plan[0].reason));
        QCOMPARE(plan[1].method, MigrationMethod::Replication);
    }

    void scarceCapacityGoesToTheLargestDatabases() {
        ReplicationCapabilities cluster = capableCluster();
        cluster.capacity = 2;
        const auto plan = planMigration(
            MethodChoice::Auto, cluster,
            {database(QStringLiteral("small"), 10), database(QStringLiteral("big"), 1000),
             database(QStringLiteral("mid"), 100), database(QStringLiteral("tiny"), 1)});
        QCOMPARE(plan.size(), 4);
        QCOMPARE(plan[0].dbname, QStringLiteral("small")); // input order kept
        QCOMPARE(plan[0].method, MigrationMethod::Dump);
        QVERIFY(plan[0].reason.contains(QStringLiteral("2 available, 4 needed")));
        QCOMPARE(plan[1].method, MigrationMethod::Replication);
        QCOMPARE(plan[2].method, MigrationMethod::Replication);
        QCOMPARE(plan[3].method, MigrationMethod::Dump);
    }

    void capacityIsTheScarcestResource() {
        ReplicationResources resources;
        resources.sourceFreeSlots = 10;
        resources.sourceFreeWalSenders = 10;
        resources.targetFreeOrigins = 10;
        resources.targetFreeWorkers = 4;
        resources.initialSyncHeadroom = 2;
        QString limit;
        QCOMPARE(replicationCapacity(resources, &limit), 2);
        QVERIFY(limit.contains(QStringLiteral("workers")));
        resources.sourceFreeSlots = 1;
        QCOMPARE(replicationCapacity(resources, &limit), 0); // never negative
        QVERIFY(limit.contains(QStringLiteral("slots")));
    }

    void methodChoiceParsing() {
        MethodChoice choice = MethodChoice::Auto;
        QVERIFY(parseMethodChoice(QStringLiteral("dump"), &choice));
        QCOMPARE(choice, MethodChoice::Dump);
        QVERIFY(parseMethodChoice(QStringLiteral("replication"), &choice));
        QCOMPARE(choice, MethodChoice::Replication);
        QVERIFY(!parseMethodChoice(QStringLiteral("pg_dump"), &choice));
        QCOMPARE(methodName(MigrationMethod::Dump), QStringLiteral("pg_dump"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationPlan)
#include "tst_migrationplan.moc"
