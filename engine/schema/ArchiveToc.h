#pragma once

#include <QList>
#include <QString>

namespace pgm {

class PgConnection;

/// One line of `pg_restore -l`: "3213; 2606 16391 CONSTRAINT public t t_pkey postgres".
struct TocEntry {
    QString line;        ///< the line itself, as `pg_restore -L` reads it back
    quint32 catalog = 0; ///< the system catalog of the object on the source (0: none)
    quint32 oid = 0;     ///< the object's oid on the source
    QString rest;        ///< type, schema, name and owner ("FK CONSTRAINT public c c_fk postgres")
    int dumpId = 0;      ///< the entry's number in the archive (3213)
};

/// The entries of a `pg_restore -l` listing (comment lines left out).
QList<TocEntry> parseToc(const QString& listing);

/// An event trigger's entry, or its comment's or security label's ("EVENT TRIGGER - name owner",
/// "COMMENT - EVENT TRIGGER name owner"): event triggers have no schema, and no other tag
/// starts with "EVENT TRIGGER ".
bool isEventTriggerEntry(const TocEntry& entry);

/// An entry that only alters an existing object and may run twice (comments, security labels,
/// ROW SECURITY, INDEX ATTACH, grants), or names no object: never looked up on the target.
bool repeatable(const TocEntry& entry);

/// The post-data entries the target does not have yet. Each object is named on the source
/// (`source` inside the archive's snapshot) by pg_identify_object_as_address and looked up on
/// the target by that address, so names with spaces or quotes need no parsing. Entries that
/// only alter an existing object and may run twice (comments, security labels, ROW SECURITY,
/// INDEX ATTACH) are always kept. A run killed half-way through its indexes and constraints
/// thus restores exactly the ones it had not built.
QList<TocEntry> missingOnTarget(PgConnection& source, PgConnection& target,
                                const QList<TocEntry>& entries);

} // namespace pgm
