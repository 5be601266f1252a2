// The target's disk fills up mid-copy: a clear error that says so, nothing marked copied that was
// not, and a resume after space is freed ends verified with the source's data. The target
// database lives in a tablespace on a small tmpfs the test mounts (root only, as under CI).
#include "PgTestEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>

using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_diskfull");
const QString kId = QStringLiteral("diskfull");

bool run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

QString fingerprint(Cluster cluster) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(id || filler, ',' "
                              "ORDER BY id)) FROM big"))
        .scalar();
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_stateDir;
    QTemporaryDir m_mountParent{QStringLiteral("/tmp/pgm-diskfull-XXXXXX")};
    QString m_mount;
    bool m_mounted = false;

    std::pair<int, QByteArray> cli(const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        process.waitForFinished(180000);
        return {process.exitCode(),
                process.readAllStandardOutput() + process.readAllStandardError()};
    }

    QJsonObject savedState() {
        QFile file(m_stateDir.path() + QLatin1Char('/') + kId + QStringLiteral(".json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private slots:
    void initTestCase() {
        if (geteuid() != 0) {
            if (qEnvironmentVariable("CI") == QLatin1String("true")) {
                QFAIL("mounting the small file system needs root, which CI has");
            }
            QSKIP("mounting a small file system needs root");
        }
        QDir(m_mountParent.path()).mkdir(QStringLiteral("disk"));
        m_mount = m_mountParent.path() + QStringLiteral("/disk");
        QVERIFY(::chmod(qPrintable(m_mountParent.path()), 0755) == 0);
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=12m"), QStringLiteral("tmpfs"), m_mount}));
        m_mounted = true;
        QVERIFY(run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_mount}));
        QVERIFY(run(QStringLiteral("chmod"), {QStringLiteral("700"), m_mount}));

        pgtest::recreateDatabase(Cluster::Source, kDb);
        // About 40 MB of incompressible rows: more than the small disk holds.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE small (id int PRIMARY KEY, v text); "
                "INSERT INTO small SELECT g, md5(g::text) FROM generate_series(1, 100) g; "
                "CREATE TABLE big (id int PRIMARY KEY, filler text NOT NULL); "
                "INSERT INTO big SELECT g, md5(g::text) || md5((g * 7)::text) || "
                "md5((g * 13)::text) FROM generate_series(1, 300000) g"));
        pgtest::dropDatabase(Cluster::Target, kDb);
        auto target = pgtest::connect(Cluster::Target);
        target->exec(QStringLiteral("DROP TABLESPACE IF EXISTS pgm_small"));
        target->exec(QStringLiteral("CREATE TABLESPACE pgm_small LOCATION '%1'").arg(m_mount));
        // The database the user prepared on the small disk; pgmigrate fills it.
        target->exec(QStringLiteral("CREATE DATABASE %1 TABLESPACE pgm_small").arg(kDb));
    }

    void cleanupTestCase() {
        if (!m_mounted) {
            return;
        }
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Target)
            ->exec(QStringLiteral("DROP TABLESPACE IF EXISTS pgm_small"));
        run(QStringLiteral("umount"), {m_mount});
    }

    void fullDiskSaysSoAndResumesOnceFreed() {
        const QStringList migrate{QStringLiteral("migrate"),
                                  QStringLiteral("--source"),
                                  pgtest::serverUri(Cluster::Source),
                                  QStringLiteral("--target"),
                                  pgtest::serverUri(Cluster::Target),
                                  QStringLiteral("--method"),
                                  QStringLiteral("dump"),
                                  QStringLiteral("--exclude-db"),
                                  pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                                  QStringLiteral("--id"),
                                  kId};
        auto [code, out] = cli(migrate);
        QVERIFY2(code == 1, out.constData());
        QVERIFY2(out.contains("No space left on device") && out.contains("is full: free space") &&
                     out.contains(QByteArray(QByteArray("--resume --id ") + kId.toUtf8())),
                 out.constData());
        const QJsonObject db =
            savedState()[QStringLiteral("databases")].toArray().first().toObject();
        QCOMPARE(db[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        for (const QJsonValue& table : db[QStringLiteral("tables")].toArray()) {
            if (table[QStringLiteral("name")].toString() == QLatin1String("public.big")) {
                QVERIFY2(!table[QStringLiteral("copied")].toBool(),
                         "a table that did not fit is not marked copied");
            }
        }

        // Space freed (the volume grown): the resume finishes what was not copied, verified.
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,size=256m"), m_mount}));
        std::tie(code, out) = cli(
            {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"), kId});
        QVERIFY2(code == 0, out.constData());
        QCOMPARE(savedState()[QStringLiteral("databases")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("done"));
        QCOMPARE(fingerprint(Cluster::Target), fingerprint(Cluster::Source));
        QCOMPARE(pgtest::connect(Cluster::Target, kDb)
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON "
                                           "c.oid = i.indrelid WHERE c.relname IN ('big', 'small') "
                                           "AND i.indisprimary"))
                     .scalar(),
                 QStringLiteral("2"));
    }
};

PGM_PG_TEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
