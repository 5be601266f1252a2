// Nothing clipped at 1024x768 in any language: the wizard at that size in English, German and
// Finnish (the translations the app loads), every page, every visible label and button
// compared with the size it asks for. And the window: resizable, its geometry remembered.
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "Screenshots.h"
#include "StateStore.h"
#include "TestCredentials.h"
#include "Translators.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <memory>

using namespace pgm;

namespace {

/// A migration replicating two databases: its Close page has every button it can show.
MigrationState syncingMigration() {
    MigrationState state;
    state.id = QStringLiteral("20261105-100000-eeee");
    state.created = QDateTime::currentDateTimeUtc().addSecs(-600);
    state.source.host = QStringLiteral("127.0.0.1");
    state.source.port = 1; // nothing listens: the status read fails at once, the state stays
    state.source.user = QStringLiteral("pgm_layout_test");
    state.target = state.source;
    for (const QString& name : {QStringLiteral("app"), QStringLiteral("crm")}) {
        DatabaseState db;
        db.dbname = name;
        db.method = MigrationMethod::Replication;
        db.status = DbStatus::Syncing;
        db.phase = pgm::Phase::Streaming; // as a syncing database's is
        db.bytesTotal = 20 << 20;
        db.bytesDone = db.bytesTotal;
        db.rowsDone = 125000;
        db.lagBytes = 4096;
        state.databases << db;
    }
    return state;
}

/// A label or button shown smaller than it asks to be, with why.
QString clipping(QWidget* widget) {
    const QSize size = widget->size();
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        if (label->text().isEmpty() && !label->pixmap().isNull()) {
            return {};
        }
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            return size.height() < needed ? QStringLiteral("height %1 < %2 for its wrapped text")
                                                .arg(size.height())
                                                .arg(needed)
                                          : QString();
        }
        const QSize hint = label->minimumSizeHint();
        return size.width() < hint.width() || size.height() < hint.height()
                   ? QStringLiteral("%1x%2 < %3x%4")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(hint.width())
                         .arg(hint.height())
                   : QString();
    }
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        if (button->text().isEmpty()) {
            return {}; // an icon or arrow button
        }
        const QSize hint = button->sizeHint();
        return size.width() < hint.width() || size.height() < hint.height()
                   ? QStringLiteral("%1x%2 < %3x%4")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(hint.width())
                         .arg(hint.height())
                   : QString();
    }
    return {};
}

/// Every visible label and button of `root` (not those inside a scrolled view: a table's cells
/// scroll) that is clipped, one line each.
QStringList clippedIn(QWidget* root, const QString& where) {
    QStringList found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        bool scrolled = false;
        for (QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
            scrolled = scrolled || qobject_cast<QAbstractScrollArea*>(up);
        }
        const QString why = scrolled ? QString() : clipping(widget);
        if (!why.isEmpty()) {
            const auto* label = qobject_cast<QLabel*>(widget);
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            found << QStringLiteral("%1: %2 %3 \"%4\": %5")
                         .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName(), label ? label->text().left(60) : button->text(),
                              why);
        }
    }
    return found;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;
    QTemporaryDir m_config;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;

    /// Installs the app's and Qt's translations for `language`, as main.cpp loads them.
    void useLanguage(const QString& language) {
        for (auto* translator : {m_translator.get(), m_qtTranslator.get()}) {
            if (translator) {
                QApplication::removeTranslator(translator);
            }
        }
        m_translator = std::make_unique<QTranslator>();
        m_qtTranslator = std::make_unique<QTranslator>();
        const QLocale locale(language);
        QLocale::setDefault(locale);
        if (language == QLatin1String("en")) {
            return;
        }
        QVERIFY(installTranslators(locale, *m_translator, *m_qtTranslator));
    }

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the remembered geometry
        QString error;
        QVERIFY2(StateStore().save(syncingMigration(), &error), qPrintable(error));
    }

    void theCheckFindsWhatIsClipped() {
        // The check below is only worth something if it sees a clipped text.
        QWidget window;
        auto* button =
            new QPushButton(QStringLiteral("A button whose text is far too long"), &window);
        button->setObjectName(QStringLiteral("tooNarrow"));
        button->setGeometry(0, 0, 60, 30);
        auto* label =
            new QLabel(QStringLiteral("A wrapped label with more text than fits"), &window);
        label->setWordWrap(true);
        label->setGeometry(0, 40, 60, 16);
        window.resize(200, 100);
        window.show();
        const QStringList clipped = clippedIn(&window, QStringLiteral("self-test"));
        QCOMPARE(clipped.size(), 2);
        QVERIFY(clipped.first().contains(QStringLiteral("tooNarrow")));
    }

    void nothingClippedAt1024x768_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("fi") << QStringLiteral("fi_FI");
    }

    void nothingClippedAt1024x768() {
        QFETCH(QString, language);
        useLanguage(language);
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.show();
        wizard.resize(1024, 768);
        QCOMPARE(wizard.size(), QSize(1024, 768));
        QTimer answerer; // the saved migration's passwords: any answer will do
        connect(&answerer, &QTimer::timeout, [] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                dialog->setTextValue(QStringLiteral("unused"));
                dialog->accept();
            }
        });
        answerer.start(20);
        QStringList clipped;
        const auto check = [&](const QString& page) {
            QTest::qWait(50); // layouts settle
            clipped << clippedIn(&wizard, language + QLatin1Char('/') + page);
            QVERIFY(
                pgtest::screenshots(wizard, QStringLiteral("layout-%1-%2").arg(language, page)));
        };
        check(QStringLiteral("configure"));
        wizard.next();
        check(QStringLiteral("validation"));
        wizard.openSaved(syncingMigration());
        // Its status read from the servers (they do not answer: unknown) is saved as a sample.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.model()->state().lagHistory.isEmpty(), 20000);
        QTRY_VERIFY(!wizard.model()->isBusy());
        QCOMPARE(wizard.currentId(), int(MigrationWizard::CloseId));
        check(QStringLiteral("close"));
        wizard.setStartId(MigrationWizard::MigrationId);
        wizard.restart();
        check(QStringLiteral("migration"));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void windowIsResizableAndRemembersItsGeometry() {
        useLanguage(QStringLiteral("en"));
        QRect kept;
        {
            MigrationWizard wizard(pgtest::memoryCredentials());
            wizard.show();
            QVERIFY(wizard.maximumWidth() > 1920 && wizard.maximumHeight() > 1080);
            QVERIFY(wizard.minimumWidth() <= 1024 && wizard.minimumHeight() <= 768);
            wizard.resize(1000, 730);
            QTRY_COMPARE(wizard.size(), QSize(1000, 730));
            kept = wizard.geometry();
            wizard.close();
        }
        MigrationWizard again(pgtest::memoryCredentials());
        again.show();
        QTRY_COMPARE(again.size(), kept.size());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
