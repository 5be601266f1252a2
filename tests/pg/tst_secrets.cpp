// No password and no role password verifier may reach the servers' logs, pg_stat_statements or
// the tool's own files, for any path: check, the dump method, replication as a superuser (with
// finish) and through aiven_extras without one (with stop). Both servers log every statement.
// While migrate runs, the test also samples what others can see live: pg_stat_activity on both
// servers and the command lines and environments of the CLI and every process it starts.
#include "PgTestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_secrets");
// pg_stat_statements' view lives here, out of the way of the migrated databases (its extension
// in `postgres` would be migrated by the other tests).
const QString kStatsDb = QStringLiteral("pgm_secrets_stats");

QString logPath(Cluster cluster) {
    return qEnvironmentVariable("PGM_TEST_LOG_DIR") + (cluster == Cluster::Source
                                                           ? QStringLiteral("/source.log")
                                                           : QStringLiteral("/target.log"));
}

QByteArray readProcFile(qint64 pid, const char* name) {
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll().replace('\0', '\n') : QByteArray();
}

// The process and its descendants, from each process's parent in /proc/PID/stat.
QList<qint64> processTree(qint64 root) {
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric) {
            // "PID (comm) STATE PPID ...": comm may hold spaces, so read after its last ')'.
            const QByteArray stat = readProcFile(pid, "stat");
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1) {
                parents.insert(pid, fields.at(1).toLongLong());
            }
        }
    }
    QList<qint64> tree{root};
    for (qsizetype at = 0; at < tree.size(); ++at) {
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value() == tree.at(at)) {
                tree << it.key();
            }
        }
    }
    return tree;
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_stateDir;
    QStringList m_secrets;
    qint64 m_sourceLogStart = 0;
    qint64 m_targetLogStart = 0;

    // What the sampler saw, each distinct text once.
    QSet<QByteArray> m_seenLive;

    // One look at what others can see while the CLI runs. The CLI's own environment is read only
    // once it has sessions: before its first lines run, the kernel still shows the variables it
    // was started with (like argv, a window no program can close from inside).
    // Only a session that began after the CLI did tells it runs: one of the previous command,
    // still ending, must not open the window early (a slow start under AddressSanitizer).
    void sampleLive(qint64 cliPid, const QList<pgm::PgConnection*>& servers, const QString& since,
                    bool* started) {
        for (pgm::PgConnection* server : servers) {
            const pgm::PgResult result = server->exec(
                QStringLiteral(
                    "SELECT coalesce(string_agg(application_name || ': ' || query, E'\\n'), ''), "
                    "coalesce(bool_or(application_name LIKE '%pgmigrate%' "
                    "AND backend_start >= $1::timestamptz), false) "
                    "FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
                {since});
            *started = *started || result.boolean(0, 1);
            m_seenLive.insert(result.text(0, 0).toUtf8());
        }
        const QList<qint64> tree = processTree(cliPid);
        for (const qint64 pid : tree) {
            m_seenLive.insert(readProcFile(pid, "cmdline"));
            if (pid != cliPid || *started) {
                m_seenLive.insert(readProcFile(pid, "environ"));
            }
        }
    }

    std::pair<int, QByteArray> cli(const QStringList& arguments, const QString& targetUser = {}) {
        QProcess process;
        QProcessEnvironment environment = pgtest::cliEnvironment(m_stateDir.path());
        // The fixture's own variable is the test's, not the user's: the CLI gets its passwords
        // only as a user gives them (PGMIGRATE_*_PASSWORD).
        environment.remove(QStringLiteral("PGM_TEST_PASSWORD"));
        process.setProcessEnvironment(environment);
        QString target = pgtest::serverUri(Cluster::Target);
        if (!targetUser.isEmpty()) {
            target.replace(QStringLiteral("postgres://postgres@"),
                           QStringLiteral("postgres://") + targetUser + QLatin1Char('@'));
        }
        QStringList all = arguments;
        if (arguments.first() == QLatin1String("check") ||
            arguments.first() == QLatin1String("migrate")) {
            all << QStringLiteral("--source") << pgtest::serverUri(Cluster::Source)
                << QStringLiteral("--target") << target << QStringLiteral("--exclude-db")
                << pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','));
        }
        const auto sourceServer = pgtest::connect(Cluster::Source);
        const auto targetServer = pgtest::connect(Cluster::Target);
        const QString since =
            sourceServer->exec(QStringLiteral("SELECT clock_timestamp()")).scalar();
        process.start(QStringLiteral(PGMIGRATE_CLI), all);
        process.closeWriteChannel();
        bool started = false;
        QElapsedTimer timer;
        timer.start();
        while (!process.waitForFinished(20) && timer.elapsed() < 180000) {
            sampleLive(process.processId(), {sourceServer.get(), targetServer.get()}, since,
                       &started);
        }
        return {process.exitCode(),
                process.readAllStandardOutput() + process.readAllStandardError()};
    }

    // One statement at a time: ALTER SYSTEM refuses to run inside a multi-statement script.
    static void onBoth(const QStringList& statements, const QString& dbname = kStatsDb) {
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            auto admin = pgtest::connect(cluster, dbname);
            for (const QString& statement : statements) {
                admin->exec(statement);
            }
        }
    }

    void assertNoSecretIn(const QByteArray& text, const QString& where) {
        for (const QString& secret : std::as_const(m_secrets)) {
            const qsizetype at = text.indexOf(secret.toUtf8());
            // Where it was found, the secret itself blanked, so the failure can be understood.
            const QString around = QString::fromUtf8(text.mid(qMax<qsizetype>(0, at - 300), 400))
                                       .replace(secret, QStringLiteral("<SECRET>"));
            QVERIFY2(at < 0,
                     qPrintable(QStringLiteral("a secret in %1: ...%2...").arg(where, around)));
        }
    }

