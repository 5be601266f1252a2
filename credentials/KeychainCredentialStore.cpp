#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace pgm {

namespace {

const QString kService = QStringLiteral("pgmigrate");

CredentialStore::Result resultOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Result::NotFound;
    default:
        return CredentialStore::Result::Unavailable;
    }
}

/// Runs a job with a deadline; `finish` is called exactly once, by the job or by the timeout.
template <typename JobType, typename Finish>
void runBounded(JobType* job, int timeoutMs, Finish finish) {
    auto answered = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, answered, finish] {
        if (!*answered) {
            *answered = true;
            finish(nullptr);
            // The job may still answer later; it is deleted then, its answer ignored.
            QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr);
            QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        }
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [job, answered, finish] {
        if (!*answered) {
            *answered = true;
            finish(job);
        }
        job->deleteLater();
    });
    job->setAutoDelete(false);
    timer->start(timeoutMs);
    job->start();
}

QString timeoutMessage(int timeoutMs) {
    return QCoreApplication::translate("Keychain", "the keychain did not answer within %1 s")
        .arg(timeoutMs / 1000);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent, int timeoutMs)
    : CredentialStore(parent)
    , m_timeoutMs(timeoutMs) {}

void KeychainCredentialStore::read(const QString& key, ReadFn done) {
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const int timeout = m_timeoutMs;
    // Jobs are not our children: libsecret may answer after this store is gone, and deleting a
    // job with a call in flight crashes. They delete themselves; the answer is dropped if the
    // store (and so whoever asked) no longer exists.
    QPointer<KeychainCredentialStore> self(this);
    runBounded(job, timeout, [self, done, timeout](QKeychain::ReadPasswordJob* finished) {
        if (!self) {
            return;
        }
        if (!finished) {
            done(Result::Unavailable, {}, timeoutMessage(timeout));
            return;
        }
        const Result result = resultOf(finished->error());
        done(result, result == Result::Ok ? finished->textData() : QString(),
             result == Result::Ok ? QString() : finished->errorString());
    });
}

void KeychainCredentialStore::write(const QString& key, const QString& password, WriteFn done) {
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(password);
    runChange(job, done);
}

void KeychainCredentialStore::remove(const QString& key, WriteFn done) {
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    runChange(job, done);
}

void KeychainCredentialStore::runChange(QKeychain::Job* job, const WriteFn& done) {
    const int timeout = m_timeoutMs;
    // As in read(): the answer is dropped if this store no longer exists.
    QPointer<KeychainCredentialStore> self(this);
    runBounded(job, timeout, [self, done, timeout](QKeychain::Job* finished) {
        if (!self) {
            return;
        }
        if (!finished) {
            done(Result::Unavailable, timeoutMessage(timeout));
            return;
        }
        done(resultOf(finished->error()), finished->error() ? finished->errorString() : QString());
    });
}

} // namespace pgm
