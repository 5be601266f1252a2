#pragma once

#include "TableCatalog.h"

#include <QString>
#include <optional>

namespace pgm {

class PgConnection;

/// A table's primary key built right after its data, as a unique index first and then attached
/// as the constraint (ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX). Building the
/// index takes a SHARE lock, so the table can be read back for verification at the same time;
/// pg_restore's ADD CONSTRAINT ... PRIMARY KEY holds an ACCESS EXCLUSIVE lock through the whole
/// build, after the read-back. The constraint comes out as pg_restore would make it: same name,
/// same columns, and the post-data restore then skips it (missingOnTarget).
struct EarlyPrimaryKey {
    quint32 constraintOid = 0; ///< on the source: its post-data entry is left out (pg_constraint)
    QString index;             ///< "schema"."name": the index, and the constraint's name
    QString createIndex;       ///< CREATE UNIQUE INDEX "name" ON table USING btree (columns)
    QString addConstraint; ///< ALTER TABLE ONLY table ADD CONSTRAINT "name" PRIMARY KEY USING ...
};

/// The table's primary key as EarlyPrimaryKey statements, read on the source (inside a
/// transaction, the copy's: a failure rolls back to a savepoint and returns nothing; the
/// statements are written from names, not from the server's text, so they do not depend on its
/// search_path), or nothing when pg_restore must build it: no primary key, a deferrable one,
/// INCLUDE columns, expressions, a non-default operator class, collation or order, storage
/// options or another tablespace, CLUSTER ON or REPLICA IDENTITY on it (written with the
/// constraint), a partition or partitioned table, an extension's table, or a source before
/// PostgreSQL 11.
std::optional<EarlyPrimaryKey> earlyPrimaryKey(PgConnection& source, const TableInfo& table);

/// Whether the key's index is still missing on `target`: never build over something already
/// there (a killed run's session may have committed it); the indexes phase then sees to it.
bool earlyKeyMissing(PgConnection& target, const EarlyPrimaryKey& key);

/// Index and constraint in one transaction on `session`, after the table's statistics
/// (`analyze`, when not empty): ANALYZE cannot run beside the index build (its lock conflicts
/// with CREATE INDEX's). ADD CONSTRAINT ... USING INDEX only marks the index as the key:
/// milliseconds (the columns are already NOT NULL in the table the pre-data made). Throws
/// PgError; the transaction is then still open on `session` when the server answered.
void buildEarlyPrimaryKey(PgConnection& session, const TableInfo& table, const EarlyPrimaryKey& key,
                          const QString& analyze);

} // namespace pgm
