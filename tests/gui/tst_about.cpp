#include "AboutDialog.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "TestCredentials.h"
#include "WidgetNames.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <libpq-fe.h>

using namespace pgm;

namespace {

/// The About dialog open over `parent`, or null.
AboutDialog* openedAbout(QWidget* parent) {
    for (AboutDialog* dialog : parent->findChildren<AboutDialog*>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

QString valueOf(const AboutDialog* dialog, const char* name) {
    const auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

} // namespace

/// The About dialog: reachable from the keyboard on every wizard page and from the migrations
/// list, with the versions a bug report needs.
class TestAbout : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

private slots:
    void initTestCase() { qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8()); }

    void versionsAndLicense() {
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        // Alt+A, the button's mnemonic, from wherever the focus is (a mnemonic clicks it soon
        // after).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(openedAbout(&wizard));
        AboutDialog* about = openedAbout(&wizard);
        QCOMPARE(valueOf(about, "aboutVersion"), QStringLiteral(PGMIGRATE_VERSION));
        QVERIFY2(valueOf(about, "aboutLicense").startsWith(QStringLiteral("Apache-2.0 ")),
                 qPrintable(valueOf(about, "aboutLicense")));
        QVERIFY(
            valueOf(about, "aboutLicense").contains(QStringLiteral("/doc/pgmigrate/copyright")));
        QCOMPARE(valueOf(about, "aboutQtVersion"), QString::fromLatin1(qVersion()));
        // libpq's version number as PostgreSQL formats it since 10: major.minor.
        const int libpq = PQlibVersion();
        QCOMPARE(valueOf(about, "aboutLibpqVersion"),
                 QStringLiteral("%1.%2").arg(libpq / 10000).arg(libpq % 10000));
        QCOMPARE(valueOf(about, "aboutKeychainVersion"), QStringLiteral(TEST_QTKEYCHAIN_VERSION));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(valueOf(about, "aboutKeychainVersion"))
                    .hasMatch());
        QCOMPARE(pgtest::unnamedWidgets(about), QStringList());
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QVERIFY(about->grab().save(QStringLiteral("about-dialog.png")));
        // Escape closes it, and the keyboard is back in the wizard.
        QTRY_VERIFY(QApplication::focusWidget() &&
                    about->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!openedAbout(&wizard));
        QVERIFY(wizard.isVisible());
    }

    void onEveryWizardPage() {
        for (const int id : {MigrationWizard::ConfigureId, MigrationWizard::ValidationId,
                             MigrationWizard::MigrationId, MigrationWizard::CloseId}) {
            MigrationWizard wizard(pgtest::memoryCredentials());
            wizard.setStartId(id);
            wizard.show();
            QCOMPARE(wizard.currentId(), id);
            QAbstractButton* button = wizard.button(QWizard::HelpButton);
            QCOMPARE(button->objectName(), QStringLiteral("aboutButton"));
            QCOMPARE(button->accessibleName(), QStringLiteral("About"));
            QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(QString::number(id)));
            button->click();
            QVERIFY(openedAbout(&wizard));
            wizard.close();
        }
    }

    void fromTheMigrationsList() {
        MigrationsWindow list(pgtest::memoryCredentials());
        list.show();
        auto* button = list.findChild<QPushButton*>(QStringLiteral("aboutButton"));
        QVERIFY(button);
        button->click();
        QVERIFY(openedAbout(&list));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
