// The lag chart of the Migration and Close pages: a migration reopened from the list shows the
// history saved with it, and a finished one its report (no server needed: it is finished,
// nothing is read from the servers).
#include "LagChart.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "Screenshots.h"
#include "StateStore.h"
#include "TestCredentials.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace pgm;

namespace {

/// A replicated migration of two databases, finished: ten samples of its copy (2 MiB/s), then
/// thirty of replication lag.
MigrationState replicatedWithHistory() {
    MigrationState state;
    state.id = QStringLiteral("20261104-100000-dddd");
    state.created = QDateTime(QDate(2026, 11, 4), QTime(10, 0), Qt::UTC);
    state.finished = state.created.addSecs(3600);
    state.source.host = QStringLiteral("127.0.0.1");
    state.source.port = 1;
    state.source.user = QStringLiteral("pgm_chart_test");
    state.target = state.source;
    for (const QString& name : {QStringLiteral("app"), QStringLiteral("crm")}) {
        DatabaseState db;
        db.dbname = name;
        db.method = MigrationMethod::Replication;
        db.status = DbStatus::Done;
        db.bytesTotal = 20 << 20;
        state.databases << db;
    }
    QDateTime at = state.created;
    for (int i = 0; i < 10; ++i, at = at.addSecs(10)) {
        LagSample sample;
        sample.at = at;
        sample.bytesCopied = qint64(i) * 20 * (1 << 20);
        state.lagHistory.add(sample);
    }
    for (int i = 0; i < 30; ++i, at = at.addSecs(60)) {
        LagSample sample;
        sample.at = at;
        sample.lag.insert(QStringLiteral("app"), DatabaseLag{qint64(i % 10) * 300'000, i % 7});
        sample.lag.insert(QStringLiteral("crm"), DatabaseLag{qint64(30 - i) * 50'000, 2});
        state.lagHistory.add(sample);
    }
    return state;
}

} // namespace

class TestLagChart : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        QString error;
        QVERIFY2(StateStore().save(replicatedWithHistory(), &error), qPrintable(error));
    }

    void reopenedMigrationShowsItsHistory() {
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        auto* table = list.findChild<QTableWidget*>(QStringLiteral("migrations"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        // Its passwords are not in the keychain: the wizard asks; any answer will do.
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, [] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                dialog->setTextValue(QStringLiteral("unused"));
                dialog->accept();
            }
        });
        answerer.start(50);
        QTest::mouseClick(list.findChild<QPushButton*>(QStringLiteral("openMigration")),
                          Qt::LeftButton);
        MigrationWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = list.findChild<MigrationWizard*>()) || (wizard = openedWizard()));
        QTRY_COMPARE(wizard->currentId(), int(MigrationWizard::CloseId));
        const MigrationState expected = replicatedWithHistory();
        for (const char* name : {"closeLagChart", "migrationLagChart"}) {
            auto* chart = wizard->findChild<LagChart*>(QLatin1String(name));
            QVERIFY2(chart, name);
            QCOMPARE(chart->history().samples(), expected.lagHistory.samples());
            QCOMPARE(chart->databases(),
                     (QStringList{QStringLiteral("app"), QStringLiteral("crm")}));
            QVERIFY(chart->showsThroughput());
            QVERIFY(chart->accessibleDescription().contains(QStringLiteral("40")));
        }
        // Finished: its report is what the Close page shows first, the chart a tab away.
        auto* report = wizard->findChild<QTextBrowser*>(QStringLiteral("closeReport"));
        QVERIFY(report && report->isVisible());
        for (const QString& text : {expected.id, QStringLiteral("app"), QStringLiteral("crm")}) {
            QVERIFY2(report->toPlainText().contains(text), qPrintable(text));
        }
        QVERIFY(pgtest::screenshots(*wizard, QStringLiteral("lagchart-report")));
        auto* views = wizard->findChild<QTabWidget*>(QStringLiteral("closeViews"));
        auto* chart = wizard->findChild<LagChart*>(QStringLiteral("closeLagChart"));
        views->setCurrentWidget(chart);
        QVERIFY(chart->isVisible());
        QVERIFY(chart->height() >= chart->minimumSizeHint().height());
        // For a person to look at: the whole Close page, and the chart alone.
        QVERIFY(pgtest::screenshots(*wizard, QStringLiteral("lagchart-close")));
        chart->resize(640, 320);
        QVERIFY(chart->grab().save(QStringLiteral("lagchart.png")));
        wizard->close();
    }

private:
    static MigrationWizard* openedWizard() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<MigrationWizard*>(widget);
                wizard && wizard->isVisible()) {
                return wizard;
            }
        }
        return nullptr;
    }
};

QTEST_MAIN(TestLagChart)
#include "tst_lagchart.moc"
