#include "MigrationState.h"
#include "PgTools.h"
#include "ProcessTempFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;

namespace {

/// A fake client tool in `dir`: a shell script that answers `--version` with `version` and
/// notes each start in `name.starts`.
QString writeTool(const QTemporaryDir& dir, const QString& name, const QString& version) {
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(QStringLiteral("#!/bin/sh\necho started >> '%1.starts'\n"
                              "echo '%2 (PostgreSQL) %3'\n")
                   .arg(path, name, version)
                   .toUtf8());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

int starts(const QString& toolPath) {
    QFile file(toolPath + QStringLiteral(".starts"));
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

} // namespace

class TestPgTools : public QObject {
    Q_OBJECT
private slots:
    void passfilesOfDeadProcessesAreRemoved() {
        QTemporaryDir dir;
        qputenv("XDG_RUNTIME_DIR", dir.path().toUtf8());
        // A passfile a killed process left behind, and one of a live process (this one).
        const QString stale = dir.filePath(QStringLiteral("pgmigrate-pass-99999999-abcdef"));
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

    void temporaryFilesOfDeadProcessesAreRemoved() {
        QTemporaryDir dir;
        const QString stem = QStringLiteral("pgmigrate-schema");
        // `<stem>-<pid>-<namespace>-XXXXXX`: this process's id and namespace.
        const QString mine = QFileInfo(processTempTemplate(dir.path(), stem)).fileName();
        const QStringList parts = mine.split(QLatin1Char('-'));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(2), QString::number(QCoreApplication::applicationPid()));
        QCOMPARE(parts.at(4), QStringLiteral("XXXXXX"));
        const QString ns = parts.at(3);
        // 99999999 is above any pid_max: never a live process.
        const QStringList gone = {QStringLiteral("pgmigrate-schema-99999999-%1-abcdef").arg(ns),
                                  QStringLiteral("pgmigrate-schema-99999999-abcdef")};
        const QStringList stay = {QStringLiteral("pgmigrate-schema-%1-%2-abcdef")
                                      .arg(ns)
                                      .arg(QCoreApplication::applicationPid()),
                                  // Another PID namespace's (a container sharing the directory):
                                  // its pid means nothing here.
                                  QStringLiteral("pgmigrate-schema-1%1-99999999-abcdef").arg(ns),
                                  QStringLiteral("pgmigrate-list-%1-99999999-abcdef").arg(ns),
                                  QStringLiteral("pgmigrate-schema-abcdef")};
        for (const QString& name : gone + stay) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        removeStaleTempFiles(dir.path(), stem);
        QStringList left = stay;
        left.sort();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), left);
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

    void aToolIsAskedItsVersionOncePerFile() {
        // The pre-checks and the run both look for pg_dump: each --version is a process
        // start before the copy can begin.
        QTemporaryDir dir;
        const QString tool = writeTool(dir, QStringLiteral("pg_dump"), QStringLiteral("16.2"));
        for (int look = 0; look < 3; ++look) {
            const QList<PgToolCandidate> found = listPgTools(QStringLiteral("pg_dump"), dir.path());
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().version.text(), QStringLiteral("16.2"));
        }
        QCOMPARE(starts(tool), 1);
        // Replaced (an upgrade while the wizard stays open): asked again.
        writeTool(dir, QStringLiteral("pg_dump"), QStringLiteral("17.10"));
        QCOMPARE(listPgTools(QStringLiteral("pg_dump"), dir.path()).first().version.text(),
                 QStringLiteral("17.10"));
        QCOMPARE(starts(tool), 2);
    }

    void debiansWrapperIsNotAskedBesideTheToolsItStarts() {
        if (QDir(QStringLiteral("/usr/lib/postgresql")).isEmpty()) {
            QSKIP("no /usr/lib/postgresql/*/bin here");
        }
        // /usr/bin/pg_dump on Debian: a link to pg_wrapper, a Perl script that starts one of
        // /usr/lib/postgresql/*/bin/pg_dump, which the search lists itself.
        QTemporaryDir dir;
        const QString wrapper =
            writeTool(dir, QStringLiteral("pg_wrapper"), QStringLiteral("99.0"));
        QVERIFY(QFile::link(wrapper, dir.filePath(QStringLiteral("pg_dump"))));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", dir.path().toUtf8() + ':' + path);
        const QList<PgToolCandidate> found = listPgTools(QStringLiteral("pg_dump"), {});
        qputenv("PATH", path);
        QVERIFY(!found.isEmpty());
        for (const PgToolCandidate& candidate : found) {
            QVERIFY2(candidate.path.startsWith(QStringLiteral("/usr/lib/postgresql/")),
                     qPrintable(candidate.path));
        }
        QCOMPARE(starts(wrapper), 0);
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
