#pragma once

#include "QualifiedNames.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgm {

class PgConnection;

/// A table whose rows the engine copies: a plain table or a leaf partition (partitioned parents
/// hold no rows of their own), never one that belongs to an extension.
struct TableInfo {
    QString schema;
    QString name;
    QString qualified;   ///< "schema"."name", quoted for SQL
    QStringList columns; ///< quoted, in attnum order, generated columns left out
    /// Every column's value as the checksum reads it (generated included), by name: expressions
    /// over the table aliased `t`, alike on every major (see TableCatalog.cpp).
    QStringList checksumValues;
    /// How each of checksumValues enters the checksum: one letter each (DigestColumns.h).
    QByteArray checksumLetters;
    /// On-disk size on the source with its TOAST: a table of large documents keeps almost all
    /// of its bytes there, and the largest tables must start first.
    qint64 bytes = 0;
    /// Every column's COPY bytes are the same on two clusters of one major for the same value
    /// (no generated column, no array of a user type or record, whose binary form embeds type
    /// oids, no reg* oid alias, no user-defined base type): the client may compare the rows'
    /// bytes (CopyDigest) instead of having both servers hash their text.
    bool digestable = false;
    /// How each column's value enters the digest, one letter per entry of `columns`
    /// (DigestColumns.h), read from the source's types.
    QByteArray digestLetters;
    /// Its statistics need nothing but its own rows: not a partition (its root's ANALYZE does
    /// it), not an inheritance parent, no expression index and no extended statistics (both
    /// come with the post-data section). It may be analyzed as soon as it is loaded.
    bool analyzableAlone = false;
    bool unlogged = false;
    /// An extension's configuration table (pg_extension_config_dump): the extension creates it
    /// with its own rows; only the rows matching `filter` ("WHERE ...", may be empty) are the
    /// user's, and only those are copied, as pg_dump does.
    bool extensionConfig = false;
    QString filter;
    /// Copied in text, which converts each value, never in binary: the target already had it
    /// with columns of other types (ColumnTypes.h), or a column's binary form holds an oid of
    /// the source's (an array of a user type, a composite, a reg* alias such as regconfig),
    /// which the target refuses ("wrong element type") or, for a reg* alias, takes as it is.
    bool textOnly = false;
    /// Row-level security enabled and forced on its owner (FORCE ROW LEVEL SECURITY): a target
    /// user without superuser or BYPASSRLS, its owner, reads only the rows its policies show.
    bool forcedRowSecurity = false;
};

struct SequenceValue {
    QString qualified;
    QString lastValue;
    bool isCalled = false;
};

/// Reads, inside the caller's transaction (the copy's snapshot), the tables to copy, largest
/// first, extensions' configuration tables included, except those in `skip`.
QList<TableInfo> listTables(PgConnection& source, const QList<TableName>& skip);
/// Takes, inside the caller's transaction, an ACCESS SHARE lock on each of `tables`, as pg_dump
/// does: TRUNCATE is not MVCC-safe, so one committed on the source between the snapshot and the
/// worker's COPY would show the table empty in the snapshot, and its rows would never arrive.
/// The lock makes such a TRUNCATE (or ALTER TABLE) wait until the copy's snapshot ends.
void lockTables(PgConnection& source, const QList<TableInfo>& tables);
/// User tables that have no primary key and no usable replica identity ("schema"."table").
/// Publishing them makes UPDATE and DELETE fail on the source.
QStringList tablesWithoutReplicaIdentity(PgConnection& source);

/// Every sequence's value, except those belonging to an extension that are not among its
/// configuration (pg_extension_config_dump).
QList<SequenceValue> readSequences(PgConnection& source);
/// Materialized views that are populated on the source, in creation order.
QStringList populatedMaterializedViews(PgConnection& source);

/// Sets the target's sequences to the source's values.
void writeSequences(PgConnection& target, const QList<SequenceValue>& values);

} // namespace pgm
