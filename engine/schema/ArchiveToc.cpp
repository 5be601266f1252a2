#include "ArchiveToc.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>
#include <algorithm>

namespace pgm {

bool repeatable(const TocEntry& entry) {
    static const QStringList types = {QStringLiteral("COMMENT "), QStringLiteral("SECURITY LABEL "),
                                      QStringLiteral("ROW SECURITY "),
                                      QStringLiteral("INDEX ATTACH "), QStringLiteral("ACL ")};
    return entry.catalog == 0 ||
           std::any_of(types.cbegin(), types.cend(),
                       [&entry](const QString& type) { return entry.rest.startsWith(type); });
}

bool isEventTriggerEntry(const TocEntry& entry) {
    return entry.rest.startsWith(QLatin1String("EVENT TRIGGER - ")) ||
           entry.rest.startsWith(QLatin1String("COMMENT - EVENT TRIGGER ")) ||
           entry.rest.startsWith(QLatin1String("SECURITY LABEL - EVENT TRIGGER "));
}

QList<TocEntry> parseToc(const QString& listing) {
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d+);\\s+(\\d+)\\s+(\\d+)\\s+(.*)$"));
    QList<TocEntry> entries;
    // Views of the listing, not a split copy of it: 20,000 tables make megabytes of lines.
    for (const QStringView text : qTokenize(listing, u'\n', Qt::SkipEmptyParts)) {
        const auto match = line.match(text);
        if (match.hasMatch()) {
            entries << TocEntry{text.toString(), match.capturedView(2).toUInt(),
                                match.capturedView(3).toUInt(), match.captured(4),
                                match.capturedView(1).toInt()};
        }
    }
    return entries;
}

QList<TocEntry> missingOnTarget(PgConnection& source, PgConnection& target,
                                const QList<TocEntry>& entries) {
    QList<qsizetype> objects; // indexes into `entries` of the objects to look up
    QStringList catalogs;
    QStringList oids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!repeatable(entries[i])) {
            objects << i;
            catalogs << QString::number(entries[i].catalog);
            oids << QString::number(entries[i].oid);
        }
    }
    // One round trip for every address on the source; NULL type: not identifiable there.
    const PgResult addresses = source.exec(
        QStringLiteral("SELECT a.type, a.object_names::text, a.object_args::text "
                       "FROM unnest($1::oid[], $2::oid[]) WITH ORDINALITY x(cls, obj, n) "
                       "LEFT JOIN LATERAL pg_identify_object_as_address(x.cls, x.obj, 0) a "
                       "ON true ORDER BY x.n"),
        {QLatin1Char('{') + catalogs.join(QLatin1Char(',')) + QLatin1Char('}'),
         QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}')},
        QCoreApplication::translate("Runner", "name the schema's indexes and constraints"));
    QSet<qsizetype> present;
    for (int row = 0; row < objects.size(); ++row) {
        PgResult ignored;
        QString state;
        QString message;
        // pg_get_object_address raises an error for an object that does not exist.
        if (addresses.isNull(row, 0) ||
            !target.tryExec(
                QStringLiteral("SELECT pg_get_object_address($1, $2::text[], $3::text[])"),
                {addresses.text(row, 0), addresses.text(row, 1), addresses.text(row, 2)}, &ignored,
                &state, &message)) {
            continue;
        }
        present.insert(objects[row]);
    }
    // In the archive's order: a serial pg_restore -L restores in the list's order.
    QList<TocEntry> missing;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!present.contains(i)) {
            missing << entries[i];
        }
    }
    return missing;
}

} // namespace pgm
