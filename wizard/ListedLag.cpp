#include "ListedLag.h"

#include "CredentialStore.h"
#include "EngineThreadPool.h"
#include "MigrationState.h"
#include "ReplicationControl.h"
#include "StateStore.h"

#include <QPointer>
#include <QtConcurrent>
#include <memory>

namespace pgm {

ListedLag::ListedLag(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials) {}

void ListedLag::readIfDue(const MigrationState& state) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto started = m_started.constFind(state.id);
    if (m_underWay.contains(state.id) ||
        (started != m_started.constEnd() && started->secsTo(now) < kIntervalSeconds)) {
        return;
    }
    m_started.insert(state.id, now);
    m_underWay.insert(state.id);
    // Both keychain answers arrive later, in any order; the second one goes on.
    struct Answers {
        int pending = 2;
        bool missing = false;
        QString source;
        QString target;
    };
    auto answers = std::make_shared<Answers>();
    const QPointer<ListedLag> self(this);
    const auto answered = [self, answers, state](QString* into, CredentialStore::Result result,
                                                 const QString& password) {
        if (result == CredentialStore::Result::Ok && !password.isEmpty()) {
            *into = password;
        } else {
            answers->missing = true;
        }
        if (--answers->pending > 0 || !self) {
            return;
        }
        if (answers->missing) {
            // Not remembered: nothing to read with; the saved lag stays on show.
            self->m_underWay.remove(state.id);
            return;
        }
        self->readWith(state, answers->source, answers->target);
    };
    m_credentials->read(
        credentialKey(state.source),
        [answered, answers](CredentialStore::Result result, const QString& password,
                            const QString&) { answered(&answers->source, result, password); });
    m_credentials->read(
        credentialKey(state.target),
        [answered, answers](CredentialStore::Result result, const QString& password,
                            const QString&) { answered(&answers->target, result, password); });
}

void ListedLag::readWith(const MigrationState& listed, const QString& sourcePassword,
                         const QString& targetPassword) {
    const QString id = listed.id;
    ControlServers servers{listed.source, listed.target};
    servers.source.password = sourcePassword;
    servers.target.password = targetPassword;
    QtConcurrent::run(engineThreadPool(), [id, servers] {
        // Under the migration's lock, on its state as saved now: a process
        // that holds it (a copy, a finish, a stop) keeps its own lag current
        // and is left alone.
        const StateStore store;
        QString error;
        const auto lock = MigrationLock::acquire(store, id, &error);
        if (!lock) {
            return;
        }
        auto state = store.load(id, &error);
        if (!state || !state->anySyncing()) {
            return;
        }
        refreshReplicationStatus(*state, servers);
        store.save(*state, &error);
    }).then(this, [this, id] {
        m_underWay.remove(id);
        emit read(id);
    });
}

} // namespace pgm
