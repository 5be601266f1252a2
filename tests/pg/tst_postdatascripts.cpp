// The post-data of small tables goes as scripts, one per session, all at once
// (PostDataScripts): the target's indexes, keys, triggers, foreign keys and partitioned indexes
// must equal the source's whatever the piece size; a script that fails keeps what the others
// did and the rest is found missing and restored; a run killed while the scripts wait is
// resumed to the same schema.
#include "ArchiveToc.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "PostDataScripts.h"
#include "SchemaArchive.h"
#include "SchemaDump.h"
#include "SchemaTools.h"
#include "StateStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_postdatascripts");
constexpr int kTables = 40;
constexpr int kHostileTables = 6;

// 40 small tables, each with a key, a unique constraint, a partial and an expression index, a
// trigger (every third disabled), every fifth with a foreign key to the one before; one with
// CLUSTER ON and a replica identity on its index, a comment on an index; a larger table; a
// partitioned table with a key and an index; an exclusion constraint; small tables whose names,
// and their indexes' and triggers', hold quotes, semicolons, comment and dollar-quote openers,
// blank lines and 63 bytes of UTF-8.
QString sourceSchema() {
    QString sql = QStringLiteral("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ begin new.v := coalesce(new.v, 'x'); return new; end $$;\n"
                                 "CREATE FUNCTION touch_v() RETURNS trigger LANGUAGE plpgsql "
                                 "AS $$ begin return new; end $$;\n");
    for (int i = 0; i < kTables; ++i) {
        sql += QStringLiteral(
                   "CREATE TABLE \"t %1\" (id int PRIMARY KEY, v text, n int NOT NULL UNIQUE, "
                   "ref int);\n"
                   "INSERT INTO \"t %1\" SELECT g, md5(g::text), g, g FROM "
                   "generate_series(1, 20) g;\n"
                   "CREATE INDEX \"t %1 partial\" ON \"t %1\" (v) WHERE n > 5;\n"
                   "CREATE INDEX ON \"t %1\" (lower(v)) INCLUDE (n);\n"
                   "CREATE TRIGGER touch BEFORE INSERT ON \"t %1\" FOR EACH ROW WHEN "
                   "(new.v IS NULL) EXECUTE FUNCTION touch();\n")
                   .arg(i);
        if (i % 3 == 0) {
            sql += QStringLiteral("ALTER TABLE \"t %1\" DISABLE TRIGGER touch;\n").arg(i);
        }
        if (i % 5 == 4) {
            sql += QStringLiteral("ALTER TABLE \"t %1\" ADD FOREIGN KEY (ref) REFERENCES "
                                  "\"t %2\" (id);\n")
                       .arg(i)
                       .arg(i - 1);
        }
    }
    sql += QStringLiteral(
        "ALTER TABLE \"t 7\" CLUSTER ON \"t 7_pkey\";\n"
        "ALTER TABLE \"t 8\" REPLICA IDENTITY USING INDEX \"t 8_n_key\";\n"
        "COMMENT ON INDEX \"t 9 partial\" IS 'partial; on purpose';\n"
        "CREATE TABLE big (id int PRIMARY KEY, pad text);\n"
        "INSERT INTO big SELECT g, repeat('p', 200) FROM generate_series(1, 2000) g;\n"
        "CREATE INDEX big_pad ON big (pad);\n"
        "CREATE TABLE parted (id int, k int, PRIMARY KEY (id, k)) PARTITION BY RANGE (k);\n"
        "CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (10);\n"
        "CREATE TABLE parted_2 PARTITION OF parted FOR VALUES FROM (10) TO (20);\n"
        "CREATE INDEX parted_id ON parted (id);\n"
        "CREATE TABLE booked (room int, EXCLUDE USING btree (room WITH =));\n");
    // Names that a script's scanner must not take for the end of a statement, a comment, a
    // string or a dollar body; the last is 63 bytes of UTF-8.
    const QStringList hostile = {QStringLiteral("q\"uote;--"),
                                 QStringLiteral("line\n\n-- break"),
                                 QStringLiteral("$x$ body"),
                                 QStringLiteral("/* open"),
                                 QStringLiteral("tab\there 'single' E'\\'"),
                                 QString(31, QChar(0x3a9)) + QLatin1Char('x')};
    const auto quoted = [](QString name) -> QString {
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    for (const QString& name : hostile) {
        sql += QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, %2 text UNIQUE);\n"
                              "INSERT INTO %1 SELECT g, md5(g::text) FROM "
                              "generate_series(1, 5) g;\n"
                              "CREATE INDEX %3 ON %1 (lower(%2)) WHERE id > 1;\n"
                              "CREATE TRIGGER %2 BEFORE INSERT ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION touch_v();\n")
                   .arg(quoted(name), quoted(name + QStringLiteral(" v")),
                        quoted(QStringLiteral("i ") + name));
    }
    return sql;
}

