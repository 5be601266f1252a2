#include "PgError.h"

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
    return text;
}

} // namespace pgm
