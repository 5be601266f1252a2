#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

/// The event triggers of `source`'s database as the statements that make them, each with its
/// state (disabled, replica, always) and in name order. The schema restore leaves them out
/// (SchemaArchive::restore): on the target they would fire on the statements the migration
/// sends after them and write there, beside the copied rows. The run lists these statements
/// for the DBA to run on the target once it is in use. EXECUTE PROCEDURE: every major from 10
/// takes it. Throws PgError.
QStringList eventTriggerStatements(PgConnection& source);

} // namespace pgm
