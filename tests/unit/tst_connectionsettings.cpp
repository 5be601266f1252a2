#include "ArgvScrubber.h"
#include "ConnectionSettings.h"
#include "HostPort.h"
#include "HostResolver.h"
#include "PgError.h"
#include "SecretSpans.h"

#include <QTest>

using pgm::ConnectionSettings;

class TestConnectionSettings : public QObject {
    Q_OBJECT
private slots:
    void parsesUriWithEncodedCharacters() {
        ConnectionSettings s;
        QString error;
        QVERIFY2(ConnectionSettings::parse(
                     QStringLiteral("postgres://us%40er:p%40ss%2Fw%3Ad@db.example.com:6543/"
                                    "my%20db?sslmode=verify-full&sslrootcert=/tmp/root.crt"),
                     &s, &error),
                 qPrintable(error));
        QCOMPARE(s.host, QStringLiteral("db.example.com"));
        QCOMPARE(s.port, 6543);
        QCOMPARE(s.user, QStringLiteral("us@er"));
        QCOMPARE(s.password, QStringLiteral("p@ss/w:d"));
        QCOMPARE(s.dbname, QStringLiteral("my db"));
        QCOMPARE(s.sslmode, QStringLiteral("verify-full"));
        QCOMPARE(s.sslrootcert, QStringLiteral("/tmp/root.crt"));
    }

    void parsesIpv6Hosts() {
        ConnectionSettings s;
        QString error;
        QVERIFY(
            ConnectionSettings::parse(QStringLiteral("postgresql://[::1]:5433/app"), &s, &error));
        QCOMPARE(s.host, QStringLiteral("::1"));
        QCOMPARE(s.port, 5433);
        QCOMPARE(s.describe(), QStringLiteral("[::1]:5433/app (sslmode=prefer)"));
        QVERIFY(
            ConnectionSettings::parse(QStringLiteral("postgres://u@[2001:db8::7]/x"), &s, &error));
        QCOMPARE(s.host, QStringLiteral("2001:db8::7"));
        QCOMPARE(s.port, 5432);
    }

    void parsesKeyValueStrings() {
        ConnectionSettings s;
        QString error;
        QVERIFY(ConnectionSettings::parse(
            QStringLiteral("host=h port=7000 dbname='odd \\' name' user=u password='a b\\'c' "
                           "application_name=x connect_timeout=3 options='-c work_mem=64MB'"),
            &s, &error));
        QCOMPARE(s.dbname, QStringLiteral("odd ' name"));
        QCOMPARE(s.password, QStringLiteral("a b'c"));
        QCOMPARE(s.connectTimeoutSeconds, 3);
        QCOMPARE(s.applicationName, QStringLiteral("x"));
        QCOMPARE(s.extra.value(QStringLiteral("options")), QStringLiteral("-c work_mem=64MB"));
    }

