#include "SettingSql.h"

#include "PgConnection.h"

#include <QStringList>

namespace pgm {

namespace {

bool isListSetting(const QString& name) {
    static const QStringList lists = {
        QStringLiteral("search_path"), QStringLiteral("temp_tablespaces"),
        QStringLiteral("session_preload_libraries"), QStringLiteral("local_preload_libraries"),
        QStringLiteral("shared_preload_libraries")};
    return lists.contains(name.toLower());
}

} // namespace

QString settingAssignment(PgConnection& connection, const QString& setting) {
    const qsizetype equals = setting.indexOf(QLatin1Char('='));
    const QString name = setting.left(equals);
    const QString value = setting.mid(equals + 1);
    return connection.quoteIdentifier(name) + QStringLiteral(" TO ") +
           (isListSetting(name) ? value : connection.quoteLiteral(value));
}

} // namespace pgm
