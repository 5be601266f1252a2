#include "DatabaseNameList.h"

#include "QualifiedNames.h"

namespace pgm {

bool parseDatabaseList(const QString& text, QStringList* names, QString* error) {
    names->clear();
    QList<QStringList> entries;
    if (!parseNameList(text, 1, &entries, error)) {
        return false;
    }
    for (const QStringList& entry : std::as_const(entries)) {
        *names << entry.first();
    }
    names->removeDuplicates();
    return true;
}

QString formatDatabaseList(const QStringList& names) {
    QStringList parts;
    for (const QString& name : names) {
        parts << formatQualifiedName({name});
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace pgm
