#pragma once

#include "CredentialStore.h"

namespace pgtest {

/// An in-memory password store that answers as the system keychain does: later, from the event
/// loop, never inside the call (so the wizard meets the same order of events as with it).
class QueuedMemoryCredentialStore : public pgm::MemoryCredentialStore {
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    void read(const QString& key, ReadFn done) override {
        MemoryCredentialStore::read(
            key, [this, done](Result result, const QString& password, const QString& error) {
                QMetaObject::invokeMethod(
                    this, [done, result, password, error] { done(result, password, error); },
                    Qt::QueuedConnection);
            });
    }
    void write(const QString& key, const QString& password, WriteFn done) override {
        MemoryCredentialStore::write(key, password, queued(std::move(done)));
    }
    void remove(const QString& key, WriteFn done) override {
        MemoryCredentialStore::remove(key, queued(std::move(done)));
    }

private:
    WriteFn queued(WriteFn done) {
        return [this, done = std::move(done)](Result result, const QString& error) {
            QMetaObject::invokeMethod(
                this, [done, result, error] { done(result, error); }, Qt::QueuedConnection);
        };
    }
};

/// The in-memory password store the GUI tests hand the wizard and the migrations list, in
/// place of the system keychain: one per test process, so a wizard reopened in the same test
/// finds what an earlier one remembered. Two tests keep the real Secret Service
/// (tst_migrationslist's Remove, tst_validationpage's run without one).
inline pgm::CredentialStore* memoryCredentials() {
    static auto* store = new QueuedMemoryCredentialStore; // for the whole process, never freed
    return store;
}

} // namespace pgtest
