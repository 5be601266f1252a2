#include "QualifiedNames.h"

#include <QCoreApplication>

namespace pgm {

namespace {

/// Reads one name from `at`, up to the next separator; moves `at` past it.
bool readName(const QString& text, qsizetype& at, bool dotSeparates, QString* name, bool* quoted,
              QString* error) {
    const auto isSeparator = [&](QChar c) {
        return c == QLatin1Char(',') || (dotSeparates && c == QLatin1Char('.'));
    };
    while (at < text.size() && text.at(at).isSpace()) {
        ++at;
    }
    name->clear();
    *quoted = at < text.size() && text.at(at) == QLatin1Char('"');
    if (!*quoted) {
        while (at < text.size() && !isSeparator(text.at(at))) {
            *name += text.at(at++);
        }
        *name = name->trimmed();
        return true;
    }
    for (++at;; ++at) {
        if (at >= text.size()) {
            *error = QCoreApplication::translate("Names", "a double quote is not closed");
            return false;
        }
        if (text.at(at) == QLatin1Char('"')) {
            if (at + 1 < text.size() && text.at(at + 1) == QLatin1Char('"')) {
                ++at;
            } else {
                ++at;
                break;
            }
        }
        *name += text.at(at);
    }
    while (at < text.size() && text.at(at).isSpace()) {
        ++at;
    }
    if (at < text.size() && !isSeparator(text.at(at))) {
        *error = QCoreApplication::translate("Names", "text after the closing quote of \"%1\"")
                     .arg(*name);
        return false;
    }
    return true;
}

} // namespace

bool parseNameList(const QString& text, int parts, QList<QStringList>* names, QString* error) {
    return parseNameList(text, parts, parts, names, error);
}

bool parseNameList(const QString& text, int minParts, int maxParts, QList<QStringList>* names,
                   QString* error) {
    const int parts = maxParts;
    names->clear();
    QString ignored;
    QString* message = error ? error : &ignored;
    qsizetype at = 0;
    while (at <= text.size()) {
        QStringList entry;
        bool anyQuoted = false;
        for (;;) {
            QString name;
            bool quoted = false;
            if (!readName(text, at, parts > 1, &name, &quoted, message)) {
                return false;
            }
            entry << name;
            anyQuoted = anyQuoted || quoted;
            if (at < text.size() && text.at(at) == QLatin1Char('.') && parts > 1) {
                ++at;
                continue;
            }
            ++at; // past the comma (or the end)
            break;
        }
        if (entry.size() == 1 && entry.first().isEmpty() && !anyQuoted) {
            continue; // an empty entry: "a,,b" or a trailing comma
        }
        if (entry.size() < minParts || entry.size() > maxParts || entry.contains(QString())) {
            const QString name = entry.join(QLatin1Char('.'));
            *message = parts == 1
                           ? QCoreApplication::translate("Names", "\"%1\" is not a name").arg(name)
                       : minParts == 1
                           ? QCoreApplication::translate(
                                 "Names", "\"%1\" is not table, schema.table or db.schema.table")
                                 .arg(name)
                           : QCoreApplication::translate("Names", "\"%1\" is not db.schema.table")
                                 .arg(name);
            return false;
        }
        *names << entry;
    }
    return true;
}

QString formatQualifiedName(const QStringList& parts) {
    QStringList out;
    for (const QString& part : parts) {
        const bool needsQuotes = part.contains(QLatin1Char('.')) ||
                                 part.contains(QLatin1Char(',')) ||
                                 part.startsWith(QLatin1Char('"')) || part != part.trimmed();
        if (needsQuotes) {
            QString escaped = part;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            out << part;
        }
    }
    return out.join(QLatin1Char('.'));
}

QList<TableName> skippedTablesOf(const QStringList& entries, const QString& dbname) {
    QList<TableName> tables;
    for (const QString& entry : entries) {
        QList<QStringList> names;
        if (parseNameList(entry, 3, &names, nullptr)) {
            for (const QStringList& name : names) {
                if (name[0] == dbname) {
                    tables << TableName{name[1], name[2]};
                }
            }
        }
    }
    return tables;
}

} // namespace pgm
