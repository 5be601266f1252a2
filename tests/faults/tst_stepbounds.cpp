#include "MigrationState.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "ReplicationObjects.h"
#include "StateStore.h"
#include "WriteFreeze.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_bounds_app");
const QString kId = QStringLiteral("bounds");
// The limit the blocked finishes run with, and how long such a finish may take in all (the
// drain and the other steps are quick on this small database).
constexpr int kLimit = 3;
constexpr qint64 kBoundedMs = 30000;

QStringList lines(Cluster cluster, const QString& sql) {
    const PgResult result = pgtest::connect(cluster, kDb)->exec(sql);
    QStringList out;
    for (int row = 0; row < result.rows(); ++row) {
        out << result.text(row, 0);
    }
    return out;
}

/// Rows of each table (hashed in key order) and the sequence's value.
QStringList data(Cluster cluster) {
    return lines(cluster,
                 QStringLiteral("SELECT 'items ' || count(*) || ' ' || md5(coalesce(string_agg("
                                "t::text, '|' ORDER BY id), '')) FROM items t UNION ALL "
                                "SELECT 'notes ' || count(*) || ' ' || md5(coalesce(string_agg("
                                "t::text, '|' ORDER BY id), '')) FROM notes t UNION ALL "
                                "SELECT 'log ' || count(*) || ' ' || md5(coalesce(string_agg("
                                "t::text, '|' ORDER BY msg), '')) FROM log t UNION ALL "
                                "SELECT 'notes_id_seq ' || last_value FROM notes_id_seq UNION ALL "
                                "SELECT 'item_count ' || n FROM item_count"));
}

/// Indexes, constraints, triggers and table ACLs, by name.
QStringList schema(Cluster cluster) {
    return lines(
        cluster,
        QStringLiteral(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' UNION ALL "
            "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace UNION ALL "
            "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal UNION ALL "
            "SELECT relname || ' ' || coalesce(relacl::text, '') FROM pg_class WHERE "
            "relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm', 'S') ORDER BY 1"));
}

} // namespace

