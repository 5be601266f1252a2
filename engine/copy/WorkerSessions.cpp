#include "WorkerSessions.h"

#include "AtOnce.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"
#include "TextOutput.h"

#include <QCoreApplication>

namespace pgm {

WorkerSessions openWorkerSessions(const WorkerConnections& connections,
                                  const std::atomic_bool* cancelled) {
    // The two open at once: each open is several round trips and a password exchange.
    WorkerSessions sessions;
    std::unique_ptr<PgConnection>& source = sessions.first;
    std::unique_ptr<PgConnection>& target = sessions.second;
    forEachAtOnce(2, 2, [&](std::size_t side) {
        if (side == 1) {
            target = PgConnection::open(connections.target, std::chrono::seconds(30), cancelled);
            disableSessionTimeouts(*target);
            pinTextOutput(*target);
            return;
        }
        source = PgConnection::open(connections.source, std::chrono::seconds(30), cancelled);
        // COPY as a role subject to row-level security would silently skip rows: with
        // row_security off the server refuses instead, naming the table.
        source->execScript(QStringLiteral("SET row_security = off"));
        disableSessionTimeouts(*source);
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        source->exec(QStringLiteral("SET TRANSACTION SNAPSHOT ") +
                         source->quoteLiteral(connections.snapshot),
                     {}, QCoreApplication::translate("Runner", "import the copy's snapshot"));
        // A text COPY between majors: both sides print and read values alike (10 and 11 print
        // floats with 15 digits unless extra_float_digits says otherwise).
        pinTextOutput(*source);
    });
    return sessions;
}

WorkersOpenedAhead::WorkersOpenedAhead(const WorkerConnections& connections, qsizetype count,
                                       const std::atomic_bool* cancelled) {
    m_opening.reserve(std::size_t(std::max<qsizetype>(0, count)));
    for (qsizetype i = 0; i < count; ++i) {
        // The settings are copied: the runner's copy of them may go before these opens end.
        m_opening.push_back(std::async(std::launch::async, [connections, cancelled] {
            return openWorkerSessions(connections, cancelled);
        }));
    }
}

WorkersOpenedAhead::~WorkersOpenedAhead() = default; // each std::async future joins its open

std::optional<WorkerSessions> WorkersOpenedAhead::take() {
    std::future<WorkerSessions> next;
    {
        std::lock_guard lock(m_mutex);
        if (m_opening.empty()) {
            return std::nullopt;
        }
        next = std::move(m_opening.back());
        m_opening.pop_back();
    }
    try {
        return next.get();
    } catch (const PgError& error) {
        qCDebug(lcCopy, "a copy worker's sessions opened ahead failed: %s",
                qUtf8Printable(error.describe()));
        return std::nullopt;
    }
}

} // namespace pgm
