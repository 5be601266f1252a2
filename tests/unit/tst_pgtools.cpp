#include "MigrationState.h"
#include "PgTools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;

class TestPgTools : public QObject {
    Q_OBJECT
private slots:
    void passfilesOfDeadProcessesAreRemoved() {
        QTemporaryDir dir;
        qputenv("XDG_RUNTIME_DIR", dir.path().toUtf8());
        // A passfile a killed process left behind, and one of a live process (this one).
        const QString stale = dir.filePath(QStringLiteral("pgmigrate-pass-999999-abcdef"));
        const QString alive = dir.filePath(
            QStringLiteral("pgmigrate-pass-%1-abcdef").arg(QCoreApplication::applicationPid()));
        for (const QString& path : {stale, alive}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Passfile passfile;
        ConnectionSettings settings;
        settings.host = QStringLiteral("h");
        settings.user = QStringLiteral("u:1");
        settings.password = QStringLiteral(R"(p\\w:d)"); // two backslashes
        passfile.add(settings);
        QString error;
        const QString path = passfile.write(&error);
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(alive));
        QVERIFY(path.startsWith(dir.path()));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray(R"(h:5432:*:u\:1:p\\\\w\:d)"
                                               "\n"));
    }

    void toolConninfoNeverHoldsThePassword() {
        ConnectionSettings settings;
        settings.host = QStringLiteral("h");
        settings.password = QStringLiteral("secret");
        settings.dbname = QStringLiteral("my 'db'");
        const QString conninfo = toolConninfo(settings);
        QVERIFY(!conninfo.contains(QStringLiteral("secret")));
        QVERIFY(conninfo.contains(QStringLiteral(R"(dbname='my \'db\'')")));
    }

    void sslPasswordGoesThroughAServiceFile() {
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        ConnectionSettings settings;
        settings.host = QStringLiteral("h");
        settings.user = QStringLiteral("u");
        settings.extra.insert(QStringLiteral("sslpassword"), QStringLiteral("keyphrase"));
        settings.extra.insert(QStringLiteral("sslkey"), QStringLiteral("/k.pem"));
        const QString conninfo = toolConninfo(settings);
        QVERIFY2(!conninfo.contains(QStringLiteral("keyphrase")), qPrintable(conninfo));
        QVERIFY(conninfo.contains(QStringLiteral("service='") + sslPasswordService(settings)));
        QString service;
        {
            Passfile passfile;
            passfile.add(settings);
            QString error;
            const QString path = passfile.write(&error);
            QVERIFY2(!path.isEmpty(), qPrintable(error));
            service = serviceFileFor(path);
            QFile file(service);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY(text.contains(QLatin1Char('[') + sslPasswordService(settings) +
                                  QStringLiteral("]\nsslpassword=keyphrase\n")));
            QCOMPARE(toolEnvironment(path).value(QStringLiteral("PGSERVICEFILE")), service);
        }
        QVERIFY2(!QFile::exists(service), "the service file goes with its passfile");
    }

    void childrenInheritNoPassword() {
        qputenv("PGMIGRATE_SOURCE_PASSWORD", "one");
        qputenv("PGMIGRATE_TARGET_PASSWORD", "two");
        qputenv("PGPASSWORD", "three");
        const QProcessEnvironment env = toolEnvironment(QStringLiteral("/p"));
        for (const QString& value :
             {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}) {
            QVERIFY2(
                !env.toStringList().contains(value, Qt::CaseSensitive) &&
                    !env.toStringList().join(QLatin1Char('\n')).contains(QLatin1Char('=') + value),
                qPrintable(value));
        }
        QCOMPARE(env.value(QStringLiteral("PGPASSFILE")), QStringLiteral("/p"));
        qunsetenv("PGMIGRATE_SOURCE_PASSWORD");
        qunsetenv("PGMIGRATE_TARGET_PASSWORD");
        qunsetenv("PGPASSWORD");
    }

    void stateNeverHoldsAnSslPassword() {
        ConnectionSettings settings;
        settings.password = QStringLiteral("pw");
        settings.extra.insert(QStringLiteral("sslpassword"), QStringLiteral("keyphrase"));
        const QByteArray json = QJsonDocument(connectionToJson(settings)).toJson();
        QVERIFY2(!json.contains("keyphrase") && !json.contains("\"pw\""), json.constData());
    }
};

QTEST_GUILESS_MAIN(TestPgTools)
#include "tst_pgtools.moc"