    void rejectsBadInput() {
        ConnectionSettings s;
        QString error;
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("host=h nonsense"), &s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("postgres://h:99999/db"), &s, &error));
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("postgres://h/db?bogus=1"), &s, &error));
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("host=h port=abc"), &s, &error));
    }

    void parseErrorsNeverEchoThePassword_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("userinfo") << QStringLiteral("postgres://u:pa%zzS3cr@h/db");
        QTest::newRow("query") << QStringLiteral("postgres://h/db?password=pa%zzS3cr");
        QTest::newRow("sslpassword") << QStringLiteral("postgres://h/db?sslpassword=pa%zzS3cr");
        QTest::newRow("option=") << QStringLiteral("postgresql://u:pa%zzS3cr@h/db?sslmode=x%zz");
    }

    void parseErrorsNeverEchoThePassword() {
        QFETCH(QString, text);
        ConnectionSettings s;
        QString error;
        QVERIFY(!ConnectionSettings::parse(text, &s, &error));
        QVERIFY2(!error.contains(QStringLiteral("S3cr")), qPrintable(error));
        QVERIFY2(!error.isEmpty(), "an error, redacted, is still given");
    }

    void overlappingSecretsAreAllRedacted() {
        // Found by fuzz_conninfo: secrets that overlap in the text (a quoted value holding
        // another password=) were replaced one after the other, and the first replacement cut
        // the second where it overlapped, leaving it whole elsewhere in the message.
        const QString text = QStringLiteral(
            "pob password=*'se cr' sslpassword=kr pb password='pob password=''se' sslpassword=kr "
            "pb password=''se cr' sslpassword=kr password='se cr' 'sscr' sslpasswsolr");
        const QString redacted = pgm::redactSecrets(QStringLiteral("error: ") + text, text);
        const auto spans = pgm::secretSpans(text);
        QVERIFY(spans.size() >= 4);
        for (const auto& [start, length] : spans) {
            const QString secret = text.mid(start, length);
            QVERIFY2(secret.size() < 4 || !redacted.contains(secret),
                     qPrintable(secret + QStringLiteral(" in ") + redacted));
        }
        QVERIFY2(redacted.startsWith(QStringLiteral("error: pob password=")), qPrintable(redacted));
        // A plain one still reads as before.
        QCOMPARE(pgm::redactSecrets(QStringLiteral("bad: host=h password=S3cret"),
                                    QStringLiteral("host=h password=S3cret")),
                 QStringLiteral("bad: host=h password=***"));
    }

    void aSecretTheMasksSpellAgainIsRedactedToTheEnd() {
        // Found by fuzz_conninfo: a secret of 13 replacement characters and a '*' (invalid
        // UTF-8 typed as a password) matched again at the end of a long run of them that a
        // mask followed, each pass eating 13 of the run, and 8 passes did not reach the end.
        const QChar bad(0xFFFD);
        const QString text = QStringLiteral("--ource=postgres://u:p") + QString(120, bad) + bad +
                             QStringLiteral("pob password=") + QString(13, bad) +
                             QStringLiteral("* password=") + bad +
                             QStringLiteral("pob pprssoawt=086d2");
        const auto spans = pgm::secretSpans(text);
        QCOMPARE(spans.size(), qsizetype(2));
        const QString redacted = pgm::redactSecrets(QStringLiteral("error: ") + text, text);
        for (const auto& [start, length] : spans) {
            const QString secret = text.mid(start, length);
            QVERIFY2(!redacted.contains(secret),
                     qPrintable(secret + QStringLiteral(" in ") + redacted));
        }
        QVERIFY2(redacted.startsWith(QStringLiteral("error: --ource=postgres://u:p")),
                 qPrintable(redacted));
    }

    void describeNeverShowsThePassword() {
        ConnectionSettings s;
        QString error;
        QVERIFY(ConnectionSettings::parse(QStringLiteral("postgres://u:S3cr3t!@h/db"), &s, &error));
        const QString text = s.describe();
        QVERIFY(!text.contains(QStringLiteral("S3cr3t")));
        QVERIFY(text.contains(QStringLiteral("password=***")));
        QCOMPARE(text, QStringLiteral("u@h:5432/db (sslmode=prefer, password=***)"));
    }

    void keywordsLeaveEmptyValuesToLibpq() {
        ConnectionSettings s;
        s.host = QStringLiteral("h");
        const auto pairs = s.keywords();
        for (const auto& [key, value] : pairs) {
            QVERIFY2(key != "password" && key != "user", key.c_str());
        }
        QVERIFY(std::find(pairs.cbegin(), pairs.cend(),
                          std::pair<std::string, std::string>("dbname", "postgres")) !=
                pairs.cend());
    }

    void serverConninfoIsQuoted() {
        ConnectionSettings s;
        s.host = QStringLiteral("h");
        s.user = QStringLiteral("o'neil");
        s.password = QStringLiteral("a\\b c");
        s.dbname = QStringLiteral("my db");
        QCOMPARE(s.conninfoForServer(QStringLiteral("10.0.0.5"), 6000),
                 QStringLiteral("host='10.0.0.5' port='6000' dbname='my db' user='o\\'neil' "
                                "password='a\\\\b c' sslmode='prefer' connect_timeout='10'"));
    }

    void hostPortParsing() {
        QString host = QStringLiteral("unchanged");
        int port = 1;
        QVERIFY(pgm::parseHostPort(QString(), &host, &port));
        QCOMPARE(host, QStringLiteral("unchanged"));
        QVERIFY(pgm::parseHostPort(QStringLiteral("db.internal"), &host, &port));
        QCOMPARE(host, QStringLiteral("db.internal"));
        QCOMPARE(port, 1);
        QVERIFY(pgm::parseHostPort(QStringLiteral("10.1.2.3:6432"), &host, &port));
        QCOMPARE(host, QStringLiteral("10.1.2.3"));
        QCOMPARE(port, 6432);
        QVERIFY(pgm::parseHostPort(QStringLiteral("[fd00::5]:7000"), &host, &port));
        QCOMPARE(host, QStringLiteral("fd00::5"));
        QCOMPARE(port, 7000);
        QVERIFY(pgm::parseHostPort(QStringLiteral("fd00::6"), &host, &port)); // bare IPv6
        QCOMPARE(host, QStringLiteral("fd00::6"));
        QVERIFY(!pgm::parseHostPort(QStringLiteral("h:notaport"), &host, &port));
        QVERIFY(!pgm::parseHostPort(QStringLiteral("h:70000"), &host, &port));
        QVERIFY(!pgm::parseHostPort(QStringLiteral("[fd00::5"), &host, &port));
    }

    void onlyNamesNeedDns() {
        QVERIFY(pgm::needsDnsLookup(QStringLiteral("db.example.com")));
        QVERIFY(pgm::needsDnsLookup(QStringLiteral("localhost")));
        QVERIFY(!pgm::needsDnsLookup(QStringLiteral("127.0.0.1")));
        QVERIFY(!pgm::needsDnsLookup(QStringLiteral("::1")));
        QVERIFY(!pgm::needsDnsLookup(QStringLiteral("/var/run/postgresql")));
        QVERIFY(!pgm::needsDnsLookup(QStringLiteral("a,b")));
        QVERIFY(!pgm::needsDnsLookup(QString()));
    }

    void resolvesWithinTheDeadline() {
        const QStringList addresses =
            pgm::resolveHost(QStringLiteral("localhost"), std::chrono::seconds(5), nullptr);
        QVERIFY(addresses.contains(QStringLiteral("127.0.0.1")) ||
                addresses.contains(QStringLiteral("::1")));
        std::atomic_bool cancelled{true};
        QVERIFY_THROWS_EXCEPTION(pgm::PgError,
                                 pgm::resolveHost(QStringLiteral("example.invalid"),
                                                  std::chrono::seconds(5), &cancelled));
    }

    void argvPasswordsAreFound_data() {
        QTest::addColumn<QByteArray>("argument");
        QTest::addColumn<QByteArray>("scrubbed");
        QTest::newRow("uri") << QByteArray("postgres://u:secret@h/db")
                             << QByteArray("postgres://u:xxxxxx@h/db");
        QTest::newRow("postgresql")
            << QByteArray("postgresql://u:p%40w@h") << QByteArray("postgresql://u:xxxxx@h");
        QTest::newRow("keyword") << QByteArray("host=h password=secret user=u")
                                 << QByteArray("host=h password=xxxxxx user=u");
        QTest::newRow("quoted") << QByteArray("password='a b' host=h")
                                << QByteArray("password=xxxxx host=h");
        QTest::newRow("option=uri") << QByteArray("--source=postgres://u:secret@h/db")
                                    << QByteArray("--source=postgres://u:xxxxxx@h/db");
        QTest::newRow("uri query") << QByteArray("postgres://u@h/db?sslmode=require&password=s3cr")
                                   << QByteArray("postgres://u@h/db?sslmode=require&password=xxxx");
        QTest::newRow("uri query first") << QByteArray("postgresql://h/db?password=ab&user=u")
                                         << QByteArray("postgresql://h/db?password=xx&user=u");
        QTest::newRow("uri both") << QByteArray("postgres://u:one@h/db?sslpassword=two")
                                  << QByteArray("postgres://u:xxx@h/db?sslpassword=xxx");
        QTest::newRow("option=keyword") << QByteArray("--target=password=secret host=h")
                                        << QByteArray("--target=password=xxxxxx host=h");
        QTest::newRow("keyword spaced") << QByteArray("host=h password = 'x y' user=u")
                                        << QByteArray("host=h password = xxxxx user=u");
        QTest::newRow("sslpassword") << QByteArray("host=h sslpassword=keypass password=pw")
                                     << QByteArray("host=h sslpassword=xxxxxxx password=xx");
        QTest::newRow("no false hit")
            << QByteArray("host=mypassword=") << QByteArray("host=mypassword=");
        // aiven-db-migrate's -s/-t, with the value glued on (QCommandLineParser reads -sVALUE)
        QTest::newRow("-sURI") << QByteArray("-spostgres://u:secret@h/db")
                               << QByteArray("-spostgres://u:xxxxxx@h/db");
        QTest::newRow("-tkeyword")
            << QByteArray("-tpassword=secret host=h") << QByteArray("-tpassword=xxxxxx host=h");
        QTest::newRow("-dskeyword")
            << QByteArray("-dspassword='a b' host=h") << QByteArray("-dspassword=xxxxx host=h");
        QTest::newRow("-s=keyword")
            << QByteArray("-s=sslpassword=kp host=h") << QByteArray("-s=sslpassword=xx host=h");
        QTest::newRow("none") << QByteArray("postgres://u@h/db") << QByteArray("postgres://u@h/db");
        QTest::newRow("option") << QByteArray("--json") << QByteArray("--json");
    }

    void argvPasswordsAreFound() {
        QFETCH(QByteArray, argument);
        QFETCH(QByteArray, scrubbed);
        QByteArray copy = argument;
        char* argv[] = {copy.data()};
        const QStringList kept = pgm::takeArgumentsAndScrub(1, argv);
        QCOMPARE(kept.first(), QString::fromLatin1(argument));
        QCOMPARE(QByteArray(argv[0]), scrubbed);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
