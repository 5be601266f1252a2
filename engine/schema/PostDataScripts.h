#pragma once

#include "ArchiveToc.h"

#include <QHash>
#include <QList>

namespace pgm {

class PgConnection;

// pg_restore -j restores the post-data one entry per statement and waits for each: against a
// target 2.5 ms away the primary keys of 5 000 small tables took 9 s, round trips more than
// work. Their SQL can go as scripts too (as the pre-data does), one per session, all at once,
// if no two sessions can wait on each other: a piece of script is one transaction, holding the
// locks of every statement in it until it ends. So a script holds only entries that lock one
// plain table (its indexes, its constraints other than foreign keys, its triggers), and all the
// entries of a table are in the same script. Foreign keys, partitioned tables, rules, policies
// and the rest stay with pg_restore, after the scripts.

/// The one table a post-data entry locks, and that table's size on the source.
struct EntryTable {
    quint32 table = 0;
    qint64 bytes = 0;
};

/// How the post-data goes: scripts, one per session, then pg_restore for the rest.
struct PostDataPlan {
    /// Each session's entries, in archive order: the entries of whole tables.
    QList<QList<TocEntry>> scripts;
    /// Everything else, in archive order, for pg_restore after the scripts.
    QList<TocEntry> rest;
    /// Entries of `rest` that may take long: all but the index, key or trigger of a table of
    /// at most maxTableBytes (milliseconds each). pg_restore -j opens a session per job at its
    /// start, whatever it then has to do: two cost 0.13 s here for two such entries.
    qsizetype restLong = 0;
};

/// Tables of at most this size have their entries scripted: larger ones are few, their builds
/// long, and pg_restore -j spreads their indexes over its sessions.
constexpr qint64 kScriptedTableBytes = qint64{8} * 1024 * 1024;
/// Fewer scriptable entries than this are left to pg_restore when the target is near: their
/// round trips cost little.
constexpr qsizetype kMinScriptedEntries = 32;

/// For each index into `entries` that `tables` maps (see entryTables), the entry is scripted
/// when its table is at most `maxTableBytes`: tables go to the `sessions` scripts largest
/// first, each to the script with the least work so far (bytes, plus a fixed cost per entry).
/// With fewer than `minEntries` scriptable entries nothing is scripted.
PostDataPlan planPostDataScripts(const QList<TocEntry>& entries,
                                 const QHash<qsizetype, EntryTable>& tables, int sessions,
                                 qint64 maxTableBytes = kScriptedTableBytes,
                                 qsizetype minEntries = kMinScriptedEntries);

/// Reads on the source, inside the archive's snapshot, the one plain table (neither
/// partitioned nor a partition) that each INDEX, CONSTRAINT (not a foreign key) and TRIGGER
/// (not a constraint trigger naming another table) entry locks, by index into `entries`.
QHash<qsizetype, EntryTable> entryTables(PgConnection& source, const QList<TocEntry>& entries);

} // namespace pgm
