#pragma once

#include "ConnectionSettings.h"

#include <QWizard>
#include <array>
#include <functional>
#include <memory>

namespace pgm {

class CredentialStore;
class MigrationModel;
class ValidationPage;

/// The Import database wizard: Configure, Validation, Migration, Close. It owns the model the
/// pages share.
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ConfigureId, ValidationId, MigrationId, CloseId };

    /// `credentials` (not owned, outliving the wizard) remembers and finds passwords: the
    /// system keychain in the app, an in-memory store in tests.
    explicit MigrationWizard(CredentialStore* credentials, QWidget* parent = nullptr);

    /// Fills in the Validation page (the demo and a reopened migration use this).
    void setServers(const ConnectionSettings& source, const ConnectionSettings& target);
    ValidationPage* validationPage() const { return m_validation; }
    MigrationModel* model() const { return m_model; }

    /// Reopens a migration an earlier session left: its Close page when it syncs or is done,
    /// its Migration page otherwise, with the status read from the servers.
    void openSaved(const struct MigrationState& state);

    /// Closing while a copy runs: with a migrations list to come back to (allowBackground), the
    /// window hides and the copy goes on; otherwise it asks, then stops the copy cleanly as
    /// interrupted (resumable).
    void reject() override;
    void setAllowBackground(bool allow) { m_allowBackground = allow; }
    /// Asks whether to stop a running copy before quitting (a window-modal question, answered
    /// later); `quit` runs when it may quit: at once when nothing is copying, else after Yes.
    void confirmQuit(const std::function<void()>& quit);

protected:
    /// Remembers the window's geometry (restored by the next one).
    void hideEvent(QHideEvent* event) override;

signals:
    /// The window was closed while the copy goes on.
    void sentToBackground();

private:
    /// QWizard gives a new page's first focusable widget the focus even when it is disabled or
    /// hidden, which leaves the keyboard on the page before: the focus goes to the first widget
    /// a person can use, else to the button that goes on.
    void focusFirstUsable();
    /// Asks the passwords of `servers` ("source", "target") one prompt after the other, then
    /// hands them to the model.
    void askPasswords(QStringList servers, const std::shared_ptr<std::array<QString, 2>>& answers);

    MigrationModel* m_model = nullptr;
    ValidationPage* m_validation = nullptr;
    bool m_allowBackground = false;
};

} // namespace pgm
