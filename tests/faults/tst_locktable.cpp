#include "PgError.h"
#include "PrivatePair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

/// A source and a target whose lock tables are too small for one database's tables
/// (max_locks_per_transaction at its minimum, 10, and three times as many tables as the table
/// holds): pg_dump itself stops with "out of shared memory", and so does pg_restore's
/// single-transaction schema restore on the target, so `check` blocks before anything starts,
/// with the value to set on each; set as it says, the checks pass. Three such databases
/// migrating at once (--jobs 3) need the room together.
class TestLockTable : public QObject {
    Q_OBJECT
    PrivatePair m_pair;

    QJsonObject lockCheck(const QString& id, int* exitCode, QByteArray* output,
                          const QStringList& databases = {QStringLiteral("many")},
                          const QString& jobs = QStringLiteral("2")) {
        const PrivatePair::Run run = m_pair.cli(
            {QStringLiteral("check"), QStringLiteral("--source"), m_pair.uri(Server::Source),
             QStringLiteral("--target"), m_pair.uri(Server::Target), QStringLiteral("--exclude-db"),
             m_pair.everyDatabaseBut(databases), QStringLiteral("--json"), QStringLiteral("--jobs"),
             jobs});
        *exitCode = run.exitCode;
        *output = run.output;
        const QJsonArray checks =
            QJsonDocument::fromJson(run.output).object().value(QStringLiteral("checks")).toArray();
        for (const QJsonValue& check : checks) {
            if (check.toObject().value(QStringLiteral("id")).toString() == id) {
                return check.toObject();
            }
        }
        return {};
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
        try {
            m_pair.connect(Server::Target)
                ->exec(QStringLiteral("ALTER SYSTEM SET max_locks_per_transaction = 10"));
            QVERIFY(m_pair.restart(Server::Target));
            auto admin = m_pair.connect(Server::Source);
            admin->exec(QStringLiteral("ALTER SYSTEM SET max_locks_per_transaction = 10"));
            QVERIFY(m_pair.restart(Server::Source));
            admin = m_pair.connect(Server::Source);
            const qint64 room =
                admin
                    ->exec(
                        QStringLiteral("SELECT current_setting('max_locks_per_transaction')::int * "
                                       "(current_setting('max_connections')::int + "
                                       "current_setting('autovacuum_max_workers')::int + 1 + "
                                       "current_setting('max_worker_processes')::int + "
                                       "current_setting('max_prepared_transactions')::int + "
                                       "current_setting('max_wal_senders')::int)"))
                    .integer(0, 0);
            admin->exec(QStringLiteral("CREATE DATABASE many"));
            auto many = m_pair.connect(Server::Source, QStringLiteral("many"));
            // Each batch in its own transaction: creating a table locks it until commit.
            // Shared hash tables overflow into the server's spare shared memory: well past the
            // nominal size, so that pg_dump really fails.
            const qint64 tables = room * 3;
            qInfo("lock table %lld, tables %lld", room, tables);
            for (qint64 first = 1; first <= tables; first += 100) {
                many->exec(QStringLiteral("DO $$BEGIN FOR i IN %1..%2 LOOP EXECUTE format("
                                          "'CREATE TABLE t%s (id int PRIMARY KEY)', i); END LOOP; "
                                          "END$$")
                               .arg(first)
                               .arg(std::min(first + 99, tables)));
            }
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
    }

    void pgDumpItselfRunsOutOfLocks() {
        // The premise of the check, on the real server.
        QProcess dump;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pair.settings(Server::Source).password);
        dump.setProcessEnvironment(env);
        dump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                   {QStringLiteral("--schema-only"), QStringLiteral("--dbname"),
                    m_pair.uri(Server::Source).chopped(8) + QStringLiteral("many")});
        QVERIFY(dump.waitForFinished(120000));
        const QByteArray errors = dump.readAllStandardError();
        QVERIFY2(dump.exitCode() != 0 && errors.contains("out of shared memory"),
                 errors.constData());
    }

    /// Runs the ALTER SYSTEM the check's remedy prints, on `server`, and restarts it.
    void applyRemedy(const QJsonObject& check, Server server) {
        const QString remedy = check.value(QStringLiteral("remedy")).toString();
        const qsizetype start = remedy.indexOf(QStringLiteral("ALTER SYSTEM"));
        QVERIFY2(start >= 0, qPrintable(remedy));
        const QString statement =
            remedy.mid(start, remedy.indexOf(QLatin1Char(';'), start) - start);
        try {
            m_pair.connect(server)->exec(statement);
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
        QVERIFY(m_pair.restart(server));
    }

    void checkBlocksThenPassesOnceRaised() {
        int code = 0;
        QByteArray output;
        QJsonObject locks = lockCheck(QStringLiteral("source-lock-table"), &code, &output);
        QCOMPARE(locks.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(code != 0, output.constData());
        applyRemedy(locks, Server::Source);
        locks = lockCheck(QStringLiteral("source-lock-table"), &code, &output);
        QCOMPARE(locks.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    }

    void pgRestoreRunsOutOfLocksOnTheTarget() {
        // The premise of the target's check: the schema restored in one transaction, as the
        // migration restores it (pg_dump reads the source's tables now that it has room).
        QProcess restore;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pair.settings(Server::Source).password);
        restore.setProcessEnvironment(env);
        restore.start(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral(
                           "/usr/lib/postgresql/15/bin/pg_dump --schema-only -Fc --dbname \"$1\" | "
                           "PGPASSWORD=\"$3\" /usr/lib/postgresql/15/bin/pg_restore "
                           "--single-transaction --exit-on-error --dbname \"$2\""),
                       QStringLiteral("sh"),
                       m_pair.uri(Server::Source).chopped(8) + QStringLiteral("many"),
                       m_pair.uri(Server::Target), m_pair.settings(Server::Target).password});
        QVERIFY(restore.waitForFinished(180000));
        const QByteArray errors = restore.readAllStandardError();
        QVERIFY2(restore.exitCode() != 0 && errors.contains("out of shared memory"),
                 errors.constData());
    }

    void targetCheckBlocksThenPassesOnceRaised() {
        int code = 0;
        QByteArray output;
        QJsonObject locks = lockCheck(QStringLiteral("target-lock-table"), &code, &output);
        QCOMPARE(locks.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(code != 0, output.constData());
        QVERIFY2(locks.value(QStringLiteral("remedy"))
                     .toString()
                     .contains(QStringLiteral("on the target")),
                 qPrintable(locks.value(QStringLiteral("remedy")).toString()));
        applyRemedy(locks, Server::Target);
        locks = lockCheck(QStringLiteral("target-lock-table"), &code, &output);
        QCOMPARE(locks.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(code == 0, output.constData());
    }

    void databasesMigratingAtOnceAddUp() {
        // Two more databases as large: with --jobs 3 the three migrate at once and their
        // pg_dumps hold their locks together, well past the room one alone fits in (the remedy
        // asked for twice one's need, rounded up); one job at a time fits.
        try {
            auto admin = m_pair.connect(Server::Source);
            admin->exec(QStringLiteral("CREATE DATABASE \"many twin\" TEMPLATE many"));
            admin->exec(QStringLiteral("CREATE DATABASE \"many trí\" TEMPLATE many"));
        } catch (const pgm::PgError& e) {
            QFAIL(e.what());
        }
        const QStringList all{QStringLiteral("many"), QStringLiteral("many twin"),
                              QStringLiteral("many trí")};
        int code = 0;
        QByteArray output;
        QJsonObject locks = lockCheck(QStringLiteral("source-lock-table"), &code, &output, all,
                                      QStringLiteral("1"));
        QCOMPARE(locks.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        locks = lockCheck(QStringLiteral("source-lock-table"), &code, &output, all,
                          QStringLiteral("3"));
        QVERIFY2(locks.value(QStringLiteral("status")).toString() != QStringLiteral("pass"),
                 output.constData());
        QVERIFY2(locks.value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QStringLiteral("The 3 largest databases (")),
                 output.constData());
        QVERIFY2(!locks.value(QStringLiteral("remedy")).toString().isEmpty(), output.constData());
    }
};

PGM_FAULT_TEST_MAIN(TestLockTable)
#include "tst_locktable.moc"
