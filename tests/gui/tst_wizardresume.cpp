#include "HeldCopy.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "OpenedWizard.h"
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "Screenshots.h"
#include "StateStore.h"
#include "StatusTag.h"
#include "TestCredentials.h"
#include "WidgetNames.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_gui_resume");
const QString kId = QStringLiteral("gui-resume-test");
/// Migrated beside kDb by the followed runs, done (or syncing) first.
const QString kSmall = QStringLiteral("pgm_gui_follow");
constexpr int kTables = 6;

/// Rows, distinct primary keys and a hash of every row of a table, in a canonical order.
QString fingerprint(Cluster cluster, const QString& table) {
    return pgtest::connect(cluster, kDb)
        ->exec(
            QStringLiteral("SELECT count(*) || '/' || count(DISTINCT id) || ':' || "
                           "coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM ") +
            table + QStringLiteral(" t"))
        .scalar();
}

/// How many tables of `dbname` the saved state says are copied.
qsizetype copiedTables(const MigrationState& state, const QString& dbname) {
    for (const DatabaseState& db : state.databases) {
        if (db.dbname == dbname) {
            return std::count_if(db.tables.begin(), db.tables.end(),
                                 [](const TableState& t) { return t.copied; });
        }
    }
    return 0;
}

bool databaseSettled(const MigrationState& state, const QString& dbname) {
    return std::any_of(state.databases.begin(), state.databases.end(),
                       [&dbname](const DatabaseState& db) {
                           return db.dbname == dbname &&
                                  (db.status == DbStatus::Done || db.status == DbStatus::Syncing);
                       });
}

} // namespace

