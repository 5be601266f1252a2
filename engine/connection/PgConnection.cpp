#include "PgConnection.h"

#include "HostResolver.h"
#include "Logging.h"
#include "PgError.h"

#include <QCoreApplication>
#include <openssl/ssl.h>
#include <poll.h>
#include <vector>

namespace pgm {

namespace {

using Clock = std::chrono::steady_clock;

// How long a wait for the server lasts before the cancel flag is looked at again.
constexpr int kSliceMs = 100;
// A cancel request that reached the server between two statements is ignored there: repeat it
// while the statement still runs.
constexpr std::chrono::milliseconds kCancelRepeat(1000);
// Bounds what a COPY stream buffers while the server reads slower than the source writes.
constexpr qint64 kFlushEvery = qint64{256} * 1024;
// The most COPY data handed to libpq in one call (see putCopyData).
constexpr int kPutPiece = 256 * 1024;
const QString kQueryCanceled = QStringLiteral("57014");

// libpq prints server NOTICEs on stderr by default; the engine reports what matters itself.
void ignoreNotice(void*, const char*) {}

QString libpqMessage(PGconn* conn) {
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// A server that went away mid-statement reads, over TLS, as "SSL SYSCALL error: EOF detected"
// or "SSL error: unexpected eof while reading": nothing a DBA would take for a lost connection,
// so it is said.
QString lostConnection(const QString& message) {
    return QCoreApplication::translate("Connection", "the connection to the server was lost (%1)")
        .arg(message);
}

// libpqMessage() for a connection that was open.
QString openConnectionMessage(PGconn* conn) {
    const QString message = libpqMessage(conn);
    return PQstatus(conn) == CONNECTION_BAD && !message.contains(QLatin1String("connection"))
               ? lostConnection(message)
               : message;
}

// TLS records decrypted by OpenSSL but not yet handed to libpq do not make the socket readable:
// waiting on the socket then would wait for data already here. libpq's own waits check the same.
bool tlsBytesPending(PGconn* conn) {
    auto* tls = static_cast<SSL*>(PQsslStruct(conn, "OpenSSL"));
    return tls != nullptr && SSL_pending(tls) > 0;
}

struct ConnDeleter {
    void operator()(PGconn* conn) const { PQfinish(conn); }
};

/// The step PgConnection::open's errors name: "connect to user@host:port/db".
QString connectStep(const ConnectionSettings& settings) {
    return QCoreApplication::translate("Connection", "connect to %1").arg(settings.describe());
}

/// libpq's keywords for `settings`, with the host name resolved here, bounded by `timeout`.
auto connectPairs(const ConnectionSettings& settings, std::chrono::milliseconds timeout,
                  const std::atomic_bool* cancelled) {
    auto pairs = settings.keywords();
    if (needsDnsLookup(settings.host) && !settings.extra.contains(QStringLiteral("hostaddr"))) {
        // Resolve here, bounded, and hand libpq the addresses: it then skips its own lookup but
        // keeps the name for SSL verification and pg_hba. One host entry per address keeps
        // libpq's failover across them.
        const QStringList addresses = resolveHost(settings.host, timeout, cancelled);
        QStringList hosts;
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            hosts << settings.host;
        }
        for (auto& [key, value] : pairs) {
            if (key == "host") {
                value = hosts.join(QLatin1Char(',')).toStdString();
            }
        }
        pairs.emplace_back("hostaddr", addresses.join(QLatin1Char(',')).toStdString());
    }
    return pairs;
}

} // namespace

std::unique_ptr<PgConnection> PgConnection::open(const ConnectionSettings& settings,
                                                 std::chrono::milliseconds timeout,
                                                 const std::atomic_bool* cancelled) {
    const QString step = connectStep(settings);
    qCDebug(lcConnection, "connecting to %s", qUtf8Printable(settings.describe()));
    const auto deadline = Clock::now() + timeout;
    const auto pairs = connectPairs(settings, timeout, cancelled);
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : pairs) {
        keys.push_back(key.c_str());
        values.push_back(value.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    std::unique_ptr<PGconn, ConnDeleter> conn(PQconnectStartParams(keys.data(), values.data(), 0));
    if (!conn) {
        throw PgError(PgError::Kind::Connection, step, QStringLiteral("out of memory"));
    }
    // What libpq knows about the failure is read here, while the connection still exists.
    // The stage libpq had reached before the failing poll tells an SSL failure from the rest.
    ConnStatusType stage = PQstatus(conn.get());
    const auto connectionFailure = [&conn, &step, &stage] {
        PgError failure(PgError::Kind::Connection, step, libpqMessage(conn.get()));
        if (PQconnectionNeedsPassword(conn.get()) == 1) {
            failure.withCause(PgError::Cause::NoPassword);
        } else if (stage == CONNECTION_SSL_STARTUP) {
            failure.withCause(PgError::Cause::Ssl);
        }
        qCDebug(lcConnection, "%s", qUtf8Printable(failure.describe()));
        return failure;
    };
    if (stage == CONNECTION_BAD) {
        throw connectionFailure();
    }

    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED) {
            throw connectionFailure();
        }
        stage = PQstatus(conn.get());
        // Wait in short slices so a cancel request is noticed promptly.
        bool ready = false;
        while (!ready) {
            if (cancelled && cancelled->load()) {
                throw PgError(PgError::Kind::Cancelled, step,
                              QStringLiteral("cancelled while connecting"));
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) {
                // Still connecting: nothing took the connection (a firewall dropping it). Past
                // that, something took it and never answered as PostgreSQL.
                throw PgError(PgError::Kind::Timeout, step,
                              QCoreApplication::translate("Connection",
                                                          "no answer from the server within %1 s")
                                  .arg(double(timeout.count()) / 1000.0))
                    .withCause(stage == CONNECTION_STARTED ? PgError::Cause::Unknown
                                                           : PgError::Cause::NoAnswer);
            }
            pollfd descriptor{};
            descriptor.fd = PQsocket(conn.get());
            descriptor.events = state == PGRES_POLLING_READING ? POLLIN : POLLOUT;
            const int slice = int(std::min<qint64>(left.count(), 100));
            const int rc = ::poll(&descriptor, 1, slice);
            ready = rc > 0;
        }
        state = PQconnectPoll(conn.get());
    }
    qCDebug(lcConnection, "connected to %s (server %s)", qUtf8Printable(settings.describe()),
            PQparameterStatus(conn.get(), "server_version"));
    return std::unique_ptr<PgConnection>(new PgConnection(conn.release(), cancelled));
}

