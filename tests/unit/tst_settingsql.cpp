// A list setting's stored text (pg_db_role_setting) split into its names, as pg_dump's
// SplitGUCList splits it before writing each as a literal.
#include "SettingSql.h"

#include <QTest>

using Names = std::optional<QStringList>;

class TestSettingSql : public QObject {
    Q_OBJECT
private slots:
    void splitsAStoredList_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<Names>("names");
        QTest::newRow("an empty name (search_path = '')")
            << QStringLiteral("\"\"") << Names(QStringList{QString()});
        QTest::newRow("nothing") << QStringLiteral("  ") << Names(QStringList{});
        QTest::newRow("the default")
            << QStringLiteral("\"$user\", public")
            << Names(QStringList{QStringLiteral("$user"), QStringLiteral("public")});
        QTest::newRow("a comma and quotes inside quotes")
            << QStringLiteral("\"odd, \"\"name\"\"\",public")
            << Names(QStringList{QStringLiteral("odd, \"name\""), QStringLiteral("public")});
        QTest::newRow("bare names keep their case")
            << QStringLiteral("App ,x")
            << Names(QStringList{QStringLiteral("App"), QStringLiteral("x")});
        QTest::newRow("no closing quote") << QStringLiteral("\"a, b") << Names();
        QTest::newRow("an empty bare name") << QStringLiteral("a,,b") << Names();
        QTest::newRow("two names without a comma") << QStringLiteral("a b") << Names();
    }

    void splitsAStoredList() {
        QFETCH(QString, stored);
        QFETCH(Names, names);
        QCOMPARE(pgm::splitSettingList(stored), names);
    }
};

QTEST_APPLESS_MAIN(TestSettingSql)
#include "tst_settingsql.moc"
