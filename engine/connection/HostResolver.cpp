#include "HostResolver.h"

#include "PgError.h"

#include <QCoreApplication>
#include <arpa/inet.h>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <sys/socket.h>
#include <thread>

namespace pgm {

namespace {

struct Lookup {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    QStringList addresses;
};

void runLookup(const std::shared_ptr<Lookup>& lookup, const QByteArray& host) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* result = nullptr;
    const int status = getaddrinfo(host.constData(), nullptr, &hints, &result);
    QStringList addresses;
    for (addrinfo* entry = result; status == 0 && entry; entry = entry->ai_next) {
        char text[INET6_ADDRSTRLEN] = {};
        const void* raw = entry->ai_family == AF_INET
                              ? static_cast<const void*>(
                                    &reinterpret_cast<sockaddr_in*>(entry->ai_addr)->sin_addr)
                              : static_cast<const void*>(
                                    &reinterpret_cast<sockaddr_in6*>(entry->ai_addr)->sin6_addr);
        if (inet_ntop(entry->ai_family, raw, text, sizeof text)) {
            const QString address = QString::fromLatin1(text);
            if (!addresses.contains(address)) {
                addresses << address;
            }
        }
    }
    if (result) {
        freeaddrinfo(result);
    }
    std::lock_guard lock(lookup->mutex);
    lookup->status = status;
    lookup->addresses = addresses;
    lookup->finished = true;
    lookup->done.notify_all();
}

} // namespace

bool needsDnsLookup(const QString& host) {
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')) ||
        host.contains(QLatin1Char(','))) {
        return false;
    }
    const QByteArray latin = host.toLatin1();
    unsigned char buffer[sizeof(in6_addr)];
    return inet_pton(AF_INET, latin.constData(), buffer) != 1 &&
           inet_pton(AF_INET6, latin.constData(), buffer) != 1;
}

QStringList resolveHost(const QString& host, std::chrono::milliseconds timeout,
                        const std::atomic_bool* cancelled) {
    const QString step =
        QCoreApplication::translate("Connection", "resolve host name \"%1\"").arg(host);
    auto lookup = std::make_shared<Lookup>();
    // Detached: a resolver stuck past the deadline finishes on its own and frees its state.
    std::thread(runLookup, lookup, host.toUtf8()).detach();

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(lookup->mutex);
    while (!lookup->finished) {
        if (cancelled && cancelled->load()) {
            throw PgError(PgError::Kind::Cancelled, step, QStringLiteral("cancelled"));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            throw PgError(PgError::Kind::Timeout, step,
                          QCoreApplication::translate(
                              "Connection", "no answer from the name resolver within %1 s")
                              .arg(double(timeout.count()) / 1000.0))
                .withCause(PgError::Cause::HostName);
        }
        lookup->done.wait_for(lock, std::chrono::milliseconds(100));
    }
    if (lookup->status != 0 || lookup->addresses.isEmpty()) {
        // The C library's reason comes in the user's language already (gai_strerror).
        throw PgError(PgError::Kind::Connection, step,
                      QCoreApplication::translate(
                          "Connection", "could not translate host name \"%1\" to address: %2")
                          .arg(host, QString::fromUtf8(gai_strerror(lookup->status))))
            .withCause(PgError::Cause::HostName);
    }
    return lookup->addresses;
}

} // namespace pgm
