#include "LockTableCheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace pgm {

namespace {

/// Room for the tool's own sessions and the catalog locks every statement takes.
constexpr qint64 kHeadroom = 64;

/// One server's lock table, as the facts give it.
struct LockRoom {
    int maxLocksPerTransaction = 0;
    int holders = 0;
    qint64 size = 0;
    qint64 used = 0;
};

enum class Side { Source, Target };

/// The databases whose transactions hold their locks at the same time: the largest ones, as many
/// as migrate at once (DatabaseQueue: min(jobs, databases)).
struct LockHolders {
    QStringList names; ///< largest first
    qint64 tables = 0; ///< their tables together
    int jobs = 1;
};

/// The first sentence of the detail: who locks how many tables, and the room there is.
QString lockNeedText(const LockRoom& room, Side side, const LockHolders& holders) {
    const bool source = side == Side::Source;
    if (holders.names.size() > 1) {
        return (source ? QCoreApplication::translate(
                             "Checks", "The %1 largest databases (%2) migrate at once with %3 "
                                       "jobs and have %4 tables together; pg_dump locks each "
                                       "database's tables in one transaction, and the copy's "
                                       "snapshot locks them again meanwhile. The source's lock "
                                       "table holds %5 (max_locks_per_transaction %6 × %7 "
                                       "backends and prepared transactions), %8 in use now.")
                       : QCoreApplication::translate(
                             "Checks", "The %1 largest databases (%2) migrate at once with %3 "
                                       "jobs and have %4 tables together; pg_restore creates "
                                       "each database's tables in one transaction, which locks "
                                       "each. The target's lock table holds %5 "
                                       "(max_locks_per_transaction %6 × %7 backends and "
                                       "prepared transactions), %8 in use now."))
            .arg(QString::number(holders.names.size()), holders.names.join(QStringLiteral(", ")),
                 QString::number(holders.jobs), QString::number(holders.tables),
                 QString::number(room.size), QString::number(room.maxLocksPerTransaction),
                 QString::number(room.holders), QString::number(room.used));
    }
    return (source
                ? QCoreApplication::translate("Checks",
                                              "The largest database, %1, has %2 tables; pg_dump "
                                              "locks each in one transaction, and the copy's "
                                              "snapshot locks them again meanwhile. The source's "
                                              "lock table holds %3 (max_locks_per_transaction %4 × "
                                              "%5 backends and prepared transactions), %6 in use "
                                              "now.")
                : QCoreApplication::translate("Checks",
                                              "The largest database, %1, has %2 tables; pg_restore "
                                              "creates them all in one transaction, which locks "
                                              "each. The target's lock table holds %3 "
                                              "(max_locks_per_transaction %4 × %5 backends and "
                                              "prepared transactions), %6 in use now."))
        .arg(holders.names.value(0), QString::number(holders.tables), QString::number(room.size),
             QString::number(room.maxLocksPerTransaction), QString::number(room.holders),
             QString::number(room.used));
}

/// Judges whether the holders' locks, each database's held in one transaction, fit in `room`:
/// pg_dump's on the source, pg_restore's single-transaction schema restore on the target.
/// Whole sentences per side, so that each translates as a sentence.
Check judgeLockRoom(Check check, const LockRoom& room, Side side, const LockHolders& holders) {
    const bool source = side == Side::Source;
    // On the source each table is locked twice at once: by pg_dump and by the copy's snapshot
    // (its coordinator with the dump method, its workers table by table with replication).
    const qint64 tables = source ? holders.tables * 2 : holders.tables;
    const qint64 need = tables + tables / 10 + kHeadroom;
    const qint64 left = room.size - room.used;
    const QString who = source ? QStringLiteral("pg_dump") : QStringLiteral("pg_restore");
    check.detail = lockNeedText(room, side, holders);
    if (need * 2 <= left) {
        check.status = Check::Status::Pass;
        return check;
    }
    // Twice what is needed, spread over the backends, in steps of 64 as the default is.
    const qint64 perBackend = (need * 2 + room.used + room.holders - 1) / room.holders;
    const qint64 value =
        std::max<qint64>((perBackend + 63) / 64 * 64, qint64(room.maxLocksPerTransaction) * 2);
    check.remedy =
        (source ? QCoreApplication::translate("Checks",
                                              "ALTER SYSTEM SET max_locks_per_transaction = %1; on "
                                              "the source, then restart it (on a managed service: "
                                              "the server parameter max_locks_per_transaction).")
                : QCoreApplication::translate("Checks",
                                              "ALTER SYSTEM SET max_locks_per_transaction = %1; on "
                                              "the target, then restart it (on a managed service: "
                                              "the server parameter max_locks_per_transaction)."))
            .arg(value);
    // The table's size is not a hard limit: it grows into the server's spare shared memory,
    // by an amount that varies (measured on 15: pg_dump locked 1.5 times the size and failed at
    // 1.7, with the default setting; pg_restore --single-transaction 1.4 times). Past twice the
    // size it fails; up to it, it may.
    if (need > left * 2) {
        check.status = Check::Status::Fail;
        check.detail +=
            QCoreApplication::translate("Checks", " %1 would stop with \"out of shared memory\".")
                .arg(who);
    } else {
        check.status = Check::Status::Warn;
        check.kind = Check::Kind::Advisory;
        check.detail +=
            need > left
                ? QCoreApplication::translate("Checks",
                                              " That is more than the lock table holds: %1 "
                                              "may stop with \"out of shared memory\", as the "
                                              "server's spare shared memory allows or not.")
                      .arg(who)
                : QCoreApplication::translate("Checks",
                                              " The migration would take more than half the room "
                                              "left: other sessions' locks may run it out.");
    }
    return check;
}

/// The reachable databases with the most tables, as many as `jobs` lets migrate at once.
LockHolders largestDatabases(const SourceFacts& source, int jobs) {
    QList<const SourceDatabaseFacts*> reachable;
    for (const SourceDatabaseFacts& db : source.databases) {
        if (db.reachable) {
            reachable << &db;
        }
    }
    std::stable_sort(reachable.begin(), reachable.end(),
                     [](const SourceDatabaseFacts* a, const SourceDatabaseFacts* b) {
                         return a->lockedTables > b->lockedTables;
                     });
    LockHolders holders;
    holders.jobs = std::max(1, jobs);
    for (const SourceDatabaseFacts* db :
         reachable.first(std::min<qsizetype>(holders.jobs, reachable.size()))) {
        // A database without tables takes no table locks: naming it would only confuse.
        if (holders.names.isEmpty() || db->lockedTables > 0) {
            holders.names << db->name;
            holders.tables += db->lockedTables;
        }
    }
    return holders;
}

} // namespace