PgConnection::PgConnection(PGconn* conn, const std::atomic_bool* cancelled)
    : m_conn(conn)
    , m_cancelled(cancelled)
    , m_cancel(PQgetCancel(conn)) {
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    PQsetClientEncoding(m_conn, "UTF8");
}

PgConnection::~PgConnection() {
    {
        std::lock_guard lock(m_cancelMutex);
        PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    PQfinish(m_conn);
}

PgResult PgConnection::exec(const QString& sql, const QStringList& params, const QString& step) {
    PgResult result;
    QString sqlstate;
    QString message;
    if (!tryExec(sql, params, &result, &sqlstate, &message)) {
        throwQueryError(result, step, sqlstate, message);
    }
    return result;
}

PgResult PgConnection::execScript(const QString& sql, const QString& step) {
    PgResult result;
    QString sqlstate;
    QString message;
    if (!tryExecScript(sql, &result, &sqlstate, &message)) {
        throwQueryError(result, step, sqlstate, message);
    }
    return result;
}

bool PgConnection::tryExecScript(const QString& sql, PgResult* result, QString* sqlstate,
                                 QString* message) {
    return tryExecScript(sql.toUtf8(), result, sqlstate, message);
}

std::vector<PgResult> PgConnection::execEach(const QStringList& queries, const QString& step) {
    std::vector<PgResult> results;
    PgResult last;
    QString sqlstate;
    QString message;
    const QByteArray sql = queries.join(QStringLiteral(";\n")).toUtf8();
    bool ok = !refuseWhenCancelled(&sqlstate, &message) &&
              applyDeadline(QString::fromUtf8(sql.left(32)), &sqlstate, &message);
    if (ok) {
        discardPending();
        m_cancelSent = false;
        const bool sent = PQsendQuery(m_conn, sql.constData()) == 1;
        ok = finishStatement(sent, &last, &sqlstate, &message, &results);
    }
    if (!ok) {
        throwQueryError(last, step, sqlstate, message);
    }
    results.push_back(std::move(last));
    if (results.size() != std::size_t(queries.size())) {
        throw PgError(
            PgError::Kind::Query, step.isEmpty() ? QStringLiteral("query") : step,
            QStringLiteral("%1 results for %2 queries").arg(results.size()).arg(queries.size()));
    }
    return results;
}

bool PgConnection::tryExecScript(const QByteArray& sql, PgResult* result, QString* sqlstate,
                                 QString* message) {
    *result = PgResult();
    // The deadline looks at the statement's start only (a transaction's end goes through).
    if (refuseWhenCancelled(sqlstate, message) ||
        !applyDeadline(QString::fromUtf8(sql.left(32)), sqlstate, message)) {
        return false;
    }
    discardPending();
    m_cancelSent = false;
    const bool sent = PQsendQuery(m_conn, sql.constData()) == 1;
    return finishStatement(sent, result, sqlstate, message);
}

void PgConnection::throwQueryError(const PgResult& result, const QString& step,
                                   const QString& sqlstate, const QString& message) {
    const QString what = step.isEmpty() ? QStringLiteral("query") : step;
    const bool cancelled = sqlstate == QLatin1String("57014");
    QString hint;
    if (result.get()) {
        hint = QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_HINT));
    }
    throw PgError(cancelled ? PgError::Kind::Cancelled : PgError::Kind::Query, what, message,
                  sqlstate, hint);
}

