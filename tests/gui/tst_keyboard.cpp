#include "DatabaseNameList.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "OpenedWizard.h"
#include "PgTestEnv.h"
#include "StatusTag.h"
#include "TestCredentials.h"
#include "ValidationPage.h"
#include "WidgetNames.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace pgm;
using pgtest::Cluster;
using pgtest::openedWizard;

namespace {

const QString kDb = QStringLiteral("pgm_gui_keys");

/// The object name of the widget holding the keyboard focus ("(none)" without one).
QString focusName() {
    const QWidget* widget = QApplication::focusWidget();
    return widget ? widget->objectName() : QStringLiteral("(none)");
}

/// A key pressed on the keyboard: it goes to the widget with the focus (shortcuts first).
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
}

/// Presses Tab until `name` has the focus, at most `limit` times; returns the names passed.
QStringList tabTo(const QString& name, int limit = 30) {
    QStringList passed;
    for (int i = 0; i < limit && focusName() != name; ++i) {
        press(Qt::Key_Tab);
        passed << focusName();
    }
    return passed;
}

/// Presses Tab `count` times; returns the names the focus went through.
QStringList tabs(int count) {
    QStringList passed;
    for (int i = 0; i < count; ++i) {
        press(Qt::Key_Tab);
        passed << focusName();
    }
    return passed;
}

/// Answers the wizard's password prompts from the keyboard, as a person would.
class PasswordTyper : public QObject {
public:
    PasswordTyper() {
        connect(&m_timer, &QTimer::timeout, this, [] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                dialog && dialog->isVisible() && QApplication::focusWidget()) {
                type(pgtest::password());
                press(Qt::Key_Return);
            }
        });
        m_timer.start(100);
    }

private:
    QTimer m_timer;
};

/// Enter presses this button when the focus is on no other.
bool isDefault(QAbstractButton* button) {
    const auto* push = qobject_cast<QPushButton*>(button);
    return push && push->isDefault();
}

} // namespace

