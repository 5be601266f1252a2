#include "PgError.h"
#include "PgTestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_standby_app");
const QString kReadOnlyRole = QStringLiteral("pgm_readonly_target");
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString fingerprint(const ConnectionSettings& settings) {
    return PgConnection::open(settings.withDatabase(kDb), std::chrono::seconds(10))
        ->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY "
                              "id)) || ':' || (SELECT string_agg(indexdef, ';' ORDER BY "
                              "indexname) FROM pg_indexes WHERE tablename = 'items') FROM items t"))
        .scalar();
}

} // namespace

/// A physical standby of the fixture's source (pg_basebackup -R, its own port), started for
/// this test only: as a source it allows the dump method alone; as a target it is refused.
class TestStandby : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_stateDir;
    QString m_data;
    int m_port = 0;

    /// Runs a shell script with the fixture's password in the environment (never in argv).
    static std::pair<int, QString> shell(const QString& script) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), pgtest::password());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    QString standbyUri() const {
        return QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres").arg(m_port);
    }

    std::pair<int, QString> cli(const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI),
                      arguments +
                          QStringList{QStringLiteral("--exclude-db"),
                                      pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','))});
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    static QString targetHas(const QString& sql) {
        return pgtest::connect(Cluster::Target)->exec(sql).scalar();
    }

private slots:
    void initTestCase() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL);"
                "CREATE INDEX items_label ON items (label);"
                "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 3000) g;"));

        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup);
        m_data = m_dir.path() + QStringLiteral("/standby");
        m_port = freePort();
        const auto [code, output] = shell(
            QStringLiteral(
                "set -e; D='%1'; mkdir -m 700 \"$D\"; AS=; "
                "if [ \"$(id -u)\" = 0 ]; then chown postgres \"$D\"; AS='runuser -u postgres --'; "
                "fi; "
                "$AS %2/pg_basebackup -h 127.0.0.1 -p %3 -U postgres -D \"$D\" -R -X stream "
                "-c fast --no-sync; "
                "echo 'port = %4' >>\"$D/postgresql.auto.conf\"; "
                "$AS %2/pg_ctl -D \"$D\" -l \"$D/standby.log\" -w -t 60 start >/dev/null")
                .arg(m_data, kPgBin)
                .arg(pgtest::port(Cluster::Source))
                .arg(m_port));
        QVERIFY2(code == 0, qPrintable(output));
        ConnectionSettings standby = pgtest::settings(Cluster::Source);
        standby.port = m_port;
        QCOMPARE(PgConnection::open(standby, std::chrono::seconds(10))
                     ->exec(QStringLiteral("SELECT pg_is_in_recovery()"))
                     .scalar(),
                 QStringLiteral("t"));
    }

    void cleanupTestCase() {
        if (!m_data.isEmpty()) {
            shell(QStringLiteral("AS=; [ \"$(id -u)\" = 0 ] && AS='runuser -u postgres --'; "
                                 "$AS %1/pg_ctl -D '%2' -m immediate -w stop")
                      .arg(kPgBin, m_data));
        }
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Target)
            ->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kReadOnlyRole);
    }

    void replicationFromAStandbyIsRefusedWithTheRemedy() {
        const auto [code, output] = cli(
            {QStringLiteral("check"), QStringLiteral("--source"), standbyUri(),
             QStringLiteral("--target"), pgtest::serverUri(Cluster::Target),
             QStringLiteral("--method"), QStringLiteral("replication"), QStringLiteral("--json")});
        QVERIFY2(code == 1, qPrintable(output));
        QJsonObject standbyCheck;
        for (const QJsonValue check :
             QJsonDocument::fromJson(output.toUtf8()).object().value(u"checks").toArray()) {
            if (check[u"id"].toString() == QLatin1String("source-primary")) {
                standbyCheck = check.toObject();
            }
        }
        QVERIFY2(!standbyCheck.isEmpty(), qPrintable(output));
        QCOMPARE(standbyCheck[u"status"].toString(), QStringLiteral("fail"));
        QVERIFY(standbyCheck[u"blocking"].toBool());
        QVERIFY2(standbyCheck[u"remedy"].toString().contains(QStringLiteral("primary")),
                 qPrintable(output));
        QVERIFY2(standbyCheck[u"detail"].toString().contains(QStringLiteral("PostgreSQL 16")),
                 qPrintable(output));
    }

    void dumpFromAStandbyWorksWithAWarning() {
        const auto [code, output] =
            cli({QStringLiteral("migrate"), QStringLiteral("--source"), standbyUri(),
                 QStringLiteral("--target"), pgtest::serverUri(Cluster::Target),
                 QStringLiteral("--id"), QStringLiteral("from-standby")});
        QVERIFY2(code == 0, qPrintable(output));
        // auto chose the dump method by itself, and said what a standby risks.
        QVERIFY2(output.contains(QStringLiteral("pg_dump")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("max_standby_streaming_delay")),
                 qPrintable(output));
        ConnectionSettings standby = pgtest::settings(Cluster::Source);
        standby.port = m_port;
        QCOMPARE(fingerprint(pgtest::settings(Cluster::Target)), fingerprint(standby));
        QCOMPARE(targetHas(QStringLiteral("SELECT count(*) FROM pg_subscription")),
                 QStringLiteral("0"));
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void aStandbyTargetIsRefusedBeforeAnythingIsCreated() {
        const auto [code, output] =
            cli({QStringLiteral("migrate"), QStringLiteral("--source"),
                 pgtest::serverUri(Cluster::Source), QStringLiteral("--target"), standbyUri(),
                 QStringLiteral("--method"), QStringLiteral("dump")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("Target accepts writes")) &&
                     output.contains(QStringLiteral("standby")),
                 qPrintable(output));
    }

    void aReadOnlyTargetIsRefusedBeforeAnythingIsCreated() {
        auto admin = pgtest::connect(Cluster::Target);
        admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kReadOnlyRole);
        admin->exec(QStringLiteral("CREATE ROLE ") + kReadOnlyRole +
                    QStringLiteral(" LOGIN SUPERUSER PASSWORD ") +
                    admin->quoteLiteral(pgtest::password()));
        admin->exec(QStringLiteral("ALTER ROLE ") + kReadOnlyRole +
                    QStringLiteral(" SET default_transaction_read_only = on"));
        const QString roles = targetHas(QStringLiteral("SELECT count(*) FROM pg_roles"));
        const auto [code, output] =
            cli({QStringLiteral("migrate"), QStringLiteral("--source"),
                 pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                 QStringLiteral("postgres://%1@127.0.0.1:%2/postgres")
                     .arg(kReadOnlyRole)
                     .arg(pgtest::port(Cluster::Target)),
                 QStringLiteral("--method"), QStringLiteral("dump")});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("default_transaction_read_only")) &&
                     output.contains(QStringLiteral("Target accepts writes")),
                 qPrintable(output));
        QCOMPARE(targetHas(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '") +
                           kDb + QLatin1Char('\'')),
                 QStringLiteral("0"));
        QCOMPARE(targetHas(QStringLiteral("SELECT count(*) FROM pg_roles")), roles);
    }
};

PGM_PG_TEST_MAIN(TestStandby)
#include "tst_standby.moc"
