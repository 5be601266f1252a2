// MigrationHistory: what a run's sweep reads of the other migrations, over a real state store
// in a temporary directory (no server).
#include "MigrationHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgm;

namespace {

MigrationState migration(const QString& id, const QString& sourceHost, DbStatus status) {
    MigrationState state;
    state.id = id;
    state.created = QDateTime::currentDateTimeUtc();
    state.source.host = sourceHost;
    state.target.host = QStringLiteral("dst");
    DatabaseState db;
    db.dbname = QStringLiteral("shop");
    db.method = MigrationMethod::Replication;
    db.status = status;
    for (int i = 0; i < 3; ++i) {
        db.tables << TableState{QStringLiteral("public.t%1").arg(i), 10, 8192, true, false};
    }
    state.databases << db;
    return state;
}

QStringList ids(const QList<MigrationState*>& states) {
    QStringList list;
    for (const MigrationState* state : states) {
        list << state->id;
    }
    list.sort();
    return list;
}

} // namespace

class TestMigrationHistory : public QObject {
    Q_OBJECT
private slots:
    void listsTheOthersFromTheSameSourceWithoutTheirTables() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        QString error;
        QVERIFY(store.save(
            migration(QStringLiteral("own"), QStringLiteral("src"), DbStatus::Running), &error));
        QVERIFY(store.save(
            migration(QStringLiteral("earlier"), QStringLiteral("src"), DbStatus::Stopped),
            &error));
        QVERIFY(store.save(
            migration(QStringLiteral("elsewhere"), QStringLiteral("other"), DbStatus::Interrupted),
            &error));
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        const QList<MigrationState*> same = history.fromSameSource();
        QCOMPARE(ids(same), QStringList{QStringLiteral("earlier")});
        QCOMPARE(same.first()->databases.first().status, DbStatus::Stopped);
        QVERIFY(same.first()->databases.first().tables.isEmpty());
    }

    void aLongHistoryIsListedWhole() {
        // Each listed state is one the history holds: read in one pass of hundreds of them, the
        // first ones must still be there when the last are added.
        QTemporaryDir dir;
        const StateStore store(dir.path());
        QString error;
        QStringList expected;
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(store.save(migration(id, QStringLiteral("src"), DbStatus::Stopped), &error));
            expected << id;
        }
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        for (int pass = 0; pass < 2; ++pass) {
            const QList<MigrationState*> listed = history.fromSameSource();
            QCOMPARE(ids(listed), expected);
            for (const MigrationState* state : listed) {
                QCOMPARE(state->databases.size(), 1);
                QCOMPARE(state->databases.first().dbname, QStringLiteral("shop"));
            }
        }
    }

    void aMigrationSavedSinceIsListedNextTime() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        QVERIFY(history.fromSameSource().isEmpty());
        QString error;
        QVERIFY(store.save(
            migration(QStringLiteral("later"), QStringLiteral("src"), DbStatus::Interrupted),
            &error));
        QCOMPARE(ids(history.fromSameSource()), QStringList{QStringLiteral("later")});
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("later.json"))));
        QVERIFY(history.fromSameSource().isEmpty()); // removed (stop --forget): gone here too
    }

    void whatItSavesIsWhatItListsAndTheFileKeepsItsTables() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        QString error;
        QVERIFY(store.save(
            migration(QStringLiteral("killed"), QStringLiteral("src"), DbStatus::Interrupted),
            &error));
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        QCOMPARE(history.fromSameSource().size(), 1);
        std::optional<MigrationState> full = store.load(QStringLiteral("killed"), &error);
        QVERIFY(full);
        full->databases.first().status = DbStatus::Failed;
        full->databases.first().error = QStringLiteral("replaced");
        QVERIFY(history.save(*full, &error));
        const QList<MigrationState*> listed = history.fromSameSource();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()->databases.first().status, DbStatus::Failed);
        QCOMPARE(listed.first()->databases.first().error, QStringLiteral("replaced"));
        const std::optional<MigrationState> saved = store.load(QStringLiteral("killed"), &error);
        QVERIFY(saved);
        QCOMPARE(saved->databases.first().status, DbStatus::Failed);
        QCOMPARE(saved->databases.first().tables.size(), 3);
    }

    void aMigrationALiveProcessRunsIsReadAgain() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        QString error;
        QVERIFY(store.save(
            migration(QStringLiteral("live"), QStringLiteral("src"), DbStatus::Running), &error));
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        QCOMPARE(history.fromSameSource().first()->databases.first().status, DbStatus::Running);
        // Its process (this one, holding its lock) moves it on meanwhile.
        const auto lock = MigrationLock::acquire(store, QStringLiteral("live"), &error);
        QVERIFY2(lock, qPrintable(error));
        QVERIFY(store.save(
            migration(QStringLiteral("live"), QStringLiteral("src"), DbStatus::Syncing), &error));
        QCOMPARE(history.fromSameSource().first()->databases.first().status, DbStatus::Syncing);
    }

    void oneNoProcessRunsIsReadOnce() {
        QTemporaryDir dir;
        const StateStore store(dir.path());
        QString error;
        QVERIFY(store.save(
            migration(QStringLiteral("dead"), QStringLiteral("src"), DbStatus::Interrupted),
            &error));
        MigrationHistory history(store, QStringLiteral("own"), QStringLiteral("src"), 5432);
        QCOMPARE(history.fromSameSource().size(), 1);
        // Unreadable now: had it been parsed again, it would have dropped out of the list.
        QFile file(dir.filePath(QStringLiteral("dead.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not json");
        file.close();
        QCOMPARE(ids(history.fromSameSource()), QStringList{QStringLiteral("dead")});
    }
};

QTEST_GUILESS_MAIN(TestMigrationHistory)
#include "tst_migrationhistory.moc"
