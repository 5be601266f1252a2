#include "DigestColumns.h"

#include "PgHash.h"

#include <array>
#include <charconv>

namespace pgm {

namespace {

quint32 bigEndian32(const char* data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
           quint32(bytes[3]);
}

// PostgreSQL's hashint8extended(): the two halves folded into one 32-bit value (so that an
// int8 hashes as the int4 of the same value), then hashed.
quint64 int8Hash(qint64 value, quint64 seed) {
    const auto low = quint32(quint64(value));
    const auto high = quint32(quint64(value) >> 32);
    return pgHashUint32(low ^ (value >= 0 ? high : ~high), seed);
}

QString int8Literal(quint64 seed) {
    return QLatin1Char('\'') + QString::number(qint64(seed)) + QStringLiteral("'::pg_catalog.int8");
}

// The row's own index among the seeds: past any column (a table has at most 1,600).
constexpr int kRowSeedIndex = 65536;

} // namespace

quint64 digestRowHash(quint64 row, quint64 seed) {
    // The int8's decimal text, as the server's cast writes it in digestRowExpression().
    std::array<char, 24> digits{};
    const auto written =
        std::to_chars(digits.data(), digits.data() + digits.size(), qint64(row)).ptr;
    return pgHashBytes(digits.data(), written - digits.data(),
                       digestColumnSeed(seed, kRowSeedIndex));
}

QString digestRowExpression(const QString& row, quint64 seed) {
    return QStringLiteral("pg_catalog.hashtextextended((") + row +
           QStringLiteral(")::pg_catalog.text COLLATE pg_catalog.\"C\", ") +
           int8Literal(digestColumnSeed(seed, kRowSeedIndex)) + QLatin1Char(')');
}

QString digestColumnSql() {
    // Built-in type oids, the same on every major. char(n)'s typmod is n + 4; a char without
    // a length keeps whatever trailing spaces it was given, which its hash would not see.
    return QStringLiteral("CASE a.atttypid WHEN 21 THEN '2' WHEN 23 THEN '4' WHEN 20 THEN '8' "
                          "WHEN 16 THEN 'b' WHEN 25 THEN 't' WHEN 1043 THEN 't' "
                          "WHEN 1042 THEN CASE WHEN a.atttypmod > 0 THEN 'p' ELSE 's' END "
                          "WHEN 2950 THEN 'u' ELSE 's' END");
}

quint64 digestColumnSeed(quint64 seed, int column, bool high) {
    // Multiplying by an odd constant is a bijection modulo 2^64: no two columns share a seed.
    return seed ^ ((quint64(column) * 2 + (high ? 2 : 1)) * 0x9e3779b97f4a7c15ULL);
}

bool typedColumnHash(char letter, const char* data, int length, quint64 seed, int column,
                     quint64* hash) {
    using namespace digest_column;
    const quint64 columnSeed = digestColumnSeed(seed, column);
    switch (letter) {
    case kInt2:
        if (length != 2) {
            return false;
        }
        // Sign-extended to 32 bits, as hashint2extended() takes it.
        *hash = pgHashUint32(
            quint32(qint32(qint16(quint16((quint16(quint8(data[0])) << 8) | quint8(data[1]))))),
            columnSeed);
        return true;
    case kInt4:
        if (length != 4) {
            return false;
        }
        *hash = pgHashUint32(bigEndian32(data), columnSeed);
        return true;
    case kBool:
        if (length != 1) {
            return false;
        }
        *hash = pgHashUint32(quint32(quint8(data[0])), columnSeed);
        return true;
    case kInt8: {
        if (length != 8) {
            return false;
        }
        const auto value = qint64((quint64(bigEndian32(data)) << 32) | bigEndian32(data + 4));
        // The high half hashed again tells apart the values the fold maps to one.
        *hash = int8Hash(value, columnSeed) ^
                pgHashUint32(quint32(qint32(value >> 32)), digestColumnSeed(seed, column, true));
        return true;
    }
    case kText:
        *hash = pgHashBytes(data, length, columnSeed);
        return true;
    case kPadded: {
        // Its hash drops the padding; its length (another char(n) pads otherwise) is added.
        const auto padded = quint32(length);
        while (length > 0 && data[length - 1] == ' ') {
            --length;
        }
        *hash = pgHashBytes(data, length, columnSeed) ^
                pgHashUint32(padded, digestColumnSeed(seed, column, true));
        return true;
    }
    case kUuid:
        if (length != 16) {
            return false;
        }
        *hash = pgHashBytes(data, length, columnSeed);
        return true;
    default:
        return false;
    }
}

QString digestColumnExpression(char letter, const QString& value, int column, quint64 seed) {
    using namespace digest_column;
    const QString columnSeed = int8Literal(digestColumnSeed(seed, column));
    QString hash;
    switch (letter) {
    case kInt2:
        hash = QStringLiteral("pg_catalog.hashint2extended(%1, %2)").arg(value, columnSeed);
        break;
    case kInt4:
        hash = QStringLiteral("pg_catalog.hashint4extended(%1, %2)").arg(value, columnSeed);
        break;
    case kBool:
        hash = QStringLiteral("pg_catalog.hashint4extended(pg_catalog.int4(%1), %2)")
                   .arg(value, columnSeed);
        break;
    case kInt8:
        hash = QStringLiteral("(pg_catalog.hashint8extended(%1, %2) OPERATOR(pg_catalog.#) "
                              "pg_catalog.hashint4extended(pg_catalog.int4(%1 "
                              "OPERATOR(pg_catalog.>>) 32), %3))")
                   .arg(value, columnSeed, int8Literal(digestColumnSeed(seed, column, true)));
        break;
    case kText:
        // In "C" the hash reads the bytes; a nondeterministic collation hashes a sort key.
        hash = QStringLiteral("pg_catalog.hashtextextended(%1 COLLATE pg_catalog.\"C\", %2)")
                   .arg(value, columnSeed);
        break;
    case kPadded:
        hash = QStringLiteral("(pg_catalog.hashbpcharextended(%1 COLLATE pg_catalog.\"C\", %2) "
                              "OPERATOR(pg_catalog.#) "
                              "pg_catalog.hashint4extended(pg_catalog.octet_length(%1), %3))")
                   .arg(value, columnSeed, int8Literal(digestColumnSeed(seed, column, true)));
        break;
    case kUuid:
        hash = QStringLiteral("pg_catalog.uuid_hash_extended(%1, %2)").arg(value, columnSeed);
        break;
    default:
        return QString();
    }
    return QStringLiteral("coalesce(") + hash + QStringLiteral(", 0)");
}

} // namespace pgm
