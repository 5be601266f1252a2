#pragma once

#include <QString>
#include <libpq-fe.h>
#include <memory>

namespace pgm {

/// Owns one PGresult (freed with PQclear) and reads it as text.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(PGresult* result)
        : m_result(result) {}

    int rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
    int columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
    bool isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

    QString text(int row, int column) const {
        return QString::fromUtf8(PQgetvalue(m_result.get(), row, column));
    }
    /// The value's bytes as the server sent them (text() assumes UTF-8).
    QByteArray bytes(int row, int column) const {
        return QByteArray(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
    }
    qint64 integer(int row, int column) const { return text(row, column).toLongLong(); }
    bool boolean(int row, int column) const {
        const char* value = PQgetvalue(m_result.get(), row, column);
        return value && value[0] == 't';
    }
    /// The first column of the first row, or an empty string when there is none.
    QString scalar() const { return rows() > 0 && !isNull(0, 0) ? text(0, 0) : QString(); }

    PGresult* get() const { return m_result.get(); }

private:
    struct Deleter {
        void operator()(PGresult* result) const { PQclear(result); }
    };
    std::unique_ptr<PGresult, Deleter> m_result;
};

} // namespace pgm
