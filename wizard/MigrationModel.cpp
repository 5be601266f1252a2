#include "MigrationModel.h"

#include "CredentialStore.h"
#include "EngineThreadPool.h"
#include "Logging.h"
#include "MigrationPolicy.h"
#include "ReplicationControl.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace pgm {

MigrationModel::MigrationModel(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_interrupt(std::make_shared<std::atomic_bool>(false))
    , m_credentials(credentials) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_busy = false;
        emit busyChanged(false);
        if (m_stopPending) {
            m_stopPending = false;
            runStop();
        }
    });
    connect(&m_follow, &QTimer::timeout, this, &MigrationModel::followSaved);
}

MigrationModel::~MigrationModel() {
    // Leaving the wizard mid-copy stops the copy cleanly (resumable); replication, once syncing,
    // goes on without us.
    *m_interrupt = true;
    *m_cancelled = true;
    m_watcher.waitForFinished();
}

void MigrationModel::setRequest(const CheckRequest& request, TablesWithoutPk tablesWithoutPk) {
    m_request = request;
    m_tablesWithoutPk = tablesWithoutPk;
}

void MigrationModel::publish(const MigrationState& state) {
    // Called from a worker: hand a copy to the GUI thread.
    QPointer<MigrationModel> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, state] {
            if (self) {
                self->m_state = state;
                emit self->stateChanged();
            }
        },
        Qt::QueuedConnection);
}

template <typename Work> void MigrationModel::runInBackground(Work work) {
    if (m_busy) {
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    *m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run(engineThreadPool(), std::move(work)));
}

void MigrationModel::start() {
    qCDebug(lcWizard, "start migration");
    MigrationRequest request;
    request.check = m_request;
    request.skipTables = m_skipTables;
    request.tablesWithoutPk = m_tablesWithoutPk;
    request.jobs = defaultJobs();
    request.ifExists = m_ifExists;
    emit message(tr("Migration starting."));
    runMigration(request);
}

void MigrationModel::resume() {
    qCDebug(lcWizard, "resume migration %s", qUtf8Printable(m_state.id));
    if (m_awaitingPasswords) {
        m_resumePending = true; // goes on once the keychain (or the user) answered
        return;
    }
    // As `pgmigrate migrate --resume --id ID`: the servers, exclusions, skipped tables and jobs
    // are the saved ones; only the passwords come from here.
    MigrationRequest request;
    request.check = m_request;
    resumeSaved(&request, m_state);
    request.tablesWithoutPk = m_tablesWithoutPk;
    emit message(tr("Resuming the migration: the tables not copied yet are copied from a new "
                    "snapshot."));
    runMigration(request);
}

bool MigrationModel::isInterrupted() const {
    if (m_busy || m_resumePending || m_state.id.isEmpty()) {
        return false;
    }
    const StateStore store;
    return m_state.resumable(MigrationLock::ownerAlive(store, m_state.id));
}

void MigrationModel::runMigration(const MigrationRequest& request) {
    if (m_busy) {
        return;
    }
    auto cancelled = m_cancelled;
    auto interrupt = m_interrupt;
    *interrupt = false; // a Stop during this run stops it; only quitting interrupts it
    runInBackground([this, request, cancelled, interrupt] {
        MigrationRunner runner(request, StateStore(), cancelled.get(),
                               [this](const MigrationState& state) { publish(state); });
        runner.setInterruptFlag(interrupt.get());
        MigrationState done = runner.run();
        refreshAfterRun(done, {request.check.inspection.source, request.check.inspection.target});
        publish(done);
    });
}

void MigrationModel::stop() {
    qCDebug(lcWizard, "stop migration %s", qUtf8Printable(m_state.id));
    emit message(tr("Stopping the migration."));
    *m_cancelled = true; // the copy in flight stops first, within a second
    if (m_busy) {
        m_stopPending = true; // continue once it has stopped: the GUI never waits for it
        return;
    }
    runStop();
}

void MigrationModel::runStop() {
    const ControlServers servers{m_request.inspection.source, m_request.inspection.target};
    MigrationState state = m_state;
    runInBackground([this, state, servers]() mutable {
        const auto guard = guardOrSay(state);
        if (!guard) {
            return;
        }
        const QStringList notes = guard->stop(state, servers);
        publish(state);
        for (const QString& note : notes) {
            QMetaObject::invokeMethod(
                this, [this, note] { emit message(note); }, Qt::QueuedConnection);
        }
    });
}

std::unique_ptr<ControlGuard> MigrationModel::guardOrSay(const MigrationState& state) {
    // The engine's guard, the CLI's stop and finish take it too: never two of them on one
    // migration. Without it, the reason is shown and the state published unchanged.
    QString lockError;
    auto guard = ControlGuard::take(StateStore(), state.id, &lockError);
    if (!guard) {
        QMetaObject::invokeMethod(
            this, [this, lockError] { emit message(lockError); }, Qt::QueuedConnection);
        publish(state);
    }
    return guard;
}

void MigrationModel::interrupt() {
    *m_interrupt = true;
    *m_cancelled = true;
    m_watcher.waitForFinished(); // the copy notices within a second; the app is closing anyway
}

void MigrationModel::startOver() {
    m_ifExists = IfExists::Truncate;
    start();
}

