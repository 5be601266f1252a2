#include "AboutDialog.h"
#include "AccessibleName.h"
#include "KeychainCredentialStore.h"
#include "Logging.h"
#include "MigrationState.h"
#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "ProcessHardening.h"
#include "StateStore.h"
#include "Translators.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

/// Reads a server from PGMIGRATE_SOURCE / PGMIGRATE_TARGET (a URI or key=value string) and its
/// password from PGMIGRATE_*_PASSWORD, as scripts/demo passes them: never on the command line.
/// The variables are removed afterwards so no child process inherits the password.
pgm::ConnectionSettings serverFromEnvironment(const char* uriName, const char* passwordName) {
    pgm::ConnectionSettings settings;
    settings.host.clear();
    const QString uri = qEnvironmentVariable(uriName);
    QString error;
    if (!uri.isEmpty() && !pgm::ConnectionSettings::parse(uri, &settings, &error)) {
        qCWarning(pgm::lcWizard, "%s: %s", uriName, qUtf8Printable(error));
    }
    if (settings.password.isEmpty()) {
        settings.password = QString::fromUtf8(pgm::takeSecretVariable(passwordName));
    }
    return settings;
}

/// --print-ui-texts: the first page's title and its buttons' texts (mnemonics removed), one a
/// line, as the user's language shows them; Qt's own buttons (Next, Cancel) come from Qt's
/// translations. Lets a packaging test see that both sets of translations are installed and found.
int printUiTexts(pgm::CredentialStore* credentials) {
    pgm::MigrationWizard wizard(credentials);
    wizard.show();
    QTextStream out(stdout);
    out << "page: " << wizard.currentPage()->title() << '\n';
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::HelpButton, "about"},    {QWizard::BackButton, "back"},
        {QWizard::NextButton, "next"},     {QWizard::CommitButton, "commit"},
        {QWizard::FinishButton, "finish"}, {QWizard::CancelButton, "cancel"}};
    for (const auto& [which, name] : buttons) {
        const QAbstractButton* button = wizard.button(which);
        if (button->isVisible()) {
            out << name << ": " << pgm::withoutMnemonic(button->text()) << '\n';
        }
    }
    // A QDialogButtonBox's standard button, translated by Qt too.
    const pgm::AboutDialog about(&wizard);
    out << "about-close: "
        << pgm::withoutMnemonic(
               about.findChild<QAbstractButton*>(QStringLiteral("closeAbout"))->text())
        << '\n';
    return 0;
}

/// The application's names and icon.
void setApplicationIdentity() {
    QApplication::setApplicationName(QStringLiteral("pgmigrate"));
    QApplication::setApplicationDisplayName(QStringLiteral("pgmigrate"));
    QApplication::setApplicationVersion(QStringLiteral(PGMIGRATE_VERSION));
    // The installed icons (hicolor: the SVG and its PNG sizes) for every window; the desktop
    // file's name lets Wayland compositors match the windows to its name and icon.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("pgmigrate")));
    QApplication::setDesktopFileName(QStringLiteral("pgmigrate"));
}

/// The first window: the saved migration still running, or the list of finished ones, or a new
/// wizard. Runs the event loop.
int showFirstWindow(pgm::KeychainCredentialStore* keychain) {
    // The demo (and anyone passing servers) gets a new, filled-in wizard.
    const bool prefilled = !qEnvironmentVariableIsEmpty("PGMIGRATE_SOURCE");
    const pgm::StateStore store;
    const QString latest = store.latestId();
    QString error;
    const auto saved = latest.isEmpty() || prefilled ? std::nullopt : store.load(latest, &error);
    // Reopened while the migration it left is still syncing (or was interrupted): show it.
    const bool active =
        saved && !saved->stopped && !pgm::MigrationLock::ownerAlive(store, latest) &&
        std::any_of(
            saved->databases.cbegin(), saved->databases.cend(), [](const pgm::DatabaseState& db) {
                return db.status == pgm::DbStatus::Syncing || db.status == pgm::DbStatus::Running;
            });
    if (saved && !active) {
        // Finished ones are listed, with a way to start a new one.
        auto* list = new pgm::MigrationsWindow(keychain);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->show();
        return QApplication::exec();
    }
    auto* wizard = new pgm::MigrationWizard(keychain);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (active) {
        wizard->openSaved(*saved);
    } else {
        wizard->setServers(serverFromEnvironment("PGMIGRATE_SOURCE", "PGMIGRATE_SOURCE_PASSWORD"),
                           serverFromEnvironment("PGMIGRATE_TARGET", "PGMIGRATE_TARGET_PASSWORD"));
    }
    // Closed while copying, the wizard hides and the migrations list keeps the app (and the
    // copy) running until the user quits it.
    wizard->setAllowBackground(true);
    QObject::connect(wizard, &pgm::MigrationWizard::sentToBackground, wizard, [wizard, keychain] {
        auto* list = new pgm::MigrationsWindow(keychain);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->setLiveWizard(wizard);
        list->show();
    });
    wizard->show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    pgm::hardenProcess(); // passwords live in this process's memory: no core files
    // Taken before any thread or child process exists: see takeSecretVariable().
    pgm::takeSecretVariable("PGMIGRATE_SOURCE_PASSWORD");
    pgm::takeSecretVariable("PGMIGRATE_TARGET_PASSWORD");
    QApplication app(argc, argv);
    setApplicationIdentity();

    // Follow the system locale: our strings, then Qt's own (button texts and dialogs).
    QTranslator translator;
    QTranslator qtTranslator;
    pgm::installTranslators(QLocale(), translator, qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Migrates whole PostgreSQL clusters between servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption printUiTextsOption(
        QStringLiteral("print-ui-texts"),
        QApplication::translate("main",
                                "Print the first page's title and button texts, then exit."));
    parser.addOption(printUiTextsOption);
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main", "Log every step on stderr (PGMIGRATE_LOG picks areas)."));
    parser.addOption(verboseOption);
    parser.process(app);
    pgm::configureLogging(parser.isSet(verboseOption));
    // The system keychain for every window: the one place the app constructs it (tests hand
    // the wizard an in-memory store). The application owns it, so it outlives every window.
    auto* keychain = new pgm::KeychainCredentialStore(&app);
    if (parser.isSet(printUiTextsOption)) {
        return printUiTexts(keychain);
    }
    return showFirstWindow(keychain);
}
