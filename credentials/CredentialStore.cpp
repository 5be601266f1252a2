#include "CredentialStore.h"

#include <QEventLoop>

namespace pgm {

QString credentialKey(const ConnectionSettings& settings) {
    return QStringLiteral("%1@%2:%3")
        .arg(settings.user, settings.host.isEmpty() ? QStringLiteral("localhost") : settings.host)
        .arg(settings.port);
}

CredentialStore::Result CredentialStore::readBlocking(const QString& key, QString* password,
                                                      QString* error) {
    QEventLoop loop;
    Result result = Result::Unavailable;
    bool answered = false;
    read(key, [&](Result r, const QString& value, const QString& message) {
        result = r;
        *password = value;
        *error = message;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        loop.exec(); // the store's own timeout bounds this
    }
    return result;
}

void MemoryCredentialStore::read(const QString& key, ReadFn done) {
    const auto it = m_passwords.constFind(key);
    if (it == m_passwords.cend()) {
        done(Result::NotFound, {}, {});
    } else {
        done(Result::Ok, *it, {});
    }
}

void MemoryCredentialStore::write(const QString& key, const QString& password, WriteFn done) {
    m_passwords.insert(key, password);
    done(Result::Ok, {});
}

void MemoryCredentialStore::remove(const QString& key, WriteFn done) {
    m_passwords.remove(key);
    done(Result::Ok, {});
}

} // namespace pgm
