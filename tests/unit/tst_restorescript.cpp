// pg_restore's SQL text split into pieces to send through libpq: a piece must hold whole
// statements whatever the names, strings and bodies hold, and a script psql alone could run
// must be refused.
#include "RestoreScript.h"

#include <QTest>

using namespace pgm;

namespace {

// An entry as pg_restore writes it: its header, then its statements.
QByteArray entry(const QByteArray& name, const QByteArray& sql) {
    return "--\n-- Name: " + name + "; Type: TABLE; Schema: public; Owner: postgres\n--\n\n" + sql +
           "\n\n";
}

QByteArray script(const QByteArrayList& entries) {
    return "--\n-- PostgreSQL database dump\n--\n\n\\restrict k3yK3y\n\nSET client_encoding = "
           "'UTF8';\n\n" +
           entries.join() + "--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict k3yK3y\n";
}

// What each piece starts with (its first line that is not a comment), one per piece.
QStringList firstStatements(const QByteArrayList& pieces) {
    QStringList out;
    for (const QByteArray& piece : pieces) {
        for (const QByteArray& line : piece.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("--")) {
                out << QString::fromUtf8(line);
                break;
            }
        }
    }
    return out;
}

} // namespace

class TestRestoreScript : public QObject {
    Q_OBJECT
private slots:
    void piecesAreWholeEntriesAndAddUpToTheScript() {
        const QByteArray text = script({entry("a", "CREATE TABLE public.a (id integer);"),
                                        entry("b", "CREATE TABLE public.b (id integer);"),
                                        entry("c", "CREATE TABLE public.c (id integer);")});
        QString refused;
        const std::optional<QByteArrayList> pieces = splitRestoreScript(text, 1, &refused);
        QVERIFY(pieces);
        QCOMPARE(firstStatements(*pieces),
                 QStringList({QStringLiteral("SET client_encoding = 'UTF8';"),
                              QStringLiteral("CREATE TABLE public.a (id integer);"),
                              QStringLiteral("CREATE TABLE public.b (id integer);"),
                              QStringLiteral("CREATE TABLE public.c (id integer);")}));
        QByteArray without = text;
        without.replace("\\restrict k3yK3y\n", "").replace("\\unrestrict k3yK3y\n", "");
        QCOMPARE(pieces->join(), without);
        // Large pieces: the whole script in one.
        QCOMPARE(splitRestoreScript(text, 1 << 20, &refused)->size(), 1);
    }

    void headersInsideValuesAreNoBoundaries_data() {
        QTest::addColumn<QByteArray>("sql");
        const QByteArray fake =
            "\n\n--\n-- Name: fake; Type: TABLE; Schema: public; Owner: x\n--\n\n";
        const auto row = [](const char* name, const QByteArray& sql) {
            QTest::newRow(name) << sql;
        };
        row("dollar body", QByteArray("CREATE FUNCTION public.f() RETURNS text LANGUAGE plpgsql "
                                      "AS $_$ begin return 'x;';") +
                               fake + QByteArray("\\connect evil\nend $_$;"));
        row("string", QByteArray("COMMENT ON TABLE public.t IS 'it''s;") + fake + "';");
        row("escape string",
            QByteArray("COMMENT ON TABLE public.t IS E'\\';") + fake + "\\\\connect x';");
        row("quoted name", QByteArray("CREATE TABLE public.\"odd;") + fake + "\" (id integer);");
        row("block comment", QByteArray("/* outer /* inner; */") + fake + "*/ SELECT 1;");
        row("atomic body", "CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql\n"
                           "    BEGIN ATOMIC\n SELECT 1;\n SELECT 2;\nEND;");
        row("parameter, not a body",
            "CREATE FUNCTION public.h(integer) RETURNS integer LANGUAGE sql AS 'select $1';");
    }

    void headersInsideValuesAreNoBoundaries() {
        QFETCH(QByteArray, sql);
        const QByteArray text =
            script({entry("before", "CREATE TABLE public.x (id integer);"), entry("tricky", sql),
                    entry("after", "CREATE TABLE public.y (id integer);")});
        QString refused;
        const std::optional<QByteArrayList> pieces = splitRestoreScript(text, 1, &refused);
        QVERIFY2(pieces, qPrintable(refused));
        // Every piece but the first starts with an entry's header; the tricky one is whole.
        QCOMPARE(pieces->size(), 4);
        QVERIFY((*pieces)[2].contains(sql));
        QVERIFY((*pieces)[3].contains("CREATE TABLE public.y"));
        QVERIFY(!(*pieces)[3].contains("fake"));
    }

    void psqlMetaCommandsAreRefused() {
        QString refused;
        QVERIFY(!splitRestoreScript(script({entry("a", "\\connect other\nCREATE TABLE a ();")}), 1,
                                    &refused));
        QCOMPARE(refused, QStringLiteral("\\connect other"));
        // Indented, still psql's.
        QVERIFY(!splitRestoreScript("SELECT 1;\n\\gexec\n", 1, &refused));
    }

    void emptyScriptsGiveNoPiece() {
        QString refused;
        QCOMPARE(splitRestoreScript({}, 1, &refused)->size(), 0);
        QCOMPARE(splitRestoreScript("\\restrict k\n\n\\unrestrict k\n", 1, &refused)->size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRestoreScript)
#include "tst_restorescript.moc"
