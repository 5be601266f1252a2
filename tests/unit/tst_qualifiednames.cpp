#include "QualifiedNames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using Names = QList<QStringList>;

class TestQualifiedNames : public QObject {
    Q_OBJECT
private slots:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("parts");
        QTest::addColumn<Names>("names");
        QTest::newRow("empty") << QString() << 1 << Names{};
        QTest::newRow("plain, spaces trimmed, empty entries skipped")
            << QStringLiteral(" a , b,,my db,") << 1
            << Names{{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("my db")}};
        QTest::newRow("a dot is a character in a database name")
            << QStringLiteral("a.b") << 1 << Names{{QStringLiteral("a.b")}};
        QTest::newRow("quoted comma and quote")
            << QStringLiteral("\"a,b\",\"q\"\"uote\"") << 1
            << Names{{QStringLiteral("a,b")}, {QStringLiteral("q\"uote")}};
        QTest::newRow("a quote inside an unquoted name is kept")
            << QStringLiteral("pgm odd \"db\" ü") << 1
            << Names{{QStringLiteral("pgm odd \"db\" ü")}};
        QTest::newRow("tables")
            << QStringLiteral("db.public.t, d2.\"sch.ema\".\"ta,ble\"") << 3
            << Names{{QStringLiteral("db"), QStringLiteral("public"), QStringLiteral("t")},
                     {QStringLiteral("d2"), QStringLiteral("sch.ema"), QStringLiteral("ta,ble")}};
        QTest::newRow("case kept")
            << QStringLiteral("Db.Public.T") << 3
            << Names{{QStringLiteral("Db"), QStringLiteral("Public"), QStringLiteral("T")}};
    }

    void parses() {
        QFETCH(QString, text);
        QFETCH(int, parts);
        QFETCH(Names, names);
        Names parsed;
        QString error;
        QVERIFY2(pgm::parseNameList(text, parts, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, names);
        for (const QStringList& name : names) {
            Names again;
            QVERIFY(pgm::parseNameList(pgm::formatQualifiedName(name), parts, &again, &error));
            QCOMPARE(again, Names{name});
        }
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("parts");
        QTest::newRow("open quote") << QStringLiteral("\"abc") << 1;
        QTest::newRow("text after quote") << QStringLiteral("\"a\"b") << 1;
        QTest::newRow("two parts") << QStringLiteral("db.table") << 3;
        QTest::newRow("four parts") << QStringLiteral("a.b.c.d") << 3;
        QTest::newRow("empty part") << QStringLiteral("a..c") << 3;
    }

    void refuses() {
        QFETCH(QString, text);
        QFETCH(int, parts);
        Names parsed;
        QString error;
        QVERIFY(!pgm::parseNameList(text, parts, &parsed, &error));
        QVERIFY(!error.isEmpty());
    }

    /// The CLI says why a name was refused in the user's language (it said it in English).
    void refusesInGerman() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("pgmigrate"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        Names parsed;
        QString open;
        QString parts;
        pgm::parseNameList(QStringLiteral("\"abc"), 1, &parsed, &open);
        pgm::parseNameList(QStringLiteral("a.b.c.d"), 1, 3, &parsed, &parts);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(open, QStringLiteral("ein doppeltes Anführungszeichen ist nicht geschlossen"));
        QVERIFY2(parts.startsWith(QStringLiteral("„a.b.c.d“ ist weder")), qPrintable(parts));
    }

    void skippedTablesOfOneDatabase() {
        const QStringList entries = {QStringLiteral("a.s.t"), QStringLiteral("\"a.b\".s.u"),
                                     QStringLiteral("a.\"x.y\".\"z,w\"")};
        QCOMPARE(pgm::skippedTablesOf(entries, QStringLiteral("a")),
                 (QList<pgm::TableName>{{QStringLiteral("s"), QStringLiteral("t")},
                                        {QStringLiteral("x.y"), QStringLiteral("z,w")}}));
        QCOMPARE(pgm::skippedTablesOf(entries, QStringLiteral("a.b")),
                 (QList<pgm::TableName>{{QStringLiteral("s"), QStringLiteral("u")}}));
    }
};

QTEST_GUILESS_MAIN(TestQualifiedNames)
#include "tst_qualifiednames.moc"
