#pragma once

#include "PgConnection.h"

#include <QString>
#include <memory>

namespace pgtest {

/// Holds a copy into `dbname` on the target at its next table, so a kill lands mid-copy
/// however fast the copies are: no delay can aim at a phase that may last milliseconds. Once
/// some copy runs, a session locks, in SHARE mode, every table still empty and not being
/// loaded; the next table's TRUNCATE or DELETE waits for it. Null while no copy runs yet
/// (call again).
std::unique_ptr<pgm::PgConnection> holdTablesNotBeingCopied(const QString& dbname);

/// Whether a copy into `dbname` on the target waits for a lock (its TRUNCATE or DELETE).
bool copyWaitsForALock(const QString& dbname);

/// Ends the sessions of every other client on `dbname` on the target: a killed client's
/// statement that waits for a lock would still run once the holder lets go.
void endTargetSessions(const QString& dbname);

} // namespace pgtest
