#include "CredentialStore.h"
#include "MigrationModel.h"
#include "PgError.h"
#include "PrivatePair.h"
#include "StateStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

/// migrate, finish and stop all hold the migration's lock: a second command on the same
/// migration refuses clearly instead of racing on both servers.
class TestControlLock : public QObject {
    Q_OBJECT
    PrivatePair m_pair;

    QStringList migrateArguments(const QString& dbname, const QString& id) {
        return m_pair.migrateArguments(dbname, id);
    }

    QByteArray stateFile(const QString& id) { return m_pair.stateFile(id); }

    /// A migrate of `dbname` alone, held in its slot phase: an open transaction with an xid on
    /// the source holds the slot's creation back, so the process keeps running (and holding
    /// the lock) until release().
    struct HeldMigrate {
        std::unique_ptr<pgm::PgConnection> blocker;
        std::unique_ptr<QProcess> process;
    };
    HeldMigrate startHeldMigrate(const QString& dbname, const QString& id) {
        m_pair.createDatabase(dbname, 1000);
        HeldMigrate held;
        held.blocker = m_pair.connect(Server::Source, dbname);
        held.blocker->execScript(QStringLiteral("BEGIN; SELECT txid_current()"));
        held.process = m_pair.startCli(migrateArguments(dbname, id));
        QElapsedTimer timer;
        timer.start();
        while (!stateFile(id).contains("\"phase\": \"slot\"") && timer.elapsed() < 60000) {
            QTest::qWait(50);
        }
        if (!stateFile(id).contains("\"phase\": \"slot\"")) {
            QTest::qFail(stateFile(id).constData(), __FILE__, __LINE__);
        }
        return held;
    }

