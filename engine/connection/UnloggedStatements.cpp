#include "UnloggedStatements.h"

#include "PgConnection.h"

namespace pgm {

namespace {

const char* const kSettings[] = {"log_min_error_statement", "log_statement",
                                 "log_min_duration_statement", "log_parameter_max_length"};
const char* const kQuiet[] = {"panic", "none", "-1", "0"};

} // namespace

UnloggedStatements::UnloggedStatements(PgConnection& connection)
    : m_connection(connection) {
    PgResult ignored;
    QString state;
    QString message;
    // One at a time: a setting the user may not change (or that the server's version does not
    // have) must not stop the others.
    for (std::size_t i = 0; i < std::size(kSettings); ++i) {
        m_connection.tryExec(QStringLiteral("SELECT set_config($1, $2, false)"),
                             {QString::fromLatin1(kSettings[i]), QString::fromLatin1(kQuiet[i])},
                             &ignored, &state, &message);
    }
}

UnloggedStatements::~UnloggedStatements() {
    PgResult ignored;
    QString state;
    QString message;
    for (const char* setting : kSettings) {
        m_connection.tryExec(QStringLiteral("RESET ") + QString::fromLatin1(setting), {}, &ignored,
                             &state, &message);
    }
}

} // namespace pgm
