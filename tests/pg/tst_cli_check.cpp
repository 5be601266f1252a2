#include "KeychainCredentialStore.h"
#include "MigrationState.h"
#include "PgTestEnv.h"
#include "StateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

using pgtest::Cluster;

namespace {

const QString kSpace = QStringLiteral("pgm cli \"space\" db");
const QString kUnicode = QStringLiteral("pgm_cli_Ünïcødé_日本");
const QString k63 = QStringLiteral("pgm_cli_") + QString(55, QLatin1Char('y'));

QString uri(Cluster cluster, const QString& user = QStringLiteral("postgres"),
            bool withPassword = false) {
    return QStringLiteral("postgres://%1%2@127.0.0.1:%3/postgres")
        .arg(user, withPassword ? QLatin1Char(':') + pgtest::password() : QString())
        .arg(pgtest::port(cluster));
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

/// Why a check run did not pass, short enough to survive a CI log's cut: how the process
/// ended, its errors, and the checks of a JSON report that did not pass.
QByteArray whyNotPassed(const Run& result) {
    QByteArray why = "exit " + QByteArray::number(result.exitCode) +
                     (result.crashed ? " (crashed)" : "") + "; stderr: " + result.err + "\n";
    const QJsonArray checks =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("checks")).toArray();
    for (const QJsonValue& check : checks) {
        if (check[QStringLiteral("status")].toString() != QStringLiteral("pass")) {
            why += QJsonDocument(check.toObject()).toJson(QJsonDocument::Compact) + "\n";
        }
    }
    return checks.isEmpty() ? why + result.out : why;
}

Run run(const QStringList& arguments, bool withPasswords = true) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withPasswords) {
        env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
        env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), pgtest::password());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(),
            process.exitStatus() == QProcess::CrashExit};
}

/// libpq speaks German when LANGUAGE=de (with any locale but C/POSIX) and its catalogue is
/// installed (Debian's libpq5 ships it).
bool germanLibpqInstalled() {
    return !QDir(QStringLiteral("/usr/share/locale/de/LC_MESSAGES"))
                .entryList({QStringLiteral("libpq5-*.mo")})
                .isEmpty();
}

