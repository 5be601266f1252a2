#include "PgError.h"
#include "PgTestEnv.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

PgError connectError(const ConnectionSettings& settings, std::chrono::milliseconds timeout) {
    try {
        auto connection = PgConnection::open(settings, timeout);
    } catch (const PgError& error) {
        return error;
    }
    return PgError(PgError::Kind::Query, QStringLiteral("none"), QStringLiteral("connected"));
}

} // namespace

class TestPgConnection : public QObject {
    Q_OBJECT
private slots:
    void connectsAndQueriesWithParameters() {
        auto connection =
            PgConnection::open(pgtest::settings(Cluster::Target), std::chrono::seconds(5));
        QVERIFY(connection->serverVersionNum() >= 150000);
        const PgResult result =
            connection->exec(QStringLiteral("SELECT $1::text || $2::text, $3::text IS NULL"),
                             {QStringLiteral("a'b"), QStringLiteral("ü"), QString()});
        QCOMPARE(result.text(0, 0), QStringLiteral("a'bü"));
        QVERIFY(result.boolean(0, 1));
    }

    void queryErrorsKeepSqlstate() {
        auto connection = pgtest::connect(Cluster::Target);
        try {
            connection->exec(QStringLiteral("SELECT * FROM no_such_table"), {},
                             QStringLiteral("read things"));
            QFAIL("expected an error");
        } catch (const PgError& error) {
            QCOMPARE(error.sqlstate(), QStringLiteral("42P01"));
            QCOMPARE(error.step(), QStringLiteral("read things"));
            QVERIFY(error.describe().contains(QStringLiteral("SQLSTATE 42P01")));
        }
    }

    void queriesSentTogetherAnswerEachInOrder() {
        auto connection = pgtest::connect(Cluster::Target);
        const std::vector<PgResult> results = connection->execEach(
            {QStringLiteral("SELECT 'one'"),
             QStringLiteral("SELECT g FROM generate_series(1, 3) g"),
             QStringLiteral("SELECT 1 WHERE false"), QStringLiteral("SELECT 'ü; ''x'''")});
        QCOMPARE(results.size(), std::size_t(4));
        QCOMPARE(results[0].text(0, 0), QStringLiteral("one"));
        QCOMPARE(results[1].rows(), 3);
        QCOMPARE(results[1].text(2, 0), QStringLiteral("3"));
        QCOMPARE(results[2].rows(), 0);
        QCOMPARE(results[3].text(0, 0), QStringLiteral("ü; 'x'"));
        try {
            connection->execEach({QStringLiteral("SELECT 1"), QStringLiteral("SELECT * FROM nope"),
                                  QStringLiteral("SELECT 3")},
                                 QStringLiteral("read things"));
            QFAIL("expected an error");
        } catch (const PgError& error) {
            QCOMPARE(error.sqlstate(), QStringLiteral("42P01"));
            QCOMPARE(error.step(), QStringLiteral("read things"));
        }
        // The session is usable after the error.
        QCOMPARE(connection->exec(QStringLiteral("SELECT 2")).scalar(), QStringLiteral("2"));
    }

