#pragma once

#include "ConnectionSettings.h"
#include "PgResult.h"

#include <QStringList>
#include <atomic>
#include <chrono>
#include <libpq-fe.h>
#include <memory>
#include <mutex>

namespace pgm {

/// One libpq connection, owned for its whole life (PQfinish on destruction).
///
/// Connecting is asynchronous underneath (PQconnectStartParams + PQconnectPoll) so that it is
/// bounded by a deadline even when a host accepts TCP and never answers, and can be abandoned
/// when a cancel flag is raised. Statements run blocking on the calling thread, which must be an
/// engine worker, never the GUI thread; cancel() may be called from any other thread and stops
/// the statement in flight (PQcancel). Errors are thrown as PgError.
class PgConnection {
public:
    /// Opens a connection or throws PgError (Connection, Timeout or Cancelled).
    [[nodiscard]] static std::unique_ptr<PgConnection>
    open(const ConnectionSettings& settings, std::chrono::milliseconds timeout,
         const std::atomic_bool* cancelled = nullptr);

    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Runs one statement with text parameters ($1, $2, ...; a null QString is SQL NULL).
    /// `step` names what the statement is for, in errors.
    PgResult exec(const QString& sql, const QStringList& params = {}, const QString& step = {});

    /// Runs SQL with the simple query protocol: several statements at once, no parameters.
    /// Needed for scripts and for replication connections, which accept nothing else.
    PgResult execScript(const QString& sql, const QString& step = {});

    /// execScript() that returns the error instead of throwing.
    bool tryExecScript(const QString& sql, PgResult* result, QString* sqlstate, QString* message);

    /// Like exec() but returns the error instead of throwing, for statements that may fail
    /// as part of normal flow (probes). Returns true on success.
    bool tryExec(const QString& sql, const QStringList& params, PgResult* result, QString* sqlstate,
                 QString* message);

    /// Quotes an identifier with libpq's rules ("my ""odd"" name").
    QString quoteIdentifier(const QString& identifier) const;
    /// Quotes a literal with libpq's rules, for the few statements that take no parameters.
    QString quoteLiteral(const QString& literal) const;

    /// The server's version as PQserverVersion reports it (150004 for 15.4, 100012 for 10.12).
    int serverVersionNum() const { return PQserverVersion(m_conn); }
    QString parameterStatus(const char* name) const;

    /// Cancels the statement in flight, if any. Thread-safe.
    void cancel();

    PGconn* raw() const { return m_conn; }

private:
    explicit PgConnection(PGconn* conn);
    bool checkResult(PgResult* result, QString* sqlstate, QString* message) const;
    [[noreturn]] static void throwQueryError(const PgResult& result, const QString& step,
                                             const QString& sqlstate, const QString& message);

    PGconn* m_conn = nullptr;
    std::mutex m_cancelMutex;
    PGcancel* m_cancel = nullptr;
};

/// A PostgreSQL text array literal ({"a","b \"c\""}) to pass as one $n parameter.
QString toPgTextArray(const QStringList& values);

} // namespace pgm
