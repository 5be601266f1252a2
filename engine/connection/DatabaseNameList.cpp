#include "DatabaseNameList.h"

#include <algorithm>

namespace pgm {

bool parseDatabaseList(const QString& text, QStringList* names, QString* error) {
    names->clear();
    QString current;
    bool quoted = false;
    bool hasToken = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            hasToken = true;
        } else if (c.isSpace()) {
            if (hasToken) {
                *names << current;
            }
            current.clear();
            hasToken = false;
        } else {
            current += c;
            hasToken = true;
        }
    }
    if (quoted) {
        if (error) {
            *error = QStringLiteral("a double quote is not closed");
        }
        return false;
    }
    if (hasToken) {
        *names << current;
    }
    names->removeDuplicates();
    names->removeAll(QString());
    return true;
}

QString formatDatabaseList(const QStringList& names) {
    QStringList parts;
    for (const QString& name : names) {
        // Quoted whenever the parser would split or unquote it: any white space (form feeds,
        // newlines, no-break spaces: QChar::isSpace), or a quote (found by fuzzing).
        const bool needsQuotes = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.isSpace() || c == QLatin1Char('"');
        });
        if (needsQuotes) {
            QString escaped = name;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            parts << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            parts << name;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace pgm
