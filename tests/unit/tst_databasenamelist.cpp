#include "DatabaseNameList.h"

#include <QTest>

class TestDatabaseNameList : public QObject {
    Q_OBJECT
private slots:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("spaces") << QStringLiteral("  a  b\tc ")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("c")};
        QTest::newRow("quoted") << QStringLiteral("\"my db\" other")
                                << QStringList{QStringLiteral("my db"), QStringLiteral("other")};
        QTest::newRow("quote inside")
            << QStringLiteral("\"say \"\"hi\"\"\"") << QStringList{QStringLiteral("say \"hi\"")};
        QTest::newRow("unicode") << QStringLiteral("Ünïcødé 日本")
                                 << QStringList{QStringLiteral("Ünïcødé"), QStringLiteral("日本")};
        // Found by fuzzing: any white space the parser splits on must be quoted when formatted.
        QTest::newRow("form feed, newline, no-break space")
            << QStringLiteral("\"a\fb\" \"c\nd\" \"e\u00a0f\"")
            << QStringList{QStringLiteral("a\fb"), QStringLiteral("c\nd"),
                           QStringLiteral("e\u00a0f")};
        QTest::newRow("duplicates") << QStringLiteral("a a") << QStringList{QStringLiteral("a")};
    }

    void parses() {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QStringList parsed;
        QString error;
        QVERIFY(pgm::parseDatabaseList(text, &parsed, &error));
        QCOMPARE(parsed, names);
        // Formatting and parsing again gives the same names.
        QStringList again;
        QVERIFY(pgm::parseDatabaseList(pgm::formatDatabaseList(names), &again, &error));
        QCOMPARE(again, names);
    }

    void unterminatedQuote() {
        QStringList parsed;
        QString error;
        QVERIFY(!pgm::parseDatabaseList(QStringLiteral("\"open"), &parsed, &error));
        QVERIFY(error.contains(QStringLiteral("quote")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseNameList)
#include "tst_databasenamelist.moc"
