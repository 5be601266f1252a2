#include "PgTestEnv.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_libpq_passwords");

QString rowsOf(Cluster cluster) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY "
                              "t::text)) FROM items t"))
        .scalar();
}

} // namespace

/// A password libpq finds by itself (PGPASSWORD, a passfile) lets the CLI connect, so the
/// checks pass; pg_dump and pg_restore (which get only the CLI's own passfile) and the target's
/// subscription (whose conninfo carries the password) must get it too. Before, both failed after
/// the checks: "pg_dump: error: ... fe_sendauth: no password supplied".
class TestCliLibpqPasswords : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    /// The CLI with no password of ours: only what `extra` gives libpq.
    std::pair<int, QByteArray> cli(QStringList arguments,
                                   const QList<std::pair<QString, QString>>& extra) {
        QProcessEnvironment environment = pgtest::cliEnvironment(m_dir.path());
        for (const char* name :
             {"PGM_TEST_PASSWORD", "PGMIGRATE_SOURCE_PASSWORD", "PGMIGRATE_TARGET_PASSWORD"}) {
            environment.remove(QString::fromLatin1(name));
        }
        for (const auto& [name, value] : extra) {
            environment.insert(name, value);
        }
        if (arguments.first() == QLatin1String("migrate")) {
            arguments << QStringLiteral("--source") << pgtest::serverUri(Cluster::Source)
                      << QStringLiteral("--target") << pgtest::serverUri(Cluster::Target)
                      << QStringLiteral("--exclude-db")
                      << pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','));
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput() + process.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE items (id int PRIMARY KEY, name text); "
                "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g"));
    }

    void init() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void cleanupTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void pgpasswordAloneMigratesByDump() {
        const auto [code, out] =
            cli({QStringLiteral("migrate"), QStringLiteral("--method"), QStringLiteral("dump"),
                 QStringLiteral("--id"), QStringLiteral("libpq-env")},
                {{QStringLiteral("PGPASSWORD"), pgtest::password()}});
        QVERIFY2(code == 0, out.constData());
        QCOMPARE(rowsOf(Cluster::Target), rowsOf(Cluster::Source));
        QVERIFY(!out.contains(pgtest::password().toUtf8()));
    }

    void passfileAloneReplicatesAndFinishes() {
        const QString passfile = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(passfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("*:*:*:postgres:%1\n").arg(pgtest::password()).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QList<std::pair<QString, QString>> env = {{QStringLiteral("PGPASSFILE"), passfile}};
        const auto [code, out] = cli({QStringLiteral("migrate"), QStringLiteral("--method"),
                                      QStringLiteral("replication"), QStringLiteral("--id"),
                                      QStringLiteral("libpq-passfile")},
                                     env);
        QVERIFY2(code == 0, out.constData());
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO items VALUES (501, 'after the copy')"));
        const auto [finished, finishOut] =
            cli({QStringLiteral("finish"), QStringLiteral("--id"), QStringLiteral("libpq-passfile"),
                 QStringLiteral("--yes")},
                env);
        QVERIFY2(finished == 0, finishOut.constData());
        QCOMPARE(rowsOf(Cluster::Target), rowsOf(Cluster::Source));
    }
};

QTEST_GUILESS_MAIN(TestCliLibpqPasswords)
#include "tst_cli_libpqpasswords.moc"
