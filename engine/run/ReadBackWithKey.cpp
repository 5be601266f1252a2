#include "ReadBackWithKey.h"

#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"

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
        if (!earlyKeyMissing(*session, key)) {
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
    // The key's session reads nothing back itself: measured on two cores, a third reader only
    // slowed the read-back down.
    std::thread build([&] {
        try {
            buildEarlyPrimaryKey(*session, table, *key.key, key.analyze);
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
