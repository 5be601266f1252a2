#include "MigrationReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace pgm;

namespace {

const QString kHostileDb = QStringLiteral("<script>alert(\"db\")</script> & 'x'");
const QString kHostileTable = QStringLiteral("public.\"<b>t&amp;\"");

MigrationState sample() {
    MigrationState state;
    state.id = QStringLiteral("20261130-050000-abcd");
    state.created = QDateTime(QDate(2026, 11, 30), QTime(5, 0), QTimeZone::utc());
    state.finished = state.created.addSecs(90);
    state.source.host = QStringLiteral("src");
    state.source.user = QStringLiteral("admin");
    state.source.password = QStringLiteral("Sup3rSecret");
    state.source.extra.insert(QStringLiteral("options"), QStringLiteral("-c x=1"));
    state.target.host = QStringLiteral("dst");
    state.target.password = QStringLiteral("Sup3rSecret2");
    state.warnings << QStringLiteral("role <r&d> needs a password");
    state.sourceVersion = ServerVersion(150004);
    state.targetVersion = ServerVersion(170002);
    state.checks << CheckRecord{QStringLiteral("wal-level"), QStringLiteral("WAL level"),
                                QStringLiteral("pass"),      QString(),
                                QStringLiteral("logical"),   QStringLiteral("never shown")}
                 << CheckRecord{QStringLiteral("tables-without-primary-key"),
                                QStringLiteral("Tables without primary key"),
                                QStringLiteral("warn"),
                                kHostileDb,
                                QStringLiteral("1 table: public.<t>"),
                                QStringLiteral("ALTER TABLE x ADD PRIMARY KEY (id) & retry")};
    DatabaseState db;
    db.dbname = kHostileDb;
    db.method = MigrationMethod::Replication;
    db.reason = QStringLiteral("superuser on both sides");
    db.status = DbStatus::Done;
    db.bytesTotal = 16384;
    db.started = state.created;
    db.finished = state.finished;
    db.phaseSeconds.insert(Phase::Data, 1.5);
    db.phaseSeconds.insert(Phase::Verify, 0.5);
    db.cutoverSteps << CutoverStep{Phase::Freeze, 0, state.finished, 0.1}
                    << CutoverStep{Phase::Drain, 300, state.finished, 0.2}
                    << CutoverStep{Phase::Verify, 1800, state.finished, 3.0};
    db.tables << TableState{kHostileTable, 10, 8192, true, true}
              << TableState{QStringLiteral("public.plain"), 5, 8192, true, true};
    DatabaseState failed;
    failed.dbname = QStringLiteral("shop");
    failed.phaseSeconds.insert(Phase::Verify, 0.1);
    failed.tables << TableState{QStringLiteral("public.orders"), 3, 8192, true, false};
    DatabaseState early;
    early.dbname = QStringLiteral("early");
    state.databases << db << failed << early;
    return state;
}

} // namespace

