#pragma once

#include <QStringList>
#include <functional>

namespace pgm {

class PgConnection;

/// The states of a database's triggers, each as {table, trigger, tgenabled}, the names quoted:
/// what a run that disables some keeps (in its state file) before it does, so that they come
/// back even without the source. Event triggers (EventTriggers.h) are kept in the same list as
/// {"", name, evtenabled}, the name unquoted.
using TriggerStates = QList<QStringList>;
/// Given the states before any trigger is disabled; returns once they are kept.
using KeepTriggerStates = std::function<void(const TriggerStates&)>;

/// The triggers of `connection`'s database that fire in a replica session (ENABLE ALWAYS or
/// ENABLE REPLICA), each as "schema.table: trigger (ALWAYS)" in name order. Such a trigger
/// fires on the target where a plain one does not: in the subscription's apply worker and in
/// the copy's sessions (session_replication_role = replica). There it would act a second time
/// on rows its source twin already acted on (an audit row written twice, or into a table the
/// target does not have yet). Throws PgError.
QStringList replicaTriggers(PgConnection& connection);

/// Disables on `target` every trigger replicaTriggers() would list, so that neither the load
/// nor the subscription fires them; restoreTriggerStates() gives them their state back once
/// nothing replicates. Returns what it disabled. Throws PgError, naming the trigger and the
/// statement, when one may not be disabled (the target user does not own its table): better
/// than a migration that writes twice. `keep` gets every trigger's state first, when there is
/// one to disable.
QStringList quietReplicaTriggers(PgConnection& target, const KeepTriggerStates& keep);

/// For a load into existing tables whose sessions may not turn triggers off themselves
/// (session_replication_role: neither a superuser, nor GRANT SET ON PARAMETER, nor
/// aiven_extras): disables every enabled user trigger of `target`'s database, table by table,
/// so none writes beside the loaded rows; restoreTriggerStates() gives the states back.
/// Returns the tables whose triggers stay on, their owner being a role the target user is
/// not: those fire on the load. `keep` gets every trigger's state first, when there is one to
/// disable. Throws PgError when the triggers cannot be read.
QStringList quietUserTriggers(PgConnection& target, const KeepTriggerStates& keep);

/// Gives every trigger of the target's database the state its twin has on the source (same
/// table, same name), as a schema-only dump of the source would: what quietReplicaTriggers()
/// disabled comes back as ALWAYS or REPLICA. Table by table from the top of each inheritance
/// tree down, the states read again at each level: on a partitioned table the statement also
/// changes its partitions' clones, so theirs are set after it. Returns a note for each trigger
/// whose state could not be given, with the statement to run, prefixed with `dbname`; throws
/// PgError when the states cannot be read.
QStringList restoreTriggerStates(PgConnection& source, PgConnection& target, const QString& dbname);

/// The same without the source (unreachable at a stop): every trigger of the target's database
/// gets the state `kept` holds for it, as it was before quietReplicaTriggers() or
/// quietUserTriggers() disabled any.
QStringList restoreKeptTriggerStates(PgConnection& target, const TriggerStates& kept,
                                     const QString& dbname);

} // namespace pgm
