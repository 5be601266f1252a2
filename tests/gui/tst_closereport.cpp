#include "ClosePage.h"
#include "MigrationModel.h"
#include "TestCredentials.h"
#include "Translators.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pgm;

/// The Close page's Save report...: the button is there, and its slot writes each format.
/// The file dialog itself is never opened here (no modal dialogs in tests).
class TestCloseReport : public QObject {
    Q_OBJECT
private slots:
    void saveReportWritesEachFormat() {
        MigrationModel model(pgtest::memoryCredentials());
        ClosePage page(&model);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("saveReport"));
        QVERIFY(button);
        QVERIFY(!button->text().isEmpty());
        QVERIFY(button->isVisibleTo(&page)); // in every state, not only while syncing
        QTemporaryDir dir;
        QVERIFY(page.saveReport(dir.filePath(QStringLiteral("r.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        QVERIFY(page.saveReport(dir.filePath(QStringLiteral("r.json"))));
        QFile json(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(
            QJsonDocument::fromJson(json.readAll()).object().contains(QStringLiteral("databases")));
        QVERIFY(page.saveReport(dir.filePath(QStringLiteral("r.html"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.html"))));
        // Any other extension names no format: refused, and said so on the page.
        QVERIFY(!page.saveReport(dir.filePath(QStringLiteral("r.txt"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.txt"))));
        auto* result = page.findChild<QLabel*>(QStringLiteral("reportResult"));
        QVERIFY(result && result->text().contains(QStringLiteral("r.txt")));
        // For a person to look at: the button and the outcome line.
        page.resize(640, 300);
        QVERIFY(page.grab().save(QStringLiteral("closereport.png")));
    }

    /// The refusal is in the user's language, like the page around it (it was English).
    void refusalSpeaksGerman() {
        QTranslator own;
        QTranslator qt;
        QVERIFY(installTranslators(QLocale(QStringLiteral("de_DE")), own, qt));
        MigrationModel model(pgtest::memoryCredentials());
        ClosePage page(&model);
        QTemporaryDir dir;
        QVERIFY(!page.saveReport(dir.filePath(QStringLiteral("r.txt"))));
        const QString text = page.findChild<QLabel*>(QStringLiteral("reportResult"))->text();
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
        QVERIFY2(!text.contains(QStringLiteral("must end in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(".html")), qPrintable(text));
    }
};

QTEST_MAIN(TestCloseReport)
#include "tst_closereport.moc"
