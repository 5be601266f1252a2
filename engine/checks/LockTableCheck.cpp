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

/// Judges whether `tables` locks held in one transaction fit in `room`: pg_dump's on the source,
/// pg_restore's single-transaction schema restore on the target. Whole sentences per side, so
/// that each translates as a sentence.
Check judgeLockRoom(Check check, const LockRoom& room, Side side, const QString& largest,
                    qint64 tables) {
    const bool source = side == Side::Source;
    const qint64 need = tables + tables / 10 + kHeadroom;
    const qint64 left = room.size - room.used;
    const QString who = source ? QStringLiteral("pg_dump") : QStringLiteral("pg_restore");
    check.detail =
        (source ? QCoreApplication::translate("Checks",
                                              "The largest database, %1, has %2 tables; pg_dump "
                                              "locks each in one transaction. The source's lock "
                                              "table holds %3 (max_locks_per_transaction %4 × %5 "
                                              "backends and prepared transactions), %6 in use now.")
                : QCoreApplication::translate("Checks",
                                              "The largest database, %1, has %2 tables; pg_restore "
                                              "creates them all in one transaction, which locks "
                                              "each. The target's lock table holds %3 "
                                              "(max_locks_per_transaction %4 × %5 backends and "
                                              "prepared transactions), %6 in use now."))
            .arg(largest)
            .arg(tables)
            .arg(room.size)
            .arg(room.maxLocksPerTransaction)
            .arg(room.holders)
            .arg(room.used);
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

const SourceDatabaseFacts* largestDatabase(const SourceFacts& source) {
    const SourceDatabaseFacts* largest = nullptr;
    for (const SourceDatabaseFacts& db : source.databases) {
        if (db.reachable && (!largest || db.lockedTables > largest->lockedTables)) {
            largest = &db;
        }
    }
    return largest;
}

} // namespace

Check lockTableCheck(const SourceFacts& source) {
    Check check;
    check.id = QStringLiteral("source-lock-table");
    check.title =
        QCoreApplication::translate("Checks", "Room for pg_dump's table locks on the source");
    check.kind = Check::Kind::Blocking;
    const SourceDatabaseFacts* largest = largestDatabase(source);
    if (!largest || source.lockTableSize <= 0 || source.lockTableHolders <= 0) {
        check.status = Check::Status::Skip;
        check.detail = QCoreApplication::translate(
            "Checks", "No database to read, or the source did not say.");
        return check;
    }
    const LockRoom room{source.maxLocksPerTransaction, source.lockTableHolders,
                        source.lockTableSize, source.lockTableUsed};
    return judgeLockRoom(check, room, Side::Source, largest->name, largest->lockedTables);
}

Check targetLockTableCheck(const SourceFacts& source, const TargetFacts& target) {
    Check check;
    check.id = QStringLiteral("target-lock-table");
    check.title =
        QCoreApplication::translate("Checks", "Room for pg_restore's table locks on the target");
    check.kind = Check::Kind::Blocking;
    const SourceDatabaseFacts* largest = largestDatabase(source);
    if (!largest || target.lockTableSize <= 0 || target.lockTableHolders <= 0) {
        check.status = Check::Status::Skip;
        check.detail = QCoreApplication::translate(
            "Checks", "No database to read, or the target did not say.");
        return check;
    }
    const LockRoom room{target.maxLocksPerTransaction, target.lockTableHolders,
                        target.lockTableSize, target.lockTableUsed};
    return judgeLockRoom(check, room, Side::Target, largest->name, largest->lockedTables);
}

} // namespace pgm
