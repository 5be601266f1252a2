#include "MigrationWizard.h"

#include "AboutDialog.h"
#include "AccessibleName.h"
#include "ClosePage.h"
#include "ConfigurePage.h"
#include "DesktopNotifier.h"
#include "MigrationModel.h"
#include "MigrationPage.h"
#include "MigrationState.h"
#include "StateStore.h"
#include "TrayStatus.h"
#include "ValidationPage.h"

#include <QAbstractButton>
#include <QHideEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

namespace pgm {

namespace {

/// Where the window's size and place are kept between sessions (~/.config/pgmigrate/wizard.conf).
QSettings windowSettings() {
    return QSettings(QStringLiteral("pgmigrate"), QStringLiteral("wizard"));
}

const QString kGeometryKey = QStringLiteral("window/geometry");

} // namespace

MigrationWizard::MigrationWizard(CredentialStore* credentials, QWidget* parent)
    : QWizard(parent)
    , m_model(new MigrationModel(credentials, this))
    , m_validation(new ValidationPage(credentials, this)) {
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Import database"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(ConfigureId, new ConfigurePage(this));
    setPage(ValidationId, m_validation);
    setPage(MigrationId, new MigrationPage(m_model, this));
    setPage(CloseId, new ClosePage(m_model, this));
    // About, on every page: QWizard's help button, left of the others, is where it goes.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("&About"));
    QAbstractButton* about = button(QWizard::HelpButton);
    about->setObjectName(QStringLiteral("aboutButton"));
    nameAfterText(about);
    connect(this, &QWizard::helpRequested, this, [this] { AboutDialog::showOver(this); });
    // Leaving Validation hands its servers and choices to the model. A reopened migration
    // starts on its Migration page with the saved servers: the empty Validation page must not
    // replace them.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MigrationId && hasVisitedPage(ValidationId)) {
            m_model->setRequest(m_validation->request(), m_validation->tablesWithoutPkChoice());
        }
        focusFirstUsable();
    });
    // A commit page: once a migration runs (or replicates, or is done) Back is gone, since the
    // Validation page could no longer change it. A failed or stopped one gets Back again, so the
    // user can fix the cause before Start over. QWizard shows Back again whenever it updates its
    // buttons (page changes, completeChanged); these connections come after its own, so they
    // have the last word.
    const auto updateBack = [this] {
        if (currentId() != MigrationId) {
            return;
        }
        if (m_model->isBusy() || m_model->state().committed()) {
            button(QWizard::BackButton)->hide();
        }
    };
    connect(this, &QWizard::currentIdChanged, this, updateBack);
    connect(m_model, &MigrationModel::stateChanged, this, updateBack);
    connect(m_model, &MigrationModel::busyChanged, this, updateBack);
    connect(page(MigrationId), &QWizardPage::completeChanged, this, updateBack);
    // Resizable down to what the pages need (every text fits at 1024x768 in every language:
    // tst_layout), and where and as big as the user left it.
    setMinimumSize(900, 680);
    restoreGeometry(windowSettings().value(kGeometryKey).toByteArray());
    // While the window is hidden or behind others: the status in the tray (where the desktop
    // has one), and a notification when the migration syncs, is ready or fails.
    TrayStatus::createIfAvailable(this);
    new DesktopNotifier(m_model, this);
}

void MigrationWizard::hideEvent(QHideEvent* event) {
    // Every way out hides the window first: Finish, Cancel, the close button, the background.
    if (!event->spontaneous()) {
        windowSettings().setValue(kGeometryKey, saveGeometry());
    }
    QWizard::hideEvent(event);
}

void MigrationWizard::focusFirstUsable() {
    QWizardPage* page = currentPage();
    if (!page) {
        return;
    }
    const auto usable = [page](const QWidget* widget) {
        return widget && page->isAncestorOf(widget) && widget->isEnabled() &&
               widget->isVisibleTo(page) && (widget->focusPolicy() & Qt::TabFocus);
    };
    if (usable(focusWidget())) {
        return;
    }
    for (QWidget* widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (usable(widget)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    for (const WizardButton which : {CommitButton, NextButton, FinishButton}) {
        QAbstractButton* go = button(which);
        if (go->isVisibleTo(this) && go->isEnabled()) {
            go->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MigrationWizard::setServers(const ConnectionSettings& source,
                                 const ConnectionSettings& target) {
    m_validation->setServers(source, target);
}

void MigrationWizard::openSaved(const MigrationState& state) {
    // The Close page once every database is migrated (or failed); while one still copies, here
    // or in another process, or was interrupted, the Migration page with its progress or Resume.
    const DbStatus overall = state.overallStatus(MigrationLock::ownerAlive(StateStore(), state.id));
    const bool copying = overall == DbStatus::Running || overall == DbStatus::Interrupted;
    setStartId(state.anyMigrated() && !copying ? CloseId : MigrationId);
    // Not in the keychain: ask, as the command line would.
    connect(m_model, &MigrationModel::passwordsNeeded, this, [this](const QStringList& servers) {
        askPasswords(servers, std::make_shared<std::array<QString, 2>>());
    });
    m_model->openSaved(state);
    restart();
}

void MigrationWizard::askPasswords(QStringList servers,
                                   const std::shared_ptr<std::array<QString, 2>>& answers) {
    if (servers.isEmpty()) {
        m_model->setPasswords((*answers)[0], (*answers)[1]);
        if (isVisible()) {
            activateWindow(); // the keyboard goes back to the wizard, not to no window at all
        }
        return;
    }
    // One window-modal prompt after the other, each answered through its signal: a reopened
    // migration may be replicating, and its status keeps arriving meanwhile.
    const bool source = servers.takeFirst() == QLatin1String("source");
    const ConnectionSettings& settings =
        source ? m_model->request().inspection.source : m_model->request().inspection.target;
    auto* prompt = new QInputDialog(this);
    prompt->setObjectName(QStringLiteral("passwordPrompt"));
    prompt->setWindowTitle(tr("Password"));
    prompt->setLabelText((source ? tr("Password for the source server %1:")
                                 : tr("Password for the target server %1:"))
                             .arg(settings.describe()));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QInputDialog::finished, this,
            [this, prompt, source, servers, answers](int result) {
                (*answers)[source ? 0 : 1] =
                    result == QDialog::Accepted ? prompt->textValue() : QString();
                askPasswords(servers, answers);
            });
    prompt->open();
}

void MigrationWizard::reject() {
    if (m_model->isBusy() && currentId() == MigrationId) {
        if (m_allowBackground) {
            // As in the console: close the window, the copy goes on, come back any time.
            hide();
            emit sentToBackground();
            return;
        }
        confirmQuit([this] { QWizard::reject(); });
        return;
    }
    QWizard::reject();
}

void MigrationWizard::confirmQuit(const std::function<void()>& quit) {
    if (!m_model->isBusy()) {
        quit();
        return;
    }
    // Window-modal and answered through its signal: the copy's progress keeps arriving.
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Quit while copying?"),
        tr("A copy is in progress. Quitting stops it cleanly; you can resume it later (open "
           "it again and choose Resume migration, or pgmigrate migrate --resume). Quit now?"),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            if (m_model->isBusy()) {
                m_model->interrupt();
            }
            quit();
        }
    });
    box->open();
}

} // namespace pgm