/// The CLI's environment with libpq's messages in German.
void speakGerman(QProcessEnvironment* env) {
    env->insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env->insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        for (const QString& name : {kSpace, kUnicode, k63}) {
            pgtest::recreateDatabase(Cluster::Source, name);
        }
    }

    void cleanupTestCase() {
        for (const QString& name : {kSpace, kUnicode, k63}) {
            pgtest::dropDatabase(Cluster::Source, name);
        }
    }

    void usage() {
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("pgmigrate "));
        QVERIFY(version.out.contains("License: Apache-2.0"));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run unknown = run({QStringLiteral("check"), QStringLiteral("--bogus")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("bogus"));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source)})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                      QStringLiteral("--target"), uri(Cluster::Target), QStringLiteral("--method"),
                      QStringLiteral("sometimes")})
                     .exitCode,
                 2);
        const Run badUri = run({QStringLiteral("check"), QStringLiteral("--source"),
                                QStringLiteral("postgres://h:99999/x"), QStringLiteral("--target"),
                                uri(Cluster::Target)});
        QCOMPARE(badUri.exitCode, 2);
        QVERIFY(badUri.err.contains("invalid --source"));
    }

    void jsonReportWithOddNames() {
        const Run result =
            run({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                 QStringLiteral("--target"), uri(Cluster::Target), QStringLiteral("--json"),
                 QStringLiteral("--exclude-db"), k63});
        QVERIFY2(result.exitCode == 0 && !result.crashed, whyNotPassed(result).constData());
        QJsonParseError error{};
        const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QStringList names;
        for (const QJsonValue& db : report.value(QStringLiteral("databases")).toArray()) {
            names << db[QStringLiteral("dbname")].toString();
            QCOMPARE(db[QStringLiteral("method")].toString(), QStringLiteral("replication"));
            QVERIFY(db[QStringLiteral("size_bytes")].toDouble() > 0);
        }
        QVERIFY2(names.contains(kSpace) && names.contains(kUnicode),
                 qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(!names.contains(k63));
        QVERIFY(report.value(QStringLiteral("excluded")).toArray().contains(k63));
        for (const QJsonValue& check : report.value(QStringLiteral("checks")).toArray()) {
            for (const char* key :
                 {"id", "status", "blocking", "title", "detail", "remedy", "dbname"}) {
                QVERIFY2(check.toObject().contains(QLatin1String(key)), key);
            }
        }
        QVERIFY(!result.out.contains(pgtest::password().toUtf8()));
        QVERIFY(!result.err.contains(pgtest::password().toUtf8()));
    }

    void sixtyThreeByteNameIsReportedWhole() {
        QCOMPARE(k63.toUtf8().size(), 63);
        const Run result =
            run({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                 QStringLiteral("--target"), uri(Cluster::Target), QStringLiteral("--json"),
                 QStringLiteral("--method"), QStringLiteral("dump")});
        QVERIFY2(result.exitCode == 0 && !result.crashed, whyNotPassed(result).constData());
        QVERIFY(result.out.contains(k63.toUtf8()));
        QVERIFY(result.out.contains("\"pg_dump\""));
    }

    void blockingFailureExitsOne() {
        const Run result =
            run({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                 QStringLiteral("--target"), uri(Cluster::Source, QStringLiteral("pgm_repl"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("FAIL Source and target differ"));
        QVERIFY(result.out.contains("Not ready"));
    }

    void promptsForAMissingPasswordOnATerminal_data() {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        // libpq's "no password supplied" is translated: the CLI must not depend on its words.
        QTest::newRow("German libpq") << true;
    }

    void promptsForAMissingPasswordOnATerminal() {
        QFETCH(bool, german);
        if (german && !germanLibpqInstalled()) {
            QSKIP("libpq's German messages are not installed");
        }
        // `script` gives the CLI a terminal; the password is typed, not echoed, and used.
        const QString command =
            QStringLiteral("'%1' check --source '%2' --target '%3' --method dump")
                .arg(QStringLiteral(PGMIGRATE_CLI), uri(Cluster::Source), uri(Cluster::Target));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
        // No keychain here: this is about the prompt alone.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (german) {
            speakGerman(&env);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted());
        QByteArray seen;
        for (int typed = 0; typed < 2;) { // one prompt for the source, one for the target
            if (!process.waitForReadyRead(15000)) {
                seen += process.readAll();
                qWarning("no password prompt; the CLI printed: %s", seen.constData());
                QFAIL("no password prompt within 15 s");
            }
            seen += process.readAll();
            if (seen.count("Password for") + seen.count("Passwort für") > typed) {
                process.write(pgtest::password().toUtf8() + "\n");
                ++typed;
            }
        }
        QVERIFY(process.waitForFinished(60000));
        seen += process.readAll();
        QVERIFY2(process.exitCode() == 0, seen.constData());
        // LANGUAGE=de asks Qt for German too (QLocale::uiLanguages() reads it, as gettext does).
        if (german) {
            QVERIFY2(seen.contains("Zielserver erreichbar") &&
                         seen.contains("Bereit zur Migration"),
                     seen.constData());
        } else {
            QVERIFY(seen.contains("Target server reachable") && seen.contains("Ready to migrate"));
        }
        QVERIFY2(!seen.contains(pgtest::password().toUtf8()), seen.constData());
    }

    void checkSpeaksTheLocaleAndJsonStaysEnglish_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("ready");
        QTest::newRow("de") << QStringLiteral("de_DE.UTF-8")
                            << QStringLiteral("Quellserver erreichbar")
                            << QStringLiteral("Bereit zur Migration.");
        QTest::newRow("fi") << QStringLiteral("fi_FI.UTF-8")
                            << QStringLiteral("Lähdepalvelin tavoitettavissa")
                            << QStringLiteral("Valmis siirtoon.");
    }

    void checkSpeaksTheLocaleAndJsonStaysEnglish() {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, ready);
        const auto check = [&lang](const QStringList& extra) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
            env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), pgtest::password());
            for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
                env.remove(QString::fromLatin1(name));
            }
            env.insert(QStringLiteral("LANG"), lang);
            process.setProcessEnvironment(env);
            process.start(
                QStringLiteral(PGMIGRATE_CLI),
                QStringList{QStringLiteral("check"), QStringLiteral("--source"),
                            uri(Cluster::Source), QStringLiteral("--target"), uri(Cluster::Target),
                            QStringLiteral("--exclude-db"),
                            kSpace + QLatin1Char(',') + kUnicode + QLatin1Char(',') + k63} +
                    extra);
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        // The text report in the user's language: titles, details and the verdict.
        const QString text = check({});
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(ready), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Source server reachable")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Connected as")), qPrintable(text));
        // --json for scripts: English ids, keys and texts whatever the locale.
        const QString json = check({QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY2(report[QStringLiteral("ok")].toBool(), qPrintable(json));
        QJsonObject reachable;
        for (const QJsonValue& item : report[QStringLiteral("checks")].toArray()) {
            if (item[QStringLiteral("id")].toString() == QLatin1String("source-reachable")) {
                reachable = item.toObject();
            }
        }
        QCOMPARE(reachable[QStringLiteral("title")].toString(),
                 QStringLiteral("Source server reachable"));
        QVERIFY2(reachable[QStringLiteral("detail")].toString().startsWith(
                     QLatin1String("Connected as")),
                 qPrintable(json));
        QVERIFY2(!json.contains(title), qPrintable(json));
    }

    /// LANGUAGE=de (as a German desktop sets it): the check's status words and the status
    /// command's lines are German too, not only the engine's titles.
    void checkAndStatusUnderLanguageDe() {
        const auto german = [](const QStringList& arguments, const QString& stateDir) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
            env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), pgtest::password());
            env.insert(QStringLiteral("PGMIGRATE_STATE_DIR"), stateDir);
            speakGerman(&env);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        QTemporaryDir stateDir;
        QVERIFY(stateDir.isValid());
        // Passing and blocking checks (the source as its own target, by a user lacking rights).
        const QString check =
            german({QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                    QStringLiteral("--target"), uri(Cluster::Source, QStringLiteral("pgm_repl")),
                    QStringLiteral("--exclude-db"),
                    kSpace + QLatin1Char(',') + kUnicode + QLatin1Char(',') + k63},
                   stateDir.path());
        const QRegularExpression english(QStringLiteral("^  (PASS|WARN|FAIL|SKIP) "),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(check.contains(QLatin1String("  OK ")) && check.contains(QLatin1String("FEHLER")),
                 qPrintable(check));
        QVERIFY2(!check.contains(english), qPrintable(check));

        pgm::MigrationState state;
        state.id = pgm::StateStore::newId();
        pgm::DatabaseState db;
        db.dbname = QStringLiteral("app");
        db.status = pgm::DbStatus::Done;
        db.phase = pgm::Phase::Finished;
        state.databases << db;
        QString error;
        QVERIFY2(pgm::StateStore(stateDir.path()).save(state, &error), qPrintable(error));
        const QString status =
            german({QStringLiteral("status"), QStringLiteral("--id"), state.id}, stateDir.path());
        QVERIFY2(status.startsWith(QStringLiteral("Migration %1: fertig").arg(state.id)),
                 qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("DATENBANK")) &&
                     !status.contains(QLatin1String("DATABASE")) &&
                     !status.contains(QLatin1String(" done ")),
                 qPrintable(status));
    }

    /// LANGUAGE=de: every command's --help in German, Qt's own words (qtbase's "Aufruf:",
    /// "Optionen:") included, and the top-level help names libpq's password sources.
    void helpUnderLanguageDe() {
        const auto help = [](const QString& command) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            speakGerman(&env);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PGMIGRATE_CLI),
                          command.isEmpty() ? QStringList{QStringLiteral("--help")}
                                            : QStringList{command, QStringLiteral("--help")});
            process.waitForFinished(20000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        // A German sentence of each command's own description.
        const std::pair<const char*, const char*> commands[] = {
            {"check", ""},
            {"migrate", "Migriert jede Datenbank"},
            {"status", "Zeigt den Status einer Migration"},
            {"verify", "Vergleicht jede Datenbank"},
            {"finish", ""},
            {"stop", ""},
            {"resume-replication", ""},
            {"report", ""}};
        for (const auto& [command, german] : commands) {
            const QString text = help(QString::fromLatin1(command));
            QVERIFY2(
                text.startsWith(QLatin1String("Aufruf: ")) &&
                    text.contains(
                        QStringLiteral("pgmigrate %1 [Optionen]").arg(QLatin1String(command))) &&
                    text.contains(QLatin1String("\nOptionen:\n")) &&
                    text.contains(QString::fromUtf8(german)),
                qPrintable(text));
            for (const char* english : {"Usage:", "Options:", "Displays help", "Print JSON",
                                        "The migration's id", "Tables ", "Wait until"}) {
                QVERIFY2(!text.contains(QLatin1String(english)),
                         qPrintable(QLatin1String(english) + text));
            }
        }
        const QString top = help({});
        QVERIFY2(top.contains(QLatin1String("PGPASSWORD")) &&
                     top.contains(QLatin1String("Dienstdatei")),
                 qPrintable(top));
    }

    void missingPasswordRemedyWhateverLibpqsLanguage() {
        if (!germanLibpqInstalled()) {
            QSKIP("libpq's German messages are not installed");
        }
        // No target password anywhere and no terminal to ask on: the check says what to fix,
        // although libpq said it in German.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
        env.remove(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        speakGerman(&env);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PGMIGRATE_CLI),
                      {QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                       QStringLiteral("--target"), uri(Cluster::Target), QStringLiteral("--method"),
                       QStringLiteral("dump"), QStringLiteral("--json")});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 1);
        QJsonObject reachable;
        for (const QJsonValue& check :
             QJsonDocument::fromJson(out).object()[QStringLiteral("checks")].toArray()) {
            if (check[QStringLiteral("id")].toString() == QLatin1String("target-reachable")) {
                reachable = check.toObject();
            }
        }
        QVERIFY2(!reachable.isEmpty(), out.constData());
        // libpq really spoke German ("Verbindung ... fehlgeschlagen"; libpq 15 leaves its
        // "fe_sendauth: no password supplied" untranslated, a constant later versions may not).
        QVERIFY2(reachable[QStringLiteral("detail")].toString().contains(
                     QStringLiteral("fehlgeschlagen")),
                 out.constData());
        // ...and the remedy still names the password.
        QCOMPARE(reachable[QStringLiteral("remedy")].toString(),
                 QStringLiteral("Check the user name and password."));
    }

    /// The remedy follows what the client saw (our resolver, the stage libpq reached, our
    /// deadline), not the words of the message, which are the user's language: in German the
    /// silent server got the general remedy, and the host name's error stayed English.
    void connectionRemedyFollowsWhatTheClientSaw() {
        QTcpServer silent; // takes the connection and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
        env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), pgtest::password());
        speakGerman(&env);
        const auto check = [&env](const QString& target) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PGMIGRATE_CLI),
                          {QStringLiteral("check"), QStringLiteral("--source"),
                           uri(Cluster::Source), QStringLiteral("--target"), target,
                           QStringLiteral("--connect-timeout"), QStringLiteral("2")});
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString silentOut =
            check(QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres?sslmode=disable")
                      .arg(silent.serverPort()));
        QVERIFY2(silentOut.contains(QStringLiteral("keine Antwort vom Server")),
                 qPrintable(silentOut));
        QVERIFY2(silentOut.contains(QStringLiteral("Etwas hat die Verbindung angenommen")),
                 qPrintable(silentOut));

        const QString unknownOut =
            check(QStringLiteral("postgres://postgres@pgm-no-such-host.invalid/postgres"));
        QVERIFY2(unknownOut.contains(QStringLiteral("Prüfen Sie den Hostnamen.")),
                 qPrintable(unknownOut));
        QVERIFY2(!unknownOut.contains(QStringLiteral("could not translate host name")),
                 qPrintable(unknownOut));
        QVERIFY2(unknownOut.contains(QStringLiteral("pgm-no-such-host.invalid")),
                 qPrintable(unknownOut));
    }

    void usesThePasswordTheWizardSavedInTheKeychain() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("no session bus (scripts/test provides one)");
        }
        pgm::ConnectionSettings target = pgtest::settings(Cluster::Target);
        pgm::KeychainCredentialStore keychain;
        bool saved = false;
        QString readBack;
        QString error;
        keychain.write(pgm::credentialKey(target), pgtest::password(),
                       [&](pgm::CredentialStore::Result result, const QString&) {
                           saved = result == pgm::CredentialStore::Result::Ok;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        QCOMPARE(keychain.readBlocking(pgm::credentialKey(target), &readBack, &error),
                 pgm::CredentialStore::Result::Ok);
        QVERIFY2(readBack == pgtest::password(), "the keychain gave back another password");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), pgtest::password());
        env.remove(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PGMIGRATE_CLI),
                      {QStringLiteral("check"), QStringLiteral("--source"), uri(Cluster::Source),
                       QStringLiteral("--target"), uri(Cluster::Target), QStringLiteral("--method"),
                       QStringLiteral("dump"), QStringLiteral("--json")});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        bool removed = false;
        keychain.remove(pgm::credentialKey(target),
                        [&](pgm::CredentialStore::Result, const QString&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        QVERIFY2(process.exitCode() == 0, out.constData());
        QVERIFY(!out.contains(pgtest::password().toUtf8()));
    }

    void passwordNeverStaysInArgv_data() {
        QTest::addColumn<bool>("optionEquals"); // --source=URI rather than --source URI
        QTest::addColumn<QString>("targetForm");
        QTest::newRow("separate, key=value") << false << QStringLiteral("key=value");
        QTest::newRow("--opt=, key=value") << true << QStringLiteral("key=value");
        QTest::newRow("--opt=, ?password=") << true << QStringLiteral("query");
    }

    void passwordNeverStaysInArgv() {
        QFETCH(bool, optionEquals);
        QFETCH(QString, targetForm);
        QTcpServer silent; // keeps the CLI waiting so its argv can be read
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString secretUri = uri(Cluster::Source, QStringLiteral("postgres"), true);
        const QString target =
            targetForm == QLatin1String("query")
                ? QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres?sslmode=disable&"
                                 "password=%2")
                      .arg(silent.serverPort())
                      .arg(pgtest::password())
                : QStringLiteral("host=127.0.0.1 port=%1 password=%2 user=postgres")
                      .arg(silent.serverPort())
                      .arg(pgtest::password());
        QStringList arguments{QStringLiteral("check")};
        if (optionEquals) {
            arguments << QStringLiteral("--source=") + secretUri
                      << QStringLiteral("--target=") + target;
        } else {
            arguments << QStringLiteral("--source") << secretUri << QStringLiteral("--target")
                      << target;
        }
        arguments << QStringLiteral("--connect-timeout") << QStringLiteral("4");
        QProcess process;
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        QVERIFY(process.waitForStarted());
        QTest::qWait(1000);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray seen = cmdline.readAll();
        QVERIFY(seen.contains("check"));
        QVERIFY2(!seen.contains(pgtest::password().toUtf8()), seen.constData());
        // Its memory holds the passwords: no core file may be written of it.
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString coreLimit = QString::fromUtf8(limits.readAll())
                                      .split(QLatin1Char('\n'))
                                      .filter(QStringLiteral("Max core file size"))
                                      .value(0)
                                      .simplified();
        QVERIFY2(coreLimit.startsWith(QStringLiteral("Max core file size 0 0")),
                 qPrintable(coreLimit));
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(out.contains("no answer from the server"));
        QVERIFY(!out.contains(pgtest::password().toUtf8()));
    }

    void parseErrorNeverEchoesThePassword() {
        QProcess process;
        process.start(QStringLiteral(PGMIGRATE_CLI),
                      {QStringLiteral("check"),
                       QStringLiteral("--source=postgres://u:Zq%zzTopSecret@127.0.0.1/db"),
                       QStringLiteral("--target"), uri(Cluster::Target)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(out.contains("invalid --source"), out.constData());
        QVERIFY2(!out.contains("TopSecret"), out.constData());
    }
};

PGM_PG_TEST_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