void MigrationModel::closeConnection(bool freezeWrites) {
    qCDebug(lcWizard, "close connection of migration %s", qUtf8Printable(m_state.id));
    emit message(tr("Closing the connection: draining, copying sequences, verifying."));
    const ControlServers servers{m_request.inspection.source, m_request.inspection.target};
    MigrationState state = m_state;
    auto cancelled = m_cancelled;
    runInBackground([this, state, servers, freezeWrites, cancelled]() mutable {
        const auto guard = guardOrSay(state);
        if (!guard) {
            return;
        }
        FinishOptions options;
        options.freezeWrites = freezeWrites;
        options.progress = [this](const QString& step) {
            QMetaObject::invokeMethod(
                this, [this, step] { emit message(step); }, Qt::QueuedConnection);
        };
        guard->finish(state, servers, options, cancelled.get());
        publish(state);
    });
}

void MigrationModel::refresh() {
    if (isFollowing()) {
        return; // the process that runs it saves what it sees; ours would overwrite it
    }
    const ControlServers servers{m_request.inspection.source, m_request.inspection.target};
    MigrationState state = m_state;
    runInBackground([this, state, servers]() mutable {
        refreshReplicationStatus(state, servers);
        // Saved with its new lag sample, so a reopened migration's chart has it; not while
        // another process (a CLI finish or stop) holds the migration.
        QString error;
        if (const auto lock = MigrationLock::acquire(StateStore(), state.id, &error)) {
            StateStore().save(state, &error);
        }
        publish(state);
    });
}

void MigrationModel::openSaved(const MigrationState& state) {
    qCDebug(lcWizard, "open saved migration %s", qUtf8Printable(state.id));
    m_state = state;
    m_request = CheckRequest();
    m_request.inspection.source = state.source;
    m_request.inspection.target = state.target;
    // Starting it over migrates the same databases the same way.
    m_request.inspection.excludedDatabases = state.excludedDatabases;
    m_request.method = state.methodChoice == QLatin1String("dump") ? MethodChoice::Dump
                       : state.methodChoice == QLatin1String("replication")
                           ? MethodChoice::Replication
                           : MethodChoice::Auto;
    m_skipTables = state.skippedTables;
    m_awaitingPasswords = true;
    followIfRunElsewhere();
    emit stateChanged();
    // Both answers arrive asynchronously; the second one decides what happens next.
    auto pending = std::make_shared<int>(2);
    auto missing = std::make_shared<QStringList>();
    const auto answered = [this, pending,
                           missing](ConnectionSettings* settings, const QString& which,
                                    CredentialStore::Result result, const QString& password) {
        if (result == CredentialStore::Result::Ok && !password.isEmpty()) {
            settings->password = password;
        } else {
            *missing << which;
        }
        if (--*pending == 0) {
            if (missing->isEmpty()) {
                passwordsKnown();
            } else if (isFollowing()) {
                m_unaskedPasswords = *missing; // following connects nowhere: asked at its end
            } else {
                emit passwordsNeeded(*missing);
            }
        }
    };
    // The store outlives this model (it is the app's): an answer after the model is gone
    // goes nowhere.
    const QPointer<MigrationModel> self(this);
    m_credentials->read(
        credentialKey(state.source),
        [self, answered](CredentialStore::Result result, const QString& password, const QString&) {
            if (self) {
                answered(&self->m_request.inspection.source, QStringLiteral("source"), result,
                         password);
            }
        });
    m_credentials->read(
        credentialKey(state.target),
        [self, answered](CredentialStore::Result result, const QString& password, const QString&) {
            if (self) {
                answered(&self->m_request.inspection.target, QStringLiteral("target"), result,
                         password);
            }
        });
}

void MigrationModel::setPasswords(const QString& source, const QString& target) {
    if (!source.isEmpty()) {
        m_request.inspection.source.password = source;
    }
    if (!target.isEmpty()) {
        m_request.inspection.target.password = target;
    }
    passwordsKnown();
}

void MigrationModel::passwordsKnown() {
    m_awaitingPasswords = false;
    if (m_resumePending) {
        m_resumePending = false;
        resume();
    } else if (m_state.anySyncing()) {
        refresh(); // only replication has news on the servers
    }
}

void MigrationModel::followIfRunElsewhere() {
    // Taking the lock is the one test that names its holder; a free lock is let go at once.
    QString holder;
    if (m_busy || MigrationLock::acquire(StateStore(), m_state.id, &holder)) {
        return;
    }
    m_follow.start(1000);
    emit message(tr("Shown as it runs, from its saved state: %1").arg(holder));
}

void MigrationModel::followSaved() {
    if (m_busy) {
        return;
    }
    // On the GUI thread, as the migrations list reads every state each few seconds: one file,
    // written atomically by its owner.
    const StateStore store;
    QString error;
    if (std::optional<MigrationState> saved = store.load(m_state.id, &error)) {
        m_state = std::move(*saved);
    }
    if (!MigrationLock::ownerAlive(store, m_state.id)) {
        m_follow.stop();
        emit message(tr("The process that ran this migration has ended."));
        // A dump migration done needs no server again; anything else does (lag, resume, start
        // over, stop).
        const bool needsServers = m_state.anySyncing() || m_state.overallStatus() != DbStatus::Done;
        if (!m_unaskedPasswords.isEmpty() && needsServers) {
            emit passwordsNeeded(std::exchange(m_unaskedPasswords, {}));
        } else if (m_state.anySyncing() && !m_awaitingPasswords) {
            refresh(); // its replication goes on: lag and health from the servers again
        }
    }
    emit stateChanged();
}

} // namespace pgm
