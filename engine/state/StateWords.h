#pragma once

#include "MigrationMethod.h"
#include "MigrationState.h"
#include "MigrationStatus.h"

#include <QJsonArray>
#include <QString>

namespace pgm {

// The state's ids as the user reads them, in the user's language. The state file, the status
// JSON and the report's JSON keep the English ids (statusName, methodName); the CLI's status,
// the report's HTML and PDF and the wizard show these words.

/// "syncing" -> "synchronisiert"; a newer version's name is shown as it is.
QString statusWord(const QString& name);
/// "replication" -> "Replikation"; "pg_dump" is a program's name and stays; "mixed" when the
/// databases went different ways.
QString methodWord(const QString& name);
/// The report's verification result: "ok", "differences", "not_run".
QString verificationWord(const QString& id);
/// A check's result as `pgmigrate check` prints it: "pass" -> "OK" (de), and so on.
QString checkStatusWord(const QString& id);
/// One finish step with its time and limit: "drain 0.4/300 s", "verify 3.0/3 s (running)".
/// A step whose time is unknown (its finish died) shows "?". seconds < 0: unknown.
QString cutoverStepText(Phase step, double seconds, qint64 limitSeconds, bool running);
/// Every step of a database's last finish, joined: what `status` and the Close page show.
/// ownerAlive: the finish that records them is still running (its open step is timed so far).
QString cutoverStepsText(const QList<CutoverStep>& steps, bool ownerAlive);
/// The same from the steps as the status and report JSON hold them (`cutover_steps`).
QString cutoverStepsText(const QJsonArray& steps);

} // namespace pgm
