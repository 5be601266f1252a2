#pragma once

#include "CheckRunner.h"
#include "ControlGuard.h"
#include "MigrationRunner.h"
#include "MigrationState.h"
#include "StateStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
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
    /// `credentials` (not owned, outliving the model) holds the remembered passwords: the
    /// system keychain in the app, an in-memory store in tests.
    explicit MigrationModel(CredentialStore* credentials, QObject* parent = nullptr);
    ~MigrationModel() override;

    void setRequest(const CheckRequest& request, TablesWithoutPk tablesWithoutPk);
    const MigrationState& state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    /// Another live process (the command line, another window) runs the migration shown: the
    /// pages show its saved state, read again every second, until that process ends. Nothing
    /// here can act on it meanwhile: that process holds its lock.
    bool isFollowing() const { return m_follow.isActive(); }

    /// Start migration: pre-checks, roles, schema, data, verification; replicated databases end
    /// `syncing`.
    void start();
    /// Start over after a failure or a stop: what the first attempt copied is replaced, never
    /// duplicated.
    void startOver();
    /// Resume migration: continues the interrupted migration shown (same id, servers, exclusions
    /// and jobs as saved), copying only the tables not copied yet, from a new snapshot. Waits
    /// for the passwords of a reopened migration when they are still being looked up.
    void resume();
    /// The migration shown was left unfinished by a process that is gone (it died, or the app
    /// quit mid-copy) and nobody runs it now: resume() continues it.
    bool isInterrupted() const;
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
    /// their passwords from the keychain; `passwordsNeeded` asks the page for the others (once
    /// a followed run of another process has ended, and only if the servers are needed then).
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
    /// Runs the engine on a worker, its progress published to the GUI thread.
    void runMigration(const MigrationRequest& request);
    void publish(const MigrationState& state);
    /// The migration's guard (its lock), taken on a worker thread; null (the reason shown) when
    /// another process holds it.
    std::unique_ptr<ControlGuard> guardOrSay(const MigrationState& state);
    void runStop();
    /// The passwords of a reopened migration are known: what was waiting for them goes on.
    void passwordsKnown();
    /// A reopened migration that another process still runs is followed (isFollowing).
    void followIfRunElsewhere();
    /// One reading of the followed migration's saved state; the last once its process ended.
    void followSaved();

    CheckRequest m_request;
    QStringList m_skipTables; ///< a reopened migration's, as saved
    TablesWithoutPk m_tablesWithoutPk = TablesWithoutPk::Refuse;
    MigrationState m_state;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_bool> m_interrupt;
    QFutureWatcher<void> m_watcher;
    QTimer m_follow;
    bool m_busy = false;
    bool m_stopPending = false;
    bool m_awaitingPasswords = false; ///< a reopened migration's, from the keychain or asked
    bool m_resumePending = false;     ///< Resume pressed before they were known
    /// Passwords the keychain lacked while another process's run was followed: asked for when
    /// that run ends, if anything then needs the servers.
    QStringList m_unaskedPasswords;
    CredentialStore* m_credentials;
    IfExists m_ifExists = IfExists::Fail;
};

} // namespace pgm
