// The target database, created like the source's: its ACL and its settings come with it, also
// when an earlier, killed run of the same migration created it and died before giving them, and
// when its CREATE DATABASE, still running in the killed run's server session, commits between
// this run's lookup and its own CREATE DATABASE.
#include "DatabaseCreator.h"
#include "PgConnection.h"
#include "PgTestEnv.h"

#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_creator \"q\"");
const QString kRole = QStringLiteral("pgm_creator_reader");

QString databaseLevel(Cluster cluster) {
    return pgtest::databaseLevel(cluster, kDb);
}

} // namespace

class TestDatabaseCreator : public QObject {
    Q_OBJECT

    std::unique_ptr<PgConnection> m_source;
    std::unique_ptr<PgConnection> m_target;

    void dropTargetDatabase() {
        m_target->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_target->quoteIdentifier(kDb));
    }

    /// The target database as CREATE DATABASE alone leaves it (what a killed run left).
    void createBareTargetDatabase() {
        m_target->exec(QStringLiteral("CREATE DATABASE ") + m_target->quoteIdentifier(kDb));
    }

private slots:
    void initTestCase() {
        m_source = pgtest::connect(Cluster::Source);
        m_target = pgtest::connect(Cluster::Target);
        cleanupTestCase();
        for (PgConnection* server : {m_source.get(), m_target.get()}) {
            server->exec(QStringLiteral("CREATE ROLE ") + server->quoteIdentifier(kRole));
        }
        const QString db = m_source->quoteIdentifier(kDb);
        m_source->exec(QStringLiteral("CREATE DATABASE ") + db);
        m_source->execScript(QStringLiteral("ALTER DATABASE %1 SET work_mem = '5MB'; "
                                            "ALTER ROLE %2 IN DATABASE %1 SET "
                                            "statement_timeout = '7s'; "
                                            "REVOKE CONNECT ON DATABASE %1 FROM PUBLIC; "
                                            "GRANT CONNECT ON DATABASE %1 TO %2")
                                 .arg(db, m_source->quoteIdentifier(kRole)));
        QVERIFY(databaseLevel(Cluster::Source).contains(QLatin1String("work_mem=5MB")));
    }

    void cleanupTestCase() {
        dropTargetDatabase();
        m_source->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_source->quoteIdentifier(kDb));
        for (PgConnection* server : {m_source.get(), m_target.get()}) {
            server->exec(QStringLiteral("DROP ROLE IF EXISTS ") + server->quoteIdentifier(kRole));
        }
    }

    void aNewDatabaseGetsTheSourcesAclAndSettings() {
        dropTargetDatabase();
        bool announced = false;
        const DatabaseReport report =
            ensureDatabase(*m_source, *m_target, kDb, false, [&] { announced = true; });
        QVERIFY(report.created && announced);
        QCOMPARE(databaseLevel(Cluster::Target), databaseLevel(Cluster::Source));
    }

    void aDatabaseFoundIsUsedAsItIs() {
        dropTargetDatabase();
        createBareTargetDatabase();
        bool announced = false;
        const DatabaseReport report =
            ensureDatabase(*m_source, *m_target, kDb, false, [&] { announced = true; });
        QVERIFY(!report.created && !announced);
        QCOMPARE(databaseLevel(Cluster::Target), QStringLiteral(" "));
    }

    void oneAnEarlierRunCreatedGetsItsAclAndSettingsAgain() {
        dropTargetDatabase();
        createBareTargetDatabase();         // killed between CREATE DATABASE and its grants
        for (int run = 0; run < 2; ++run) { // and a second resume changes nothing
            const DatabaseReport report = ensureDatabase(*m_source, *m_target, kDb, true);
            QVERIFY(report.created);
            QCOMPARE(databaseLevel(Cluster::Target), databaseLevel(Cluster::Source));
        }
    }

    void oneAppearingBeforeItsCreateIsTakenAsFound_data() {
        QTest::addColumn<bool>("createdEarlier");
        QTest::addRow("a resumed run's") << true;
        QTest::addRow("a first run's") << false;
    }

    void oneAppearingBeforeItsCreateIsTakenAsFound() {
        QFETCH(bool, createdEarlier);
        dropTargetDatabase();
        // The killed run's CREATE DATABASE commits right after this run found nothing.
        auto killedRun = pgtest::connect(Cluster::Target);
        const DatabaseReport report =
            ensureDatabase(*m_source, *m_target, kDb, createdEarlier, [&] {
                killedRun->exec(QStringLiteral("CREATE DATABASE ") +
                                killedRun->quoteIdentifier(kDb));
            });
        QCOMPARE(report.created, createdEarlier);
        QCOMPARE(databaseLevel(Cluster::Target),
                 createdEarlier ? databaseLevel(Cluster::Source) : QStringLiteral(" "));
    }
};

PGM_PG_TEST_MAIN(TestDatabaseCreator)
#include "tst_databasecreator.moc"
