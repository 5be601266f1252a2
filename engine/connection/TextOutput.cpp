#include "TextOutput.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

void pinTextOutput(PgConnection& connection) {
    // A SQL_ASCII database holds whatever bytes its clients sent, LATIN1 text beside UTF-8:
    // to a UTF-8 client the server checks every value it sends or takes and refuses those.
    // In SQL_ASCII it neither converts nor checks, and the rows pass as they are, as pg_dump
    // passes them (it reads in the database's encoding). A UTF-8 target then refuses bytes
    // that are not UTF-8 itself, naming the table.
    const QString encoding =
        connection.parameterStatus("server_encoding") == QLatin1String("SQL_ASCII")
            ? QStringLiteral("SQL_ASCII")
            : QStringLiteral("UTF8");
    connection.execScript(
        QStringLiteral(
            "SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; "
            "SET extra_float_digits = 3; SET bytea_output = 'hex'; "
            "SET lc_monetary = 'C'; SET client_encoding = '%1'")
            .arg(encoding),
        QCoreApplication::translate("Connection", "pin settings"));
}

} // namespace pgm