private slots:
    void initTestCase() {
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::recreateDatabase(cluster, kStatsDb);
        }
        onBoth({QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"),
                QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"),
                QStringLiteral("ALTER SYSTEM SET log_min_error_statement = 'info'"),
                QStringLiteral("SELECT pg_reload_conf()")});
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source);
        source->execScript(QStringLiteral(
            "DROP ROLE IF EXISTS pgm_secret_scram; DROP ROLE IF EXISTS pgm_secret_md5; "
            "SET password_encryption = 'scram-sha-256'; "
            "CREATE ROLE pgm_secret_scram LOGIN PASSWORD 'Rolepass-7f3Q'; "
            "SET password_encryption = 'md5'; "
            "CREATE ROLE pgm_secret_md5 LOGIN PASSWORD 'Md5pass-9c1Q'"));
        m_secrets << pgtest::password() << QStringLiteral("Rolepass-7f3Q")
                  << QStringLiteral("Md5pass-9c1Q");
        const pgm::PgResult verifiers = source->exec(QStringLiteral(
            "SELECT rolpassword FROM pg_authid WHERE rolname IN ('pgm_secret_scram', "
            "'pgm_secret_md5')"));
        for (int row = 0; row < verifiers.rows(); ++row) {
            // The stored keys of a SCRAM verifier, and an md5 hash, each enough to log in or
            // attack offline.
            m_secrets << verifiers.text(row, 0).section(QLatin1Char('$'), -1).left(20)
                      << verifiers.text(row, 0).right(20);
        }
        QCOMPARE(m_secrets.size(), 7);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id int PRIMARY KEY, v text); "
                "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 1000) g; "
                "GRANT SELECT ON t TO pgm_secret_scram, pgm_secret_md5"));
        // The target user of the aiven_extras path, made now: this setup's own statements
        // carry the secrets, so the logs and statistics are looked at only from here on.
        pgtest::connect(Cluster::Target)
            ->exec(QStringLiteral("DROP ROLE IF EXISTS pgm_secret_admin"));
        pgtest::connect(Cluster::Target)
            ->exec(QStringLiteral("CREATE ROLE pgm_secret_admin LOGIN CREATEDB CREATEROLE "
                                  "PASSWORD '%1'")
                       .arg(pgtest::password()));
        onBoth({QStringLiteral("SELECT pg_stat_statements_reset()")});
        m_sourceLogStart = QFileInfo(logPath(Cluster::Source)).size();
        m_targetLogStart = QFileInfo(logPath(Cluster::Target)).size();
    }

    void cleanupTestCase() {
        onBoth({QStringLiteral("ALTER SYSTEM RESET log_statement"),
                QStringLiteral("ALTER SYSTEM RESET log_min_error_statement"),
                QStringLiteral("SELECT pg_reload_conf()")});
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::dropDatabase(cluster, kStatsDb);
        }
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::connect(cluster)->execScript(
                QStringLiteral("DROP ROLE IF EXISTS pgm_secret_scram; "
                               "DROP ROLE IF EXISTS pgm_secret_md5; "
                               "DROP ROLE IF EXISTS pgm_secret_admin"));
        }
    }

    void everyPathKeepsSecretsOut() {
        auto [code, out] = cli({QStringLiteral("check")});
        QVERIFY2(code == 0, out.constData());
        assertNoSecretIn(out, QStringLiteral("check's output"));

        // The dump method, a superuser on both sides: creates the roles with their verifiers.
        std::tie(code, out) =
            cli({QStringLiteral("migrate"), QStringLiteral("--method"), QStringLiteral("dump"),
                 QStringLiteral("--id"), QStringLiteral("secrets-dump")});
        QVERIFY2(code == 0, out.constData());
        assertNoSecretIn(out, QStringLiteral("migrate's output"));
        QCOMPARE(
            pgtest::connect(Cluster::Target)
                ->exec(QStringLiteral(
                    "SELECT count(*) FROM pg_authid WHERE rolname LIKE "
                    "'pgm_secret_%' AND rolname <> 'pgm_secret_admin' AND rolpassword IS NOT NULL"))
                .scalar(),
            QStringLiteral("2"));

        // Replication as a superuser, then the cut-over.
        pgtest::dropDatabase(Cluster::Target, kDb);
        std::tie(code, out) = cli(
            {QStringLiteral("migrate"), QStringLiteral("--id"), QStringLiteral("secrets-repl")});
        QVERIFY2(code == 0 && out.contains("syncing"), out.constData());
        std::tie(code, out) = cli({QStringLiteral("finish"), QStringLiteral("--id"),
                                   QStringLiteral("secrets-repl"), QStringLiteral("--yes")});
        QVERIFY2(code == 0, out.constData());

        // Without a superuser on the target (aiven_extras), roles created anew by CREATEROLE.
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Target)
            ->execScript(QStringLiteral("DROP ROLE pgm_secret_scram; DROP ROLE pgm_secret_md5"));
        std::tie(code, out) = cli(
            {QStringLiteral("migrate"), QStringLiteral("--id"), QStringLiteral("secrets-extras")},
            QStringLiteral("pgm_secret_admin"));
        QVERIFY2(code == 0 && out.contains("syncing"), out.constData());
        std::tie(code, out) =
            cli({QStringLiteral("stop"), QStringLiteral("--id"), QStringLiteral("secrets-extras")});
        QVERIFY2(code == 0, out.constData());
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Target)
            ->execScript(QStringLiteral("REASSIGN OWNED BY pgm_secret_admin TO postgres; "
                                        "DROP OWNED BY pgm_secret_admin"));

        // Now look everywhere a server or the tool may have kept a text.
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            const QString name =
                cluster == Cluster::Source ? QStringLiteral("source") : QStringLiteral("target");
            QFile log(logPath(cluster));
            QVERIFY(log.open(QIODevice::ReadOnly));
            log.seek(cluster == Cluster::Source ? m_sourceLogStart : m_targetLogStart);
            const QByteArray logged = log.readAll();
            QVERIFY2(logged.contains("statement: "), "the server logged no statement at all");
            assertNoSecretIn(logged, name + QStringLiteral("'s log"));
            const pgm::PgResult tracked =
                pgtest::connect(cluster, kStatsDb)
                    ->exec(
                        QStringLiteral("SELECT string_agg(query, E'\\n') FROM pg_stat_statements"));
            QVERIFY(tracked.text(0, 0).contains(QStringLiteral("pgmigrate")) ||
                    tracked.text(0, 0).size() > 1000);
            assertNoSecretIn(tracked.text(0, 0).toUtf8(),
                             name + QStringLiteral("'s pg_stat_statements"));
        }
        // What was visible live: the tools' command lines and environments, server sessions.
        const QByteArray live =
            QList<QByteArray>(m_seenLive.cbegin(), m_seenLive.cend()).join('\n');
        QVERIFY2(live.contains("pg_dump") && live.contains("pg_restore") &&
                     live.contains("PGPASSFILE="),
                 "the sampler never saw pg_dump and pg_restore run");
        // (A COPY of these few rows may come and go between two samples; the run's sessions,
        // named after it, last.)
        QVERIFY2(live.contains("pgmigrate secrets-dump: "),
                 "the sampler never saw a session of the run");
        assertNoSecretIn(live, QStringLiteral("a live process or session"));
        QVERIFY2(live.contains("PGMIGRATE_SOURCE_PASSWORD=xxx"),
                 "the sampler never saw the CLI's own environment once it ran");

        QDirIterator files(m_stateDir.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            assertNoSecretIn(file.readAll(), file.fileName());
        }
    }
};

PGM_PG_TEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
