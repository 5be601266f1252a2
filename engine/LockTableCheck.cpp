#include "LockTableCheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace pgm {

namespace {

/// Room for the tool's own sessions and the catalog locks every statement takes.
constexpr qint64 kHeadroom = 64;

} // namespace

Check lockTableCheck(const SourceFacts& source) {
    Check check;
    check.id = QStringLiteral("source-lock-table");
    check.title =
        QCoreApplication::translate("Checks", "Room for pg_dump's table locks on the source");
    check.kind = Check::Kind::Blocking;
    const SourceDatabaseFacts* largest = nullptr;
    for (const SourceDatabaseFacts& db : source.databases) {
        if (db.reachable && (!largest || db.lockedTables > largest->lockedTables)) {
            largest = &db;
        }
    }
    if (!largest || source.lockTableSize <= 0 || source.lockTableHolders <= 0) {
        check.status = Check::Status::Skip;
        check.detail = QCoreApplication::translate(
            "Checks", "No database to read, or the source did not say.");
        return check;
    }
    const qint64 tables = largest->lockedTables;
    const qint64 need = tables + tables / 10 + kHeadroom;
    const qint64 room = source.lockTableSize - source.lockTableUsed;
    check.detail = QCoreApplication::translate(
                       "Checks", "The largest database, %1, has %2 tables; pg_dump locks each "
                                 "in one transaction. The source's lock table holds %3 "
                                 "(max_locks_per_transaction %4 × %5 backends and prepared "
                                 "transactions), %6 in use now.")
                       .arg(largest->name)
                       .arg(tables)
                       .arg(source.lockTableSize)
                       .arg(source.maxLocksPerTransaction)
                       .arg(source.lockTableHolders)
                       .arg(source.lockTableUsed);
    if (need * 2 <= room) {
        check.status = Check::Status::Pass;
        return check;
    }
    // Twice what is needed, spread over the backends, in steps of 64 as the default is.
    const qint64 perBackend =
        (need * 2 + source.lockTableUsed + source.lockTableHolders - 1) / source.lockTableHolders;
    const qint64 value =
        std::max<qint64>((perBackend + 63) / 64 * 64, qint64(source.maxLocksPerTransaction) * 2);
    check.remedy = QCoreApplication::translate(
                       "Checks", "ALTER SYSTEM SET max_locks_per_transaction = %1; on the "
                                 "source, then restart it (on a managed service: the server "
                                 "parameter max_locks_per_transaction).")
                       .arg(value);
    // The table's size is not a hard limit: it grows into the server's spare shared memory,
    // by an amount that varies (measured on 15: pg_dump locked 1.5 times the size and failed at
    // 1.7, with the default setting). Past twice the size it fails; up to it, it may.
    if (need > room * 2) {
        check.status = Check::Status::Fail;
        check.detail += QCoreApplication::translate(
            "Checks", " pg_dump would stop with \"out of shared memory\".");
    } else {
        check.status = Check::Status::Warn;
        check.kind = Check::Kind::Advisory;
        check.detail +=
            need > room
                ? QCoreApplication::translate("Checks",
                                              " That is more than the lock table holds: pg_dump "
                                              "may stop with \"out of shared memory\", as the "
                                              "server's spare shared memory allows or not.")
                : QCoreApplication::translate("Checks",
                                              " The migration would take more than half the room "
                                              "left: other sessions' locks may run it out.");
    }
    return check;
}

} // namespace pgm