/// A migration whose process died mid-copy, reopened in the wizard and resumed there.
class TestWizardResume : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

    /// Starts the command line migrating kDb and kSmall with `method`, and holds its copy of
    /// kDb at the next table once kSmall is done or syncing and a table of kDb is copied;
    /// false if it finished first.
    bool startHeldRun(QProcess& cli, const QString& stateDir, const QString& method,
                      const QString& id, std::unique_ptr<PgConnection>* holder) {
        qputenv("PGMIGRATE_STATE_DIR", stateDir.toUtf8());
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Target, kSmall);
        pgtest::recreateDatabase(Cluster::Source, kSmall);
        pgtest::connect(Cluster::Source, kSmall)
            ->execScript(QStringLiteral("CREATE TABLE s (id int PRIMARY KEY); "
                                        "INSERT INTO s SELECT generate_series(1, 10)"));
        QStringList excluded = pgtest::sourceDatabasesExcept(kDb);
        excluded.removeAll(kSmall);
        cli.setProcessEnvironment(pgtest::cliEnvironment(stateDir));
        cli.start(QStringLiteral(PGMIGRATE_CLI),
                  {QStringLiteral("migrate"), QStringLiteral("--source"),
                   pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                   pgtest::serverUri(Cluster::Target), QStringLiteral("--method"), method,
                   QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--exclude-db"),
                   excluded.join(QLatin1Char(',')), QStringLiteral("--id"), id});
        if (!cli.waitForStarted()) {
            return false;
        }
        const StateStore store;
        for (int i = 0; i < 6000 && cli.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            if (!*holder) {
                *holder = pgtest::holdTablesNotBeingCopied(kDb);
                continue;
            }
            QString unreadable; // not written yet
            const auto saved = store.load(id, &unreadable);
            if (saved && databaseSettled(*saved, kSmall) && copiedTables(*saved, kDb) >= 1 &&
                pgtest::copyWaitsForALock(kDb)) {
                return true;
            }
        }
        return false;
    }

    /// Shows `list` and opens its migration (answering password prompts while `answerer`
    /// runs); *asked counts the prompts the wizard's model wants from then on.
    MigrationWizard* openCountingPrompts(MigrationsWindow& list, std::unique_ptr<QTimer>* answerer,
                                         int* asked) {
        list.show();
        MigrationWizard* wizard = pgtest::openFromList(list, answerer);
        if (wizard) {
            connect(wizard->model(), &MigrationModel::passwordsNeeded, this, [asked] { ++*asked; });
        }
        return wizard;
    }

    /// The end of a test that ran on its own state directory: the small database dropped.
    void endHeldRun() {
        pgtest::dropDatabase(Cluster::Target, kSmall);
        pgtest::dropDatabase(Cluster::Source, kSmall);
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
    }

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source, kDb);
        for (int i = 0; i < kTables; ++i) {
            source->execScript(
                QStringLiteral(
                    "CREATE TABLE t%1 AS SELECT g AS id, md5(g::text) || md5((g * %1)::text) AS v "
                    "FROM generate_series(1, 250000) g; ALTER TABLE t%1 ADD PRIMARY KEY (id)")
                    .arg(i));
        }
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void killedCliRunResumesInTheWizard() {
        // The command line copies one table at a time and is killed (SIGKILL) once some, not
        // all, tables are copied, the next held on the target: the migration is left
        // interrupted.
        QProcess cli;
        cli.setProcessEnvironment(pgtest::cliEnvironment(m_state.path()));
        cli.start(QStringLiteral(PGMIGRATE_CLI),
                  {QStringLiteral("migrate"), QStringLiteral("--source"),
                   pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                   pgtest::serverUri(Cluster::Target), QStringLiteral("--method"),
                   QStringLiteral("dump"), QStringLiteral("--jobs"), QStringLiteral("1"),
                   QStringLiteral("--exclude-db"),
                   pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(',')),
                   QStringLiteral("--id"), kId});
        QVERIFY(cli.waitForStarted());
        const StateStore store;
        std::unique_ptr<PgConnection> holder;
        bool killed = false;
        for (int i = 0; i < 6000 && !killed && cli.state() == QProcess::Running; ++i) {
            QTest::qWait(10);
            if (!holder) {
                holder = pgtest::holdTablesNotBeingCopied(kDb);
                continue;
            }
            QString unreadable; // not written yet
            const auto saved = store.load(kId, &unreadable);
            const auto copied = saved && !saved->databases.isEmpty()
                                    ? std::count_if(saved->databases[0].tables.begin(),
                                                    saved->databases[0].tables.end(),
                                                    [](const TableState& t) { return t.copied; })
                                    : 0;
            if (copied >= 1 && pgtest::copyWaitsForALock(kDb)) {
                cli.kill();
                killed = true;
            }
        }
        pgtest::endTargetSessions(kDb);
        holder.reset();
        QVERIFY2(killed, "the command line finished before it could be killed mid-copy");
        QVERIFY(cli.waitForFinished(10000));
        QString error;
        const auto saved = store.load(kId, &error);
        QVERIFY2(saved.has_value(), qPrintable(error));
        QCOMPARE(saved->overallStatus(MigrationLock::ownerAlive(store, kId)),
                 DbStatus::Interrupted);

        // The migrations list shows it interrupted and opens it on its Migration page.
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        QCOMPARE(list.findChild<QTableWidget*>(QStringLiteral("migrations"))->rowCount(), 1);
        QCOMPARE(pgtest::firstListedStatus(list), QStringLiteral("Interrupted"));
        std::unique_ptr<QTimer> answerer; // passwords not in the keychain are asked for
        MigrationWizard* wizard = pgtest::openFromList(list, &answerer);
        QVERIFY(wizard);
        wizard->resize(1024, 768);
        QCOMPARE(wizard->currentId(), int(MigrationWizard::MigrationId));
        auto* resume = wizard->findChild<QPushButton*>(QStringLiteral("resumeMigration"));
        auto* overall = wizard->findChild<StatusTag*>(QStringLiteral("overallStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !wizard->model()->request().inspection.source.password.isEmpty() &&
                !wizard->model()->request().inspection.target.password.isEmpty() &&
                !wizard->model()->isBusy(),
            20000);
        QVERIFY(resume->isVisible());
        QVERIFY(resume->isEnabled());
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("resumeExplanation"))->isVisible());
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("startMigration"))->isEnabled());
        QCOMPARE(overall->text(), QStringLiteral("Interrupted"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(pgtest::screenshots(*wizard, QStringLiteral("wizard-resume")));
        const QStringList unnamed = pgtest::unnamedWidgets(wizard->currentPage());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        // Resume: live progress on a worker, the GUI never waits, then verified and Ready.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(50);
        // The keyboard is on Resume migration (Start migration, first in the tab order, is
        // disabled): Enter resumes.
        QCOMPARE(wizard->focusWidget(), resume);
        QTest::keyClick(wizard->focusWidget(), Qt::Key_Return);
        QVERIFY(wizard->model()->isBusy());
        QVERIFY(!resume->isVisible());
        QCOMPARE(overall->text(), QStringLiteral("Running"));
        // A failing QTRY waits three times its timeout: 60 s keeps that under QtTest's 300 s
        // watchdog, whose abort ("Received a fatal error") would hide where it failed.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->isBusy(), 60000);
        const MigrationState& state = wizard->model()->state();
        QVERIFY2(state.overallStatus() == DbStatus::Done,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QVERIFY2(ticks > 2, "the event loop stalled during the resumed migration");
        QCOMPARE(state.id, kId); // the same migration, continued
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(state.databases.size(), 1);
        QCOMPARE(state.databases[0].tables.size(), kTables);
        for (const TableState& copied : state.databases[0].tables) {
            QVERIFY2(copied.copied && copied.verified, qPrintable(copied.name));
        }
        QVERIFY(state.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("new snapshot")));
        QCOMPARE(overall->text(), QStringLiteral("Ready"));
        for (int i = 0; i < kTables; ++i) {
            const QString name = QStringLiteral("t%1").arg(i);
            const QString target = fingerprint(Cluster::Target, name);
            QVERIFY2(target.startsWith(QStringLiteral("250000/250000:")), qPrintable(target));
            QCOMPARE(target, fingerprint(Cluster::Source, name));
        }

        wizard->next(); // -> Close: a dump migration is Ready there
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CloseId));
        QCOMPARE(wizard->findChild<StatusTag*>(QStringLiteral("closeStatus"))->text(),
                 QStringLiteral("Ready"));
        wizard->close();
        list.reload();
        QCOMPARE(pgtest::firstListedStatus(list), QStringLiteral("Ready"));
    }

    void cliRunIsFollowedInTheWizard() {
        // The command line migrates two databases: the small one is done, the other copies
        // (held at its next table). Reopened from the list, the wizard shows the Migration
        // page, not Close, and follows the run to its end with nothing pressed.
        const QString id = QStringLiteral("gui-follow-test");
        QTemporaryDir stateDir;
        QProcess cli;
        std::unique_ptr<PgConnection> holder;
        QVERIFY2(startHeldRun(cli, stateDir.path(), QStringLiteral("dump"), id, &holder),
                 "the command line finished before its copy could be held");

        MigrationsWindow list(pgtest::memoryCredentials());
        std::unique_ptr<QTimer> answerer;
        int asked = 0;
        MigrationWizard* wizard = openCountingPrompts(list, &answerer, &asked);
        QVERIFY(wizard);
        // Following needs no server: no password is asked for, then or at a dump's end.
        QCOMPARE(wizard->currentId(), int(MigrationWizard::MigrationId));
        QVERIFY(wizard->model()->isFollowing());
        auto* overall = wizard->findChild<StatusTag*>(QStringLiteral("overallStatus"));
        QCOMPARE(overall->text(), QStringLiteral("Running"));
        // That process holds the migration: nothing here can stop or resume it.
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("stopMigration"))->isEnabled());
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("resumeMigration"))->isVisible());
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("startOver"))->isVisible());
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        auto* log = wizard->findChild<QPlainTextEdit*>(QStringLiteral("migrationLog"));
        QVERIFY2(log->toPlainText().contains(QStringLiteral("is in use by another process")),
                 qPrintable(log->toPlainText()));
        wizard->resize(1024, 768);
        QVERIFY(pgtest::screenshots(*wizard, QStringLiteral("wizard-following")));
        const qsizetype copiedWhenOpened = copiedTables(wizard->model()->state(), kDb);
        QVERIFY(copiedWhenOpened < kTables);

        // Let go: the wizard shows the rest of the run as it happens, then the end.
        holder.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->isFollowing(), 60000);
        // Its end may have been seen already (waitForFinished is false then).
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 0);
        const MigrationState& state = wizard->model()->state();
        QVERIFY2(state.overallStatus() == DbStatus::Done,
                 QJsonDocument(state.toStatusJson()).toJson().constData());
        QCOMPARE(copiedTables(state, kDb), qsizetype(kTables));
        QCOMPARE(overall->text(), QStringLiteral("Ready"));
        QVERIFY(log->toPlainText().contains(QStringLiteral("has ended")));
        QCOMPARE(asked, 0);
        auto* tables = wizard->findChild<QTableWidget*>(QStringLiteral("tableProgress"));
        QCOMPARE(tables->rowCount(), kTables + 1);
        for (int row = 0; row < tables->rowCount(); ++row) {
            QCOMPARE(tables->item(row, 3)->text(), QStringLiteral("verified"));
        }
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        wizard->next(); // -> Close: Ready there
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CloseId));
        wizard->close();
        for (int i = 0; i < kTables; ++i) {
            const QString name = QStringLiteral("t%1").arg(i);
            QCOMPARE(fingerprint(Cluster::Target, name), fingerprint(Cluster::Source, name));
        }
        endHeldRun();
    }

    void cliRunEndingSyncingAsksForThePasswordsAtItsEnd() {
        // The same, replicated: the run ends with both databases syncing, whose lag only the
        // servers tell. The passwords the keychain lacks are asked for then, once, not while
        // the wizard followed; answered, it reads the lag and saves it.
        const QString id = QStringLiteral("gui-follow-syncing");
        QTemporaryDir stateDir;
        // Whatever fails below, once the command line is killed (this guard outlives it), no
        // slot is left pinning the source's WAL for the next tests.
        const auto leftovers = qScopeGuard([] {
            pgtest::dropReplicationLeftovers(kDb);
            pgtest::dropReplicationLeftovers(kSmall);
        });
        QProcess cli;
        std::unique_ptr<PgConnection> holder;
        QVERIFY2(startHeldRun(cli, stateDir.path(), QStringLiteral("replication"), id, &holder),
                 "the command line finished before its copy could be held");
        MigrationsWindow list(pgtest::memoryCredentials());
        std::unique_ptr<QTimer> answerer;
        int asked = 0;
        MigrationWizard* wizard = openCountingPrompts(list, &answerer, &asked);
        QVERIFY(wizard);
        answerer->stop(); // the prompt is looked at below before it is answered
        QCOMPARE(wizard->currentId(), int(MigrationWizard::MigrationId));
        QVERIFY(wizard->model()->isFollowing());
        QTest::qWait(1500); // a reading of the saved state or two
        QCOMPARE(asked, 0);
        QVERIFY(wizard->model()->request().inspection.source.password.isEmpty());

        holder.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->isFollowing(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 10000);
        auto* prompt = wizard->findChild<QInputDialog*>(QStringLiteral("passwordPrompt"));
        QVERIFY(prompt && prompt->isVisible());
        const QString statePath = StateStore().statePath(id);
        const QDateTime endSaved = QFileInfo(statePath).lastModified();
        answerer->start(50);
        QTRY_VERIFY_WITH_TIMEOUT(
            !wizard->model()->request().inspection.source.password.isEmpty() &&
                !wizard->model()->request().inspection.target.password.isEmpty(),
            10000);
        // The lag read from the servers is saved by the wizard, which holds the migration now.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(statePath).lastModified() > endSaved, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->isBusy(), 20000);
        const MigrationState& state = wizard->model()->state();
        QCOMPARE(state.databases.size(), 2);
        for (const DatabaseState& db : state.databases) {
            QVERIFY2(db.status == DbStatus::Syncing && db.lagBytes >= 0,
                     QJsonDocument(state.toStatusJson()).toJson().constData());
        }
        QCOMPARE(asked, 1);
        QCOMPARE(wizard->findChild<StatusTag*>(QStringLiteral("overallStatus"))->text(),
                 QStringLiteral("Syncing"));
        wizard->close();

        // Stopped as a user would: its slots and subscriptions removed.
        QProcess stop;
        stop.setProcessEnvironment(pgtest::cliEnvironment(stateDir.path()));
        stop.start(QStringLiteral(PGMIGRATE_CLI),
                   {QStringLiteral("stop"), QStringLiteral("--id"), id});
        QVERIFY(stop.waitForFinished(60000));
        QVERIFY2(stop.exitCode() == 0, stop.readAll().constData());
        for (int i = 0; i < kTables; ++i) {
            const QString name = QStringLiteral("t%1").arg(i);
            QCOMPARE(fingerprint(Cluster::Target, name), fingerprint(Cluster::Source, name));
        }
        endHeldRun();
    }

    void reopenedMigrationSaysItsWritesAreFrozen() {
        // A cut-over killed while it drained left the source database read-only: reopened,
        // the wizard says so and what undoes it.
        MigrationState saved;
        saved.id = QStringLiteral("gui-frozen");
        saved.created = QDateTime::currentDateTimeUtc();
        saved.source = pgtest::settings(Cluster::Source);
        saved.source.password.clear();
        saved.target = pgtest::settings(Cluster::Target);
        saved.target.password.clear();
        DatabaseState db;
        db.dbname = kDb;
        db.method = MigrationMethod::Replication;
        db.status = DbStatus::Syncing;
        db.phase = pgm::Phase::Streaming;
        db.writesFrozen = true;
        saved.databases << db;
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.openSaved(saved);
        auto* log = wizard.findChild<QPlainTextEdit*>(QStringLiteral("migrationLog"));
        QVERIFY(log);
        QTRY_VERIFY(log->toPlainText().contains(
            kDb + QStringLiteral(": the source database is read-only")));
        QCOMPARE(log->toPlainText().count(QStringLiteral("is read-only")), 1);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestWizardResume test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardresume.moc"
