#include "PgTools.h"

#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestPgTools)
#include "tst_pgtools.moc"
