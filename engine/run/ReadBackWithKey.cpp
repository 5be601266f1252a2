#include "ReadBackWithKey.h"

#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"

#include <QCoreApplication>
#include <thread>

namespace pgm {

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);

// The key's own session, or none when it cannot be opened (the read-back then goes on alone).
std::unique_ptr<PgConnection> keySession(const ReadBackSessions& sessions,
                                         const EarlyPrimaryKey& key) {
    try {
        auto session = PgConnection::open(sessions.target, kConnectTimeout, sessions.cancelled);
        disableSessionTimeouts(*session);
        // Never over something already there: the indexes phase then sees to it.
        if (session->exec(QStringLiteral("SELECT to_regclass($1) IS NULL"), {key.index}).scalar() !=
            QLatin1String("t")) {
            qCDebug(lcCopy, "%s is on the target already", qUtf8Printable(key.index));
            return nullptr;
        }
        return session;
    } catch (const PgError& error) {
        if (error.kind() == PgError::Kind::Cancelled) {
            throw;
        }
        qCDebug(lcCopy, "primary key left to the indexes phase: %s",
                qUtf8Printable(error.describe()));
        return nullptr;
    }
}

// Index and constraint in one transaction, after the table's statistics (`analyze`, when set):
// ANALYZE may run beside the read-back, but not beside the index build (its lock conflicts with
// CREATE INDEX's), and the build is the shorter of the two. ADD CONSTRAINT ... USING INDEX then
// waits for the read-back's lock and only marks the index as the key: milliseconds (the columns
// are already NOT NULL in the table the pre-data made). The session reads nothing back itself:
// measured on two cores, a third reader only slowed the read-back down.
void buildKey(PgConnection& session, const TableInfo& table, const EarlyPrimaryKey& key,
              const QString& analyze) {
    const QString step =
        QCoreApplication::translate("Runner", "primary key of %1").arg(table.qualified);
    if (!analyze.isEmpty()) {
        session.exec(analyze, {}, QStringLiteral("analyze %1").arg(table.qualified));
    }
    session.exec(QStringLiteral("BEGIN"), {}, step);
    session.exec(key.createIndex, {}, step);
    session.exec(key.addConstraint, {}, step);
    session.exec(QStringLiteral("COMMIT"), {}, step);
}

} // namespace

TableComparison readBackBuildingKey(PgConnection& target, const TableInfo& table,
                                    const CopyResult& copied, ReadBackSessions sessions,
                                    const EarlyKeyWork& key, bool* keyBuilt) {
    *keyBuilt = false;
    std::unique_ptr<PgConnection> session =
        key.key && sessions.extra > 0 ? keySession(sessions, *key.key) : nullptr;
    if (!session) {
        return compareReadBack(target, table, copied, sessions);
    }
    --sessions.extra; // the key's
    sessions.keyBeside = true;
    std::optional<PgError> keyError;
    std::thread build([&] {
        try {
            buildKey(*session, table, *key.key, key.analyze);
        } catch (const PgError& error) {
            keyError = error;
        }
    });
    std::optional<PgError> readError;
    TableComparison comparison;
    try {
        comparison = compareReadBack(target, table, copied, sessions);
    } catch (const PgError& error) {
        readError = error;
        session->cancel(); // its transaction ends with the session: nothing is left
    }
    build.join();
    if (readError) {
        throw *readError;
    }
    if (keyError) {
        throw *keyError;
    }
    *keyBuilt = true;
    qCDebug(lcCopy, "%s: primary key built while reading back", qUtf8Printable(table.qualified));
    return comparison;
}

} // namespace pgm