bool PgConnection::tryExec(const QString& sql, const QStringList& params, PgResult* result,
                           QString* sqlstate, QString* message) {
    std::vector<QByteArray> storage;
    storage.reserve(size_t(params.size()));
    std::vector<const char*> values;
    for (const QString& param : params) {
        storage.push_back(param.toUtf8());
        values.push_back(param.isNull() ? nullptr : storage.back().constData());
    }
    const QByteArray query = sql.toUtf8();
    *result = PgResult();
    if (refuseWhenCancelled(sqlstate, message) || !applyDeadline(sql, sqlstate, message)) {
        return false;
    }
    discardPending();
    m_cancelSent = false;
    const bool sent = PQsendQueryParams(m_conn, query.constData(), int(values.size()), nullptr,
                                        values.data(), nullptr, nullptr, 0) == 1;
    return finishStatement(sent, result, sqlstate, message);
}

void PgConnection::discardPending() {
    // What PQexec does before a new statement: results nobody read are dropped and an
    // unfinished COPY FROM STDIN is ended (its transaction fails).
    while (PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        const PgResult pending = nextResult();
        if (!pending.get()) {
            return;
        }
        const ExecStatusType status = PQresultStatus(pending.get());
        if (status == PGRES_COPY_IN) {
            putCopyEnd("COPY ended by a new statement");
        } else if (status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
            return; // the new statement fails with libpq's "another command is in progress"
        }
    }
}

bool PgConnection::refuseWhenCancelled(QString* sqlstate, QString* message) const {
    if (!isCancelled()) {
        return false;
    }
    *sqlstate = kQueryCanceled;
    *message = QStringLiteral("cancelled");
    return true;
}

namespace {

/// COMMIT, ROLLBACK and their synonyms: they take no time, and without them a session stays in
/// its transaction.
bool endsTransaction(const QString& sql) {
    const QString word = sql.trimmed().remove(QLatin1Char(';')).trimmed().toUpper();
    return word == QLatin1String("COMMIT") || word == QLatin1String("ROLLBACK") ||
           word == QLatin1String("END") || word == QLatin1String("ABORT");
}

/// How long a statement_timeout sent by applyDeadline() serves the statements after it: each
/// then gets up to this much more than the time left, and many small statements (an owner per
/// object) do not each pay a round trip for their SET.
constexpr std::chrono::milliseconds kDeadlineSlack{1000};

} // namespace

