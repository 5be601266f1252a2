#include "KeychainCredentialStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace pgm;

/// Against the real Secret Service that scripts/test starts (gnome-keyring in a private D-Bus
/// session). Never prints a password.
class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void writesReadsAndRemoves() {
        KeychainCredentialStore store;
        const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString secret = QStringLiteral("pa:ss w0rd ü ") + QUuid::createUuid().toString();
        QString error;
        bool done = false;
        store.write(key, secret, [&](CredentialStore::Result result, const QString& message) {
            QCOMPARE(result, CredentialStore::Result::Ok);
            error = message;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QString password;
        QCOMPARE(store.readBlocking(key, &password, &error), CredentialStore::Result::Ok);
        QVERIFY(password == secret); // QVERIFY, not QCOMPARE: a failure must not print it
        done = false;
        store.remove(key, [&](CredentialStore::Result result, const QString&) {
            QCOMPARE(result, CredentialStore::Result::Ok);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(store.readBlocking(key, &password, &error), CredentialStore::Result::NotFound);
    }

    void keyIsPerServerAndUser() {
        ConnectionSettings a;
        a.host = QStringLiteral("db.example.com");
        a.port = 5433;
        a.user = QStringLiteral("admin");
        QCOMPARE(credentialKey(a), QStringLiteral("admin@db.example.com:5433"));
        MemoryCredentialStore memory;
        bool done = false;
        memory.write(credentialKey(a), QStringLiteral("x"),
                     [&](CredentialStore::Result, const QString&) { done = true; });
        QVERIFY(done);
        QString password;
        QString error;
        QCOMPARE(memory.readBlocking(credentialKey(a), &password, &error),
                 CredentialStore::Result::Ok);
    }

    void withoutSecretServiceItFailsFastAndSaysSo() {
        // A child process with no session bus: the store must answer Unavailable, not hang.
        if (qEnvironmentVariable("PGM_KEYCHAIN_CHILD") == QLatin1String("1")) {
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("PGM_KEYCHAIN_NO_BUS"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noBusChild")});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
    }

    void noBusChild() {
        if (qEnvironmentVariable("PGM_KEYCHAIN_NO_BUS") != QLatin1String("1")) {
            return; // it runs only as the child of withoutSecretServiceItFailsFastAndSaysSo
        }
        KeychainCredentialStore store(nullptr, 3000);
        QElapsedTimer timer;
        timer.start();
        QString password;
        QString error;
        QCOMPARE(store.readBlocking(QStringLiteral("anything"), &password, &error),
                 CredentialStore::Result::Unavailable);
        QVERIFY(!error.isEmpty());
        QVERIFY(timer.elapsed() < 5000);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bool child = qEnvironmentVariable("PGM_KEYCHAIN_NO_BUS") == QLatin1String("1");
    if (!child && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        qWarning("no session bus: run the keychain tests through scripts/test");
        return qgetenv("CI") == "true" ? 1 : 77;
    }
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keychain.moc"
