#include "MigrationModel.h"

#include "EngineThreadPool.h"
#include "KeychainCredentialStore.h"
#include "ReplicationControl.h"

#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace pgm {

MigrationModel::MigrationModel(QObject* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_interrupt(std::make_shared<std::atomic_bool>(false))
    , m_credentials(new KeychainCredentialStore(this)) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_busy = false;
        emit busyChanged(false);
        if (m_stopPending) {
            m_stopPending = false;
            runStop();
        }
    });
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
    MigrationRequest request;
    request.check = m_request;
    request.tablesWithoutPk = m_tablesWithoutPk;
    request.jobs = std::max(2, QThread::idealThreadCount());
    request.ifExists = m_ifExists;
    emit message(tr("Migration starting."));
    auto cancelled = m_cancelled;
    auto interrupt = m_interrupt;
    runInBackground([this, request, cancelled, interrupt] {
        MigrationRunner runner(request, StateStore(), cancelled.get(),
                               [this](const MigrationState& state) { publish(state); });
        runner.setInterruptFlag(interrupt.get());
        MigrationState done = runner.run();
        // What now replicates shows its lag at once.
        refreshReplicationStatus(
            done, {request.check.inspection.source, request.check.inspection.target});
        publish(done);
    });
}

void MigrationModel::stop() {
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
        const QStringList notes = stopMigration(state, servers);
        QString error;
        StateStore().save(state, &error);
        publish(state);
        for (const QString& note : notes) {
            QMetaObject::invokeMethod(
                this, [this, note] { emit message(note); }, Qt::QueuedConnection);
        }
    });
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
    emit message(tr("Closing the connection: draining, copying sequences, verifying."));
    const ControlServers servers{m_request.inspection.source, m_request.inspection.target};
    MigrationState state = m_state;
    auto cancelled = m_cancelled;
    runInBackground([this, state, servers, freezeWrites, cancelled]() mutable {
        FinishOptions options;
        options.freezeWrites = freezeWrites;
        options.progress = [this](const QString& step) {
            QMetaObject::invokeMethod(
                this, [this, step] { emit message(step); }, Qt::QueuedConnection);
        };
        finishMigration(state, servers, options, cancelled.get());
        QString error;
        StateStore().save(state, &error);
        publish(state);
    });
}

void MigrationModel::refresh() {
    const ControlServers servers{m_request.inspection.source, m_request.inspection.target};
    MigrationState state = m_state;
    runInBackground([this, state, servers]() mutable {
        refreshReplicationStatus(state, servers);
        publish(state);
    });
}

void MigrationModel::openSaved(const MigrationState& state) {
    m_state = state;
    m_request = CheckRequest();
    m_request.inspection.source = state.source;
    m_request.inspection.target = state.target;
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
                refresh();
            } else {
                emit passwordsNeeded(*missing);
            }
        }
    };
    m_credentials->read(
        credentialKey(state.source),
        [this, answered](CredentialStore::Result result, const QString& password, const QString&) {
            answered(&m_request.inspection.source, QStringLiteral("source"), result, password);
        });
    m_credentials->read(
        credentialKey(state.target),
        [this, answered](CredentialStore::Result result, const QString& password, const QString&) {
            answered(&m_request.inspection.target, QStringLiteral("target"), result, password);
        });
}

void MigrationModel::setPasswords(const QString& source, const QString& target) {
    if (!source.isEmpty()) {
        m_request.inspection.source.password = source;
    }
    if (!target.isEmpty()) {
        m_request.inspection.target.password = target;
    }
    refresh();
}

} // namespace pgm