Check lockTableCheck(const SourceFacts& source, int jobs) {
    Check check;
    check.id = QStringLiteral("source-lock-table");
    check.title =
        QCoreApplication::translate("Checks", "Room for pg_dump's table locks on the source");
    check.kind = Check::Kind::Blocking;
    const LockHolders holders = largestDatabases(source, jobs);
    if (holders.names.isEmpty() || source.lockTableSize <= 0 || source.lockTableHolders <= 0) {
        check.status = Check::Status::Skip;
        check.detail = QCoreApplication::translate(
            "Checks", "No database to read, or the source did not say.");
        return check;
    }
    const LockRoom room{source.maxLocksPerTransaction, source.lockTableHolders,
                        source.lockTableSize, source.lockTableUsed};
    return judgeLockRoom(check, room, Side::Source, holders);
}

Check targetLockTableCheck(const SourceFacts& source, const TargetFacts& target, int jobs) {
    Check check;
    check.id = QStringLiteral("target-lock-table");
    check.title =
        QCoreApplication::translate("Checks", "Room for pg_restore's table locks on the target");
    check.kind = Check::Kind::Blocking;
    const LockHolders holders = largestDatabases(source, jobs);
    if (holders.names.isEmpty() || target.lockTableSize <= 0 || target.lockTableHolders <= 0) {
        check.status = Check::Status::Skip;
        check.detail = QCoreApplication::translate(
            "Checks", "No database to read, or the target did not say.");
        return check;
    }
    const LockRoom room{target.maxLocksPerTransaction, target.lockTableHolders,
                        target.lockTableSize, target.lockTableUsed};
    return judgeLockRoom(check, room, Side::Target, holders);
}

} // namespace pgm
