#pragma once

#include "ConnectionSettings.h"
#include "CopyDigest.h"
#include "TableCatalog.h"

#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>

namespace pgm {

class PgConnection;

/// Where a large table's read-back may run in parts at once.
struct ReadBackSessions {
    ConnectionSettings target; ///< the table's database on the target, for the extra sessions
    int extra = 0;             ///< sessions to open besides the caller's (borrowed jobs)
    const std::atomic_bool* cancelled = nullptr;
    /// The table's primary key is being built beside: the target's own checksum then runs on
    /// one process (digestOnTarget).
    bool keyBeside = false;
};

/// A table's pages in ranges of ctid, handed out one at a time to the sessions reading it back:
/// a session that joins late, or reads faster, takes more of them.
class PageRanges {
public:
    explicit PageRanges(QStringList ranges)
        : m_ranges(std::move(ranges)) {}
    /// The next range's condition, or an empty string when none is left.
    QString take();

private:
    std::mutex m_mutex;
    QStringList m_ranges;
    qsizetype m_next = 0;
};

/// The table's pages in ranges for `sessions` sessions reading them back at once (TID range
/// scans, PostgreSQL 14 and later), or nothing when it is read whole: read in text, a table
/// with a filter, a server before 14, or too few pages to share.
std::unique_ptr<PageRanges> splitForReadBack(PgConnection& target, const TableInfo& table,
                                             bool binary, int sessions);

/// Digests the rows of the ranges it takes from `ranges` until none is left (binary COPY, as
/// digestTable() reads them). Throws PgError.
CopyDigest digestRanges(PgConnection& session, const TableInfo& table, PageRanges& ranges);

/// Digests the table as digestTable() does, read on the caller's session and on `sessions.extra`
/// more at once, each taking ranges of pages from `ranges` (split here when null). The digest
/// is a sum, so the parts add up to the whole table's. A table that cannot be split, or whose
/// extra sessions cannot be opened, is read by fewer sessions (at worst whole, on the caller's).
/// Throws PgError.
CopyDigest digestTableInParts(PgConnection& target, const TableInfo& table, bool binary,
                              const ReadBackSessions& sessions, PageRanges* ranges = nullptr);

/// The WHERE conditions that split `pages` pages into `parts` ranges of ctid: the first without
/// a lower bound and the last without an upper one, so rows on pages added since are read too.
QStringList pageRanges(qint64 pages, int parts);

} // namespace pgm
