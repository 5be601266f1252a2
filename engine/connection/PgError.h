#pragma once

#include <QString>
#include <stdexcept>

namespace pgm {

/// A failure talking to PostgreSQL, keeping what a user or a test needs to act on it:
/// the step that failed, the server's SQLSTATE (empty for client-side failures), the message
/// and the server's hint. Messages never contain a password.
class PgError : public std::runtime_error {
public:
    enum class Kind {
        Connection, ///< could not connect or authenticate
        Timeout,    ///< the deadline passed (connect or statement)
        Cancelled,  ///< cancelled on request
        Query,      ///< the server refused a statement
    };

    /// Why a connection failed, as far as the client could tell from what it saw (the stage
    /// libpq had reached, our own resolver, our own deadline), never from the message: libpq
    /// and the C library translate theirs into the user's language. It chooses the remedy.
    enum class Cause {
        Unknown,
        NoPassword, ///< the server asked for a password and none was given
        HostName,   ///< the host name did not resolve (or the resolver did not answer)
        NoAnswer,   ///< something accepted the connection but never answered as PostgreSQL
        Ssl,        ///< the SSL negotiation failed (no SSL on the server, a certificate)
    };

    PgError(Kind kind, QString step, QString message, QString sqlstate = {}, QString hint = {});

    Kind kind() const { return m_kind; }
    const QString& step() const { return m_step; }
    const QString& message() const { return m_message; }
    const QString& sqlstate() const { return m_sqlstate; }
    const QString& hint() const { return m_hint; }
    /// A connection failed because the server asked for a password and none was given
    /// (libpq's PQconnectionNeedsPassword, read before the connection was freed). Decided on
    /// that flag, never on the message, which libpq translates into the user's language.
    bool needsPassword() const { return m_cause == Cause::NoPassword; }
    Cause cause() const { return m_cause; }
    PgError& withCause(Cause cause) {
        m_cause = cause;
        return *this;
    }

    /// "step: message (SQLSTATE xxxxx)", for logs and reports, with what to do when the cause
    /// is one a user can fix (a full disk).
    QString describe() const;
    /// A server (or a tool writing for it) ran out of disk space: SQLSTATE 53100, or the
    /// system's message in a client tool's error.
    bool isDiskFull() const;

private:
    Kind m_kind;
    QString m_step;
    QString m_message;
    QString m_sqlstate;
    QString m_hint;
    Cause m_cause = Cause::Unknown;
};

} // namespace pgm