    void wrongPasswordIsClear() {
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.password = QStringLiteral("definitely-wrong-Pa55");
        const PgError error = connectError(settings, std::chrono::seconds(5));
        QCOMPARE(error.kind(), PgError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("password authentication failed")),
                 qPrintable(error.message()));
        QVERIFY(!error.describe().contains(settings.password));
    }

    void closedPortFailsFast() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.port = port;
        QElapsedTimer timer;
        timer.start();
        const PgError error = connectError(settings, std::chrono::seconds(5));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(error.kind(), PgError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("Connection refused")),
                 qPrintable(error.message()));
    }

    void silentListenerTimesOut() {
        // The kernel completes the TCP handshake for a listening socket; nobody ever answers.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.port = server.serverPort();
        settings.connectTimeoutSeconds = 30; // our own deadline must win
        QElapsedTimer timer;
        timer.start();
        const PgError error = connectError(settings, std::chrono::milliseconds(1500));
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 4000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(error.kind(), PgError::Kind::Timeout);
    }

    void cancelWhileConnecting() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.port = server.serverPort();
        std::atomic_bool cancelled{false};
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancelled = true;
        });
        QElapsedTimer timer;
        timer.start();
        try {
            auto connection = PgConnection::open(settings, std::chrono::seconds(20), &cancelled);
            QFAIL("expected cancellation");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), PgError::Kind::Cancelled);
        }
        canceller.join();
        QVERIFY(timer.elapsed() < 2000);
    }

    void invalidHostName() {
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.host = QStringLiteral("no-such-host.invalid");
        const PgError error = connectError(settings, std::chrono::seconds(10));
        QCOMPARE(error.kind(), PgError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("could not translate host name")),
                 qPrintable(error.message()));
    }

    void sslRequiredAgainstServerWithoutSsl() {
        ConnectionSettings settings = pgtest::settings(Cluster::Target);
        settings.sslmode = QStringLiteral("require");
        const PgError error = connectError(settings, std::chrono::seconds(5));
        QVERIFY2(error.message().contains(QStringLiteral("server does not support SSL")),
                 qPrintable(error.message()));
    }

    void sslModesAgainstServerWithSsl() {
        ConnectionSettings settings = pgtest::settings(Cluster::Source);
        settings.sslmode = QStringLiteral("verify-full");
        settings.sslrootcert = pgtest::sslRootCert();
        auto connection = PgConnection::open(settings, std::chrono::seconds(5));
        QVERIFY(
            connection
                ->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                .boolean(0, 0));

        // By name: the engine resolves it itself (bounded) yet libpq still verifies the name.
        settings.host = QStringLiteral("localhost");
        QVERIFY(PgConnection::open(settings, std::chrono::seconds(5)) != nullptr);
        settings.host = pgtest::settings(Cluster::Source).host;

        settings.sslmode = QStringLiteral("require");
        settings.sslrootcert.clear();
        QVERIFY(PgConnection::open(settings, std::chrono::seconds(5)) != nullptr);

        settings.sslmode = QStringLiteral("verify-ca");
        settings.sslrootcert = QStringLiteral("/nonexistent/root.crt");
        const PgError error = connectError(settings, std::chrono::seconds(5));
        QCOMPARE(error.kind(), PgError::Kind::Connection);
        QVERIFY2(error.message().contains(QStringLiteral("root certificate")),
                 qPrintable(error.message()));

        settings.sslmode = QStringLiteral("disable");
        settings.sslrootcert.clear();
        auto plain = PgConnection::open(settings, std::chrono::seconds(5));
        QVERIFY(
            !plain->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                 .boolean(0, 0));
    }

    void cancelStopsTheRunningStatement() {
        auto connection = pgtest::connect(Cluster::Target);
        PgConnection* raw = connection.get();
        std::thread canceller([raw] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            raw->cancel();
        });
        QElapsedTimer timer;
        timer.start();
        try {
            connection->exec(QStringLiteral("SELECT pg_sleep(30)"));
            QFAIL("expected cancellation");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), PgError::Kind::Cancelled);
            QCOMPARE(error.sqlstate(), QStringLiteral("57014"));
        }
        canceller.join();
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(connection->exec(QStringLiteral("SELECT 1")).scalar(), QStringLiteral("1"));
    }

    void theCancelFlagCancelsTheStatementAndRefusesTheNext() {
        std::atomic_bool cancelled{false};
        auto connection = PgConnection::open(pgtest::settings(Cluster::Target),
                                             std::chrono::seconds(10), &cancelled);
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancelled = true; // what Ctrl-C and the wizard's Stop do: no call into libpq
        });
        QElapsedTimer timer;
        timer.start();
        try {
            connection->exec(QStringLiteral("SELECT pg_sleep(30)"));
            QFAIL("expected cancellation");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), PgError::Kind::Cancelled);
        }
        canceller.join();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        try {
            connection->exec(QStringLiteral("SELECT 1"));
            QFAIL("a statement ran after the cancel");
        } catch (const PgError& error) {
            QCOMPARE(error.kind(), PgError::Kind::Cancelled);
        }
        // Cleanup that must run after a cancel still can.
        const IgnoreCancel cleanup(*connection);
        QCOMPARE(connection->exec(QStringLiteral("SELECT 1")).scalar(), QStringLiteral("1"));
    }

    void aDeadlineBoundsStatementsTogether() {
        // Each statement alone is well inside the limit; together they are not: the third ends
        // when the time left is up, on the server, and the next does not start.
        auto connection = pgtest::connect(Cluster::Target);
        QElapsedTimer timer;
        timer.start();
        connection->boundUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(1500));
        connection->exec(QStringLiteral("SELECT pg_sleep(0.6)"));
        connection->exec(QStringLiteral("SELECT pg_sleep(0.6)"));
        QCOMPARE(connection->exec(QStringLiteral("SHOW lock_timeout")).rows(), 1);
        try {
            connection->exec(QStringLiteral("SELECT pg_sleep(0.6)"));
            QFAIL("expected the statement timeout");
        } catch (const PgError& error) {
            QCOMPARE(error.sqlstate(), QStringLiteral("57014"));
        }
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 2500,
                 qPrintable(QString::number(timer.elapsed())));
        try {
            connection->exec(QStringLiteral("SELECT 1"));
            QFAIL("a statement started past the deadline");
        } catch (const PgError& error) {
            QCOMPARE(error.sqlstate(), QStringLiteral("57014"));
        }
    }

    void aTransactionStillEndsPastTheDeadline() {
        // A COMMIT or ROLLBACK takes no time: refused, it would leave the session in its
        // transaction (a secret statement's, a brief lock's) with its locks held.
        auto connection = pgtest::connect(Cluster::Target);
        connection->boundUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(400));
        connection->exec(QStringLiteral("BEGIN"));
        connection->exec(QStringLiteral("SELECT 1"));
        QTest::qSleep(600);
        QVERIFY(connection->deadlinePassed());
        try {
            connection->exec(QStringLiteral("SELECT 2"));
            QFAIL("a statement started past the deadline");
        } catch (const PgError& error) {
            QCOMPARE(error.sqlstate(), QStringLiteral("57014"));
        }
        QCOMPARE(PQtransactionStatus(connection->raw()), PQTRANS_INTRANS);
        connection->exec(QStringLiteral("COMMIT"));
        QCOMPARE(PQtransactionStatus(connection->raw()), PQTRANS_IDLE);
    }

    void largeResultsAndCopyArriveWholeOverSsl() {
        // TLS records libpq reads only in part stay in OpenSSL, invisible to the socket: the
        // cancellable waits must read them rather than wait for more.
        std::atomic_bool cancelled{false};
        ConnectionSettings settings = pgtest::settings(Cluster::Source);
        settings.sslmode = QStringLiteral("require");
        auto connection = PgConnection::open(settings, std::chrono::seconds(10), &cancelled);
        QCOMPARE(connection
                     ->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                           "pg_backend_pid()"))
                     .scalar(),
                 QStringLiteral("t"));
        QElapsedTimer timer;
        timer.start();
        for (int size : {1000, 7000, 16000, 16384, 20000, 70000}) {
            const PgResult rows = connection->exec(
                QStringLiteral("SELECT repeat('x', $1::int) FROM generate_series(1, 20)"),
                {QString::number(size)});
            QCOMPARE(rows.rows(), 20);
            QCOMPARE(rows.text(19, 0).size(), size);
        }
        connection->exec(
            QStringLiteral("COPY (SELECT g, repeat('y', g % 3000) FROM generate_series(1, 20000) "
                           "g) TO STDOUT"));
        qint64 rows = 0;
        char* buffer = nullptr;
        int length = 0;
        while ((length = connection->getCopyData(&buffer)) > 0) {
            PQfreemem(buffer);
            ++rows;
        }
        QCOMPARE(length, -1);
        QVERIFY(connection->nextResult().get());
        QVERIFY(!connection->nextResult().get());
        QCOMPARE(rows, qint64(20000));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void oddDatabaseNamesRoundTrip_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("space and quote") << QStringLiteral("pgm conn \"quoted\" db");
        QTest::newRow("unicode") << QStringLiteral("pgm_conn_Ünïcødé_日本");
        // 63 bytes: the longest name PostgreSQL keeps without truncating.
        QTest::newRow("63 bytes") << QStringLiteral("pgm_conn_") + QString(54, QLatin1Char('x'));
    }

    void oddDatabaseNamesRoundTrip() {
        QFETCH(QString, name);
        QCOMPARE(name.toUtf8().size() <= 63, true);
        pgtest::recreateDatabase(Cluster::Target, name);
        auto connection =
            PgConnection::open(pgtest::settings(Cluster::Target, QStringLiteral("postgres"), name),
                               std::chrono::seconds(5));
        QCOMPARE(connection->exec(QStringLiteral("SELECT current_database()")).scalar(), name);
        QCOMPARE(connection->quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        connection.reset();
        pgtest::dropDatabase(Cluster::Target, name);
    }
};

PGM_PG_TEST_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
