#pragma once

#include "CheckRunner.h"
#include "MigrationRunner.h"
#include "MigrationState.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace pgm {

class CredentialStore;

/// The wizard's shared state: the servers and choices made on the Validation page, and the
/// migration that runs from them. Long work runs on the engine's pool; results come back on
/// the GUI thread as signals. Pages read it and ask it to act; they never call libpq.
class MigrationModel : public QObject {
    Q_OBJECT
public:
    explicit MigrationModel(QObject* parent = nullptr);
    ~MigrationModel() override;

    void setRequest(const CheckRequest& request, TablesWithoutPk tablesWithoutPk);
    const MigrationState& state() const { return m_state; }
    bool isBusy() const { return m_busy; }

    /// Start migration: pre-checks, roles, schema, data, verification; replicated databases end
    /// `syncing`.
    void start();
    /// Stop migration: cancels the copy in flight, then removes the replication objects.
    void stop();
    /// Close connection: the cut-over of every syncing database (writes must have stopped, or
    /// `freezeWrites`).
    void closeConnection(bool freezeWrites);
    /// The app is quitting mid-copy: the copy stops cleanly and stays resumable (interrupted).
    /// Blocks until the worker has ended (within a second or two).
    void interrupt();

    /// Status update: reads lag and health from the servers.
    void refresh();

    /// A migration left running by an earlier session: its servers come from the saved state,
    /// their passwords from the keychain; `passwordsNeeded` asks the page for the others.
    void openSaved(const MigrationState& state);
    void setPasswords(const QString& source, const QString& target);
    const CheckRequest& request() const { return m_request; }

signals:
    void stateChanged();
    void busyChanged(bool busy);
    /// A one-line message for the log panel (never a password).
    void message(const QString& text);
    /// The keychain had no password for these servers ("source", "target").
    void passwordsNeeded(const QStringList& servers);

private:
    template <typename Work> void runInBackground(Work work);
    void publish(const MigrationState& state);
    void runStop();

    CheckRequest m_request;
    TablesWithoutPk m_tablesWithoutPk = TablesWithoutPk::Refuse;
    MigrationState m_state;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_bool> m_interrupt;
    QFutureWatcher<void> m_watcher;
    bool m_busy = false;
    bool m_stopPending = false;
    CredentialStore* m_credentials;
    IfExists m_ifExists = IfExists::Fail;

public:
    /// Start over after a failure or a stop: what the first attempt copied is replaced, never
    /// duplicated.
    void startOver();
};

} // namespace pgm
