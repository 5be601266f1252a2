#include "CheckRules.h"
#include "MigrationWizard.h"
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "TestCredentials.h"
#include "Translators.h"
#include "ValidationPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLocale>
#include <QTranslator>
#include <QTreeWidget>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_gui_i18n");

/// Every text of the check report widget, all columns, one string.
QString reportText(const QTreeWidget* results) {
    QString text;
    for (int top = 0; top < results->topLevelItemCount(); ++top) {
        const QTreeWidgetItem* group = results->topLevelItem(top);
        text += group->text(0) + QLatin1Char('\n');
        for (int row = 0; row < group->childCount(); ++row) {
            for (int column = 0; column < 3; ++column) {
                text += group->child(row)->text(column) + QLatin1Char('\n');
            }
        }
    }
    return text;
}

/// Qt's own wizard buttons showing English texts (QWizard's, untranslated) on the current page.
QStringList englishQtButtons(const QWizard& wizard) {
    static const QStringList english = {QStringLiteral("< &Back"), QStringLiteral("&Next >"),
                                        QStringLiteral("Cancel"), QStringLiteral("&Finish"),
                                        QStringLiteral("&Help")};
    QStringList found;
    for (const QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::FinishButton,
          QWizard::HelpButton}) {
        const QAbstractButton* button = wizard.button(which);
        if (button->isVisible() && english.contains(button->text())) {
            found << button->text();
        }
    }
    return found;
}

} // namespace

/// The wizard in German and in Finnish runs a real check against the fixture's servers: no
/// check title, detail or remedy of the engine shows in English in the report, and none of Qt's
/// wizard buttons either.
class TestTranslatedChecks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // A table without a primary key and a materialized view: two warnings with their
        // remedies and details, besides the passing checks.
        pgtest::recreateDatabase(Cluster::Source, kDb);
        const auto source = pgtest::connect(Cluster::Source, kDb);
        source->exec(QStringLiteral("CREATE TABLE no_key (a int)"));
        source->exec(QStringLiteral("CREATE MATERIALIZED VIEW totals AS SELECT 1 AS one"));
    }

    void cleanupTestCase() { pgtest::dropDatabase(Cluster::Source, kDb); }

    void noEnglishCheckTextInTheReport_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title"); // one translated title, to see the language arrived
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Quellserver erreichbar");
        QTest::newRow("fi") << QStringLiteral("fi")
                            << QStringLiteral("Lähdepalvelin tavoitettavissa");
    }

    void noEnglishCheckTextInTheReport() {
        QFETCH(QString, language);
        QFETCH(QString, title);
        // As app/main.cpp does for the user's locale: ours and Qt's (the wizard's own buttons).
        QTranslator translator;
        QTranslator qtTranslator;
        QVERIFY(installTranslators(QLocale(language), translator, qtTranslator));

        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.setServers(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target));
        wizard.resize(1024, 768);
        wizard.show();
        QVERIFY(wizard.grab().save(QStringLiteral("wizard-configure-%1.png").arg(language)));
        wizard.next();
        ValidationPage* page = wizard.validationPage();
        page->runCheck();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
        const auto* results = wizard.findChild<QTreeWidget*>(QStringLiteral("checkResults"));
        QVERIFY(results);
        // The warnings' remedies are shown below their details.
        for (int top = 0; top < results->topLevelItemCount(); ++top) {
            results->topLevelItem(top)->setExpanded(true);
        }
        QVERIFY(wizard.grab().save(QStringLiteral("wizard-validation-%1.png").arg(language)));
        QVERIFY2(englishQtButtons(wizard).isEmpty(),
                 qPrintable(englishQtButtons(wizard).join(QLatin1Char(' '))));
        const QString shown = reportText(results);
        QVERIFY2(shown.contains(title), qPrintable(shown));

        // The same facts judged without a translator: the English texts that must not show.
        QApplication::removeTranslator(&translator);
        const CheckOutcome english = evaluateChecks(page->report().facts, MethodChoice::Auto, 2);
        QApplication::installTranslator(&translator);
        int remedies = 0;
        for (const Check& check : english.checks) {
            QVERIFY2(!shown.contains(check.title), qPrintable(check.id + QLatin1Char(' ') + shown));
            QVERIFY2(!shown.contains(check.detail),
                     qPrintable(check.id + QStringLiteral(": ") + check.detail));
            if (check.status != Check::Status::Pass && !check.remedy.isEmpty()) {
                QVERIFY2(!shown.contains(check.remedy),
                         qPrintable(check.id + QStringLiteral(": ") + check.remedy));
                ++remedies;
            }
        }
        QVERIFY(remedies >= 1); // the table without a primary key has one

        // The next page, before anything starts, for the screenshots.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MigrationWizard::MigrationId));
        QVERIFY(wizard.grab().save(QStringLiteral("wizard-migration-%1.png").arg(language)));
        // Qt's own buttons too ("< Back" and "Cancel" showed in English here once).
        QVERIFY2(englishQtButtons(wizard).isEmpty(),
                 qPrintable(englishQtButtons(wizard).join(QLatin1Char(' '))));
        QApplication::removeTranslator(&translator);
        QApplication::removeTranslator(&qtTranslator);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestTranslatedChecks test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translatedchecks.moc"