bool PgConnection::applyDeadline(const QString& sql, QString* sqlstate, QString* message) {
    if (!m_deadline || m_settingDeadline) {
        return true;
    }
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    if (status == PQTRANS_INERROR || (status == PQTRANS_INTRANS && endsTransaction(sql))) {
        // In a failed transaction a statement fails at once, as a SET would, or it is the
        // ROLLBACK that ends it; a transaction's end takes no time: let them through even past
        // the deadline, or the session stays in its transaction.
        return true;
    }
    const auto now = std::chrono::steady_clock::now();
    const qint64 left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*m_deadline - now).count();
    if (left <= 0) {
        *sqlstate = kQueryCanceled;
        *message = QStringLiteral("canceling statement due to statement timeout");
        return false;
    }
    if (m_deadlineSetAt && now - *m_deadlineSetAt < kDeadlineSlack) {
        return true; // the timeouts sent a moment ago still hold
    }
    // Integers only: no quoting needed, and SET takes no parameters.
    m_settingDeadline = true;
    PgResult ignored;
    const bool set =
        tryExecScript(QStringLiteral("SET statement_timeout = %1; SET lock_timeout = %1").arg(left),
                      &ignored, sqlstate, message);
    m_settingDeadline = false;
    // Only a SET outside a transaction lasts: one inside is undone by a rollback.
    if (set && status == PQTRANS_IDLE) {
        m_deadlineSetAt = now;
    } else {
        m_deadlineSetAt.reset();
    }
    return set;
}

bool PgConnection::finishStatement(bool sent, PgResult* result, QString* sqlstate, QString* message,
                                   std::vector<PgResult>* each) {
    if (!sent || !flushOutput()) {
        sqlstate->clear();
        *message = openConnectionMessage(m_conn);
        return false;
    }
    // As PQexec: the last result, stopping at a COPY, but the first error wins (a script stops
    // at it anyway).
    PgResult last;
    PgResult error;
    for (PgResult next = nextResult(); next.get(); next = nextResult()) {
        const ExecStatusType status = PQresultStatus(next.get());
        const bool copy =
            status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH;
        if (status == PGRES_FATAL_ERROR && !error.get()) {
            error = std::move(next);
        } else if (!error.get()) {
            if (each && last.get()) {
                each->push_back(std::move(last));
            }
            last = std::move(next);
        }
        if (copy) {
            break;
        }
    }
    *result = error.get() ? std::move(error) : std::move(last);
    const bool ok = checkResult(result, sqlstate, message);
    if (!ok && m_cancelSent && isCancelled()) {
        *sqlstate = kQueryCanceled; // whatever the cancel broke, it was a cancel
    }
    return ok;
}

bool PgConnection::waitSlice(bool forWrite) {
    if (isCancelled()) {
        const auto now = Clock::now();
        if (!m_cancelSent || now - m_lastCancel >= kCancelRepeat) {
            cancel();
            m_cancelSent = true;
            m_lastCancel = now;
        }
    }
    pollfd descriptor{};
    descriptor.fd = PQsocket(m_conn);
    if (descriptor.fd < 0) {
        return false;
    }
    if (!tlsBytesPending(m_conn)) {
        descriptor.events = short(POLLIN | (forWrite ? POLLOUT : 0));
        ::poll(&descriptor, 1, kSliceMs); // EINTR (a signal) only ends the slice early
    }
    // Read whatever arrived, also while writing: a server that reports an error stops reading
    // until we read it. Without data this returns at once.
    return PQconsumeInput(m_conn) == 1;
}

bool PgConnection::flushOutput() {
    m_unflushed = 0;
    for (;;) {
        const int rc = PQflush(m_conn); // 1 only in nonblocking mode: the socket is full
        if (rc <= 0) {
            return rc == 0;
        }
        if (!waitSlice(true)) {
            return false;
        }
    }
}

bool PgConnection::sendQuery(const QString& sql) {
    return sendQuery(sql.toUtf8());
}

bool PgConnection::sendQuery(const QByteArray& sql) {
    m_cancelSent = false;
    if (isCancelled()) {
        return false;
    }
    return PQsendQuery(m_conn, sql.constData()) == 1 && flushOutput();
}

