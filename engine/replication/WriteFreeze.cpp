#include "WriteFreeze.h"

#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <chrono>

namespace pgm {

namespace {

constexpr std::chrono::seconds kTimeout(10);

} // namespace

bool unfreezeWrites(const ConnectionSettings& source, const QString& dbname, QString* message) {
    try {
        auto admin = PgConnection::open(source, kTimeout);
        PgResult ignored;
        QString sqlstate;
        // A new session to the frozen database itself (the one the source's settings name)
        // starts read-only, and ALTER DATABASE is a write: it would refuse to unfreeze.
        if (!admin->tryExec(QStringLiteral("SET default_transaction_read_only = off"), {}, &ignored,
                            &sqlstate, message)) {
            return false;
        }
        return admin->tryExec(QStringLiteral("ALTER DATABASE ") + admin->quoteIdentifier(dbname) +
                                  QStringLiteral(" RESET default_transaction_read_only"),
                              {}, &ignored, &sqlstate, message);
    } catch (const PgError& failure) {
        *message = failure.describe();
        return false;
    }
}

bool thawLeftFreeze(MigrationState& state, DatabaseState& db, const ConnectionSettings& source) {
    if (!db.writesFrozen) {
        return true;
    }
    QString message;
    if (!unfreezeWrites(source, db.dbname, &message)) {
        db.error = QCoreApplication::translate(
                       "Runner", "writes to %1 have stayed frozen since a cut-over that did not "
                                 "end, and could not be unfrozen: %2; run ALTER DATABASE ... "
                                 "RESET default_transaction_read_only on the source")
                       .arg(db.dbname, message);
        return false;
    }
    db.writesFrozen = false;
    state.warnings << QCoreApplication::translate(
                          "Runner", "%1: writes had stayed frozen since a cut-over that did not "
                                    "end; they are unfrozen")
                          .arg(db.dbname);
    return true;
}

} // namespace pgm
