#include "PgConnection.h"

#include "HostResolver.h"
#include "PgError.h"

#include <poll.h>
#include <vector>

namespace pgm {

namespace {

using Clock = std::chrono::steady_clock;

// libpq prints server NOTICEs on stderr by default; the engine reports what matters itself.
void ignoreNotice(void*, const char*) {}

QString libpqMessage(PGconn* conn) {
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

struct ConnDeleter {
    void operator()(PGconn* conn) const { PQfinish(conn); }
};

} // namespace

std::unique_ptr<PgConnection> PgConnection::open(const ConnectionSettings& settings,
                                                 std::chrono::milliseconds timeout,
                                                 const std::atomic_bool* cancelled) {
    const QString step = QStringLiteral("connect to %1").arg(settings.describe());
    const auto deadline = Clock::now() + timeout;
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
    if (PQstatus(conn.get()) == CONNECTION_BAD) {
        throw PgError(PgError::Kind::Connection, step, libpqMessage(conn.get()));
    }

    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED) {
            throw PgError(PgError::Kind::Connection, step, libpqMessage(conn.get()));
        }
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
                throw PgError(PgError::Kind::Timeout, step,
                              QStringLiteral("no answer from the server within %1 s")
                                  .arg(double(timeout.count()) / 1000.0));
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
    return std::unique_ptr<PgConnection>(new PgConnection(conn.release()));
}

PgConnection::PgConnection(PGconn* conn)
    : m_conn(conn)
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
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    QString sqlstate;
    QString message;
    if (!checkResult(&result, &sqlstate, &message)) {
        throwQueryError(result, step, sqlstate, message);
    }
    return result;
}

bool PgConnection::tryExecScript(const QString& sql, PgResult* result, QString* sqlstate,
                                 QString* message) {
    *result = PgResult(PQexec(m_conn, sql.toUtf8().constData()));
    return checkResult(result, sqlstate, message);
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
    *result = PgResult(PQexecParams(m_conn, query.constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0));
    return checkResult(result, sqlstate, message);
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
        *message = libpqMessage(m_conn);
    }
    return false;
}

QString PgConnection::quoteIdentifier(const QString& identifier) const {
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted) {
        throw PgError(PgError::Kind::Query, QStringLiteral("quote identifier"),
                      libpqMessage(m_conn));
    }
    QString text = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return text;
}

QString PgConnection::quoteLiteral(const QString& literal) const {
    const QByteArray utf8 = literal.toUtf8();
    char* quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted) {
        throw PgError(PgError::Kind::Query, QStringLiteral("quote literal"), libpqMessage(m_conn));
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
