#pragma once

#include "EarlyPrimaryKey.h"
#include "ReadBackParts.h"
#include "TableCopy.h"
#include "Verifier.h"

#include <optional>

namespace pgm {

/// What a table's key session does beside its read-back.
struct EarlyKeyWork {
    std::optional<EarlyPrimaryKey> key; ///< none: nothing, the read-back runs alone
    QString analyze; ///< ANALYZE (or VACUUM (ANALYZE)) to run first, when not empty
};

/// Reads a freshly loaded table back for verification (compareReadBack) and, when `key` is set
/// and `sessions` lends a session for it, builds the table's primary key on that session at the
/// same time (EarlyPrimaryKey), after analyzing the table there: the read-back and the key's
/// work read the table at once rather than one after the other.
/// The key's session is one of `sessions.extra`; the others read back in parts. The key is one
/// transaction (index and constraint): a failure or a kill leaves nothing of it on the target.
/// Sets *keyBuilt when it committed, and then the table is analyzed too. Throws PgError.
TableComparison readBackBuildingKey(PgConnection& target, const TableInfo& table,
                                    const CopyResult& copied, ReadBackSessions sessions,
                                    const EarlyKeyWork& key, bool* keyBuilt);

} // namespace pgm
