#pragma once

#include <QStringList>
#include <functional>

namespace pgm {

class PgConnection;

struct DatabaseReport {
    bool created = false;
    /// The existing database's read-only default (as the source's) was lifted for this run:
    /// copyReadOnlyDefaults gives it again once it is done.
    bool readOnlyLifted = false;
    QStringList warnings;
};

/// Makes sure `dbname` exists on the target: when missing, creates it like the source's (owner,
/// encoding, collation, ctype, locale provider, ACL, `ALTER DATABASE ... SET` and per-role
/// settings in it), calling `beforeCreate` first. An existing database is used as it is,
/// unless `createdEarlier` (an earlier, killed run of this migration created it, and may have
/// died before its ACL and settings): those are given again (GRANT and SET end the same
/// however often they run). In an existing database, a read-only default an earlier run gave
/// as it ended (copyReadOnlyDefaults) is lifted until this run ends (readOnlyLifted). `source`
/// and `target` are connections to any database of each server. Throws PgError when it cannot
/// be created.
DatabaseReport ensureDatabase(PgConnection& source, PgConnection& target, const QString& dbname,
                              bool createdEarlier = false,
                              const std::function<void()>& beforeCreate = {});

/// The source database's `default_transaction_read_only` setting (the database's, or the
/// target user's in it), which ensureDatabase leaves out: given at creation, it made every
/// session of the migration into the new database read-only (a read-only archive database
/// could not be migrated). Given by this once a dumped database is done; a replicated one
/// cannot have it (its publication could not be made). Returns a warning per setting the
/// target refused.
QStringList copyReadOnlyDefaults(PgConnection& source, PgConnection& target, const QString& dbname);

} // namespace pgm
