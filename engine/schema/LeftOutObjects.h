#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

/// The publications of `source`'s database but pgmigrate's own, quoted, in name order. The
/// schema dump leaves every publication out (pgmigrate's own would come along, and a target
/// user that is not a superuser may not create one FOR ALL TABLES): a change-data-capture
/// consumer needs them made again on the target, and the run says so. Throws PgError.
QStringList userPublications(PgConnection& source);

/// The subscriptions of `source`'s database, quoted, in name order: left out of the schema dump
/// (the target must not start replicating on its own). Nothing when the user may not read them.
/// `source` is in a transaction: a refusal rolls back to a savepoint.
QStringList userSubscriptions(PgConnection& source);

} // namespace pgm
