#include "PgTestEnv.h"
#include "ServerVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

/// Markup characters and quotes in a real database name: the HTML must escape them.
const QString kDb = QStringLiteral("pgm_report <&\"db\">");
const QString kId = QStringLiteral("report-test");

/// Rows of every user table hashed, and the schema objects a migration must keep, as one text
/// per cluster: equal texts mean equal data and schema.
QString fingerprint(Cluster cluster) {
    auto db = pgtest::connect(cluster, kDb);
    const PgResult tables = db->exec(QStringLiteral(
        "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = "
        "'public' ORDER BY 1"));
    QString text;
    for (int row = 0; row < tables.rows(); ++row) {
        text += tables.text(row, 0) + QLatin1Char('=') +
                db->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' "
                                        "ORDER BY t::text)) FROM ") +
                         tables.text(row, 0) + QStringLiteral(" t"))
                    .scalar() +
                QLatin1Char('\n');
    }
    text += db->exec(QStringLiteral(
                         "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
                         "SELECT indexdef AS x FROM pg_indexes WHERE schemaname = 'public' "
                         "UNION ALL SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) "
                         "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                         "UNION ALL SELECT relname || ' ' || coalesce(relacl::text, '') FROM "
                         "pg_class WHERE relnamespace = 'public'::regnamespace) s"))
                .scalar();
    return text;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    std::pair<int, QByteArray> cli(QStringList arguments) {
        QProcess process;
        process.setProcessEnvironment(pgtest::cliEnvironment(m_stateDir.path()));
        if (arguments.first() == QLatin1String("migrate")) {
            arguments << QStringLiteral("--source") << pgtest::serverUri(Cluster::Source)
                      << QStringLiteral("--target") << pgtest::serverUri(Cluster::Target)
                      << QStringLiteral("--exclude-db")
                      << pgtest::sourceDatabasesExcept(kDb).join(QLatin1Char(','));
        }
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput() + process.readAllStandardError()};
    }

    /// No byte of the output may hold the fixture's password.
    static void assertNoPassword(const QByteArray& bytes, const char* what) {
        QVERIFY2(!bytes.contains(pgtest::password().toUtf8()), what);
    }