QString indexCount() {
    return pgtest::connect(Cluster::Target, kDb)
        ->exec(QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON "
                              "c.oid = i.indexrelid WHERE c.relnamespace = 'public'::regnamespace"))
        .scalar();
}

/// Sessions waiting for a lock on "t 30", which the kill tests hold.
QString waitingOnHeldTable() {
    return pgtest::connect(Cluster::Target, kDb)
        ->exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND "
                              "relation = '\"t 30\"'::regclass"))
        .scalar();
}

} // namespace

class TestPostDataScripts : public QObject {
    Q_OBJECT
    pgtest::SchemaTools m_tools;
    QTemporaryDir m_stateDir;

    // The pre-data restored; the archive, its post-data entries and their plan, in `schema`.
    bool prepare(SchemaArchive& schema, std::unique_ptr<PgConnection>* source,
                 QList<TocEntry>* entries, PostDataPlan* plan, qint64 maxTableBytes) {
        QString error;
        const ConnectionSettings target = pgtest::settings(Cluster::Target).withDatabase(kDb);
        if (!pgtest::dumpInSnapshot(kDb, schema, source, &error) ||
            !schema.restore(QStringLiteral("pre-data"), target, 1, nullptr, &error) ||
            !schema.list(QStringLiteral("post-data"), entries, nullptr, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        *plan = planPostDataScripts(*entries, entryTables(**source, *entries), 2, maxTableBytes);
        return true;
    }

private slots:
    void initTestCase() {
        pgtest::prepareSchemaTools(&m_tools);
        QVERIFY(!m_tools.pgRestore.isEmpty());
        pgtest::recreateDatabase(Cluster::Source, kDb);
        try {
            pgtest::connect(Cluster::Source, kDb)->execScript(sourceSchema());
        } catch (const PgError& error) {
            QFAIL(qPrintable(error.describe()));
        }
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void scriptsAndTheRestMakeTheSourcesSchema_data() {
        QTest::addColumn<qsizetype>("pieceBytes");
        QTest::newRow("every entry alone") << qsizetype(1);
        QTest::newRow("default pieces") << qsizetype(1 << 20);
    }

    void scriptsAndTheRestMakeTheSourcesSchema() {
        QFETCH(qsizetype, pieceBytes);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        SchemaArchive schema(m_tools.pgDump, m_tools.pgRestore, m_tools.passfilePath, true, true);
        schema.setScriptPieceBytes(pieceBytes);
        std::unique_ptr<PgConnection> source;
        QList<TocEntry> entries;
        PostDataPlan plan;
        // `big` (about 500 kB) is over the size here: its entries go to pg_restore.
        QVERIFY(prepare(schema, &source, &entries, &plan, 64 * 1024));
        QCOMPARE(plan.scripts.size(), 2);
        QVERIFY(!plan.scripts[0].isEmpty() && !plan.scripts[1].isEmpty());
        QStringList rest;
        for (const TocEntry& entry : plan.rest) {
            rest << entry.rest;
        }
        const QString restText = rest.join(QLatin1Char('\n'));
        // Foreign keys, the partitioned table's, the large table's, the comment.
        QCOMPARE(restText.count(QStringLiteral("FK CONSTRAINT")), kTables / 5);
        QVERIFY2(restText.contains(QStringLiteral("big_pad")), qPrintable(restText));
        QVERIFY2(restText.contains(QStringLiteral("parted_id")), qPrintable(restText));
        QVERIFY2(restText.contains(QStringLiteral("INDEX ATTACH")), qPrintable(restText));
        QVERIFY2(restText.contains(QStringLiteral("COMMENT")), qPrintable(restText));
        QVERIFY2(!restText.contains(QStringLiteral("t 3_pkey")), qPrintable(restText));
        // Every small table's entries are scripted: the 40 tables' five each, the oddly named
        // tables' key, unique constraint, index and trigger, booked's exclusion constraint.
        qsizetype scripted = 0;
        for (const QList<TocEntry>& script : plan.scripts) {
            scripted += script.size();
        }
        QCOMPARE(scripted, qsizetype(kTables * 5 + kHostileTables * 4 + 1));

        const ConnectionSettings target = pgtest::settings(Cluster::Target).withDatabase(kDb);
        QString error;
        QCOMPARE(schema.restoreScripts(plan.scripts, target, nullptr, &error),
                 std::optional<bool>(true));
        QVERIFY2(
            schema.restore(QStringLiteral("post-data"), target, 2, nullptr, &error, &plan.rest),
            qPrintable(error));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aFailedScriptKeepsTheOthersAndWhatIsMissingIsRestored() {
        // A sequence on the target takes the name of one table's partial index: that script's
        // piece fails (rolled back); the other script and the pieces before it stay.
        pgtest::recreateDatabase(Cluster::Target, kDb);
        SchemaArchive schema(m_tools.pgDump, m_tools.pgRestore, m_tools.passfilePath, true, true);
        schema.setScriptPieceBytes(1);
        std::unique_ptr<PgConnection> source;
        QList<TocEntry> entries;
        PostDataPlan plan;
        QVERIFY(prepare(schema, &source, &entries, &plan, kScriptedTableBytes));
        pgtest::connect(Cluster::Target, kDb)
            ->execScript(QStringLiteral("CREATE SEQUENCE \"t 20 partial\""));
        const ConnectionSettings target = pgtest::settings(Cluster::Target).withDatabase(kDb);
        QString error;
        QCOMPARE(schema.restoreScripts(plan.scripts, target, nullptr, &error), std::nullopt);
        QVERIFY(indexCount().toInt() > kTables);

        // As the runner does then: what the target lacks, looked up, restored by pg_restore.
        pgtest::connect(Cluster::Target, kDb)
            ->execScript(QStringLiteral("DROP SEQUENCE \"t 20 partial\""));
        auto targetDb = pgtest::connect(Cluster::Target, kDb);
        const QList<TocEntry> missing = missingOnTarget(*source, *targetDb, entries);
        QVERIFY(missing.size() < entries.size());
        QVERIFY2(schema.restore(QStringLiteral("post-data"), target, 2, nullptr, &error, &missing),
                 qPrintable(error));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aRunStoppedWhileTheScriptsWaitEndsWithTheSourcesSchema_data() {
        QTest::addColumn<bool>("interrupt");
        QTest::newRow("killed, then resumed") << false;
        QTest::newRow("Ctrl-C, then started over") << true;
    }

    void aRunStoppedWhileTheScriptsWaitEndsWithTheSourcesSchema() {
        // The command line restores the post-data as scripts; one table's key waits for a
        // lock held on the target; the run is killed there and resumed, or stopped by Ctrl-C
        // (its statements cancelled at once, even the one waiting) and started over.
        QFETCH(bool, interrupt);
        pgtest::dropDatabase(Cluster::Target, kDb);
        const QString id =
            interrupt ? QStringLiteral("postdata-interrupt") : QStringLiteral("postdata-kill");
        QProcess cli;
        cli.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        const QStringList common = {QStringLiteral("--source"),
                                    pgtest::serverUri(Cluster::Source),
                                    QStringLiteral("--target"),
                                    pgtest::serverUri(Cluster::Target),
                                    QStringLiteral("--exclude-db"),
                                    pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                                    QStringLiteral("--verbose")};
        cli.start(QStringLiteral(PGMIGRATE_CLI),
                  QStringList{QStringLiteral("migrate"), QStringLiteral("--method"),
                              QStringLiteral("dump"), QStringLiteral("--id"), id} +
                      common);
        QVERIFY(cli.waitForStarted());
        std::unique_ptr<PgConnection> holder;
        bool waiting = false;
        for (int i = 0; i < 3000 && !waiting && cli.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            try {
                if (!holder) {
                    // Once the pre-data is there: its rows may load (ROW EXCLUSIVE is shared),
                    // its key and indexes may not be built.
                    auto session = pgtest::connect(Cluster::Target, kDb);
                    session->execScript(
                        QStringLiteral("BEGIN; LOCK TABLE \"t 30\" IN ROW EXCLUSIVE MODE"));
                    holder = std::move(session);
                    continue;
                }
                waiting = waitingOnHeldTable() != QLatin1String("0");
            } catch (const PgError&) {
                continue; // the database or the table is not there yet
            }
        }
        QVERIFY2(waiting, "the run never waited on the held table");
        // The other script goes on meanwhile (it may still be building when the wait shows).
        QTRY_VERIFY_WITH_TIMEOUT(indexCount().toInt() > 0, 20000);
        QStringList next; // resumed, or started over
        if (interrupt) {
            QElapsedTimer timer;
            timer.start();
            ::kill(pid_t(cli.processId()), SIGINT);
            QVERIFY(cli.waitForFinished(15000));
            QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
            qInfo("Ctrl-C ended it in %lld ms", timer.elapsed());
            QVERIFY(cli.exitCode() != 0);
            QString error;
            const auto stopped = StateStore(m_stateDir.path()).load(id, &error);
            QVERIFY2(stopped, qPrintable(error));
            QCOMPARE(stopped->overallStatus(), DbStatus::Stopped);
            // Cancelled, not left behind to run once the holder lets go.
            QCOMPARE(waitingOnHeldTable(), QStringLiteral("0"));
            holder.reset();
            next = {QStringLiteral("migrate"),    QStringLiteral("--method"),
                    QStringLiteral("dump"),       QStringLiteral("--if-exists"),
                    QStringLiteral("truncate"),   QStringLiteral("--id"),
                    id + QStringLiteral("-again")};
        } else {
            cli.kill();
            QVERIFY(cli.waitForFinished(10000));
            // Its session's statement would still run once the holder lets go.
            pgtest::connect(Cluster::Target)
                ->exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                      "pg_stat_activity WHERE datname = $1 AND pid <> "
                                      "pg_backend_pid()"),
                       {kDb});
            holder.reset();
            next = {QStringLiteral("migrate"), QStringLiteral("--resume"), QStringLiteral("--id"),
                    id};
        }

        QProcess again;
        again.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(QStringLiteral(PGMIGRATE_CLI), next + common);
        QVERIFY(again.waitForFinished(120000));
        const QByteArray output = again.readAll();
        QVERIFY2(again.exitCode() == 0, output.constData());
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(pgtest::connect(Cluster::Target, kDb)
                     ->exec(QStringLiteral("SELECT sum(n) FROM \"t 30\""))
                     .scalar(),
                 QStringLiteral("210"));
    }

    void aFreshMigrationScriptsThePostData() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        QProcess cli;
        cli.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(PGMIGRATE_CLI),
                  {QStringLiteral("migrate"), QStringLiteral("--method"), QStringLiteral("dump"),
                   QStringLiteral("--source"), pgtest::serverUri(Cluster::Source),
                   QStringLiteral("--target"), pgtest::serverUri(Cluster::Target),
                   QStringLiteral("--exclude-db"),
                   pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                   QStringLiteral("--verbose")});
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray output = cli.readAll();
        QVERIFY2(cli.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("indexes and constraints of small tables: 2 scripts"),
                 output.constData());
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

PGM_PG_TEST_MAIN(TestPostDataScripts)
#include "tst_postdatascripts.moc"