/// Keyboard-only use of every page, and a name on every widget a test or a screen reader needs.
class TestKeyboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(
                QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                               "INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 1000) g; "
                               "GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgm_reader"));
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::dropDatabase(Cluster::Source, kDb);
    }

    void keyboardOnlyDumpMigration() {
        // From Configure to a finished dump migration with keys only: no click, no slot call.
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.resize(1024, 768);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        // Configure: nothing to fill in; Enter is Get started.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::ConfigureId));
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::ValidationId));

        // Validation: the first field has the focus; Tab follows the form, source then target.
        QCOMPARE(focusName(), QStringLiteral("sourceHost"));
        type(pgtest::settings(Cluster::Source).host);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("sourcePort"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(pgtest::port(Cluster::Source)));
        QCOMPARE(tabTo(QStringLiteral("sourceUser")),
                 QStringList({QStringLiteral("sourceDatabase"), QStringLiteral("sourceUser")}));
        type(QStringLiteral("pgm_reader")); // no superuser: the dump method it is
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("sourcePassword"));
        type(pgtest::password());
        QCOMPARE(tabTo(QStringLiteral("targetHost")),
                 QStringList({QStringLiteral("sourceSsl"), QStringLiteral("sourceSslMode"),
                              QStringLiteral("sourceRemember"), QStringLiteral("targetHost")}));
        type(pgtest::settings(Cluster::Target).host);
        press(Qt::Key_Tab);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(pgtest::port(Cluster::Target)));
        QCOMPARE(tabTo(QStringLiteral("targetUser")),
                 QStringList({QStringLiteral("targetDatabase"), QStringLiteral("targetUser")}));
        type(QStringLiteral("postgres"));
        press(Qt::Key_Tab);
        type(pgtest::password());
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("targetSsl"));
        press(Qt::Key_Space); // the target cluster has no SSL
        QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("targetSsl"))->isChecked());
        press(Qt::Key_Tab); // the SSL mode is disabled with it, so skipped
        QCOMPARE(focusName(), QStringLiteral("targetRemember"));
        // Alt+E, the label's mnemonic, reaches the databases to exclude.
        press(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(focusName(), QStringLiteral("excludedDatabases"));
        const QString others = formatDatabaseList(pgtest::sourceDatabasesExcept(kDb));
        type(others);
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))->text(), others);
        // Enter in a field runs the check.
        press(Qt::Key_Return);
        auto* dump = wizard.findChild<QCheckBox*>(QStringLiteral("dumpMethod"));
        QTRY_VERIFY_WITH_TIMEOUT(dump->isVisible(), 60000);
        const QStringList passed = tabTo(QStringLiteral("dumpMethod"));
        QCOMPARE(focusName(), QStringLiteral("dumpMethod"));
        QCOMPARE(passed.first(), QStringLiteral("runCheck"));
        press(Qt::Key_Space);
        QVERIFY(dump->isChecked());
        QVERIFY(wizard.validationPage()->isComplete());
        QVERIFY(isDefault(wizard.button(QWizard::NextButton)));
        press(Qt::Key_Return); // Enter on a checkbox: the default button, Next
        QCOMPARE(wizard.currentId(), int(MigrationWizard::MigrationId));

        // Migration: Start migration has the focus; Tab passes the hidden and disabled buttons
        // and leaves each table (arrows move inside), Shift+Tab comes back.
        QCOMPARE(focusName(), QStringLiteral("startMigration"));
        QCOMPARE(tabs(3),
                 QStringList({QStringLiteral("databaseProgress"), QStringLiteral("tableProgress"),
                              QStringLiteral("migrationLog")}));
        for (int i = 0; i < 3; ++i) {
            press(Qt::Key_Backtab, Qt::ShiftModifier);
        }
        QCOMPARE(focusName(), QStringLiteral("startMigration"));
        // Alt+S, its mnemonic, starts it.
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.model()->isBusy(), 5000);
        QVERIFY(QApplication::focusWidget()); // not lost with the disabled button
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.model()->isBusy(), 60000);
        QCOMPARE(wizard.model()->state().overallStatus(), DbStatus::Done);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(isDefault(wizard.button(QWizard::CommitButton)));
        // Nothing is left to stop in a finished dump copy.
        QVERIFY(!wizard.findChild<QPushButton*>(QStringLiteral("stopMigration"))->isEnabled());
        // Enter goes on unless the focus sits on another button.
        const auto* focusedButton = qobject_cast<QPushButton*>(QApplication::focusWidget());
        QVERIFY2(!focusedButton || focusedButton == wizard.button(QWizard::CommitButton),
                 qPrintable(focusName()));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::CloseId));

        // Close: Ready, and Enter is Finish.
        QCOMPARE(wizard.findChild<StatusTag*>(QStringLiteral("closeStatus"))->text(),
                 QStringLiteral("Ready"));
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::FinishButton));
        QVERIFY(isDefault(wizard.button(QWizard::FinishButton)));
        press(Qt::Key_Return);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(pgtest::connect(Cluster::Target, kDb)
                     ->exec(QStringLiteral("SELECT count(*) FROM t"))
                     .scalar(),
                 QStringLiteral("1000"));
    }

    void keyboardOnlyMigrationsWindow() {
        // The list of the migration above: Tab leaves the table, Enter opens, Escape closes.
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        list.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        QCOMPARE(focusName(), QStringLiteral("migrations"));
        // Remove is in the chain when it applies (a finished migration), as a disabled button is
        // not.
        QStringList chain = {QStringLiteral("openMigration"), QStringLiteral("newMigration"),
                             QStringLiteral("refreshMigrations")};
        if (list.findChild<QPushButton*>(QStringLiteral("removeMigration"))->isEnabled()) {
            chain << QStringLiteral("removeMigration");
        }
        chain << QStringLiteral("closeMigrations") << QStringLiteral("aboutButton")
              << QStringLiteral("migrations");
        QCOMPARE(tabs(int(chain.size())), chain);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("openMigration"));
        press(Qt::Key_M, Qt::AltModifier); // the list's label
        QCOMPARE(focusName(), QStringLiteral("migrations"));
        QVERIFY(list.findChild<QPushButton*>(QStringLiteral("openMigration"))->isDefault());

        PasswordTyper typer; // a finished migration's passwords, when the keychain has none
        press(Qt::Key_Return);
        MigrationWizard* wizard = openedWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QCOMPARE(wizard->currentId(), int(MigrationWizard::CloseId));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                                  wizard->button(QWizard::FinishButton), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->model()->isBusy(), 20000);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        list.activateWindow(); // a window manager's job; Xvfb has none
        QVERIFY(QTest::qWaitForWindowActive(&list));
        press(Qt::Key_Escape);
        QVERIFY(!list.isVisible());
    }

    void everyWidgetIsNamed() {
        // Each page filled in (check results, checklist, dump choice, progress rows), then the
        // migrations list: every interactive widget has an object name and an accessible name.
        pgtest::dropDatabase(Cluster::Target, kDb);
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.show();
        QStringList unnamed = pgtest::unnamedWidgets(wizard.page(MigrationWizard::ConfigureId));
        wizard.setServers(pgtest::settings(Cluster::Source, QStringLiteral("pgm_reader")),
                          pgtest::settings(Cluster::Target));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("excludedDatabases"))
            ->setText(formatDatabaseList(pgtest::sourceDatabasesExcept(kDb)));
        wizard.validationPage()->runCheck();
        auto* dump = wizard.findChild<QCheckBox*>(QStringLiteral("dumpMethod"));
        QTRY_VERIFY_WITH_TIMEOUT(dump->isVisible(), 60000);
        dump->setChecked(true);
        unnamed << pgtest::unnamedWidgets(wizard.page(MigrationWizard::ValidationId));
        wizard.next();
        wizard.findChild<QPushButton*>(QStringLiteral("startMigration"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 60000);
        unnamed << pgtest::unnamedWidgets(wizard.page(MigrationWizard::MigrationId));
        wizard.next();
        unnamed << pgtest::unnamedWidgets(wizard.page(MigrationWizard::CloseId));
        wizard.close();
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        QVERIFY(list.findChild<QTableWidget*>(QStringLiteral("migrations"))->rowCount() > 0);
        unnamed << pgtest::unnamedWidgets(&list);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (!pgtest::available()) {
        qWarning("no PostgreSQL test clusters (run tests through scripts/test)");
        return pgtest::unavailableExitCode();
    }
    TestKeyboard test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_keyboard.moc"
