#pragma once

#include "ConnectionSettings.h"
#include "PgResult.h"

#include <QStringList>
#include <atomic>
#include <chrono>
#include <libpq-fe.h>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pgm {

/// One libpq connection, owned for its whole life (PQfinish on destruction).
///
/// Connecting is asynchronous underneath (PQconnectStartParams + PQconnectPoll) so that it is
/// bounded by a deadline even when a host accepts TCP and never answers, and can be abandoned
/// when a cancel flag is raised. Statements run on the calling thread, which must be an engine
/// worker, never the GUI thread. A connection opened with a cancel flag watches it during every
/// statement, COPY and result wait: the socket is polled in short slices, and once the flag is
/// raised the statement in flight is cancelled (PQcancel, repeated until it ends) and the next
/// one is refused, so a statement blocked on a lock ends within a second or so. A connection for
/// cleanup after a cancel is opened without the flag. cancel() may also be called from any other
/// thread. Errors are thrown as PgError (Kind::Cancelled for a cancelled statement).
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

    /// Runs several queries (no parameters) in one round trip and returns each one's result,
    /// in order: for independent catalog reads, which on a distant server otherwise wait one
    /// round trip each. They run as one implicit transaction: the first error stops them all
    /// and is thrown, named by `step`.
    std::vector<PgResult> execEach(const QStringList& queries, const QString& step = {});

    /// execScript() that returns the error instead of throwing.
    bool tryExecScript(const QString& sql, PgResult* result, QString* sqlstate, QString* message);
    /// The same for SQL bytes sent as they are: a script in its own client_encoding (a dump of
    /// a LATIN1 database sets it first), which a QString would have re-encoded.
    bool tryExecScript(const QByteArray& sql, PgResult* result, QString* sqlstate,
                       QString* message);

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
    /// The password this session logged in with, wherever libpq found it: the settings,
    /// PGPASSWORD, a passfile or a service file (PQpass). A secret: never log it.
    QString passwordUsed() const { return QString::fromUtf8(PQpass(m_conn)); }
    /// Gives `settings` (those this session opened with) the password it logged in with when
    /// they hold none. One libpq found by itself (PGPASSWORD, ~/.pgpass, a service file)
    /// serves only this process: pg_dump and pg_restore run with pgmigrate's passfile alone,
    /// and the target's subscription reaches the source with the password its conninfo
    /// carries; both would fail after the checks passed.
    void adoptPassword(ConnectionSettings* settings) const {
        if (settings->password.isEmpty()) {
            settings->password = passwordUsed();
        }
    }
    QString parameterStatus(const char* name) const;

    /// Cancels the statement in flight, if any. Thread-safe.
    void cancel();

    /// From now on every statement ends by `deadline` on the server: each is preceded by
    /// SET statement_timeout and lock_timeout to the time left (sent again at most once a
    /// second, so a statement may end up to a second past it), and none starts once it has
    /// passed (it fails as a statement timeout does, 57014); only a transaction's end
    /// (COMMIT, ROLLBACK) still goes through then. For a step bounded as a whole that no
    /// client-side cancel may stop in the middle of a statement (the cut-over's cleanup).
    void boundUntil(std::chrono::steady_clock::time_point deadline) {
        m_deadline = deadline;
        m_deadlineSetAt.reset();
    }
    /// True once the time boundUntil() gave is up: statements are refused from then on.
    bool deadlinePassed() const {
        return m_deadline && std::chrono::steady_clock::now() >= *m_deadline;
    }

    /// True when the connection's cancel flag is raised.
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

    // Asynchronous use (two servers working at once, COPY streams): each call waits in short
    // slices and honours the cancel flag as exec() does.

    /// Sends one statement (simple protocol) without waiting; read it with nextResult().
    /// False (with errorMessage()) when it could not be sent or the flag is raised.
    bool sendQuery(const QString& sql);
    /// The same for bytes as they are: rows a SQL_ASCII database holds need not be UTF-8.
    bool sendQuery(const QByteArray& sql);
    /// The next result of the statement in flight, or a null result when there is none left.
    PgResult nextResult();
    /// PQgetCopyData: the row's length (buffer to free with PQfreemem), -1 at the end of the
    /// COPY, -2 on failure.
    int getCopyData(char** buffer);
    /// PQputCopyData, waiting until the server took the data in. False on failure.
    bool putCopyData(const char* data, int length);
    /// PQputCopyEnd (a non-null `failure` aborts the COPY) and flushes. False on failure.
    bool putCopyEnd(const char* failure);
    /// libpq's last error message on this connection.
    QString errorMessage() const;

    PGconn* raw() const { return m_conn; }

private:
    friend class IgnoreCancel;
    explicit PgConnection(PGconn* conn, const std::atomic_bool* cancelled);
    bool checkResult(PgResult* result, QString* sqlstate, QString* message) const;
    /// Collects the results of a sent statement as PQexec would (the last, or the error); with
    /// `each`, every result before the last is kept there too (the last stays in *result).
    bool finishStatement(bool sent, PgResult* result, QString* sqlstate, QString* message,
                         std::vector<PgResult>* each = nullptr);
    /// Waits up to one slice for the socket (readable, or also writable while output is
    /// pending), reads what arrived and cancels the statement when the flag is raised. False
    /// when the connection broke.
    bool waitSlice(bool forWrite);
    /// Drops what an earlier statement left unread, as PQexec does.
    void discardPending();
    /// Refuses to start a statement once the flag is raised.
    bool refuseWhenCancelled(QString* sqlstate, QString* message) const;
    /// Gives the statement about to start the time boundUntil() left; false once none is left.
    bool applyDeadline(const QString& sql, QString* sqlstate, QString* message);
    /// Sends what libpq buffered, waiting in slices; false when the connection broke.
    bool flushOutput();
    [[noreturn]] static void throwQueryError(const PgResult& result, const QString& step,
                                             const QString& sqlstate, const QString& message);

    PGconn* m_conn = nullptr;
    const std::atomic_bool* m_cancelled = nullptr;
    std::chrono::steady_clock::time_point m_lastCancel; ///< when waitSlice() last sent a cancel
    bool m_cancelSent = false;                          ///< during the statement in flight
    qint64 m_unflushed = 0;                             ///< COPY data put since the last flush
    std::mutex m_cancelMutex;
    PGcancel* m_cancel = nullptr;
    std::optional<std::chrono::steady_clock::time_point> m_deadline; ///< boundUntil()
    bool m_settingDeadline = false; ///< while applyDeadline() sends its SET
    /// When applyDeadline() last sent the timeouts outside a transaction (they still hold).
    std::optional<std::chrono::steady_clock::time_point> m_deadlineSetAt;
};

/// While it lives, statements on the connection ignore its cancel flag: for the cleanup right
/// after a create that must run even when the user cancelled meanwhile (a probe's DROP).
class IgnoreCancel {
public:
    explicit IgnoreCancel(PgConnection& connection)
        : m_connection(connection)
        , m_saved(connection.m_cancelled) {
        m_connection.m_cancelled = nullptr;
    }
    ~IgnoreCancel() { m_connection.m_cancelled = m_saved; }
    IgnoreCancel(const IgnoreCancel&) = delete;
    IgnoreCancel& operator=(const IgnoreCancel&) = delete;

private:
    PgConnection& m_connection;
    const std::atomic_bool* m_saved;
};

/// A PostgreSQL text array literal ({"a","b \"c\""}) to pass as one $n parameter.
QString toPgTextArray(const QStringList& values);

} // namespace pgm