/// `finish` bounds each step after the drain: a catch-up or a verification blocked by a lock
/// another session holds on the target ends at --step-timeout with the step's name and limit,
/// the source writable again and the database still replicating; `status` shows each step's
/// time and limit; a finish once the lock is gone completes the cut-over, its cleanup bounded on
/// the server (a replica identity it cannot restore for a lock is left to the user, said).
class TestStepBounds : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    struct Run {
        int exitCode = -1;
        qint64 ms = 0;
        QString output;
    };

    Run cli(const QStringList& arguments, int timeoutMs = 120000) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.ms = timer.elapsed();
        run.output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return run;
    }

    /// A frozen finish with a small limit, while `locker` holds its lock on the target.
    Run blockedFinish() {
        return cli({QStringLiteral("finish"), QStringLiteral("--freeze-writes"),
                    QStringLiteral("--step-timeout"), QString::number(kLimit),
                    QStringLiteral("--id"), kId},
                   kBoundedMs * 2);
    }

    /// The failed finish left the database replicating and writable: a new row on the source
    /// reaches the target.
    static void expectStreamingAndWritable(int id) {
        auto source = pgtest::connect(Cluster::Source, kDb);
        QCOMPARE(source->exec(QStringLiteral("SHOW default_transaction_read_only")).scalar(),
                 QStringLiteral("off"));
        source->exec(QStringLiteral("INSERT INTO items VALUES ($1, 'after a bounded step')"),
                     {QString::number(id)});
        auto target = pgtest::connect(Cluster::Target, kDb);
        for (int i = 0; i < 300; ++i) {
            if (target
                    ->exec(QStringLiteral("SELECT count(*) FROM items WHERE id = $1"),
                           {QString::number(id)})
                    .integer(0, 0) == 1) {
                return;
            }
            QTest::qWait(100);
        }
        QFAIL("the row written after the failed finish did not reach the target");
    }

    void expectFailedAt(const Run& run, const QString& step) {
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        QVERIFY2(run.ms < kBoundedMs, qPrintable(QStringLiteral("took %1 ms").arg(run.ms)));
        qInfo("blocked %s ended in %lld ms", qPrintable(step), run.ms);
        QString error;
        const auto state = StateStore(m_stateDir.path()).load(kId, &error);
        QVERIFY2(state, qPrintable(error));
        const DatabaseState& db = state->databases.at(0);
        QCOMPARE(db.status, DbStatus::Syncing);
        QCOMPARE(db.phase, Phase::Streaming);
        QVERIFY(!db.writesFrozen);
        const QString expected =
            QStringLiteral("step %1 did not end within its limit of %2 s").arg(step).arg(kLimit);
        QVERIFY2(db.error.contains(expected), qPrintable(db.error));
        QVERIFY2(db.error.contains(QStringLiteral("--step-timeout")), qPrintable(db.error));
    }

    /// `status --json` shows each step of the last finish with its time and limit, the
    /// blocked one at its limit; the human status prints them.
    void expectStatusShows(const QString& step) {
        const Run json =
            cli({QStringLiteral("status"), QStringLiteral("--id"), kId, QStringLiteral("--json")});
        const QJsonArray steps = pgtest::cutoverSteps(json.output);
        QVERIFY2(!steps.isEmpty(), qPrintable(json.output));
        QCOMPARE(steps.first().toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("freeze"));
        const QJsonObject last = steps.last().toObject();
        QCOMPARE(last.value(QStringLiteral("step")).toString(), step);
        QCOMPARE(last.value(QStringLiteral("limit")).toInt(), kLimit);
        QVERIFY2(last.value(QStringLiteral("seconds")).toDouble() >= kLimit - 0.5,
                 qPrintable(json.output));
        QCOMPARE(last.value(QStringLiteral("running")).toBool(), false);
        const Run text = cli({QStringLiteral("status"), QStringLiteral("--id"), kId});
        QVERIFY2(text.output.contains(QStringLiteral("finish steps (time/limit): ")) &&
                     text.output.contains(QStringLiteral("/%1 s").arg(kLimit)),
                 qPrintable(text.output));
    }

    /// A finish whose cleanup its limit cut short: verified, not done, still to be completed
    /// by the next finish (`frozenNow`: the writes it froze stay frozen until then).
    void expectCleanupCutShort(const Run& finish, bool frozenNow) {
        QVERIFY2(finish.exitCode == 1, qPrintable(finish.output));
        QVERIFY2(finish.ms < kBoundedMs, qPrintable(QStringLiteral("took %1 ms").arg(finish.ms)));
        QCOMPARE(pgtest::connect(Cluster::Source, kDb)
                     ->exec(QStringLiteral("SHOW default_transaction_read_only"))
                     .scalar(),
                 QStringLiteral("on"));
        QString error;
        const auto state = StateStore(m_stateDir.path()).load(kId, &error);
        QVERIFY2(state, qPrintable(error));
        const DatabaseState& db = state->databases.at(0);
        QCOMPARE(db.phase, Phase::Cleanup);
        QCOMPARE(db.status, DbStatus::Syncing);
        QVERIFY(db.writesFrozen);
        QVERIFY2(db.error.contains(QStringLiteral("step cleanup did not end within its limit")),
                 qPrintable(db.error));
        QVERIFY2(!frozenNow || db.error.contains(QStringLiteral("stay frozen")),
                 qPrintable(db.error));
    }