private slots:
    void initTestCase() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral(
                "CREATE TABLE items (id int PRIMARY KEY, v text NOT NULL CHECK (v <> '')); "
                "INSERT INTO items SELECT g, md5(g::text) FROM generate_series(1, 1000) g; "
                "CREATE INDEX items_v ON items (v); "
                "CREATE TABLE \"odd <t>&\" (id int PRIMARY KEY); "
                "INSERT INTO \"odd <t>&\" VALUES (1), (2), (3); "
                "GRANT SELECT ON items TO PUBLIC"));
        const auto [code, out] = cli({QStringLiteral("migrate"), QStringLiteral("--method"),
                                      QStringLiteral("dump"), QStringLiteral("--id"), kId});
        QVERIFY2(code == 0, out.constData());
        QCOMPARE(fingerprint(Cluster::Target), fingerprint(Cluster::Source));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void jsonHoldsDatabasesTablesAndVerification() {
        const auto [code, out] = cli({QStringLiteral("report"), QStringLiteral("--id"), kId,
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(code == 0, out.constData());
        assertNoPassword(out, "the JSON report holds the password");
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("id")).toString(), kId);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonArray dbs = report.value(QStringLiteral("databases")).toArray();
        QCOMPARE(dbs.size(), 1);
        const QJsonObject db = dbs.at(0).toObject();
        QCOMPARE(db.value(QStringLiteral("name")).toString(), kDb);
        QCOMPARE(db.value(QStringLiteral("verification")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.value(QStringLiteral("rows")).toInteger(), 1003);
        QMap<QString, qint64> rows;
        for (const QJsonValue& value : db.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = value.toObject();
            QVERIFY(table.value(QStringLiteral("verified")).toBool());
            rows.insert(table.value(QStringLiteral("name")).toString(),
                        table.value(QStringLiteral("rows")).toInteger());
        }
        QCOMPARE(rows.value(QStringLiteral("public.items")), 1000);
        QCOMPARE(rows.value(QStringLiteral("public.\"odd <t>&\"")), 3);
    }

    void jsonHoldsVersionsAndChecks() {
        const auto [code, out] = cli({QStringLiteral("report"), QStringLiteral("--id"), kId,
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(code == 0, out.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        // Each server's version as the server itself says it.
        for (const auto& [key, cluster] :
             {std::pair{"source", Cluster::Source}, std::pair{"target", Cluster::Target}}) {
            const QJsonObject server = report.value(QLatin1String(key)).toObject();
            const int number =
                pgtest::connect(cluster, QStringLiteral("postgres"))
                    ->exec(QStringLiteral("SELECT current_setting('server_version_num')"))
                    .scalar()
                    .toInt();
            QCOMPARE(server.value(QStringLiteral("server_version_num")).toInt(), number);
            QCOMPARE(server.value(QStringLiteral("server_version")).toString(),
                     ServerVersion(number).text());
        }
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QVERIFY2(!checks.isEmpty(), out.constData());
        const QStringList statuses{QStringLiteral("pass"), QStringLiteral("warn"),
                                   QStringLiteral("fail"), QStringLiteral("skip")};
        QMap<QString, QString> statusOf;
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            QVERIFY(!check.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY2(statuses.contains(check.value(QStringLiteral("status")).toString()),
                     qPrintable(check.value(QStringLiteral("status")).toString()));
            statusOf.insert(check.value(QStringLiteral("id")).toString(),
                            check.value(QStringLiteral("status")).toString());
        }
        QCOMPARE(statusOf.value(QStringLiteral("source-reachable")), QStringLiteral("pass"));
        // The run's checks as it judged them: --method dump skips what only replication needs.
        QCOMPARE(statusOf.value(QStringLiteral("wal-level")), QStringLiteral("skip"));
    }

    void htmlEscapesTheRealNames() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.html"));
        const auto [code, out] =
            cli({QStringLiteral("report"), QStringLiteral("--id"), kId, QStringLiteral("--format"),
                 QStringLiteral("html"), QStringLiteral("--output"), path});
        QVERIFY2(code == 0, out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        assertNoPassword(html, "the HTML report holds the password");
        QVERIFY(html.contains("pgm_report &lt;&amp;&quot;db&quot;&gt;"));
        QVERIFY(html.contains("public.&quot;odd &lt;t&gt;&amp;&quot;"));
        QVERIFY(!html.contains("<t>") && !html.contains("<&"));
        QVERIFY(html.contains("Verification: every table equal"));
        QVERIFY(html.contains("<h2>Pre-checks</h2>"));
        QVERIFY(html.contains(", PostgreSQL "));
    }

    void pdfReadsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const auto [code, out] =
            cli({QStringLiteral("report"), QStringLiteral("--id"), kId, QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--output"), path});
        QVERIFY2(code == 0, out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        assertNoPassword(pdf, "the PDF report holds the password");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext failed");
        const QByteArray words = text.readAllStandardOutput();
        QVERIFY2(words.contains(kDb.toUtf8()), words.constData());
        QVERIFY(words.contains("public.items"));
        QVERIFY(words.contains("Pre-checks"));
        assertNoPassword(words, "the PDF's text holds the password");
        // Kept for a person to look at (pdftoppm -png) when PGM_REPORT_KEEP names a directory.
        if (const QString keep = qEnvironmentVariable("PGM_REPORT_KEEP"); !keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/report.pdf"));
            QFile::copy(path, keep + QStringLiteral("/report.pdf"));
        }
    }

    void pdfInOtherSpellings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const auto [code, out] =
            cli({QStringLiteral("report"), QStringLiteral("--id"), kId,
                 QStringLiteral("--format=PDF"), QStringLiteral("--output"), path});
        QVERIFY2(code == 0, out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }

    void pdfWithoutOutputIsRefused() {
        const auto [code, out] = cli({QStringLiteral("report"), QStringLiteral("--id"), kId,
                                      QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(code, 2);
        QVERIFY(!out.startsWith("%PDF"));
    }
};

PGM_PG_TEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
