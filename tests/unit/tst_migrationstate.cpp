#include "MigrationState.h"
#include "ProcessMemory.h"
#include "StateStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;

namespace {

MigrationState sample() {
    MigrationState state;
    state.id = QStringLiteral("20261121-120000-abcd");
    state.created = QDateTime::currentDateTimeUtc();
    state.source.host = QStringLiteral("src");
    state.source.user = QStringLiteral("admin");
    state.source.password = QStringLiteral("Sup3rSecret");
    state.target.host = QStringLiteral("dst");
    state.target.password = QStringLiteral("Sup3rSecret2");
    state.methodChoice = QStringLiteral("dump");
    state.pgDumpDir = QStringLiteral("/usr/lib/postgresql/17/bin");
    DatabaseState a;
    a.dbname = QStringLiteral("shop");
    a.status = DbStatus::Done;
    DatabaseState b;
    b.dbname = QStringLiteral("odd \"name\" ü");
    b.status = DbStatus::Running;
    b.tables << TableState{QStringLiteral("public.t"), 10, 8192, true, false};
    b.phaseSeconds.insert(Phase::Schema, 0.25);
    b.phaseSeconds.insert(Phase::Data, 2.5);
    b.targetCreated = true;
    // Quoted names may hold spaces and quotes: each is kept whole.
    b.triggerStates << QStringList{QStringLiteral("public.\"audit log\""),
                                   QStringLiteral("\"a \"\"b\"\"\""), QStringLiteral("A")}
                    << QStringList{QStringLiteral("s.t"), QStringLiteral("x"), QStringLiteral("D")};
    state.databases << a << b;
    return state;
}

} // namespace

class TestMigrationState : public QObject {
    Q_OBJECT
private slots:
    void roundTripsWithoutPasswords() {
        const MigrationState state = sample();
        const QByteArray json = QJsonDocument(state.toJson()).toJson();
        QVERIFY(!json.contains("Sup3rSecret"));
        const MigrationState back = MigrationState::fromJson(state.toJson());
        QCOMPARE(back.id, state.id);
        QCOMPARE(back.source.host, QStringLiteral("src"));
        QVERIFY(back.source.password.isEmpty());
        QCOMPARE(back.pgDumpDir, state.pgDumpDir); // a resume takes the same pg_dump
        QCOMPARE(back.databases.size(), 2);
        QCOMPARE(back.databases[1].dbname, state.databases[1].dbname);
        QCOMPARE(back.databases[1].tables.first().rows, 10);
        QVERIFY(back.databases[1].tables.first().copied);
        QCOMPARE(back.databases[1].phaseSeconds, state.databases[1].phaseSeconds);
        // A resume gives a database this migration created its ACL and settings again.
        QVERIFY(back.databases[1].targetCreated && !back.databases[0].targetCreated);
        // A stop without the source gives the target's triggers these states back.
        QCOMPARE(back.databases[1].triggerStates, state.databases[1].triggerStates);
        QVERIFY(back.databases[0].triggerStates.isEmpty());
    }

