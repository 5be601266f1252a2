#pragma once

#include <QString>

namespace pgm {

/// How the user asked databases to be migrated.
enum class MethodChoice {
    Auto,        ///< replication where possible, else the dump method
    Replication, ///< replication or nothing: a database that cannot replicate fails
    Dump,        ///< one-time snapshot for every database (the wizard's checkbox)
};

enum class MigrationMethod { Replication, Dump };

QString methodName(MigrationMethod method); ///< "replication" or "pg_dump", as in the seeds
bool parseMethodChoice(const QString& text, MethodChoice* out);

} // namespace pgm
