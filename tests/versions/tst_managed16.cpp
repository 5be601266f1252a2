// The managed-service model (d): a PostgreSQL 16 target whose migration user is no superuser but
// a member of pg_create_subscription (16+), with CREATEDB and CREATEROLE, so CREATE on the
// databases it creates. It subscribes itself: no aiven_extras, the source password in the
// subscription's connection string (password_required), yet in no log and no statement
// statistics of the target. The source is Debian's 15 (pg_dump 15 reads it); the target the
// embedded 16 (tests/fixture/pg-majors.sh), in a pair of the test's own. Models (a)-(c) are in
// tests/pg/tst_managedservices.cpp on the shared 15 clusters.

#include "CheckRunner.h"
#include "PgError.h"
#include "PrivatePair.h"
#include "ReplicationObjects.h"
#include "VersionDataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

namespace {

const QString kDb = QStringLiteral("vdata");
const QString kMember = QStringLiteral("pgm16_admin"); ///< in pg_create_subscription
const QString kPlain = QStringLiteral("pgm16_plain");  ///< not

const pgm::Check& find(const pgm::CheckReport& report, const QString& id,
                       const QString& dbname = {}) {
    static const pgm::Check missing;
    for (const pgm::Check& check : report.outcome.checks) {
        if (check.id == id && check.dbname == dbname) {
            return check;
        }
    }
    return missing;
}

QString dump(const pgm::CheckReport& report) {
    QStringList lines{report.internalError};
    for (const pgm::Check& check : report.outcome.checks) {
        lines << QStringLiteral("%1 %2 [%3] %4 | %5")
                     .arg(check.id, pgm::statusName(check.status), check.dbname, check.detail,
                          check.remedy);
    }
    for (const pgm::PlannedDatabase& planned : report.outcome.plan) {
        lines << QStringLiteral("plan %1 %2 %3")
                     .arg(planned.dbname, pgm::methodName(planned.method), planned.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestManaged16 : public QObject {
    Q_OBJECT
    PrivatePair m_pair;
    QString m_password;
    bool m_statements = false; ///< the target tracks statements (pg_stat_statements)

    QString targetUri(const QString& user) const {
        QString uri = m_pair.uri(Server::Target);
        return uri.replace(QStringLiteral("//postgres@"), QStringLiteral("//%1@").arg(user));
    }

    pgm::CheckRequest checkRequest(const QString& user) {
        pgm::CheckRequest request;
        request.method = pgm::MethodChoice::Replication;
        request.inspection.source = m_pair.settings(Server::Source);
        request.inspection.target = m_pair.settings(Server::Target);
        request.inspection.target.user = user;
        request.inspection.connectTimeout = std::chrono::seconds(5);
        request.inspection.excludedDatabases = m_pair.everyDatabaseBut(kDb).split(QLatin1Char(','));
        return request;
    }

    QStringList migrateArguments(const QString& user, const QString& id) {
        return {QStringLiteral("migrate"),
                QStringLiteral("--source"),
                m_pair.uri(Server::Source),
                QStringLiteral("--target"),
                targetUri(user),
                QStringLiteral("--exclude-db"),
                m_pair.everyDatabaseBut(kDb),
                QStringLiteral("--method"),
                QStringLiteral("replication"),
                QStringLiteral("--tables-without-pk"),
                QStringLiteral("replica-identity-full"),
                QStringLiteral("--id"),
                id};
    }

    QString scalar(Server server, const QString& sql, const QString& dbname = {}) {
        return m_pair.connect(server, dbname.isEmpty() ? QStringLiteral("postgres") : dbname)
            ->exec(sql)
            .scalar();
    }

private slots:
    void initTestCase() {
        QElapsedTimer timer;
        timer.start();
        QString error;
        // The source: Debian's 15.
        QVERIFY2(versions::startPair(m_pair, 0, 16, &error), qPrintable(error));
        m_password = m_pair.settings(Server::Target).password;
        QByteArray output;
        QVERIFY2(versions::loadDataset(m_pair, &output), output.constData());
        try {
            auto target = m_pair.connect(Server::Target);
            target->execScript(
                QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB CREATEROLE PASSWORD '%3' "
                               "IN ROLE pg_create_subscription;"
                               "CREATE ROLE %2 LOGIN CREATEDB CREATEROLE PASSWORD '%3';")
                    .arg(kMember, kPlain, m_password));
            m_statements =
                target->exec(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE "
                                            "name = 'pg_stat_statements'"))
                        .scalar() == QLatin1String("1") &&
                target->exec(QStringLiteral("SELECT current_setting('shared_preload_libraries') "
                                            "~ 'pg_stat_statements'"))
                        .scalar() == QLatin1String("t");
            if (m_statements) {
                // From here on, whatever holds the password was sent by the tool (the roles
                // above were made with it in the statement).
                target->execScript(QStringLiteral("CREATE EXTENSION pg_stat_statements;"
                                                  "SELECT pg_stat_statements_reset()"));
            }
            target->execScript(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
            target->execScript(QStringLiteral("SELECT pg_reload_conf()"));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
        qInfo("pair and dataset: %lld ms", timer.elapsed());
    }

    /// Not in pg_create_subscription: the check names the grant, and with replication asked
    /// for nothing is created on either side.
    void aNonMemberIsToldWhatToGrant() {
        const pgm::CheckReport report = runChecksBlocking(checkRequest(kPlain));
        QVERIFY2(report.internalError.isEmpty() && !report.ok(), qPrintable(dump(report)));
        const pgm::Check& privileges = find(report, QStringLiteral("replication-privileges"), kDb);
        QVERIFY2(privileges.status == pgm::Check::Status::Fail &&
                     privileges.detail.contains(
                         QStringLiteral("not a member of pg_create_subscription")) &&
                     privileges.remedy.contains(
                         QStringLiteral("GRANT pg_create_subscription TO \"pgm16_plain\";")),
                 qPrintable(dump(report)));

        const PrivatePair::Run run = m_pair.cli(migrateArguments(kPlain, QStringLiteral("n16")));
        QVERIFY2(run.exitCode != 0 &&
                     run.output.contains("GRANT pg_create_subscription TO \"pgm16_plain\";"),
                 run.output.constData());
        try {
            QCOMPARE(scalar(Server::Target, QStringLiteral("SELECT count(*) FROM pg_database "
                                                           "WHERE datname = 'vdata'")),
                     QStringLiteral("0"));
            QCOMPARE(scalar(Server::Target, QStringLiteral("SELECT count(*) FROM pg_roles "
                                                           "WHERE rolname LIKE 'v\\_%'")),
                     QStringLiteral("0"));
            QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
            QCOMPARE(
                scalar(Server::Source, QStringLiteral("SELECT count(*) FROM pg_publication"), kDb),
                QStringLiteral("0"));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
    }

    /// A member with CREATE on the database it creates: the plan promises replication, the
    /// migration replicates (its own subscription, no aiven_extras), writes during the sync
    /// arrive, `finish` cuts over and leaves no replication object; data, schema and roles equal.
    void aMemberSubscribesItself() {
        QElapsedTimer timer;
        timer.start();
        const pgm::CheckReport report = runChecksBlocking(checkRequest(kMember));
        QVERIFY2(report.ok() && report.outcome.plan.size() == 1 &&
                     report.outcome.plan[0].method == pgm::MigrationMethod::Replication,
                 qPrintable(dump(report)));
        QVERIFY2(find(report, QStringLiteral("replication-privileges"), kDb)
                     .detail.contains(QStringLiteral("Target: member of pg_create_subscription")),
                 qPrintable(dump(report)));

        const QString id = QStringLiteral("m16");
        auto migrate = m_pair.startCli(migrateArguments(kMember, id));
        int round = 0;
        while (!migrate->waitForFinished(200)) {
            versions::writeRound(m_pair, ++round);
            QVERIFY2(timer.elapsed() < 180000, "migrate did not return");
        }
        const QByteArray migrated = migrate->readAll();
        QVERIFY2(migrate->exitCode() == 0, migrated.constData());
        for (int more = 0; more < 20; ++more) {
            versions::writeRound(m_pair, ++round);
        }
        QByteArray output;
        const QJsonObject detail = m_pair.statusDetail(id, &output);
        QVERIFY2(detail.value(QStringLiteral("method")).toString() ==
                         QLatin1String("replication") &&
                     detail.value(QStringLiteral("status")).toString() == QLatin1String("syncing"),
                 output.constData());
        try {
            // The user's own subscription, with the password it must use; no aiven_extras.
            QCOMPARE(
                scalar(Server::Target,
                       QStringLiteral("SELECT string_agg(format('%s %s %s', subowner::regrole, "
                                      "subpasswordrequired, subrunasowner), ',') "
                                      "FROM pg_subscription")),
                QStringLiteral("pgm16_admin t f"));
            QCOMPARE(scalar(Server::Target,
                            QStringLiteral("SELECT count(*) FROM pg_extension "
                                           "WHERE extname = 'aiven_extras'"),
                            kDb),
                     QStringLiteral("0"));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }

        const PrivatePair::Run finish = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes"),
             QStringLiteral("--timeout"), QStringLiteral("120")});
        QVERIFY2(finish.exitCode == 0, finish.output.constData());
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
        QCOMPARE(scalar(Server::Source, QStringLiteral("SELECT count(*) FROM pg_publication"), kDb),
                 QStringLiteral("0"));
        const PrivatePair::Run verify =
            m_pair.cli({QStringLiteral("verify"), QStringLiteral("--source"),
                        m_pair.uri(Server::Source), QStringLiteral("--target"), targetUri(kMember),
                        QStringLiteral("--exclude-db"), m_pair.everyDatabaseBut(kDb)});
        QVERIFY2(verify.exitCode == 0, verify.output.constData());
        versions::compareSides(m_pair);
        qInfo("migrate, finish, verify and compare: %lld ms", timer.elapsed());
    }

    /// The user's own subscription, disabled (as an apply error would leave it): status says
    /// failed, resume-replication enables it as its owner (no aiven_extras), and stop drops it
    /// with its slot and publication.
    void theOwnerResumesAndStops() {
        QElapsedTimer timer;
        timer.start();
        const QString db = QStringLiteral("vsmall");
        const QString id = QStringLiteral("s16");
        m_pair.createDatabase(db, 500);
        QStringList arguments = migrateArguments(kMember, id);
        arguments[arguments.indexOf(QStringLiteral("--exclude-db")) + 1] =
            m_pair.everyDatabaseBut(db);
        const PrivatePair::Run migrate = m_pair.cli(arguments);
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());
        try {
            auto target = m_pair.connect(Server::Target, db);
            const QString subscription =
                target->exec(QStringLiteral("SELECT subname FROM pg_subscription")).scalar();
            target->exec(QStringLiteral("ALTER SUBSCRIPTION %1 DISABLE")
                             .arg(target->quoteIdentifier(subscription)));
            const PrivatePair::Run status =
                m_pair.cli({QStringLiteral("status"), QStringLiteral("--id"), id});
            QVERIFY2(status.output.contains("disabled"), status.output.constData());
            const PrivatePair::Run resume =
                m_pair.cli({QStringLiteral("resume-replication"), QStringLiteral("--id"), id});
            QVERIFY2(resume.exitCode == 0 && resume.output.contains("syncing"),
                     resume.output.constData());
            QCOMPARE(
                target->exec(QStringLiteral("SELECT subenabled FROM pg_subscription")).scalar(),
                QStringLiteral("t"));
            m_pair.connect(Server::Source, db)
                ->exec(QStringLiteral("INSERT INTO t (v) VALUES ('after resume')"));
            QVERIFY(m_pair.waitUntilEqual(db, 30));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
        const PrivatePair::Run stop =
            m_pair.cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
        QVERIFY2(stop.exitCode == 0, stop.output.constData());
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
        QCOMPARE(scalar(Server::Source, QStringLiteral("SELECT count(*) FROM pg_publication"), db),
                 QStringLiteral("0"));
        qInfo("migrate, resume and stop: %lld ms", timer.elapsed());
    }

    /// A table owned by a role the user may not SET ROLE to (here made by a superuser; a
    /// restore without superuser leaves the user the owner): the apply worker could not switch
    /// to its owner, so the subscription runs as its owner, who has the privileges.
    void runAsOwnerWhereTheUserMayNotBecomeTheTablesOwner() {
        const QString db = QStringLiteral("vowners");
        const pgm::ReplicationNames names =
            pgm::ReplicationNames::forDatabase(QStringLiteral("o16"), db);
        try {
            m_pair.createDatabase(db, 300);
            auto sourceDb = m_pair.connect(Server::Source, db);
            pgm::createPublication(*sourceDb, names.publication, {QStringLiteral("public.t")},
                                   false);
            sourceDb->exec(QStringLiteral("SELECT pg_create_logical_replication_slot($1, "
                                          "'pgoutput')"),
                           {names.slot});
            auto targetAdmin = m_pair.connect(Server::Target);
            targetAdmin->exec(QStringLiteral("CREATE ROLE pgm16_other"));
            targetAdmin->exec(QStringLiteral("CREATE DATABASE vowners OWNER pgm16_admin"));
            m_pair.connect(Server::Target, db)
                ->execScript(QStringLiteral(
                    "CREATE TABLE t (id bigint PRIMARY KEY, v text);"
                    "ALTER TABLE t OWNER TO pgm16_other;"
                    "GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON t TO pgm16_admin"));
            pgm::ConnectionSettings admin = m_pair.settings(Server::Target, db);
            admin.user = kMember;
            auto targetDb = pgm::PgConnection::open(admin, std::chrono::seconds(10));
            pgm::createSubscription(*targetDb, names, m_pair.settings(Server::Source, db), {}, 0,
                                    true);
            QCOMPARE(targetDb
                         ->exec(QStringLiteral("SELECT format('%s %s', subowner::regrole, "
                                               "subrunasowner) FROM pg_subscription"))
                         .scalar(),
                     QStringLiteral("pgm16_admin t"));
            sourceDb->exec(QStringLiteral("UPDATE t SET v = v || '!' WHERE id % 7 = 0"));
            QVERIFY(m_pair.waitUntilEqual(db, 30));
            const QStringList left = pgm::dropReplication(sourceDb.get(), targetDb.get(), names);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
            QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
    }

    /// After all of the above (subscriptions created, enabled, dropped): the source password
    /// reached the target only inside the subscriptions' catalog rows, in no log line with
    /// log_statement = all and in no statement pg_stat_statements tracked.
    void theSourcePasswordIsInNoLog() {
        QFile log(m_pair.serverLog(Server::Target));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("pgmigrate_secret_statement"),
                 "log_statement = all did not log the tool's statements");
        QVERIFY2(!logged.contains(m_password.toUtf8()),
                 "the source password is in the target's log");
        if (m_statements) {
            // Read here, searched here: a parameter would put the password in the log.
            QString tracked;
            try {
                tracked = scalar(Server::Target, QStringLiteral("SELECT string_agg(query, "
                                                                "E'\\n') FROM pg_stat_statements"));
            } catch (const pgm::PgError& e) {
                QFAIL(e.what());
            }
            QVERIFY2(tracked.contains(QStringLiteral("pgmigrate_secret_statement")),
                     "pg_stat_statements tracked none of the tool's statements");
            QVERIFY2(!tracked.contains(m_password),
                     "the source password is in the target's pg_stat_statements");
        } else {
            qWarning("the target has no pg_stat_statements: that part is skipped");
        }
    }
};

PGM_FAULT_TEST_MAIN(TestManaged16)
#include "tst_managed16.moc"
