// The pre-data section goes to the target as pg_restore's SQL text, in pieces, on one session
// (RestoreScript): whatever a function body, a default or a name holds, the target's schema must
// equal the source's; a LATIN1 database's script must reach it in its own encoding; and a
// script that fails must leave nothing and end as pg_restore's own error.
#include "PgConnection.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "SchemaArchive.h"
#include "SchemaDump.h"
#include "SchemaTools.h"

#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_schemascript");
const QString kLatin1 = QStringLiteral("pgm_schemascript_latin1");

// Bodies and values that look like pg_restore's entry headers and psql's meta-commands.
const QString kHostile = QStringLiteral(
    "CREATE FUNCTION trap() RETURNS text LANGUAGE plpgsql AS $body$\n"
    "begin\n"
    "  return 'x;\n"
    "\n"
    "--\n"
    "-- Name: fake; Type: TABLE; Schema: public; Owner: nobody\n"
    "--\n"
    "\n"
    "\\connect evil\n"
    "';\n"
    "end $body$;\n"
    "CREATE FUNCTION atomic_body() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; "
    "END;\n"
    "CREATE TABLE \"odd;\n\n-- Name: x\" (id int PRIMARY KEY, note text DEFAULT E'it''s;\\n\\n--"
    "\\n\\\\restrict no');\n"
    "COMMENT ON TABLE \"odd;\n\n-- Name: x\" IS 'a;\n\n--\n-- Name: y\n--\n';\n"
    "CREATE VIEW v AS SELECT id, note FROM \"odd;\n\n-- Name: x\";\n"
    "CREATE TABLE plain (id int PRIMARY KEY, d date DEFAULT now());");

// Dumps `dbname`'s schema from the source in a snapshot and restores it into the target's
// `dbname` (which must exist, empty), in pieces of `pieceBytes`.
// `grantAsRestorer` applies grants made by others than the owner by statement, as for a target
// user without superuser.
bool copySchema(const pgtest::SchemaTools& tools, const QString& dbname, qsizetype pieceBytes,
                QString* error, bool grantAsRestorer = false) {
    SchemaArchive schema(tools.pgDump, tools.pgRestore, tools.passfilePath, true, true);
    schema.setScriptPieceBytes(pieceBytes);
    if (grantAsRestorer) {
        schema.grantAsRestorer();
    }
    const ConnectionSettings target = pgtest::settings(Cluster::Target).withDatabase(dbname);
    std::unique_ptr<PgConnection> source;
    return pgtest::dumpInSnapshot(dbname, schema, &source, error) &&
           schema.restore(QStringLiteral("pre-data"), target, 1, nullptr, error) &&
           schema.restore(QStringLiteral("post-data"), target, 2, nullptr, error);
}

} // namespace

class TestSchemaScript : public QObject {
    Q_OBJECT
    pgtest::SchemaTools m_tools;

private slots:
    void initTestCase() {
        pgtest::prepareSchemaTools(&m_tools);
        QVERIFY(!m_tools.pgRestore.isEmpty());
        pgtest::recreateDatabase(Cluster::Source, kDb);
        try {
            pgtest::connect(Cluster::Source, kDb)->execScript(kHostile);
        } catch (const PgError& error) {
            QFAIL(qPrintable(error.describe()));
        }
    }

    void cleanupTestCase() {
        for (const QString& db : {kDb, kLatin1}) {
            pgtest::dropDatabase(Cluster::Source, db);
            pgtest::dropDatabase(Cluster::Target, db);
        }
    }

    void hostileBodiesArriveWholeInAnyPieceSize_data() {
        QTest::addColumn<qsizetype>("pieceBytes");
        QTest::newRow("every entry alone") << qsizetype(1);
        QTest::newRow("one piece") << qsizetype(1 << 20);
    }

    void hostileBodiesArriveWholeInAnyPieceSize() {
        QFETCH(qsizetype, pieceBytes);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        QString error;
        QVERIFY2(copySchema(m_tools, kDb, pieceBytes, &error), qPrintable(error));
        const QString difference = pgtest::schemaDifference(kDb);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(pgtest::connect(Cluster::Target, kDb)
                     ->exec(QStringLiteral("SELECT left(trap(), 2) || atomic_body()"))
                     .scalar(),
                 QStringLiteral("x;2"));
    }

