// aiven-db-migrate's spellings of pgmigrate's options (-s, -t, -f/--filtered-db, --skip-table
// in its three forms), parsed as pgmigrate's own.
#include "DatabaseNameList.h"
#include "LockWait.h"
#include "ServerOptions.h"
#include "SkipTables.h"

#include <QTest>

using Names = QList<QStringList>;

class TestCliFlags : public QObject {
    Q_OBJECT

    static QString readServers(const QStringList& arguments, pgm::CheckRequest* request) {
        QCommandLineParser parser;
        const pgm::ServerOptions servers;
        servers.addTo(parser);
        if (!parser.parse(QStringList{QStringLiteral("pgmigrate")} + arguments)) {
            return parser.errorText();
        }
        return servers.read(parser, request, true);
    }

    /// --lock-wait's value as migrate and finish read it, or their usage error.
    static QString readLockWait(const QStringList& arguments, std::chrono::milliseconds* wait) {
        QCommandLineParser parser;
        const QCommandLineOption option = pgm::lockWaitOption();
        parser.addOption(option);
        if (!parser.parse(QStringList{QStringLiteral("pgmigrate")} + arguments)) {
            return parser.errorText();
        }
        return pgm::readLockWait(parser, option, wait);
    }

private slots:
    void lockWaitTakesSecondsFromNoneToADay_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("seconds"); // -1: refused
        QTest::newRow("default") << QStringList{} << 30;
        QTest::newRow("none: one try each") << QStringList{QStringLiteral("--lock-wait=0")} << 0;
        QTest::newRow("a night's report")
            << QStringList{QStringLiteral("--lock-wait"), QStringLiteral("3600")} << 3600;
        QTest::newRow("negative") << QStringList{QStringLiteral("--lock-wait=-1")} << -1;
        QTest::newRow("not a number") << QStringList{QStringLiteral("--lock-wait=1m")} << -1;
        QTest::newRow("over a day") << QStringList{QStringLiteral("--lock-wait=86401")} << -1;
    }

    void lockWaitTakesSecondsFromNoneToADay() {
        QFETCH(QStringList, arguments);
        QFETCH(int, seconds);
        std::chrono::milliseconds wait{-5};
        const QString error = readLockWait(arguments, &wait);
        if (seconds < 0) {
            QVERIFY2(error.contains(QStringLiteral("--lock-wait")), qPrintable(error));
            QCOMPARE(wait.count(), -5); // untouched
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(wait, std::chrono::milliseconds(std::chrono::seconds(seconds)));
        }
    }

    void shortServerOptionsAreTheLongOnes_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("aiven-db-migrate's") << QStringList{
            QStringLiteral("-s"),
            QStringLiteral("postgres://su@src.example:5433/postgres"),
            QStringLiteral("-t"),
            QStringLiteral("postgres://tu@dst.example:5434/defaultdb?sslmode=require"),
            QStringLiteral("-f"),
            QStringLiteral("skip1,skip2"),
            QStringLiteral("--filtered-db"),
            QStringLiteral("\"sk,ip3\"")};
        QTest::newRow("pgmigrate's") << QStringList{
            QStringLiteral("--source=postgres://su@src.example:5433/postgres"),
            QStringLiteral("--target"),
            QStringLiteral("postgres://tu@dst.example:5434/defaultdb?sslmode=require"),
            QStringLiteral("--exclude-db"),
            QStringLiteral("skip1"),
            QStringLiteral("--exclude-db=skip2,\"sk,ip3\"")};
        QTest::newRow("glued on") << QStringList{
            QStringLiteral("-spostgres://su@src.example:5433/postgres"),
            QStringLiteral("-tpostgres://tu@dst.example:5434/defaultdb?sslmode=require"),
            QStringLiteral("-fskip1,skip2"), QStringLiteral("-f"), QStringLiteral("\"sk,ip3\"")};
    }

    void shortServerOptionsAreTheLongOnes() {
        QFETCH(QStringList, arguments);
        pgm::CheckRequest request;
        QCOMPARE(readServers(arguments, &request), QString());
        QCOMPARE(request.inspection.source.host, QStringLiteral("src.example"));
        QCOMPARE(request.inspection.source.port, 5433);
        QCOMPARE(request.inspection.source.user, QStringLiteral("su"));
        QCOMPARE(request.inspection.target.host, QStringLiteral("dst.example"));
        QCOMPARE(request.inspection.target.port, 5434);
        QCOMPARE(request.inspection.target.dbname, QStringLiteral("defaultdb"));
        QCOMPARE(request.inspection.target.sslmode, QStringLiteral("require"));
        QCOMPARE(request.inspection.excludedDatabases,
                 (QStringList{QStringLiteral("skip1"), QStringLiteral("skip2"),
                              QStringLiteral("sk,ip3")}));
    }

    /// --exclude-db reads the wizard's "Exclude databases" text (one grammar, one parser): what
    /// the wizard writes for odd names, the CLI reads back as the same names.
    void excludeDbTakesTheWizardsList() {
        const QStringList odd{QStringLiteral("a,b"),        QStringLiteral("my db"),
                              QStringLiteral("\"quoted\""), QStringLiteral(" padded "),
                              QStringLiteral("Ünïcødé"),    QString(21, QChar(0x65e5))};
        pgm::CheckRequest request;
        QCOMPARE(readServers({QStringLiteral("-s"), QStringLiteral("host=s"), QStringLiteral("-t"),
                              QStringLiteral("host=t"), QStringLiteral("--exclude-db"),
                              pgm::formatDatabaseList(odd)},
                             &request),
                 QString());
        QCOMPARE(request.inspection.excludedDatabases, odd);
    }

    void aServerIsStillRequired() {
        pgm::CheckRequest request;
        QCOMPARE(readServers({QStringLiteral("-s"), QStringLiteral("host=h")}, &request),
                 QStringLiteral("--source and --target are required"));
    }

    void skipTableForms_data() {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<Names>("patterns");
        const QString db = QStringLiteral("db");
        const QString sch = QStringLiteral("sch");
        const QString t = QStringLiteral("t");
        QTest::newRow("table") << QStringList{t} << Names{{t}};
        QTest::newRow("schema.table") << QStringList{QStringLiteral("sch.t")} << Names{{sch, t}};
        QTest::newRow("db.schema.table")
            << QStringList{QStringLiteral("db.sch.t")} << Names{{db, sch, t}};
        QTest::newRow("repeated, one each, mixed")
            << QStringList{QStringLiteral("spatial_ref_sys"), QStringLiteral("sch.t"),
                           QStringLiteral("db.sch.t")}
            << Names{{QStringLiteral("spatial_ref_sys")}, {sch, t}, {db, sch, t}};
        QTest::newRow("pgmigrate's comma list")
            << QStringList{QStringLiteral("db.sch.t, t")} << Names{{db, sch, t}, {t}};
        QTest::newRow("quoted, case kept")
            << QStringList{QStringLiteral("\"My.Schema\".\"Ta,ble\"")}
            << Names{{QStringLiteral("My.Schema"), QStringLiteral("Ta,ble")}};
    }

    void skipTableForms() {
        QFETCH(QStringList, values);
        QFETCH(Names, patterns);
        Names read;
        QCOMPARE(pgm::readSkipTablePatterns(values, &read), QString());
        QCOMPARE(read, patterns);
    }

    void skipTableErrors_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("four parts")
            << QStringLiteral("a.b.c.d")
            << QStringLiteral("--skip-table takes table, schema.table or db.schema.table: "
                              "\"a.b.c.d\" is not table, schema.table or db.schema.table");
        QTest::newRow("empty part")
            << QStringLiteral("db..t")
            << QStringLiteral("--skip-table takes table, schema.table or db.schema.table: "
                              "\"db..t\" is not table, schema.table or db.schema.table");
        QTest::newRow("open quote") << QStringLiteral("\"t")
                                    << QStringLiteral("--skip-table takes table, schema.table or "
                                                      "db.schema.table: a double quote is not "
                                                      "closed");
    }

    void skipTableErrors() {
        QFETCH(QString, value);
        QFETCH(QString, error);
        Names read;
        QCOMPARE(pgm::readSkipTablePatterns({value}, &read), error);
    }

    void fullNamesNeedNoServer() {
        // db.schema.table is taken as given: no connection (the source here does not exist).
        pgm::ConnectionSettings nowhere;
        nowhere.host = QStringLiteral("192.0.2.1");
        nowhere.connectTimeoutSeconds = 1;
        QStringList unmatched;
        QString error;
        const QStringList entries = pgm::resolveSkipTables(
            {{QStringLiteral("db"), QStringLiteral("s.x"), QStringLiteral("t")}}, nowhere, {},
            &unmatched, &error);
        QCOMPARE(error, QString());
        QCOMPARE(entries, QStringList{QStringLiteral("db.\"s.x\".t")});
        QVERIFY(unmatched.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFlags)
#include "tst_cliflags.moc"
