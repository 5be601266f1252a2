#pragma once

#include "CredentialStore.h"

namespace QKeychain {
class Job;
}

namespace pgm {

/// Passwords in the OS keychain through QtKeychain (service "pgmigrate"). Every job is bounded
/// by a timeout: a keychain that never answers (a locked keyring waiting on a prompt nobody
/// sees) reports Unavailable instead of hanging. Nothing falls back to plain text.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject* parent = nullptr, int timeoutMs = 5000);

    void read(const QString& key, ReadFn done) override;
    void write(const QString& key, const QString& password, WriteFn done) override;
    void remove(const QString& key, WriteFn done) override;

private:
    /// Runs a job that writes or deletes an entry and reports how it went.
    void runChange(QKeychain::Job* job, const WriteFn& done);

    int m_timeoutMs;
};

} // namespace pgm
