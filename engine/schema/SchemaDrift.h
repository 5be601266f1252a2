#pragma once

#include <QStringList>

namespace pgm {

class PgConnection;

/// How the target's user tables differ from the source's, in the structure the data needs:
/// each column (name, type, NOT NULL) and each validated CHECK constraint (by name) of a table
/// on one side only. Never waits for a lock another session holds on a table. Extensions' tables
/// are left out (their versions may differ). Lines as "only on the source: public.t.c integer NOT
/// NULL", at most `limit`. `source` may be in a snapshot.
QStringList schemaDrift(PgConnection& source, PgConnection& target, qsizetype limit = 10);

} // namespace pgm
