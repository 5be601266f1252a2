#include "PgError.h"
#include "PrivatePair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using faults::PrivatePair;
using Server = faults::PrivatePair::Server;

namespace {

/// "café" in LATIN1 bytes, as a session in a SQL_ASCII (or LATIN1) database stores it.
const QByteArray kRawName = QByteArrayLiteral("caf\xe9");
/// How pgmigrate shows it and takes it in --exclude-db.
const QString kShown = QStringLiteral("caf\\xe9");
const QString kPlain = QStringLiteral("plain_beside");

bool mangled(const QByteArray& output) {
    return output.contains("\xef\xbf\xbd"); // U+FFFD in UTF-8
}

} // namespace

/// A source cluster initdb'd with SQL_ASCII holds a database whose name is not UTF-8 beside an
/// ordinary one. The check blocks on it by its escaped name ("caf\xe9") with a rename that
/// works and the --exclude-db form; nothing is created for it; excluded by that form, the other
/// database migrates and verifies.
class TestNonUtf8Names : public QObject {
    Q_OBJECT
    PrivatePair m_pair;

    QStringList servers() const {
        return {QStringLiteral("--source"), m_pair.uri(Server::Source), QStringLiteral("--target"),
                m_pair.uri(Server::Target)};
    }

    QString targetDatabases() {
        return m_pair.connect(Server::Target)
            ->exec(QStringLiteral("SELECT string_agg(datname, ',' ORDER BY datname) FROM "
                                  "pg_database WHERE NOT datistemplate"))
            .scalar();
    }

private slots:
    void initTestCase() {
        m_pair.setSourceInitdbOptions(QStringLiteral("--encoding=SQL_ASCII --locale=C"));
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
        auto admin = m_pair.connect(Server::Source);
        // The raw bytes: a QString statement would be sent as UTF-8.
        admin->exec(QStringLiteral("SET client_encoding = 'SQL_ASCII'"));
        const QByteArray create = QByteArrayLiteral("CREATE DATABASE \"") + kRawName + '"';
        PQclear(PQexec(admin->raw(), create.constData()));
        admin->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                   "LC_COLLATE 'C' LC_CTYPE 'C'")
                        .arg(kPlain));
        m_pair.connect(Server::Source, kPlain)
            ->execScript(QStringLiteral(
                "CREATE TABLE t (id bigserial PRIMARY KEY, v text);"
                "INSERT INTO t (v) SELECT 'row ' || g FROM generate_series(1, 500) g"));
        QCOMPARE(admin
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE "
                                           "datname::text LIKE 'caf_'"))
                     .scalar(),
                 QStringLiteral("1"));
    }

    void cleanupTestCase() { m_pair.stop(); }

    void checkBlocksByEscapedName() {
        const PrivatePair::Run check =
            m_pair.cli(QStringList{QStringLiteral("check")} + servers() +
                       QStringList{QStringLiteral("--exclude-db"), QStringLiteral("postgres")});
        QVERIFY2(check.exitCode == 1, check.output.constData());
        QVERIFY2(!mangled(check.output), check.output.constData());
        QVERIFY2(check.output.contains("caf\\xe9") && check.output.contains("not valid UTF-8") &&
                     check.output.contains("--exclude-db 'caf\\xe9'") &&
                     check.output.contains("'escape') = '\\x636166e9'"),
                 check.output.constData());

        // migrate refuses on the blocking check, and creates nothing on the target.
        const QString before = targetDatabases();
        const PrivatePair::Run migrate =
            m_pair.cli(QStringList{QStringLiteral("migrate")} + servers() +
                       QStringList{QStringLiteral("--exclude-db"), QStringLiteral("postgres"),
                                   QStringLiteral("--method"), QStringLiteral("dump")});
        QVERIFY2(migrate.exitCode != 0 && !mangled(migrate.output), migrate.output.constData());
        QCOMPARE(targetDatabases(), before);
    }

    void excludedByEscapedNameTheRestMigrates() {
        const QStringList exclude = {QStringLiteral("--exclude-db"),
                                     QStringLiteral("postgres,") + kShown};
        const PrivatePair::Run check =
            m_pair.cli(QStringList{QStringLiteral("check")} + servers() + exclude);
        QVERIFY2(check.exitCode == 0 && !check.output.contains("not valid UTF-8"),
                 check.output.constData());
        const PrivatePair::Run migrate =
            m_pair.cli(QStringList{QStringLiteral("migrate")} + servers() + exclude +
                       QStringList{QStringLiteral("--method"), QStringLiteral("dump"),
                                   QStringLiteral("--id"), QStringLiteral("nonutf8")});
        QVERIFY2(migrate.exitCode == 0 && !mangled(migrate.output), migrate.output.constData());
        QCOMPARE(targetDatabases(), QStringLiteral("%1,postgres").arg(kPlain));
        QCOMPARE(m_pair.fingerprint(Server::Target, kPlain),
                 m_pair.fingerprint(Server::Source, kPlain));

        const PrivatePair::Run status = m_pair.cli(
            {QStringLiteral("status"), QStringLiteral("--id"), QStringLiteral("nonutf8")});
        QVERIFY2(status.exitCode == 0 && !mangled(status.output), status.output.constData());
        const PrivatePair::Run verify =
            m_pair.cli(QStringList{QStringLiteral("verify")} + servers() + exclude);
        QVERIFY2(verify.exitCode == 0 && !mangled(verify.output), verify.output.constData());
        // Not excluded, verify names it readably instead of a database that does not exist.
        const PrivatePair::Run unexcluded =
            m_pair.cli(QStringList{QStringLiteral("verify")} + servers() +
                       QStringList{QStringLiteral("--exclude-db"), QStringLiteral("postgres")});
        QVERIFY2(unexcluded.exitCode != 0 && !mangled(unexcluded.output) &&
                     unexcluded.output.contains("caf\\xe9") &&
                     unexcluded.output.contains("not valid UTF-8"),
                 unexcluded.output.constData());
    }

    /// The check's rename, run as it is printed, makes the name UTF-8 and the check passes.
    void remedyRenames() {
        const PrivatePair::Run check =
            m_pair.cli(QStringList{QStringLiteral("check")} + servers() +
                       QStringList{QStringLiteral("--exclude-db"), QStringLiteral("postgres")});
        const QString output = QString::fromUtf8(check.output);
        const qsizetype start = output.indexOf(QStringLiteral("DO $$"));
        const qsizetype end = output.indexOf(QStringLiteral("END$$;"), start);
        QVERIFY2(start >= 0 && end > start, check.output.constData());
        const QString rename =
            output.mid(start, end + 6 - start)
                .replace(QStringLiteral("'new_name'"), QStringLiteral("'cafe_renamed'"));
        m_pair.connect(Server::Source)->execScript(rename);
        const PrivatePair::Run after =
            m_pair.cli(QStringList{QStringLiteral("check")} + servers() +
                       QStringList{QStringLiteral("--exclude-db"), QStringLiteral("postgres")});
        QVERIFY2(!after.output.contains("not valid UTF-8") && after.output.contains("cafe_renamed"),
                 after.output.constData());
    }

    /// A SQL_ASCII database whose text is LATIN1 (a legacy database's) migrates with its bytes
    /// as they are, verified: read and written as UTF-8 both servers refused them.
    void bytesThatAreNotUtf8MigrateAsTheyAre() {
        const QString latin = QStringLiteral("latin_bytes");
        m_pair.connect(Server::Source)->exec(QStringLiteral("CREATE DATABASE %1").arg(latin));
        auto db = m_pair.connect(Server::Source, latin);
        db->exec(QStringLiteral("SET client_encoding = 'SQL_ASCII'")); // and textsend's below
        db->execScript(QStringLiteral("CREATE TABLE small (id int PRIMARY KEY, name text); "
                                      "CREATE TABLE big (id int PRIMARY KEY, name text)"));
        // The raw bytes: a QString statement would be sent as UTF-8.
        PQclear(PQexec(db->raw(), "INSERT INTO small VALUES (1, 'caf\xe9'), "
                                  "(2, 'na\xefve \\ ''q'''), (3, 'plain')"));
        db->execScript(QStringLiteral("INSERT INTO big SELECT g, s.name || g FROM small s, "
                                      "generate_series(1, 40000) g WHERE s.id = 1"));
        const QString bytes = QStringLiteral(
            "SELECT (SELECT string_agg(encode(textsend(name), 'hex'), ',' ORDER BY id) FROM "
            "small) || ' ' || (SELECT count(*) || ':' || md5(string_agg(encode(textsend(name), "
            "'hex'), ',' ORDER BY id)) FROM big)");
        const QString sourceBytes = db->exec(bytes).scalar();
        QVERIFY2(sourceBytes.startsWith(QStringLiteral("636166e9,6e61ef766520")),
                 qPrintable(sourceBytes));

        const QStringList only = {QStringLiteral("--exclude-db"),
                                  QStringLiteral("postgres,cafe_renamed,") + kPlain};
        const PrivatePair::Run migrate =
            m_pair.cli(QStringList{QStringLiteral("migrate")} + servers() + only +
                       QStringList{QStringLiteral("--method"), QStringLiteral("dump"),
                                   QStringLiteral("--id"), QStringLiteral("latin-bytes")});
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());
        auto target = m_pair.connect(Server::Target, latin);
        target->exec(QStringLiteral("SET client_encoding = 'SQL_ASCII'")); // textsend's bytes
        QCOMPARE(target->exec(bytes).scalar(), sourceBytes);
        const PrivatePair::Run verify =
            m_pair.cli(QStringList{QStringLiteral("verify")} + servers() + only);
        QVERIFY2(verify.exitCode == 0, verify.output.constData());
    }

    /// A SQL_ASCII database with a UTF-8 locale, which only a superuser may make: a target user
    /// that is not one gets it made in UTF8, which refuses its LATIN1 bytes in the middle of the
    /// copy. The check says so before, with the statement a superuser runs first; once run, the
    /// migration carries the bytes.
    void aSqlAsciiDatabaseOnlyASuperuserMayMakeIsSaidBefore() {
        const QString latin = QStringLiteral("latin_utf8_locale");
        m_pair.connect(Server::Source)
            ->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'SQL_ASCII' "
                                  "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                       .arg(latin));
        auto db = m_pair.connect(Server::Source, latin);
        db->exec(QStringLiteral("SET client_encoding = 'SQL_ASCII'"));
        db->exec(QStringLiteral("CREATE TABLE small (id int PRIMARY KEY, name text)"));
        PQclear(PQexec(db->raw(), "INSERT INTO small VALUES (1, 'caf\xe9'), (2, 'plain')"));
        auto targetAdmin = m_pair.connect(Server::Target);
        targetAdmin->exec(
            QStringLiteral("CREATE ROLE pgm_plain_admin LOGIN CREATEDB CREATEROLE PASSWORD ") +
            targetAdmin->quoteLiteral(m_pair.settings(Server::Target).password));
        const QStringList plainServers = {
            QStringLiteral("--source"), m_pair.uri(Server::Source), QStringLiteral("--target"),
            m_pair.uri(Server::Target)
                .replace(QStringLiteral("//postgres@"), QStringLiteral("//pgm_plain_admin@"))};
        const QStringList only = {QStringLiteral("--exclude-db"),
                                  QStringLiteral("postgres,caf\\xe9,cafe_renamed,latin_bytes,") +
                                      kPlain};

        const PrivatePair::Run check =
            m_pair.cli(QStringList{QStringLiteral("check")} + plainServers + only);
        const QByteArray remedy = "CREATE DATABASE \"latin_utf8_locale\" TEMPLATE template0 "
                                  "ENCODING 'SQL_ASCII' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' "
                                  "OWNER \"pgm_plain_admin\"";
        QVERIFY2(check.exitCode == 0 &&
                     check.output.contains("only a superuser may create a "
                                           "SQL_ASCII database") &&
                     check.output.contains(remedy),
                 check.output.constData());
        // Unheeded: its creation fails, as the check said (into UTF8, its copy would have).
        const QStringList dump = {QStringLiteral("--method"), QStringLiteral("dump")};
        PrivatePair::Run migrate =
            m_pair.cli(QStringList{QStringLiteral("migrate")} + plainServers + only + dump);
        QVERIFY2(migrate.exitCode != 0 &&
                     migrate.output.contains("encoding \"SQL_ASCII\" does not match locale"),
                 migrate.output.constData());

        // Heeded: the bytes arrive as they are, verified.
        targetAdmin->exec(QString::fromUtf8(remedy));
        migrate = m_pair.cli(QStringList{QStringLiteral("migrate")} + plainServers + only + dump);
        QVERIFY2(migrate.exitCode == 0, migrate.output.constData());
        const QString bytes = QStringLiteral(
            "SELECT string_agg(encode(textsend(name), 'hex'), ',' ORDER BY id) FROM small");
        auto target = m_pair.connect(Server::Target, latin);
        target->exec(QStringLiteral("SET client_encoding = 'SQL_ASCII'"));
        QCOMPARE(target->exec(bytes).scalar(), QStringLiteral("636166e9,706c61696e"));
    }
};

PGM_FAULT_TEST_MAIN(TestNonUtf8Names)
#include "tst_nonutf8names.moc"
