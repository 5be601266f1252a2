#include "RowInserts.h"

#include "PgConnection.h"

#include <QElapsedTimer>
#include <algorithm>

namespace pgm {

namespace {

constexpr qint64 kBytesPerMillisecond = qint64{32} * 1024;
// Sizes are pg_table_size's: a table of one page with a TOAST table and its free space and
// visibility maps takes 48 kB.
constexpr qint64 kMinInsertBytes = qint64{64} * 1024;
constexpr qint64 kMaxInsertBytes = qint64{1} << 20;
constexpr qsizetype kPieceBytes = qsizetype{4} << 20;
constexpr qsizetype kScriptBytes = qsizetype{32} << 20;

// The byte a COPY text escape stands for (`\n`, `\t`, ...; any other character for itself).
char unescaped(char c) {
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return c;
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decodes the escape at row[i] (a backslash) into *out; returns the position after it. The
// server prints only `\\` and the letter escapes; octal and hex are read as COPY reads them.
int decodeEscape(const char* row, int i, int end, QByteArray* out) {
    ++i;
    if (i >= end) {
        return i;
    }
    const char c = row[i];
    if (c >= '0' && c <= '7') {
        int value = 0;
        int digits = 0;
        while (digits < 3 && i < end && row[i] >= '0' && row[i] <= '7') {
            value = value * 8 + (row[i++] - '0');
            ++digits;
        }
        *out += char(value & 0xff);
        return i;
    }
    if (c == 'x' && i + 1 < end && hexValue(row[i + 1]) >= 0) {
        int value = hexValue(row[++i]);
        if (++i < end && hexValue(row[i]) >= 0) {
            value = value * 16 + hexValue(row[i++]);
        }
        *out += char(value);
        return i;
    }
    *out += unescaped(c);
    return i + 1;
}

// One field's value as an escape string literal: backslashes and quotes doubled.
void appendLiteral(QByteArray* values, const QByteArray& field) {
    *values += "E'";
    for (const char c : field) {
        if (c == '\\' || c == '\'') {
            *values += c;
        }
        *values += c;
    }
    *values += '\'';
}

} // namespace

QByteArray insertHead(const TableInfo& table) {
    return (QStringLiteral("INSERT INTO ") + table.qualified + QStringLiteral(" (") +
            table.columns.join(QStringLiteral(", ")) +
            QStringLiteral(") OVERRIDING SYSTEM VALUE VALUES "))
        .toUtf8();
}

bool appendRowValues(QByteArray* values, const char* row, int length, qsizetype columns) {
    const int end = length > 0 && row[length - 1] == '\n' ? length - 1 : length;
    const qsizetype start = values->size();
    *values += '(';
    qsizetype fields = 0;
    QByteArray field;
    int i = 0;
    for (;;) {
        const int fieldStart = i;
        field.clear();
        while (i < end && row[i] != '\t') {
            if (row[i] == '\\') {
                i = decodeEscape(row, i, end, &field);
            } else {
                field += row[i++];
            }
        }
        if (fields > 0) {
            *values += ',';
        }
        // \N alone is NULL; a backslash and an N in a value print as \\N.
        if (i - fieldStart == 2 && row[fieldStart] == '\\' && row[fieldStart + 1] == 'N') {
            *values += "NULL";
        } else {
            appendLiteral(values, field);
        }
        ++fields;
        if (i >= end) {
            break;
        }
        ++i; // the tab
    }
    if (fields != columns) {
        values->truncate(start);
        return false;
    }
    *values += ')';
    return true;
}

bool InsertScript::add(const QByteArray& statement) {
    if (m_bytes + statement.size() > kScriptBytes) {
        return false;
    }
    if (m_pieces.isEmpty() || m_pieces.last().size() >= kPieceBytes) {
        m_pieces << QByteArray();
    } else {
        m_pieces.last() += "; ";
    }
    m_pieces.last() += statement;
    m_bytes += statement.size();
    return true;
}

qint64 insertTableBytes(std::chrono::microseconds roundTrip) {
    const qint64 bytes = roundTrip.count() * kBytesPerMillisecond / 1000;
    return std::clamp(bytes, kMinInsertBytes, kMaxInsertBytes);
}

std::chrono::microseconds measureRoundTrip(PgConnection& connection) {
    std::chrono::microseconds shortest = std::chrono::microseconds::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        connection.exec(QStringLiteral("SELECT 1"));
        shortest = std::min(shortest, std::chrono::microseconds(timer.nsecsElapsed() / 1000));
    }
    return shortest;
}

} // namespace pgm
