#include "SessionTimeouts.h"

#include "ConnectionSettings.h"
#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

void disableSessionTimeouts(PgConnection& connection) {
    QString script = QStringLiteral("SET statement_timeout = 0; SET lock_timeout = 0; "
                                    "SET idle_in_transaction_session_timeout = 0");
    if (connection.serverVersionNum() >= 140000) {
        // It ends a session idle between statements: the run's admin sessions wait while each
        // database copies, the cut-over's cleanup ones while it drains and verifies.
        script += QStringLiteral("; SET idle_session_timeout = 0");
    }
    connection.execScript(script,
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