    void aLatin1DatabaseKeepsItsCharacters() {
        // Its script is LATIN1 bytes after SET client_encoding = 'LATIN1': sent as they are,
        // not as UTF-8 text (where 'ä' would arrive as two characters, or not at all).
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::dropDatabase(cluster, kLatin1);
            pgtest::connect(cluster)->execScript(
                QStringLiteral("CREATE DATABASE ") + kLatin1 +
                QStringLiteral(" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' "
                               "TEMPLATE template0"));
        }
        pgtest::connect(Cluster::Source, kLatin1)
            ->execScript(QStringLiteral("CREATE TABLE \"täble\" (\"spälte\" text DEFAULT 'Öl'); "
                                        "COMMENT ON TABLE \"täble\" IS 'Grüße'"));
        QString error;
        QVERIFY2(copySchema(m_tools, kLatin1, 1, &error), qPrintable(error));
        QCOMPARE(
            pgtest::connect(Cluster::Target, kLatin1)
                ->exec(QStringLiteral("SELECT obj_description('\"täble\"'::regclass) || ' ' || "
                                      "pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = "
                                      "'\"täble\"'::regclass"))
                .scalar(),
            QStringLiteral("Grüße 'Öl'::text"));
    }

    void aLatin1DatabaseKeepsTheGrantsOfOthersThanTheOwner() {
        // Those grants are applied by statement, from pg_restore's LATIN1 bytes: read as UTF-8,
        // "täble" would name nothing on the target.
        const QString roles = QStringLiteral("pgm_sc_owner, pgm_sc_lead, pgm_sc_reader");
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::dropDatabase(cluster, kLatin1);
            auto admin = pgtest::connect(cluster);
            admin->execScript(QStringLiteral("DROP ROLE IF EXISTS ") + roles +
                              QStringLiteral("; CREATE ROLE pgm_sc_owner; CREATE ROLE "
                                             "pgm_sc_lead; CREATE ROLE pgm_sc_reader"));
            admin->execScript(QStringLiteral("CREATE DATABASE ") + kLatin1 +
                              QStringLiteral(" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' "
                                             "TEMPLATE template0"));
        }
        pgtest::connect(Cluster::Source, kLatin1)
            ->execScript(QStringLiteral(
                "CREATE TABLE \"täble\" (id int); ALTER TABLE \"täble\" OWNER TO pgm_sc_owner;"
                "GRANT SELECT ON \"täble\" TO pgm_sc_lead WITH GRANT OPTION;"
                "SET ROLE pgm_sc_lead; GRANT SELECT ON \"täble\" TO pgm_sc_reader;"));
        QString error;
        QVERIFY2(copySchema(m_tools, kLatin1, 1, &error, true), qPrintable(error));
        const QString acl = QStringLiteral("SELECT relacl::text FROM pg_class "
                                           "WHERE oid = '\"täble\"'::regclass");
        const QString onSource = pgtest::connect(Cluster::Source, kLatin1)->exec(acl).scalar();
        QVERIFY2(onSource.contains(QStringLiteral("pgm_sc_reader=r/pgm_sc_lead")),
                 qPrintable(onSource));
        QCOMPARE(pgtest::connect(Cluster::Target, kLatin1)->exec(acl).scalar(), onSource);
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::dropDatabase(cluster, kLatin1);
            pgtest::connect(cluster)->execScript(QStringLiteral("DROP ROLE ") + roles);
        }
    }

    void aFailingScriptLeavesNothingAndPgRestoreNamesTheStatement() {
        // The target has a table of that name already: the script fails in its transaction,
        // and pg_restore, run after it, fails the same way, saying which statement.
        pgtest::recreateDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Target, kDb)
            ->execScript(QStringLiteral("CREATE TABLE plain (other int)"));
        QString error;
        QVERIFY(!copySchema(m_tools, kDb, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("pg_restore")) &&
                     error.contains(QStringLiteral("already exists")),
                 qPrintable(error));
        // Neither left anything of its own: one transaction each.
        QCOMPARE(pgtest::connect(Cluster::Target, kDb)
                     ->exec(QStringLiteral("SELECT string_agg(proname, ',') FROM pg_proc WHERE "
                                           "pronamespace = 'public'::regnamespace"))
                     .scalar(),
                 QString());
    }
};

PGM_PG_TEST_MAIN(TestSchemaScript)
#include "tst_schemascript.moc"
