#include "ReadBackParts.h"

#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "SessionTimeouts.h"
#include "TableCopy.h"
#include "TextOutput.h"

#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace pgm {

namespace {

// A range smaller than this (8 MB of 8 kB pages) costs more in its statement than it saves.
constexpr qint64 kMinPagesPerPart = 1024;
constexpr qint64 kRangesPerSession = 4;
constexpr std::chrono::seconds kConnectTimeout(30);

qint64 pagesOf(PgConnection& target, const TableInfo& table) {
    const PgResult result =
        target.exec(QStringLiteral("SELECT pg_relation_size($1::regclass) / "
                                   "current_setting('block_size')::bigint"),
                    {table.qualified}, QStringLiteral("size of %1").arg(table.qualified));
    return result.text(0, 0).toLongLong();
}

// The extra sessions that could be opened, up to `wanted`: a server at its connection limit
// leaves the caller's session to read more.
std::vector<std::unique_ptr<PgConnection>> openSessions(const ReadBackSessions& sessions,
                                                        int wanted) {
    std::vector<std::unique_ptr<PgConnection>> opened;
    for (int i = 0; i < wanted; ++i) {
        try {
            auto connection =
                PgConnection::open(sessions.target, kConnectTimeout, sessions.cancelled);
            disableSessionTimeouts(*connection);
            pinTextOutput(*connection); // its rows' bytes as the caller's session reads them
            opened.push_back(std::move(connection));
        } catch (const PgError& error) {
            if (error.kind() == PgError::Kind::Cancelled) {
                throw;
            }
            qCDebug(lcCopy, "read back in fewer parts: %s", qUtf8Printable(error.describe()));
            break;
        }
    }
    return opened;
}

} // namespace

QStringList pageRanges(qint64 pages, int parts) {
    QStringList ranges;
    const auto bound = [&](int part) {
        return pages * part / parts;
    };
    for (int part = 0; part < parts; ++part) {
        QStringList conditions;
        if (part > 0) {
            conditions << QStringLiteral("ctid >= '(%1,0)'::tid").arg(bound(part));
        }
        if (part < parts - 1) {
            conditions << QStringLiteral("ctid < '(%1,0)'::tid").arg(bound(part + 1));
        }
        ranges << (conditions.isEmpty() ? QStringLiteral("true")
                                        : conditions.join(QStringLiteral(" AND ")));
    }
    return ranges;
}

QString PageRanges::take() {
    std::lock_guard lock(m_mutex);
    return m_next < m_ranges.size() ? m_ranges[m_next++] : QString();
}

std::unique_ptr<PageRanges> splitForReadBack(PgConnection& target, const TableInfo& table,
                                             bool binary, int sessions) {
    if (sessions <= 1 || !binary || !table.filter.isEmpty() || target.serverVersionNum() < 140000) {
        return nullptr;
    }
    const qint64 pages = pagesOf(target, table);
    // A few ranges per session, so that one joining late still finds some left.
    const int ranges =
        int(std::min<qint64>(qint64(sessions) * kRangesPerSession, pages / kMinPagesPerPart));
    if (ranges < 2) {
        return nullptr;
    }
    qCDebug(lcCopy, "%s: %lld pages read back in %d ranges", qUtf8Printable(table.qualified), pages,
            ranges);
    return std::make_unique<PageRanges>(pageRanges(pages, ranges));
}

CopyDigest digestRanges(PgConnection& session, const TableInfo& table, PageRanges& ranges) {
    CopyDigest digest(true, table.digestLetters);
    for (QString range = ranges.take(); !range.isEmpty(); range = ranges.take()) {
        digest.merge(digestTable(session, table, true, range));
    }
    return digest;
}

CopyDigest digestTableInParts(PgConnection& target, const TableInfo& table, bool binary,
                              const ReadBackSessions& sessions, PageRanges* ranges) {
    std::unique_ptr<PageRanges> split;
    if (!ranges) {
        split = splitForReadBack(target, table, binary, sessions.extra + 1);
        ranges = split.get();
    }
    if (!ranges) {
        return digestTable(target, table, binary);
    }
    std::vector<std::unique_ptr<PgConnection>> helpers = openSessions(sessions, sessions.extra);
    std::vector<std::optional<CopyDigest>> digests(helpers.size());
    std::vector<std::optional<PgError>> errors(helpers.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < helpers.size(); ++i) {
        threads.emplace_back([&, i] {
            try {
                digests[i] = digestRanges(*helpers[i], table, *ranges);
            } catch (const PgError& error) {
                errors[i] = error;
            }
        });
    }
    std::optional<PgError> ownError;
    CopyDigest whole(binary, table.digestLetters);
    try {
        whole = digestRanges(target, table, *ranges);
    } catch (const PgError& error) {
        ownError = error;
        for (auto& helper : helpers) {
            helper->cancel(); // the result is lost anyway: no part need run to its end
        }
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    if (ownError) {
        throw *ownError;
    }
    for (std::size_t i = 0; i < helpers.size(); ++i) {
        if (errors[i]) {
            throw *errors[i];
        }
        whole.merge(*digests[i]);
    }
    return whole;
}

} // namespace pgm
