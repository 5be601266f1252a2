#pragma once

#include "ReplicaTriggers.h"

#include <QStringList>

namespace pgm {

class PgConnection;

/// The event triggers of `source`'s database as the statements that make them, each with its
/// state (disabled, replica, always) and its comment, in name order: what the run says to run
/// on the target when it may not make them itself. EXECUTE PROCEDURE: every major from 10
/// takes it. Throws PgError.
QStringList eventTriggerStatements(PgConnection& source);

/// Before a run writes into the target database: its event triggers that the source has too
/// are disabled, as they would fire on the migration's own statements (grants, index builds,
/// a materialized view's refresh, the cut-over's owners) and write there beside the copied
/// rows. Such triggers are the migration's (a run before this one made them, or a DBA did as it
/// said); giveEventTriggers() gives them the source's state at the end. Only a superuser may
/// alter them: for another target user, and for the target's own event triggers (not on the
/// source, so not the run's to change), the notes name those that stay enabled. `source` may be
/// in a transaction. `keep` gets the states of those it disables first, each as {"", name,
/// evtenabled} (no table: an event trigger's), so a run that fails or is stopped gives them
/// back (restoreKeptEventTriggerStates). Throws PgError.
QStringList quietEventTriggers(PgConnection& source, PgConnection& target, const QString& dbname,
                               const KeepTriggerStates& keep);

/// Gives the event triggers in `kept` (the entries quietEventTriggers() kept; those of table
/// triggers are skipped) the state they had before, where they are still disabled: a run that
/// failed or was stopped leaves them as it found them. Returns a note per trigger that could
/// not be given its state, with the statement; throws PgError when they cannot be read.
QStringList restoreKeptEventTriggerStates(PgConnection& target, const TriggerStates& kept,
                                          const QString& dbname);

/// Last, once nothing the migration sends the target any more could fire them: the source's
/// event triggers are made on the target (comment and owner included) or, if there, given the
/// source's state, in one transaction. The schema restore leaves them out (SchemaArchive), and
/// only a superuser may make them: for another target user, or when making them fails, the
/// notes give the statements to run there. Those in `kept` (quietEventTriggers()) that the
/// source no longer has, or all of them when giving failed, get back the state they had.
/// Never throws: an error is a note too.
QStringList giveEventTriggers(PgConnection& source, PgConnection& target, const QString& dbname,
                              const TriggerStates& kept);

/// Whether an entry of TriggerStates is an event trigger's (it has no table).
bool isEventTriggerEntry(const QStringList& entry);

} // namespace pgm
