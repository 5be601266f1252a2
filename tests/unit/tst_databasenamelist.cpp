// The one grammar of excluded databases, shared by the CLI's --exclude-db and the wizard's
// "Exclude databases" field: commas between names, double quotes around odd ones.
#include "DatabaseNameList.h"

#include <QTest>

class TestDatabaseNameList : public QObject {
    Q_OBJECT
private slots:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("commas, spaces around")
            << QStringLiteral("  a , b,\tc ,")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("space inside, unquoted")
            << QStringLiteral("my db, other")
            << QStringList{QStringLiteral("my db"), QStringLiteral("other")};
        QTest::newRow("quoted comma") << QStringLiteral("\"a,b\", c")
                                      << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
        QTest::newRow("quote inside")
            << QStringLiteral("\"say \"\"hi\"\"\"") << QStringList{QStringLiteral("say \"hi\"")};
        QTest::newRow("quote not leading")
            << QStringLiteral("it\"s") << QStringList{QStringLiteral("it\"s")};
        QTest::newRow("spaces kept in quotes")
            << QStringLiteral("\" padded \"") << QStringList{QStringLiteral(" padded ")};
        QTest::newRow("dot is ordinary")
            << QStringLiteral("a.b") << QStringList{QStringLiteral("a.b")};
        QTest::newRow("unicode") << QStringLiteral("Ünïcødé, 日本")
                                 << QStringList{QStringLiteral("Ünïcødé"), QStringLiteral("日本")};
        // NAMEDATALEN - 1: the longest name PostgreSQL keeps (63 bytes: 21 three-byte characters).
        QTest::newRow("63 bytes") << QStringLiteral("%1, x").arg(QString(21, QChar(0x65e5)))
                                  << QStringList{QString(21, QChar(0x65e5)), QStringLiteral("x")};
        QTest::newRow("form feed, newline, no-break space inside")
            << QStringLiteral("a\fb, c\nd, e\u00a0f")
            << QStringList{QStringLiteral("a\fb"), QStringLiteral("c\nd"),
                           QStringLiteral("e\u00a0f")};
        QTest::newRow("duplicates") << QStringLiteral("a, a") << QStringList{QStringLiteral("a")};
    }

    void parses() {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QStringList parsed;
        QString error;
        QVERIFY2(pgm::parseDatabaseList(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, names);
        // Formatting and parsing again gives the same names.
        QStringList again;
        QVERIFY(pgm::parseDatabaseList(pgm::formatDatabaseList(names), &again, &error));
        QCOMPARE(again, names);
    }

    void formats() {
        QCOMPARE(pgm::formatDatabaseList({QStringLiteral("a"), QStringLiteral("my db"),
                                          QStringLiteral("x,y"), QStringLiteral("\"q"),
                                          QStringLiteral(" pad")}),
                 QStringLiteral("a, my db, \"x,y\", \"\"\"q\", \" pad\""));
    }

    void rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed quote") << QStringLiteral("\"open");
        QTest::newRow("text after quote") << QStringLiteral("\"a\"b");
        QTest::newRow("empty quoted name") << QStringLiteral("a, \"\"");
    }

    void rejects() {
        QFETCH(QString, text);
        QStringList parsed;
        QString error;
        QVERIFY(!pgm::parseDatabaseList(text, &parsed, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseNameList)
#include "tst_databasenamelist.moc"