class TestMigrationReport : public QObject {
    Q_OBJECT
private slots:
    void jsonHoldsTheMigrationWithoutSecrets() {
        const QJsonObject report = migrationReport(sample(), false);
        const QByteArray bytes = QJsonDocument(report).toJson();
        QVERIFY(!bytes.contains("Sup3rSecret"));
        QVERIFY(!bytes.contains("x=1")); // extra connection options stay out
        QCOMPARE(report.value(QStringLiteral("duration_seconds")).toDouble(), 90.0);
        QCOMPARE(report.value(QStringLiteral("method")).toString(), QStringLiteral("mixed"));
        QCOMPARE(report.value(QStringLiteral("source")).toObject().value(QStringLiteral("host")),
                 QStringLiteral("src"));
        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("tables")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("rows")).toInt(), 18);
        const QJsonArray dbs = report.value(QStringLiteral("databases")).toArray();
        QCOMPARE(dbs.size(), 3);
        const QJsonObject first = dbs.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), kHostileDb);
        QCOMPARE(first.value(QStringLiteral("verification")), QStringLiteral("ok"));
        QCOMPARE(first.value(QStringLiteral("cutover")).toString(),
                 QStringLiteral("2026-11-30T05:01:30Z"));
        QCOMPARE(first.value(QStringLiteral("tables"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 kHostileTable);
        QCOMPARE(dbs.at(1).toObject().value(QStringLiteral("verification")),
                 QStringLiteral("differences"));
        QCOMPARE(dbs.at(2).toObject().value(QStringLiteral("verification")),
                 QStringLiteral("not_run"));
        QVERIFY(!dbs.at(1).toObject().contains(QStringLiteral("cutover"))); // dump: no cut-over
    }

    void versionsAndChecksSurviveTheStateFile() {
        const MigrationState state = MigrationState::fromJson(sample().toJson());
        QCOMPARE(state.sourceVersion.number(), 150004);
        QCOMPARE(state.targetVersion.number(), 170002);
        QCOMPARE(state.checks.size(), 2);
        QCOMPARE(state.checks.at(1).status, QStringLiteral("warn"));
        QCOMPARE(state.checks.at(1).dbname, kHostileDb);
        QCOMPARE(state.checks.at(1).remedy,
                 QStringLiteral("ALTER TABLE x ADD PRIMARY KEY (id) & retry"));
        QVERIFY(state.checks.at(0).dbname.isEmpty());
    }

    void jsonHoldsVersionsAndChecks() {
        const QJsonObject report = migrationReport(sample(), false);
        const QJsonObject source = report.value(QStringLiteral("source")).toObject();
        const QJsonObject target = report.value(QStringLiteral("target")).toObject();
        QCOMPARE(source.value(QStringLiteral("server_version")).toString(), QStringLiteral("15.4"));
        QCOMPARE(source.value(QStringLiteral("server_version_num")).toInt(), 150004);
        QCOMPARE(target.value(QStringLiteral("server_version")).toString(), QStringLiteral("17.2"));
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        const QJsonObject warn = checks.at(1).toObject();
        QCOMPARE(warn.value(QStringLiteral("id")).toString(),
                 QStringLiteral("tables-without-primary-key"));
        QCOMPARE(warn.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QCOMPARE(warn.value(QStringLiteral("dbname")).toString(), kHostileDb);
        QCOMPARE(warn.value(QStringLiteral("remedy")).toString(),
                 QStringLiteral("ALTER TABLE x ADD PRIMARY KEY (id) & retry"));
        QVERIFY(checks.at(0).toObject().value(QStringLiteral("dbname")).isNull());
    }

    void htmlShowsVersionsAndChecks() {
        const QString html = migrationReportHtml(migrationReport(sample(), false));
        QVERIFY(html.contains(QStringLiteral("PostgreSQL 15.4")));
        QVERIFY(html.contains(QStringLiteral("PostgreSQL 17.2")));
        QVERIFY(html.contains(QStringLiteral("<h2>Pre-checks</h2>")));
        QVERIFY(html.contains(QStringLiteral("<td>WARN</td>")));
        QVERIFY(html.contains(QStringLiteral("1 table: public.&lt;t&gt;")));
        QVERIFY(html.contains(QStringLiteral("ALTER TABLE x ADD PRIMARY KEY (id) &amp; retry")));
        // A passing check has nothing to fix: its remedy stays out.
        QVERIFY(html.contains(QStringLiteral("<td>WAL level</td>")));
        QVERIFY(!html.contains(QStringLiteral("never shown")));
    }

    void stateFileWithoutVersionsOrChecksStillReports() {
        // A state file written before versions and checks were kept.
        QJsonObject old = sample().toJson();
        for (const char* key : {"source_server_version", "source_server_version_num",
                                "target_server_version", "target_server_version_num", "checks"}) {
            QVERIFY(old.contains(QLatin1String(key)));
            old.remove(QLatin1String(key));
        }
        const MigrationState state = MigrationState::fromJson(old);
        QVERIFY(!state.sourceVersion.isValid());
        QVERIFY(state.checks.isEmpty());
        const QJsonObject report = migrationReport(state, false);
        QVERIFY(report.value(QStringLiteral("source"))
                    .toObject()
                    .value(QStringLiteral("server_version"))
                    .isNull());
        QCOMPARE(report.value(QStringLiteral("checks")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("databases")).toArray().size(), 3);
        const QString html = migrationReportHtml(report);
        QVERIFY(!html.contains(QStringLiteral("Pre-checks")));
        QVERIFY(!html.contains(QStringLiteral("PostgreSQL")));
        QVERIFY(html.contains(QStringLiteral("admin@src:5432")));
        QVERIFY(html.contains(QStringLiteral("Verification: every table equal")));
    }

    void htmlNamesTheFinishSteps() {
        const QJsonObject report = migrationReport(sample(), false);
        const QJsonArray steps = report.value(QStringLiteral("databases"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("cutover_steps"))
                                     .toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("drain"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("limit")).toInteger(), 300);
        const QString html = migrationReportHtml(report);
        QVERIFY2(html.contains(QStringLiteral("Finish steps (time/limit): freeze writes 0.1 s, "
                                              "drain 0.2/300 s, verify 3.0/1800 s")),
                 qPrintable(html));
    }

    /// The HTML (and the PDF made from it) is read by people: the JSON's ids ("done",
    /// "replication", "not_run", "data") are shown in the reader's language. The JSON keeps them.
    void htmlSpeaksTheReadersLanguage() {
        const QJsonObject report = migrationReport(sample(), false);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const struct {
            const char* language;
            QStringList words;
        } cases[] = {
            {"de",
             {QStringLiteral("<td>läuft</td>"), QStringLiteral("fertig"),
              QStringLiteral("Replikation"), QStringLiteral("alle Tabellen gleich"),
              QStringLiteral("nicht ausgeführt"), QStringLiteral("Unterschiede gefunden"),
              QStringLiteral("<td>OK</td>"), QStringLiteral("Daten 1.5 s"),
              QStringLiteral("Schritte des Abschlusses")}},
            {"fi",
             {QStringLiteral("<td>käynnissä</td>"), QStringLiteral("valmis"),
              QStringLiteral("replikointi"), QStringLiteral("kaikki taulut samat"),
              QStringLiteral("ei suoritettu"), QStringLiteral("eroja löytyi"),
              QStringLiteral("Lopetuksen vaiheet")}},
        };
        for (const auto& [language, words] : cases) {
            QTranslator translator;
            QVERIFY(translator.load(QLocale(QString::fromLatin1(language)),
                                    QStringLiteral("pgmigrate"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            const QString html = migrationReportHtml(report);
            QCoreApplication::removeTranslator(&translator);
            for (const QString& word : words) {
                QVERIFY2(html.contains(word),
                         qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + word));
            }
            // No English id or word of the summary and the databases' lines is left (the data
            // phase is "data" in Finnish too: the verify phase stands for the phases).
            for (const char* english :
                 {">running<", ">mixed<", ". Status: done", "Verification:", "not_run",
                  "differences", ">replication<", "verify 0.5 s", "Finish steps"}) {
                QVERIFY2(!html.contains(QLatin1String(english)),
                         qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") +
                                    QString::fromLatin1(english)));
            }
        }
    }

    void htmlEscapesEveryName() {
        const QString html = migrationReportHtml(migrationReport(sample(), false));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!html.contains(QStringLiteral("<r&d>")));
        QVERIFY(html.contains(
            QStringLiteral("&lt;script&gt;alert(&quot;db&quot;)&lt;/script&gt; &amp; 'x'")));
        QVERIFY(html.contains(QStringLiteral("public.&quot;&lt;b&gt;t&amp;amp;&quot;")));
        QVERIFY(html.contains(QStringLiteral("role &lt;r&amp;d&gt; needs a password")));
        QVERIFY(!html.contains(QStringLiteral("Sup3rSecret")));
        QVERIFY(html.contains(QStringLiteral("Verification: every table equal")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationReport)
#include "tst_migrationreport.moc"