    /// Lets a held migrate go on: it completes, and finish then cuts over with equal data.
    void releaseAndFinish(HeldMigrate& held, const QString& dbname, const QString& id) {
        held.blocker->exec(QStringLiteral("COMMIT"));
        QVERIFY(held.process->waitForFinished(120000));
        QVERIFY2(held.process->exitCode() == 0, held.process->readAll().constData());
        const PrivatePair::Run done = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, done.output.constData());
        QCOMPARE(m_pair.fingerprint(Server::Target, dbname),
                 m_pair.fingerprint(Server::Source, dbname));
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
        // The wizard's model finds migrations (and their locks) where the CLI keeps them.
        qputenv("PGMIGRATE_STATE_DIR", m_pair.stateDir().toUtf8());
    }

    void cleanupTestCase() { m_pair.stop(); }

    void whileMigrateRunsFinishAndASecondMigrateRefuse() {
        const QString db = QStringLiteral("lock_migrate");
        const QString id = QStringLiteral("lock-migrate");
        HeldMigrate held = startHeldMigrate(db, id);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray before = stateFile(id);

        const PrivatePair::Run finish = m_pair.cli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")});
        QVERIFY2(finish.exitCode == 1 && finish.output.contains("in use by another"),
                 finish.output.constData());
        const PrivatePair::Run second = m_pair.cli(migrateArguments(db, id));
        QVERIFY2(second.exitCode != 0 && second.output.contains("in use by another"),
                 second.output.constData());
        QCOMPARE(stateFile(id), before); // the running migration's state is untouched
        releaseAndFinish(held, db, id);
    }

    void whileFinishDrainsStopRefuses() {
        const QString db = QStringLiteral("lock_finish");
        const QString id = QStringLiteral("lock-finish");
        m_pair.createDatabase(db, 1000);
        const PrivatePair::Run migrate = m_pair.cli(migrateArguments(db, id));
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());
        // The target's apply worker waits for this lock, so finish keeps draining.
        auto holder = m_pair.connect(Server::Target, db);
        holder->execScript(QStringLiteral("BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"));
        m_pair.connect(Server::Source, db)->exec(QStringLiteral("INSERT INTO t (v) VALUES ('x')"));
        auto finish = m_pair.startCli({QStringLiteral("finish"), QStringLiteral("--id"), id,
                                       QStringLiteral("--yes"), QStringLiteral("--timeout"),
                                       QStringLiteral("60")});
        QTest::qWait(3000);
        QVERIFY2(finish->state() == QProcess::Running, finish->readAll().constData());
        const PrivatePair::Run stop =
            m_pair.cli({QStringLiteral("stop"), QStringLiteral("--id"), id});
        QVERIFY2(stop.exitCode == 1 && stop.output.contains("in use by another"),
                 stop.output.constData());

        holder->exec(QStringLiteral("ROLLBACK"));
        QVERIFY(finish->waitForFinished(120000));
        QVERIFY2(finish->exitCode() == 0, finish->readAll().constData());
        QCOMPARE(m_pair.fingerprint(Server::Target, db), m_pair.fingerprint(Server::Source, db));
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
    }

    /// The wizard on a migration the CLI runs: its Stop, Close connection and Resume each
    /// refuse with the reason (the one the CLI's stop and finish give), the state stays the
    /// CLI's, and the CLI's run completes.
    void whileMigrateRunsTheWizardRefuses() {
        const QString db = QStringLiteral("lock_wizard");
        const QString id = QStringLiteral("lock-wizard");
        HeldMigrate held = startHeldMigrate(db, id);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray before = stateFile(id);

        QString error;
        const auto saved = pgm::StateStore(m_pair.stateDir()).load(id, &error);
        QVERIFY2(saved, qPrintable(error));
        pgm::MemoryCredentialStore credentials; // the passwords are given below
        pgm::MigrationModel model(&credentials);
        QSignalSpy messages(&model, &pgm::MigrationModel::message);
        model.openSaved(*saved);
        const QString password = m_pair.settings(Server::Source).password;
        model.setPasswords(password, password);
        const auto refused = [&messages] {
            for (const QList<QVariant>& message : messages) {
                if (message.value(0).toString().contains(QLatin1String("in use by another"))) {
                    return true;
                }
            }
            return false;
        };
        // The CLI's stop and finish, under the same engine guard, refuse with the same reason.
        const auto sameAsCli = [&](const QStringList& command) {
            QString said;
            for (const QList<QVariant>& message : messages) {
                if (message.value(0).toString().contains(QLatin1String("in use by another"))) {
                    said = message.value(0).toString();
                }
            }
            const PrivatePair::Run cli = m_pair.cli(command);
            return cli.exitCode == 1 && cli.output.contains(said.toUtf8());
        };
        model.stop();
        QTRY_VERIFY_WITH_TIMEOUT(refused() && !model.isBusy(), 10000);
        QVERIFY(sameAsCli({QStringLiteral("stop"), QStringLiteral("--id"), id}));
        messages.clear();
        model.closeConnection(false);
        QTRY_VERIFY_WITH_TIMEOUT(refused() && !model.isBusy(), 10000);
        QVERIFY(sameAsCli(
            {QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")}));
        model.resume();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.isBusy() && model.state().error.contains(QLatin1String("in use by another")),
            10000);
        QCOMPARE(stateFile(id), before);
        QVERIFY2(held.process->state() == QProcess::Running, held.process->readAll().constData());
        releaseAndFinish(held, db, id);
        QCOMPARE(m_pair.replicationLeft(), QStringLiteral("slots 0, subscriptions 0"));
    }

    /// `migrate --id X` over a migration X that is not running must not start afresh under its
    /// id: the saved state is what --resume, status and stop work from.
    void aSecondMigrateUnderAnExistingIdRefuses() {
        const QString db = QStringLiteral("lock_reuse");
        const QString id = QStringLiteral("lock-reuse");
        m_pair.createDatabase(db, 100);
        const QStringList dump = {QStringLiteral("--method"), QStringLiteral("dump")};
        const PrivatePair::Run first = m_pair.cli(migrateArguments(db, id) << dump);
        QVERIFY2(first.exitCode == 0, first.output.constData());
        const QByteArray before = stateFile(id);

        const PrivatePair::Run second =
            m_pair.cli(migrateArguments(db, id)
                       << dump << QStringLiteral("--if-exists") << QStringLiteral("truncate"));
        QVERIFY2(second.exitCode == 1 && second.output.contains("--resume") &&
                     second.output.contains("start over"),
                 second.output.constData());
        QCOMPARE(stateFile(id), before);
    }
};

PGM_FAULT_TEST_MAIN(TestControlLock)
#include "tst_control_lock.moc"
