// A killed run's server sessions outlive it (a CREATE INDEX its pg_restore started runs on and
// commits): the next run of the same migration, or a start over after a dead one, ends them
// first; the sessions of a migration whose process still runs, or of one this computer does not
// know, stay.
#include "OrphanSessions.h"
#include "PgConnection.h"
#include "PgTestEnv.h"

#include <QTest>
#include <libpq-fe.h>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_orphans");

// A session named like a run of migration `id`, busy with a long statement.
std::unique_ptr<PgConnection> busySession(const QString& id) {
    ConnectionSettings settings =
        pgtest::settings(Cluster::Target, QStringLiteral("postgres"), kDb);
    settings.applicationName = sessionName(id);
    auto connection = PgConnection::open(settings, std::chrono::seconds(5));
    PQsendQuery(connection->raw(), "SELECT pg_sleep(120)");
    return connection;
}

} // namespace

class TestOrphanSessions : public QObject {
    Q_OBJECT

    static QString sessionsNamed(PgConnection& admin, const QString& id) {
        return admin
            .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND "
                                 "application_name = $2"),
                  {kDb, sessionName(id)})
            .scalar();
    }

private slots:
    void initTestCase() { pgtest::recreateDatabase(Cluster::Target, kDb); }
    void cleanupTestCase() { pgtest::dropDatabase(Cluster::Target, kDb); }

    void orphansEndAndLiveRunsStay() {
        const auto own = busySession(QStringLiteral("resumed-one"));
        const auto dead = busySession(QStringLiteral("dead-one"));
        const auto live = busySession(QStringLiteral("live-one"));
        auto admin = pgtest::connect(Cluster::Target, kDb);
        QTRY_COMPARE(sessionsNamed(*admin, QStringLiteral("live-one")), QStringLiteral("1"));

        // This run began with `admin`: the session of the same name from before is a killed
        // run's, one opened since is this run's own.
        const QString since = ownSessionsSince(*admin);
        const auto ownSince = busySession(QStringLiteral("resumed-one"));
        QTRY_COMPARE(sessionsNamed(*admin, QStringLiteral("resumed-one")), QStringLiteral("2"));
        const int ended = endOrphanSessions(
            *admin, QStringLiteral("resumed-one"), since,
            [](const QString& id) { return id != QLatin1String("dead-one"); }, // ours lives too
            std::chrono::seconds(10));
        QCOMPARE(ended, 2);
        QCOMPARE(sessionsNamed(*admin, QStringLiteral("resumed-one")), QStringLiteral("1"));
        QCOMPARE(sessionsNamed(*admin, QStringLiteral("dead-one")), QStringLiteral("0"));
        QCOMPARE(sessionsNamed(*admin, QStringLiteral("live-one")), QStringLiteral("1"));
        // The checker's own session is never one of them, even under the same name.
        QCOMPARE(endOrphanSessions(
                     *admin, QStringLiteral("resumed-one"), since,
                     [](const QString&) { return true; }, std::chrono::seconds(10)),
                 0);
    }
};

PGM_PG_TEST_MAIN(TestOrphanSessions)
#include "tst_orphansessions.moc"
