#pragma once

#include <QStringList>
#include <atomic>
#include <chrono>

namespace pgm {

/// True for a single host name that libpq would look up with DNS (not an IP literal, not a
/// Unix-socket directory, not a list).
bool needsDnsLookup(const QString& host);

/// Resolves a host name to its addresses, bounded by `timeout` and a cancel flag.
///
/// libpq resolves names synchronously inside PQconnectPoll, where neither connect_timeout nor
/// our own deadline reaches, so a stalled resolver could hang a connection attempt. This runs
/// getaddrinfo on a detached thread and stops waiting at the deadline. Throws PgError
/// (Connection for an unknown name, Timeout, Cancelled).
QStringList resolveHost(const QString& host, std::chrono::milliseconds timeout,
                        const std::atomic_bool* cancelled);

} // namespace pgm
