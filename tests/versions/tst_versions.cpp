#include "DatabaseCreator.h"
#include "PgError.h"
#include "PrivatePair.h"
#include "RoleMigrator.h"
#include "VersionDataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

/// The cross-version matrix: a source of major 10..15 migrated into a target of 15..18 by dump,
/// and by replication with writes during the sync then `finish`. Each row starts its own pair.
/// Every row: the tool's verification passed (migrate, finish and verify exit 0), and the
/// test's own fingerprints of the data, the schema and the roles are equal on both sides.
///
/// PGM_VERSIONS_MATRIX=full runs every pair (scripts/test-matrix); otherwise the covering subset
/// CI runs: every source major by both methods, every target major at least twice.
class TestVersions : public QObject {
    Q_OBJECT

public:
    TestVersions() {
        // QtTest's watchdog limits a test function with all its rows (5 min by default): the
        // whole matrix takes longer; each row's commands have their own timeouts.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
            qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
        }
    }

private slots:
    void initTestCase() {
        if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb"))) {
            QSKIP("PostgreSQL 15 is not installed (scripts/install-deps)");
        }
    }

    /// A 17+ source keeps a database's locale in datlocale (daticulocale until 16), and may use
    /// the builtin provider (17+): the target's database is created like it. (pg_dump 15
    /// cannot dump a 17 source, so this calls the engine's database creation directly.)
    void databaseLocaleFrom17() {
        PrivatePair pair;
        QString error;
        QVERIFY2(versions::startPair(pair, 17, 17, &error), qPrintable(error));
        try {
            auto source = pair.connect(Server::Source);
            source->exec(
                QStringLiteral("CREATE DATABASE vbuiltin TEMPLATE template0 LOCALE "
                               "'C.UTF-8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8'"));
            auto target = pair.connect(Server::Target);
            const pgm::DatabaseReport report =
                pgm::ensureDatabase(*source, *target, QStringLiteral("vbuiltin"));
            QVERIFY(report.created);
            QVERIFY2(report.warnings.isEmpty(),
                     qPrintable(report.warnings.join(QLatin1Char('\n'))));
            const QString sql =
                QStringLiteral("SELECT datlocprovider::text || ' ' || coalesce(datlocale, "
                               "'') FROM pg_database WHERE datname = 'vbuiltin'");
            QCOMPARE(target->exec(sql).scalar(), source->exec(sql).scalar());
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
    }

    /// A 16+ membership has its own INHERIT and SET: granted without them, the target gave a
    /// member the role's privileges it had been refused (INHERIT FALSE, SET FALSE), as every
    /// CREATEROLE user holds the roles it made. A target before 16 says what it cannot keep.
    /// (pg_dump 15 cannot dump a 16 source: the engine's role migration is called directly.)
    void membershipOptionsFrom16_data() {
        QTest::addColumn<int>("target");
        QTest::addRow("16-17") << 17;
        QTest::addRow("16-15") << 15;
    }

    void membershipOptionsFrom16() {
        QFETCH(int, target);
        PrivatePair pair;
        QString error;
        QVERIFY2(versions::startPair(pair, 16, target, &error), qPrintable(error));
        try {
            auto source = pair.connect(Server::Source);
            source->execScript(QStringLiteral(
                "CREATE ROLE v_admins; CREATE ROLE v_alice LOGIN; CREATE ROLE v_bob NOINHERIT; "
                "GRANT v_admins TO v_alice WITH INHERIT FALSE, SET FALSE; "
                "GRANT v_admins TO v_bob WITH ADMIN TRUE, INHERIT TRUE"));
            auto targetAdmin = pair.connect(Server::Target);
            const pgm::RoleReport report = pgm::migrateRoles(*source, *targetAdmin);
            const QString members = QStringLiteral(
                "SELECT string_agg(format('%s in %s admin %s', m.rolname, r.rolname, "
                "am.admin_option) || %1, '; ' ORDER BY m.rolname) FROM pg_auth_members am "
                "JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                "WHERE r.rolname = 'v_admins'");
            const QString options =
                QStringLiteral("format(' inherit %s set %s', am.inherit_option, am.set_option)");
            if (target >= 16) {
                QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
                QCOMPARE(targetAdmin->exec(members.arg(options)).scalar(),
                         source->exec(members.arg(options)).scalar());
                return;
            }
            QCOMPARE(targetAdmin->exec(members.arg(QStringLiteral("''"))).scalar(),
                     source->exec(members.arg(QStringLiteral("''"))).scalar());
            QCOMPARE(report.warnings,
                     QStringList({QStringLiteral("membership of v_alice in v_admins carried "
                                                 "without INHERIT FALSE, SET FALSE: the target's "
                                                 "major has no such option (16+)"),
                                  QStringLiteral("membership of v_bob in v_admins carried without "
                                                 "INHERIT TRUE: the target's major has no such "
                                                 "option (16+)")}));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
    }

    /// An 18 target warns when a role gets an md5 verifier, and the warning's CONTEXT quotes the
    /// statement: without a superuser on the target (who keeps warnings out of the log) the
    /// verifier, as good as the password, reached the target's log.
    void md5VerifiersStayOutOfAnAdminTargetsLog() {
        PrivatePair pair;
        QString error;
        QVERIFY2(versions::startPair(pair, 15, 18, &error), qPrintable(error));
        const QString password = pair.settings(Server::Target).password;
        pair.createDatabase(QStringLiteral("vmd5"), 10);
        pair.connect(Server::Source)
            ->execScript(QStringLiteral("SET password_encryption = 'md5'; "
                                        "CREATE ROLE vmd5_login LOGIN PASSWORD 'Md5-login-4Qx'"));
        const QString verifier =
            pair.connect(Server::Source)
                ->exec(QStringLiteral(
                    "SELECT rolpassword FROM pg_authid WHERE rolname = 'vmd5_login'"))
                .scalar();
        QVERIFY(verifier.startsWith(QLatin1String("md5")));
        pair.connect(Server::Target)
            ->exec(QStringLiteral("CREATE ROLE vadmin LOGIN CREATEDB CREATEROLE PASSWORD '%1'")
                       .arg(password));
        QStringList arguments =
            pair.migrateArguments(QStringLiteral("vmd5"), QStringLiteral("vmd5"),
                                  {QStringLiteral("--method"), QStringLiteral("dump")});
        const qsizetype target = arguments.indexOf(QStringLiteral("--target")) + 1;
        arguments[target].replace(QStringLiteral("//postgres@"), QStringLiteral("//vadmin@"));
        const PrivatePair::Run run = pair.cli(arguments);
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QCOMPARE(pair.connect(Server::Target)
                     ->exec(QStringLiteral(
                         "SELECT rolpassword FROM pg_authid WHERE rolname = 'vmd5_login'"))
                     .scalar(),
                 verifier);
        QFile log(pair.serverLog(Server::Target));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(!logged.contains(verifier.mid(3).toUtf8()),
                 "the md5 verifier is in the target's log");
    }

    void migrate_data() {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("method");
        const QString dump = QStringLiteral("dump");
        const QString replication = QStringLiteral("replication");
        const auto add = [](int source, int target, const QString& method) {
            QTest::addRow("%d-%d-%s", source, target, qPrintable(method))
                << source << target << method;
        };
        if (qgetenv("PGM_VERSIONS_MATRIX") == "full") {
            for (int source = 10; source <= 15; ++source) {
                for (int target = 15; target <= 18; ++target) {
                    add(source, target, dump);
                    add(source, target, replication);
                }
            }
            return;
        }
        // The covering subset (about 3 minutes): every source 10..15 by both methods, every
        // target 15..18 at least twice.
        add(10, 18, dump);
        add(10, 15, replication);
        add(11, 16, dump);
        add(11, 17, replication);
        add(12, 17, dump);
        add(12, 16, replication);
        add(13, 15, dump);
        add(13, 18, replication);
        add(14, 16, dump);
        add(14, 18, replication);
        add(15, 17, dump);
        add(15, 16, replication);
    }

    void migrate() {
        QFETCH(int, source);
        QFETCH(int, target);
        QFETCH(QString, method);
        QElapsedTimer timer;
        timer.start();
        PrivatePair pair;
        QString error;
        QVERIFY2(versions::startPair(pair, source, target, &error), qPrintable(error));
        QByteArray output;
        QVERIFY2(versions::loadDataset(pair, &output), output.constData());

        const QString id = QStringLiteral("v%1-%2-%3").arg(source).arg(target).arg(method);
        const QStringList arguments = pair.migrateArguments(
            QStringLiteral("vdata"), id,
            {QStringLiteral("--method"), method, QStringLiteral("--tables-without-pk"),
             QStringLiteral("replica-identity-full")});
        if (method == QLatin1String("dump")) {
            const PrivatePair::Run run = pair.cli(arguments);
            QVERIFY2(run.exitCode == 0, run.output.constData());
        } else {
            // Writes go on while the tables copy and while changes stream.
            auto migrate = pair.startCli(arguments);
            int round = 0;
            while (!migrate->waitForFinished(200)) {
                versions::writeRound(pair, ++round);
                QVERIFY2(timer.elapsed() < 300000, "migrate did not return");
            }
            const QByteArray migrated = migrate->readAll();
            QVERIFY2(migrate->exitCode() == 0, migrated.constData());
            for (int more = 0; more < 20; ++more) {
                versions::writeRound(pair, ++round);
            }
            const PrivatePair::Run status =
                pair.cli({QStringLiteral("status"), QStringLiteral("--id"), id});
            // Both servers answered: the slot's health and the lag are known.
            QVERIFY2(status.exitCode == 0 && !status.output.contains("failed") &&
                         !status.output.contains("unknown"),
                     status.output.constData());
            const PrivatePair::Run finish = pair.cli(
                {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes"),
                 QStringLiteral("--timeout"), QStringLiteral("120")});
            QVERIFY2(finish.exitCode == 0, finish.output.constData());
            QCOMPARE(pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
        }
        const QStringList verifyArguments{QStringLiteral("verify"),
                                          QStringLiteral("--source"),
                                          pair.uri(Server::Source),
                                          QStringLiteral("--target"),
                                          pair.uri(Server::Target),
                                          QStringLiteral("--exclude-db"),
                                          pair.everyDatabaseBut(QStringLiteral("vdata"))};
        const PrivatePair::Run verify = pair.cli(verifyArguments);
        QVERIFY2(verify.exitCode == 0, verify.output.constData());

        versions::compareSides(pair);
        qInfo("%d -> %d by %s: %lld s", source, target, qPrintable(method), timer.elapsed() / 1000);
        if (QTest::currentTestFailed() || method != QLatin1String("dump")) {
            return;
        }
        // No false match either: a float's last bit, deep in an array of composites, changed.
        pair.connect(Server::Target, QStringLiteral("vdata"))
            ->exec(QStringLiteral("UPDATE shapes SET cs[2].x = (cs[2]).x * (1 + 2.3e-16) "
                                  "WHERE id = 10"));
        const PrivatePair::Run changed = pair.cli(verifyArguments);
        QVERIFY2(changed.exitCode == 1 &&
                     changed.output.contains("public.shapes: same row count (300) but different"),
                 changed.output.constData());
    }
};

PGM_FAULT_TEST_MAIN(TestVersions)
#include "tst_versions.moc"
