#pragma once

#include "ConnectionSettings.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace pgm {

/// The key under which a server's password is kept: one per user, host and port.
QString credentialKey(const ConnectionSettings& settings);

/// Where passwords are remembered when the user asks for it. Asynchronous, like the keychain
/// underneath: every call answers once through its callback, on the caller's thread, within the
/// store's timeout. Implementations never log or print a password.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Result {
        Ok,
        NotFound,
        Unavailable, ///< no keychain (no Secret Service, locked, refused, or it did not answer)
    };
    using ReadFn = std::function<void(Result, const QString& password, const QString& error)>;
    using WriteFn = std::function<void(Result, const QString& error)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString& key, ReadFn done) = 0;
    virtual void write(const QString& key, const QString& password, WriteFn done) = 0;
    virtual void remove(const QString& key, WriteFn done) = 0;

    /// Reads blocking, for the command line: runs a local event loop until the answer or the
    /// timeout. Never call it from the GUI thread.
    Result readBlocking(const QString& key, QString* password, QString* error);
};

/// An in-memory store, for unit tests of code that uses a store.
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void read(const QString& key, ReadFn done) override;
    void write(const QString& key, const QString& password, WriteFn done) override;
    void remove(const QString& key, WriteFn done) override;

private:
    QHash<QString, QString> m_passwords;
};

} // namespace pgm