    void cutoverStepsKeepTheirLimitsAndTimes() {
        MigrationState state = sample();
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-5);
        state.databases[1].cutoverSteps << CutoverStep{Phase::Drain, 300, started, 0.5}
                                        << CutoverStep{Phase::Verify, 3, started, -1};
        const MigrationState back = MigrationState::fromJson(state.toJson());
        const QList<CutoverStep>& steps = back.databases[1].cutoverSteps;
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[1].step, Phase::Verify);
        QCOMPARE(steps[1].limitSeconds, 3);
        QCOMPARE(steps[1].seconds, -1.0);
        QCOMPARE(steps[0].seconds, 0.5);
        // status: the running step's time so far, while its finish lives; none once it died.
        const auto statusStep = [&back](bool ownerAlive, int index) {
            return back.toStatusJson(ownerAlive)
                .value(QStringLiteral("migration_detail"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("cutover_steps"))
                .toArray()
                .at(index)
                .toObject();
        };
        QCOMPARE(statusStep(true, 0).value(QStringLiteral("seconds")).toDouble(), 0.5);
        QCOMPARE(statusStep(true, 0).value(QStringLiteral("limit")).toInt(), 300);
        QVERIFY(statusStep(true, 1).value(QStringLiteral("running")).toBool());
        QVERIFY(statusStep(true, 1).value(QStringLiteral("seconds")).toDouble() >= 4.9);
        QVERIFY(!statusStep(false, 1).value(QStringLiteral("running")).toBool());
        QVERIFY(statusStep(false, 1).value(QStringLiteral("seconds")).isNull());
    }

    void savedFileHoldsWhatToJsonHolds() {
        // The store streams the file a table at a time: it must read back as the very object
        // toJson() builds, names needing escapes and a database without tables included.
        QTemporaryDir dir;
        StateStore store(dir.path());
        MigrationState state = sample();
        state.databases[0].tables.clear();
        for (int i = 0; i < 50; ++i) {
            state.databases[1].tables
                << TableState{QStringLiteral("\"s\\ch\".\"t\u00e4ble,\n%1\"").arg(i), i, i * 8192,
                              i % 2 == 0, i % 3 == 0};
        }
        state.warnings << QStringLiteral("a \"quoted\" warning");
        state.databases[1].phase = Phase::Data;
        QString error;
        QVERIFY2(store.save(state, &error), qPrintable(error));
        QFile file(store.statePath(state.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError{};
        const QJsonDocument saved = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        QCOMPARE(saved.object(), state.toJson());
        // Indented as QJsonDocument indents, as before: tests and people grep the file.
        file.seek(0);
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\n                    \"copied\": true,\n"));
        QVERIFY(text.contains("\n            \"phase\": \"data\",\n"));
        const auto loaded = store.load(state.id, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->databases[1].tables.size(), 51);
        QCOMPARE(loaded->databases[1].tables.last().name, state.databases[1].tables.last().name);
    }

    void eachSaveHoldsWhatChangedSinceTheLast() {
        // The store keeps the text of what it wrote and builds again only what changed: the
        // file must still say what the state says after every kind of change, on the same
        // store (as a run saves) and on a copy of it.
        QTemporaryDir dir;
        StateStore store(dir.path());
        MigrationState state = sample();
        state.checks << CheckRecord{QStringLiteral("wal-level"), QStringLiteral("WAL level"),
                                    QStringLiteral("pass"),      {},
                                    QStringLiteral("logical"),   {}};
        const auto savedMatches = [&](const StateStore& through) {
            QString error;
            if (!through.save(state, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            QFile file(through.statePath(state.id));
            if (!file.open(QIODevice::ReadOnly)) {
                return false;
            }
            return QJsonDocument::fromJson(file.readAll()).object() == state.toJson();
        };
        QVERIFY(savedMatches(store));
        state.databases[1].tables[0].verified = true; // one table
        QVERIFY(savedMatches(store));
        state.databases[1].tables << TableState{QStringLiteral("public.u"), 1, 8192, false, false};
        QVERIFY(savedMatches(store));
        state.databases[0].phase = Phase::Verify; // a database's own member
        QVERIFY(savedMatches(store));
        state.checks[0].status = QStringLiteral("warn"); // a check, in place
        QVERIFY(savedMatches(store));
        state.checks << CheckRecord{QStringLiteral("x"), {}, QStringLiteral("fail"), {}, {}, {}};
        QVERIFY(savedMatches(store));
        state.databases.removeFirst(); // fewer databases, each at another index
        QVERIFY(savedMatches(store));
        state.databases[0].tables.clear();
        state.warnings << QStringLiteral("late");
        const StateStore copy = store; // shares what was written
        QVERIFY(savedMatches(copy));
        QVERIFY(savedMatches(store));
    }

    void savingManyTablesHoldsLittleMemory() {
        // Issue 12: at 20,000 tables the state file is 4 MB, and the CLI saves it once a second
        // from whichever copy worker finished a table. Built as one QJsonDocument, a save here
        // raised the peak by 8.4 MB (the CLI went from 52 to over 100 MB once the copy's saves
        // began); streamed a table at a time, by 16 kB.
        if (pgtest::addressSanitized()) {
            QSKIP("AddressSanitizer holds freed memory back (quarantine): no peak to measure");
        }
        MigrationState state = sample();
        for (int i = 0; i < 20000; ++i) {
            state.databases[1].tables << TableState{
                QStringLiteral("\"public\".\"table_number_%1\"").arg(i), i, 16384, true, true};
        }
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        QVERIFY2(store.save(state, &error), qPrintable(error)); // the directory, once
        if (!pgtest::resetPeakMemory()) {
            QSKIP("no /proc/self/clear_refs to measure the peak with");
        }
        // As a run saves: one more table copied, the database's figures moved.
        state.databases[1].tables[7].rows = 42;
        state.databases[1].rowsDone += 42;
        const pgtest::ResidentMemory before = pgtest::residentMemory();
        QVERIFY2(store.save(state, &error), qPrintable(error));
        const pgtest::ResidentMemory after = pgtest::residentMemory();
        const qint64 grewKb = after.peak - before.now;
        qInfo("saving 20,000 tables raised the peak by %lld kB", grewKb);
        QVERIFY2(grewKb < 2 * 1024, qPrintable(QStringLiteral("saving 20,000 tables raised the "
                                                              "peak by %1 kB")
                                                   .arg(grewKb)));
        QVERIFY(QFileInfo(store.statePath(state.id)).size() > 1024 * 1024);
    }

    void overallStatusFollowsTheSeed() {
        MigrationState state = sample();
        QCOMPARE(state.overallStatus(), DbStatus::Running);
        QCOMPARE(state.overallStatus(false), DbStatus::Interrupted);
        state.databases[1].status = DbStatus::Syncing;
        state.databases[1].method = MigrationMethod::Replication;
        QCOMPARE(state.overallStatus(), DbStatus::Done); // done or syncing everywhere
        QCOMPARE(state.overallMethod(), QString());      // mixed methods: empty, as in the seed
        state.databases[1].status = DbStatus::Failed;
        state.databases[1].error = QStringLiteral("boom");
        QCOMPARE(state.overallStatus(), DbStatus::Failed);
        const QJsonObject status = state.toStatusJson();
        QCOMPARE(status[QStringLiteral("migration")][QStringLiteral("status")].toString(),
                 QStringLiteral("failed"));
        QVERIFY(status[QStringLiteral("migration")][QStringLiteral("error")].toString().contains(
            QStringLiteral("boom")));
        QCOMPARE(status[QStringLiteral("migration_detail")].toArray().size(), 2);
        state.stopped = true;
        QCOMPARE(state.overallStatus(), DbStatus::Stopped);
    }

    void storeSavesAtomicallyAndPrivately() {
        QTemporaryDir dir;
        StateStore store(dir.path() + QStringLiteral("/m"));
        MigrationState state = sample();
        QString error;
        QVERIFY2(store.save(state, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(store.statePath(state.id)) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const auto loaded = store.load(state.id, &error);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->databases.size(), 2);
        QCOMPARE(store.latestId(), state.id);
        QVERIFY(!store.load(QStringLiteral("../../etc/passwd"), &error));
        QVERIFY(error.contains(QStringLiteral("invalid")));
        QVERIFY(!store.load(QStringLiteral("nope"), &error));
        QVERIFY(StateStore::isValidId(StateStore::newId()));
    }

    void damagedOrFutureStatesAreRefusedClearly_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray good = QJsonDocument(sample().toJson()).toJson();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe{[") << QStringLiteral("damaged");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("damaged");
        QTest::newRow("no databases")
            << QByteArray(R"({"format": 1, "id": "m"})") << QStringLiteral("damaged");
        QTest::newRow("other id") << QByteArray(good).replace(sample().id.toUtf8(), "someone-else")
                                  << QStringLiteral("damaged");
        QTest::newRow("databases not a list")
            << QByteArray(R"({"format": 1, "id": "m", "databases": 7})")
            << QStringLiteral("damaged");
        QTest::newRow("database without name")
            << QByteArray(R"({"format": 1, "id": "m", "databases": [{"status": "done"}]})")
            << QStringLiteral("damaged");
        QTest::newRow("unknown status")
            << QByteArray(
                   R"({"format": 1, "id": "m", "databases": [{"dbname": "a", "status": "zz"}]})")
            << QStringLiteral("damaged");
        QTest::newRow("future") << QByteArray(good).replace("\"format\": 1", "\"format\": 9")
                                << QStringLiteral("newer pgmigrate");
    }

    void damagedOrFutureStatesAreRefusedClearly() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        StateStore store(dir.path());
        const QString id = content.contains(R"("id": "m")") ? QStringLiteral("m") : sample().id;
        QFile file(store.statePath(id));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!store.load(id, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(store.statePath(id)), "the message names the file");
    }

    void lockStopsASecondRunAndSurvivesADeadOwner() {
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        auto first = MigrationLock::acquire(store, QStringLiteral("m1"), &error);
        QVERIFY(first);
        QVERIFY(MigrationLock::ownerAlive(store, QStringLiteral("m1")));
        QVERIFY(!MigrationLock::acquire(store, QStringLiteral("m1"), &error));
        QVERIFY(error.contains(QStringLiteral("in use by another process")));
        first.reset();
        QVERIFY(!MigrationLock::ownerAlive(store, QStringLiteral("m1")));

        // A lock file left by a process that died.
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForFinished());
        const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
        QFile stale(store.lockPath(QStringLiteral("m2")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid == 0 ? 999999 : deadPid) + "\npgmigrate\n" +
                    QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        QVERIFY(!MigrationLock::ownerAlive(store, QStringLiteral("m2")));
        QVERIFY(MigrationLock::acquire(store, QStringLiteral("m2"), &error));
    }

    void lagHistoryRoundTripsThroughTheStore() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        MigrationState state = sample();
        state.databases[0].method = MigrationMethod::Replication;
        state.databases[0].status = DbStatus::Syncing;
        state.databases[0].lagBytes = 4096;
        state.databases[0].lagSeconds = 3;
        state.databases[1].phase = pgm::Phase::Data;
        state.databases[1].bytesDone = 1 << 20;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        recordLagSample(state, start);
        state.databases[0].lagBytes = -1; // unknown: the source did not answer
        state.databases[1].bytesDone = 3 << 20;
        recordLagSample(state, start.addSecs(5));
        QCOMPARE(state.lagHistory.samples().size(), 2);
        QString error;
        QVERIFY2(store.save(state, &error), qPrintable(error));
        const auto back = store.load(state.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->lagHistory.samples(), state.lagHistory.samples());
        const LagSample& first = back->lagHistory.samples().first();
        QCOMPARE(first.at, start);
        QCOMPARE(first.bytesCopied, qint64(1) << 20);
        QCOMPARE(first.lag.value(QStringLiteral("shop")), (DatabaseLag{4096, 3}));
        QCOMPARE(back->lagHistory.samples().last().lag.value(QStringLiteral("shop")).bytes, -1);

        // Neither copying nor syncing: nothing to chart, nothing recorded.
        MigrationState idle = sample();
        idle.databases[1].status = DbStatus::Done;
        recordLagSample(idle, start);
        QVERIFY(idle.lagHistory.isEmpty());
    }

    void lagHistoryStaysBoundedAndSpansTheMigration() {
        // A week of syncing read every 2 s: the saved history stays small, keeps its first and
        // newest samples and stays in time order.
        LagHistory history;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        const int count = 7 * 24 * 1800;
        for (int i = 0; i < count; ++i) {
            LagSample sample;
            sample.at = start.addSecs(qint64(i) * 2);
            sample.lag.insert(QStringLiteral("shop"), DatabaseLag{i, i % 60});
            history.add(sample);
            // Samples closer than the spacing are dropped.
            sample.at = sample.at.addMSecs(500);
            history.add(sample);
        }
        QVERIFY(history.samples().size() <= LagHistory::kMaxSamples);
        QVERIFY(history.samples().size() >= LagHistory::kMaxSamples / 2);
        QCOMPARE(history.samples().first().at, start);
        QCOMPARE(history.samples().last().at, start.addSecs(qint64(count - 1) * 2));
        for (qsizetype i = 1; i < history.samples().size(); ++i) {
            QVERIFY(history.samples()[i - 1].at < history.samples()[i].at);
        }
        MigrationState state = sample();
        state.lagHistory = history;
        const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(json.size() < 40 * 1024, QByteArray::number(json.size()).constData());
    }
};

QTEST_GUILESS_MAIN(TestMigrationState)
#include "tst_migrationstate.moc"
