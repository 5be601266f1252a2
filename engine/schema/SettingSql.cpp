#include "SettingSql.h"

#include "PgConnection.h"

#include <QStringList>

namespace pgm {

namespace {

/// The settings whose value is a list of names the server stores double-quoted where needed
/// (GUC_LIST_QUOTE), as pg_dump names them.
bool isListSetting(const QString& name) {
    static const QStringList lists = {QStringLiteral("search_path"),
                                      QStringLiteral("temp_tablespaces"),
                                      QStringLiteral("session_preload_libraries"),
                                      QStringLiteral("local_preload_libraries"),
                                      QStringLiteral("shared_preload_libraries"),
                                      QStringLiteral("unix_socket_directories")};
    return lists.contains(name.toLower());
}

bool isSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

/// One element of a stored list from `*at`: a double-quoted name ("" inside for a quote) or a
/// bare one up to a comma or a space. nullopt when malformed.
std::optional<QString> listElement(const QString& value, qsizetype* at) {
    qsizetype i = *at;
    QString name;
    if (value[i] == QLatin1Char('"')) {
        for (++i;; ++i) {
            if (i >= value.size()) {
                return std::nullopt; // no closing quote
            }
            if (value[i] == QLatin1Char('"')) {
                if (i + 1 < value.size() && value[i + 1] == QLatin1Char('"')) {
                    name += QLatin1Char('"');
                    ++i;
                    continue;
                }
                ++i;
                break;
            }
            name += value[i];
        }
    } else {
        while (i < value.size() && value[i] != QLatin1Char(',') && !isSpace(value[i])) {
            name += value[i++];
        }
        if (name.isEmpty()) {
            return std::nullopt; // an empty bare name
        }
    }
    *at = i;
    return name;
}

} // namespace

std::optional<QStringList> splitSettingList(const QString& value) {
    QStringList names;
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < value.size() && isSpace(value[at])) {
            ++at;
        }
    };
    skipSpaces();
    if (at == value.size()) {
        return names; // an empty list
    }
    for (;;) {
        const std::optional<QString> name = listElement(value, &at);
        if (!name) {
            return std::nullopt;
        }
        names << *name;
        skipSpaces();
        if (at == value.size()) {
            return names;
        }
        if (value[at] != QLatin1Char(',')) {
            return std::nullopt;
        }
        ++at;
        skipSpaces();
    }
}

QString settingAssignment(PgConnection& connection, const QString& setting) {
    const qsizetype equals = setting.indexOf(QLatin1Char('='));
    const QString name = setting.left(equals);
    const QString value = setting.mid(equals + 1);
    if (!isListSetting(name)) {
        return connection.quoteIdentifier(name) + QStringLiteral(" TO ") +
               connection.quoteLiteral(value);
    }
    // Each name a literal, as pg_dump writes them: the stored text pasted as it is fails on an
    // empty search_path (""), which SQL reads as an identifier of no length.
    const std::optional<QStringList> names = splitSettingList(value);
    if (!names) {
        return connection.quoteIdentifier(name) + QStringLiteral(" TO ") + value;
    }
    QStringList literals;
    for (const QString& element : *names) {
        literals << connection.quoteLiteral(element);
    }
    return connection.quoteIdentifier(name) + QStringLiteral(" TO ") +
           (literals.isEmpty() ? QStringLiteral("''") : literals.join(QStringLiteral(", ")));
}

} // namespace pgm
