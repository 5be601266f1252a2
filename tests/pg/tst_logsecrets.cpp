// Every logging category at debug level through a whole migration (checks, replication, the
// cut-over, and the CLI's dump method with --verbose): lines from every area, and not one of
// them, at any level, holds a password.
#include "ControlGuard.h"
#include "Logging.h"
#include "MigrationRunner.h"
#include "PgTestEnv.h"

#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_logsecrets");
const QString kRole = QStringLiteral("pgm_log_secret");
// Distinctive: found nowhere else, so any hit is a leak.
const QString kSecret = QStringLiteral("Log-Secret-9qZ7w");

QMutex g_linesMutex;
QStringList g_lines;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message) {
    const QMutexLocker locker(&g_linesMutex);
    g_lines << QString::fromUtf8(context.category) + QLatin1Char(' ') + message;
}

} // namespace

class TestLogSecrets : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    static ConnectionSettings secretSettings(Cluster cluster) {
        ConnectionSettings settings = pgtest::settings(cluster, kRole);
        settings.password = kSecret;
        return settings;
    }

    static QString fingerprint(Cluster cluster) {
        return pgtest::connect(cluster, kDb)
            ->exec(QStringLiteral(
                "SELECT (SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM t) || ' ' || "
                "(SELECT string_agg(indexdef, ';' ORDER BY indexdef) FROM pg_indexes WHERE "
                "tablename = 't') || ' ' || (SELECT string_agg(conname || pg_get_constraintdef("
                "oid), ';' ORDER BY conname) FROM pg_constraint WHERE conrelid = 't'::regclass)"))
            .scalar();
    }

    static void assertNoSecret(const QStringList& lines, const QString& where) {
        for (const QString& line : lines) {
            for (const QString& secret : {kSecret, pgtest::password()}) {
                QVERIFY2(!line.contains(secret),
                         qPrintable(QStringLiteral("a password in %1: %2")
                                        .arg(where, QString(line).replace(
                                                        secret, QStringLiteral("<SECRET>")))));
            }
        }
    }

private slots:
    void initTestCase() {
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            auto admin = pgtest::connect(cluster);
            admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kRole);
            admin->exec(
                QStringLiteral("CREATE ROLE %1 SUPERUSER LOGIN PASSWORD '%2'").arg(kRole, kSecret));
        }
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id int PRIMARY KEY, v text CHECK (v <> '')); "
                "CREATE INDEX t_v ON t (v); "
                "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 500) g"));
    }

    void cleanupTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->exec(QStringLiteral("DROP ROLE IF EXISTS ") + kRole);
        }
    }

    void inProcessReplicationAndCutOver() {
        configureLogging(true);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        MigrationRequest request;
        request.id = QStringLiteral("logsecrets-repl");
        request.check.inspection.source = secretSettings(Cluster::Source);
        request.check.inspection.target = secretSettings(Cluster::Target);
        request.check.inspection.excludedDatabases = pgtest::sourceDatabasesExcept(kDb);
        request.check.inspection.connectTimeout = std::chrono::seconds(5);
        request.jobs = 2;
        const StateStore store(m_stateDir.path());
        MigrationState state = MigrationRunner(request, store, nullptr).run();
        bool finished = false;
        if (state.databases.size() == 1 && state.databases[0].status == DbStatus::Syncing) {
            QString error;
            const auto guard = ControlGuard::take(store, state.id, &error);
            finished = guard && guard->finish(state,
                                              {request.check.inspection.source,
                                               request.check.inspection.target},
                                              FinishOptions(), nullptr);
        }
        qInstallMessageHandler(previous);
        configureLogging(false);
        const QMutexLocker locker(&g_linesMutex);
        QVERIFY2(finished, qPrintable(g_lines.join(QLatin1Char('\n'))));
        QCOMPARE(fingerprint(Cluster::Target), fingerprint(Cluster::Source));
        for (const char* area :
             {"connection", "checks", "copy", "replication", "verify", "state", "run"}) {
            const QString category = QStringLiteral("pgm.engine.") + QLatin1String(area);
            QVERIFY2(std::any_of(g_lines.cbegin(), g_lines.cend(),
                                 [&](const QString& line) { return line.startsWith(category); }),
                     qPrintable(category + QStringLiteral(" logged nothing")));
        }
        assertNoSecret(g_lines, QStringLiteral("a log line"));
        g_lines.clear();
    }

    void cliVerboseDumpMethod() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        QProcessEnvironment environment = pgtest::cliEnvironment(m_stateDir.path());
        environment.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), kSecret);
        environment.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), kSecret);
        environment.remove(QStringLiteral("PGM_TEST_PASSWORD"));
        QProcess cli;
        cli.setProcessEnvironment(environment);
        const auto uri = [](Cluster cluster) {
            return pgtest::serverUri(cluster).replace(
                QStringLiteral("//postgres@"), QStringLiteral("//") + kRole + QLatin1Char('@'));
        };
        cli.start(QStringLiteral(PGMIGRATE_CLI),
                  {QStringLiteral("migrate"), QStringLiteral("--verbose"),
                   QStringLiteral("--method"), QStringLiteral("dump"), QStringLiteral("--id"),
                   QStringLiteral("logsecrets-cli"), QStringLiteral("--source"),
                   uri(Cluster::Source), QStringLiteral("--target"), uri(Cluster::Target),
                   QStringLiteral("--exclude-db"),
                   pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','))});
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(180000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(err + out));
        QVERIFY2(err.contains(QStringLiteral("pgm.engine.copy debug: copying")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("pgm.cli debug: pgmigrate migrate")), qPrintable(err));
        QCOMPARE(fingerprint(Cluster::Target), fingerprint(Cluster::Source));
        assertNoSecret(err.split(QLatin1Char('\n')) + out.split(QLatin1Char('\n')),
                       QStringLiteral("the CLI's output"));
    }
};

PGM_PG_TEST_MAIN(TestLogSecrets)
#include "tst_logsecrets.moc"