PgResult PgConnection::nextResult() {
    flushOutput();
    while (PQisBusy(m_conn) == 1) {
        if (!waitSlice(false)) {
            break; // the connection broke: PQgetResult reports it without waiting
        }
    }
    return PgResult(PQgetResult(m_conn));
}

int PgConnection::getCopyData(char** buffer) {
    for (;;) {
        const int length = PQgetCopyData(m_conn, buffer, 1);
        if (length != 0) {
            return length;
        }
        if (!waitSlice(false)) {
            return -2;
        }
    }
}

bool PgConnection::putCopyData(const char* data, int length) {
    // Nonblocking while streaming: a server that stops reading (a lock, a full disk) must not
    // block this thread where the cancel flag is never looked at.
    if (PQisnonblocking(m_conn) == 0 && PQsetnonblocking(m_conn, 1) != 0) {
        return false;
    }
    // A row of hundreds of megabytes goes out in pieces: libpq grows its output buffer to
    // hold what one call hands it and never shrinks it, and COPY FROM reads a byte stream, so
    // the pieces need not follow the rows.
    while (length > 0) {
        const int piece = length < kPutPiece ? length : kPutPiece;
        for (;;) {
            const int put = PQputCopyData(m_conn, data, piece);
            if (put < 0) {
                return false;
            }
            if (put == 1) {
                break;
            }
            if (!waitSlice(true)) {
                return false;
            }
        }
        data += piece;
        length -= piece;
        m_unflushed += piece;
        if (m_unflushed >= kFlushEvery && !flushOutput()) {
            return false;
        }
    }
    return true;
}

bool PgConnection::putCopyEnd(const char* failure) {
    for (;;) {
        const int rc = PQputCopyEnd(m_conn, failure);
        if (rc < 0) {
            return false;
        }
        if (rc == 1) {
            break;
        }
        if (!waitSlice(true)) {
            return false;
        }
    }
    const bool flushed = flushOutput();
    if (flushed && PQisnonblocking(m_conn) == 1) {
        PQsetnonblocking(m_conn, 0); // nothing left to send: this does not wait
    }
    return flushed;
}

QString PgConnection::errorMessage() const {
    return openConnectionMessage(m_conn);
}

bool PgConnection::checkResult(PgResult* result, QString* sqlstate, QString* message) const {
    const ExecStatusType status = result->get() ? PQresultStatus(result->get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN ||
        status == PGRES_COPY_OUT || status == PGRES_EMPTY_QUERY) {
        return true;
    }
    if (result->get()) {
        *sqlstate = QString::fromUtf8(PQresultErrorField(result->get(), PG_DIAG_SQLSTATE));
        const char* primary = PQresultErrorField(result->get(), PG_DIAG_MESSAGE_PRIMARY);
        *message = primary ? QString::fromUtf8(primary)
                           : QString::fromUtf8(PQresultErrorMessage(result->get())).trimmed();
    } else {
        sqlstate->clear();
    }
    if (message->isEmpty()) {
        *message = openConnectionMessage(m_conn);
    } else if (PQstatus(m_conn) == CONNECTION_BAD &&
               !message->contains(QLatin1String("connection"))) {
        // libpq's own result for a lost server holds its bare TLS error.
        *message = lostConnection(*message);
    }
    return false;
}

QString PgConnection::quoteIdentifier(const QString& identifier) const {
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Connection", "quote identifier"),
                      openConnectionMessage(m_conn));
    }
    QString text = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return text;
}

QString PgConnection::quoteLiteral(const QString& literal) const {
    const QByteArray utf8 = literal.toUtf8();
    char* quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted) {
        throw PgError(PgError::Kind::Query,
                      QCoreApplication::translate("Connection", "quote literal"),
                      openConnectionMessage(m_conn));
    }
    QString text = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return text;
}

QString PgConnection::parameterStatus(const char* name) const {
    return QString::fromUtf8(PQparameterStatus(m_conn, name));
}

void PgConnection::cancel() {
    std::lock_guard lock(m_cancelMutex);
    if (m_cancel) {
        char buffer[256];
        PQcancel(m_cancel, buffer, sizeof buffer);
    }
}

QString toPgTextArray(const QStringList& values) {
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace pgm
