#include "PgError.h"

#include <QCoreApplication>

namespace pgm {

PgError::PgError(Kind kind, QString step, QString message, QString sqlstate, QString hint)
    : std::runtime_error(QString(step + QStringLiteral(": ") + message).toStdString())
    , m_kind(kind)
    , m_step(std::move(step))
    , m_message(std::move(message))
    , m_sqlstate(std::move(sqlstate))
    , m_hint(std::move(hint)) {}

QString PgError::describe() const {
    QString text = m_step + QStringLiteral(": ") + m_message;
    if (!m_sqlstate.isEmpty()) {
        text += QStringLiteral(" (SQLSTATE ") + m_sqlstate + QLatin1Char(')');
    }
    if (isDiskFull()) {
        text += QCoreApplication::translate(
            "Connection", ". The disk of the server that holds that file is full: free space "
                          "there or grow it, then resume; what was copied is kept");
    }
    return text;
}

bool PgError::isDiskFull() const {
    return m_sqlstate == QLatin1String("53100") ||
           m_message.contains(QLatin1String("No space left on device"));
}

} // namespace pgm
