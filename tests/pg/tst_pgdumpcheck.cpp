// A pg_dump older than the source is a blocking pre-check: `check` (text and JSON) names the
// pg_dump found, the major needed and the Debian package, and `migrate` refuses before it
// creates anything on the target. The older pg_dump is a fake (a script printing a 14.0 version
// line in a test directory given with --pg-dump-dir): only the version gate is exercised, which
// is all pgmigrate asks of a tool before it runs it.

#include "PgTestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_pgdump_gate");
const QString kOwner = QStringLiteral("pgm_pgdump_gate_owner");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& arguments, const QString& stateDir) {
    QProcess process;
    process.setProcessEnvironment(pgtest::cliEnvironment(stateDir));
    process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject pgDumpCheck(const QByteArray& json) {
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    for (const QJsonValue& check : report.value(QStringLiteral("checks")).toArray()) {
        if (check[QStringLiteral("id")].toString() == QLatin1String("pg-dump-version")) {
            return check.toObject();
        }
    }
    return {};
}

QString targetScalar(const QString& sql) {
    return pgtest::connect(Cluster::Target)->exec(sql).scalar();
}

} // namespace

class TestPgDumpCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_tools.isValid() && m_state.isValid());
        QVERIFY(pgtest::writeFakePgTools(m_tools.path(), QStringLiteral("14.0")));
        m_fakeDump = QFileInfo(m_tools.filePath(QStringLiteral("pg_dump"))).canonicalFilePath();
        cleanupTestCase();
        pgtest::connect(Cluster::Source)->execScript(QStringLiteral("CREATE ROLE %1").arg(kOwner));
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); "
                                        "INSERT INTO t SELECT generate_series(1, 10); "
                                        "ALTER TABLE t OWNER TO %1")
                             .arg(kOwner));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->execScript(
                QStringLiteral("DROP ROLE IF EXISTS %1").arg(kOwner));
        }
    }

    void checkBlocksNamingToolMajorAndPackage() {
        const Run json =
            cli(arguments(QStringLiteral("check")) << QStringLiteral("--json"), m_state.path());
        QVERIFY2(json.exitCode == 1, json.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject gate = pgDumpCheck(json.out);
        QVERIFY2(!gate.isEmpty(), json.out.constData());
        QCOMPARE(gate.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(gate.value(QStringLiteral("blocking")).toBool(), true);
        const QString detail = gate.value(QStringLiteral("detail")).toString();
        const QString remedy = gate.value(QStringLiteral("remedy")).toString();
        QVERIFY2(detail.contains(m_fakeDump) && detail.contains(QStringLiteral("(major 14)")) &&
                     detail.contains(QStringLiteral("needs pg_dump 15 or newer")),
                 qPrintable(detail));
        QVERIFY2(remedy.contains(QStringLiteral("postgresql-client-15")) &&
                     remedy.contains(QStringLiteral("--pg-dump-dir")),
                 qPrintable(remedy));

        const Run text = cli(arguments(QStringLiteral("check")), m_state.path());
        QCOMPARE(text.exitCode, 1);
        for (const QString& words : {m_fakeDump, QStringLiteral("needs pg_dump 15 or newer"),
                                     QStringLiteral("postgresql-client-15")}) {
            QVERIFY2(text.out.contains(words.toUtf8()), text.out.constData());
        }
        // The installed pg_dump (15) passes, so the gate is the fake tool's doing.
        const Run installed =
            cli(arguments(QStringLiteral("check")).mid(0, 7) << QStringLiteral("--json"),
                m_state.path());
        QVERIFY2(pgDumpCheck(installed.out).value(QStringLiteral("status")) ==
                     QStringLiteral("pass"),
                 installed.out.constData());
    }

    void migrateRefusesBeforeTouchingTheTarget() {
        const QString rolesBefore = targetScalar(
            QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"));
        const Run run = cli(arguments(QStringLiteral("migrate")), m_state.path());
        QCOMPARE(run.exitCode, 1);
        const QByteArray said = run.out + run.err;
        QVERIFY2(said.contains("pg_dump can read the source") &&
                     said.contains("postgresql-client-15"),
                 said.constData());
        QCOMPARE(targetScalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = "
                                             "'%1'")
                                  .arg(kDb)),
                 QStringLiteral("0"));
        QCOMPARE(targetScalar(QStringLiteral(
                     "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles")),
                 rolesBefore);
    }

private:
    /// The command over the test's database alone, with the fake tools' directory last.
    QStringList arguments(const QString& command) const {
        return {command,
                QStringLiteral("--source"),
                pgtest::serverUri(Cluster::Source),
                QStringLiteral("--target"),
                pgtest::serverUri(Cluster::Target),
                QStringLiteral("--exclude-db"),
                pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                QStringLiteral("--pg-dump-dir"),
                m_tools.path()};
    }

    QTemporaryDir m_tools;
    QTemporaryDir m_state;
    QString m_fakeDump;
};

PGM_PG_TEST_MAIN(TestPgDumpCheck)
#include "tst_pgdumpcheck.moc"
