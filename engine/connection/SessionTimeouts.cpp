#include "SessionTimeouts.h"

#include "ConnectionSettings.h"
#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

void disableSessionTimeouts(PgConnection& connection) {
    connection.execScript(QStringLiteral("SET statement_timeout = 0; SET lock_timeout = 0; "
                                         "SET idle_in_transaction_session_timeout = 0"),
                          QCoreApplication::translate("Connection", "turn off session timeouts"));
}

void disableTimeoutsAtStartup(ConnectionSettings& settings) {
    const QString key = QStringLiteral("options");
    const QString ours = QStringLiteral("-c statement_timeout=0 -c lock_timeout=0 "
                                        "-c idle_in_transaction_session_timeout=0");
    const QString theirs = settings.extra.value(key).trimmed();
    // Later -c options win: the user's own options stay, ours come last.
    settings.extra.insert(key, theirs.isEmpty() ? ours : theirs + QLatin1Char(' ') + ours);
}

} // namespace pgm