private slots:
    void initTestCase() {
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL CHECK (label <> ''));"
                "CREATE INDEX items_label ON items (label);"
                "CREATE TABLE notes (id serial PRIMARY KEY, item int REFERENCES items, body text);"
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                "$$BEGIN NEW.body := coalesce(NEW.body, 'none'); RETURN NEW; END$$;"
                "CREATE TRIGGER notes_touch BEFORE INSERT ON notes FOR EACH ROW "
                "EXECUTE FUNCTION touch();"
                "GRANT SELECT ON items TO PUBLIC;"
                "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 3000) g;"
                "INSERT INTO notes (item, body) SELECT g, 'note ' || g FROM "
                "generate_series(1, 300) g;"
                "CREATE MATERIALIZED VIEW item_count AS SELECT count(*) AS n FROM items;"
                "CREATE TABLE log (msg text);" // no key: REPLICA IDENTITY FULL until cleanup
                "INSERT INTO log SELECT 'line ' || g FROM generate_series(1, 100) g;"
                "CREATE TABLE audit (msg text);" // a second one: the cleanup's limit is its whole
                "INSERT INTO audit VALUES ('created');"));
        const Run migrate = cli(
            {QStringLiteral("migrate"), QStringLiteral("--method"), QStringLiteral("replication"),
             QStringLiteral("--id"), kId, QStringLiteral("--tables-without-pk"),
             QStringLiteral("replica-identity-full"), QStringLiteral("--source"),
             pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
             pgtest::serverUri(Cluster::Target), QStringLiteral("--exclude-db"),
             pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','))});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.output));
    }

    void cleanupTestCase() {
        auto admin = pgtest::connect(Cluster::Source);
        PgResult ignored;
        QString state;
        QString message;
        admin->tryExec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(kDb) +
                           QStringLiteral(" RESET default_transaction_read_only"),
                       {}, &ignored, &state, &message);
        pgtest::dropReplicationLeftovers(kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void freezeBlockedOnTheSourceEndsAtItsLimit() {
        // ALTER DATABASE ... SET waits for a session changing the same database's settings in
        // an open transaction: the freeze, the first step, is bounded too and freezes nothing.
        auto other = pgtest::connect(Cluster::Source);
        other->execScript(QStringLiteral("BEGIN; ALTER DATABASE ") + other->quoteIdentifier(kDb) +
                          QStringLiteral(" SET work_mem = '8MB'"));
        const Run finish = blockedFinish();
        other.reset();
        expectFailedAt(finish, QStringLiteral("freeze writes"));
        expectStatusShows(QStringLiteral("freeze"));
        expectStreamingAndWritable(100000);
    }

    void catchUpBlockedOnTheTargetEndsAtItsLimit() {
        // REFRESH MATERIALIZED VIEW waits for every reader of the view to end.
        auto reader = pgtest::connect(Cluster::Target, kDb);
        reader->execScript(QStringLiteral("BEGIN; SELECT count(*) FROM item_count"));
        const Run finish = blockedFinish();
        reader.reset();
        expectFailedAt(finish, QStringLiteral("catch-up"));
        expectStatusShows(QStringLiteral("catch-up"));
        expectStreamingAndWritable(100001);
    }

    void verificationBlockedOnTheTargetEndsAtItsLimit() {
        auto locker = pgtest::connect(Cluster::Target, kDb);
        locker->execScript(QStringLiteral("BEGIN; LOCK TABLE notes IN ACCESS EXCLUSIVE MODE"));
        const Run finish = blockedFinish();
        locker.reset();
        expectFailedAt(finish, QStringLiteral("verify"));
        expectStatusShows(QStringLiteral("verify"));
        expectStreamingAndWritable(100002);
    }

    void cleanupCutShortIsNotDone() {
        // The cut-over refreshes the target's view: the source's is made as fresh to compare.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("INSERT INTO notes (item) VALUES (100002); "
                                        "INSERT INTO log VALUES ('after'); "
                                        "REFRESH MATERIALIZED VIEW item_count"));
        // The subscription's removal waits for this session on the target until the step's
        // limit: the subscription, the slot and the publication are left, so the database is
        // not done, and the next finish goes on. Verified already, and maybe no longer
        // replicated: its writes stay frozen until then.
        auto holder = pgtest::connect(Cluster::Target, kDb);
        const ReplicationNames names = ReplicationNames::forDatabase(kId, kDb);
        holder->execScript(QStringLiteral("BEGIN; COMMENT ON SUBSCRIPTION %1 IS 'held'")
                               .arg(holder->quoteIdentifier(names.subscription)));
        const Run finish = cli({QStringLiteral("finish"), QStringLiteral("--yes"),
                                QStringLiteral("--freeze-writes"), QStringLiteral("--step-timeout"),
                                QString::number(kLimit), QStringLiteral("--id"), kId});
        holder.reset();
        expectCleanupCutShort(finish, true);
        // The next finish only removes what is left. Here DROP PUBLICATION waits for this
        // session until the limit, after the subscription went: `status` must not take that
        // for a broken replication, and the writes stay frozen.
        holder = pgtest::connect(Cluster::Source, kDb);
        holder->execScript(QStringLiteral("BEGIN READ WRITE; COMMENT ON PUBLICATION %1 IS 'held'")
                               .arg(holder->quoteIdentifier(names.publication)));
        const Run again = cli({QStringLiteral("finish"), QStringLiteral("--yes"),
                               QStringLiteral("--step-timeout"), QString::number(kLimit),
                               QStringLiteral("--id"), kId});
        holder.reset();
        QCOMPARE(lines(Cluster::Target,
                       QStringLiteral("SELECT count(*) FROM pg_subscription WHERE subname = '") +
                           names.subscription + QLatin1Char('\'')),
                 QStringList{QStringLiteral("0")});
        QVERIFY(cli({QStringLiteral("status"), QStringLiteral("--id"), kId}).exitCode == 0);
        expectCleanupCutShort(again, false);
        QCOMPARE(lines(Cluster::Source,
                       QStringLiteral("SELECT pubname FROM pg_publication WHERE pubname = '") +
                           names.publication + QLatin1Char('\'')),
                 QStringList{names.publication});
    }

    void finishCompletesOnceTheLockIsGone() {
        // The cleanup's ALTER TABLE ... REPLICA IDENTITY DEFAULT on the source waits for this
        // reader, on both tables: bounded on the server, the step gives up at its limit (not at
        // the limit once per table) and says what to run for each.
        auto reader = pgtest::connect(Cluster::Source, kDb);
        reader->execScript(
            QStringLiteral("BEGIN; SELECT count(*) FROM log; SELECT count(*) FROM audit"));
        const Run finish = cli({QStringLiteral("finish"), QStringLiteral("--yes"),
                                QStringLiteral("--step-timeout"), QString::number(kLimit),
                                QStringLiteral("--id"), kId, QStringLiteral("--json")});
        reader.reset();
        QVERIFY2(finish.exitCode == 0, qPrintable(finish.output));
        // The cut-over complete, the source takes writes again.
        QCOMPARE(pgtest::connect(Cluster::Source, kDb)
                     ->exec(QStringLiteral("SHOW default_transaction_read_only"))
                     .scalar(),
                 QStringLiteral("off"));
        QVERIFY2(finish.ms < kBoundedMs, qPrintable(QStringLiteral("took %1 ms").arg(finish.ms)));
        QVERIFY2(
            finish.output.contains(QStringLiteral("restore the replica identity of public.log")) &&
                finish.output.contains(
                    QStringLiteral("restore the replica identity of public.audit")) &&
                finish.output.contains(QStringLiteral(" timeout)")),
            qPrintable(finish.output.mid(finish.output.indexOf(QStringLiteral("warn")))));
        QCOMPARE(data(Cluster::Target), data(Cluster::Source));
        QCOMPARE(schema(Cluster::Target), schema(Cluster::Source));
        QVERIFY(data(Cluster::Source).contains(QStringLiteral("notes_id_seq 301")));
        QCOMPARE(lines(Cluster::Source, QStringLiteral("SELECT count(*) FROM pg_publication")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(lines(Cluster::Source,
                       QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE "
                                      "slot_name = '") +
                           ReplicationNames::forDatabase(kId, kDb).slot + QLatin1Char('\'')),
                 QStringList{QStringLiteral("0")});
        // This finish had only the cleanup left, under its limit.
        const QJsonArray steps = pgtest::cutoverSteps(finish.output);
        QStringList names;
        for (const auto& step : steps) {
            names << step.toObject().value(QStringLiteral("step")).toString();
            QVERIFY(step.toObject().value(QStringLiteral("seconds")).toDouble() <
                    step.toObject().value(QStringLiteral("limit")).toDouble() + 1);
        }
        QCOMPARE(names, QStringList{QStringLiteral("cleanup")});
    }

    void writesFrozenOnTheDatabaseTheSourceNamesAreUnfrozen() {
        // A killed finish is undone on a new session to the source as the user named it: when
        // that is the frozen database, the session starts read-only, and must still unfreeze.
        auto admin = pgtest::connect(Cluster::Source);
        admin->exec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(kDb) +
                    QStringLiteral(" SET default_transaction_read_only = on"));
        QString message;
        QVERIFY2(unfreezeWrites(pgtest::settings(Cluster::Source, QStringLiteral("postgres"), kDb),
                                kDb, &message),
                 qPrintable(message));
        QCOMPARE(pgtest::connect(Cluster::Source, kDb)
                     ->exec(QStringLiteral("SHOW default_transaction_read_only"))
                     .scalar(),
                 QStringLiteral("off"));
    }
};

PGM_PG_TEST_MAIN(TestStepBounds)
#include "tst_stepbounds.moc"
