#include "TextOutput.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

void pinTextOutput(PgConnection& connection) {
    connection.execScript(
        QStringLiteral(
            "SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; "
            "SET extra_float_digits = 3; SET bytea_output = 'hex'; "
            "SET lc_monetary = 'C'; SET client_encoding = 'UTF8'"),
        QCoreApplication::translate("Connection", "pin settings"));
}

} // namespace pgm
