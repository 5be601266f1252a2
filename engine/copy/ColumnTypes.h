#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace pgm {

class PgConnection;
struct TableInfo;

/// The tables of `tables` whose target columns are not all of the source column's type (by name,
/// schema-qualified, with its modifier), as "schema"."name". A binary COPY checks only each
/// value's length: a bigint loads into a double precision column the target already had as
/// another number, and reads back as the same bytes. These are copied in text, which converts.
/// Only a target schema this run did not create can differ.
QSet<QString> tablesTypedOtherwise(PgConnection& source, PgConnection& target,
                                   const QList<TableInfo>& tables);

} // namespace pgm
