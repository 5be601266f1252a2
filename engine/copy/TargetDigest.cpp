#include "TargetDigest.h"

#include "DigestColumns.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgHash.h"

#include <QCoreApplication>
#include <QHash>

namespace pgm {

namespace {

// A full 12-byte block and a tail: a server that hashes bytes otherwise shows it here.
constexpr char kProbe[] = "pgmigrate asks the server to hash this";
constexpr qint64 kProbeInt8 = -5000000000; // both halves in play, and negative

QByteArray bigEndian64(qint64 value) {
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(quint64(value) >> (56 - 8 * i));
    }
    return bytes;
}

// Whether the server hashes as this client: bytes (a big-endian server does otherwise), an
// int8 through the expression the digest uses, and a record of bytes where one is needed.
bool hashesAsThisClient(PgConnection& target, bool record, quint64 seed, const QString& step) {
    const QByteArray probe(kProbe);
    const QByteArray int8Bytes = bigEndian64(kProbeInt8);
    quint64 text = 0;
    quint64 int8 = 0;
    typedColumnHash(digest_column::kText, probe.constData(), int(probe.size()), seed, 0, &text);
    typedColumnHash(digest_column::kInt8, int8Bytes.constData(), 8, seed, 1, &int8);
    QStringList expected{QString::number(qint64(text)), QString::number(qint64(int8))};
    QString sql = QStringLiteral("SELECT ") +
                  digestColumnExpression(digest_column::kText, QStringLiteral("t.x"), 0, seed) +
                  QStringLiteral(", ") +
                  digestColumnExpression(digest_column::kInt8, QStringLiteral("t.y"), 1, seed);
    if (record) {
        expected << QString::number(
            qint64(pgFoldColumn(0, pgHashBytes(probe.constData(), probe.size(), seed))));
        sql += QStringLiteral(", pg_catalog.hash_record_extended(ROW(t.z), t.s)");
    }
    sql += QStringLiteral(" FROM (VALUES ($1::text, $2::int8, $3::int8, $4::bytea)) t(x, y, s, z)");
    const PgResult hashed = target.exec(
        sql,
        {QString::fromLatin1(probe), QString::number(kProbeInt8), QString::number(qint64(seed)),
         QStringLiteral("\\x") + QString::fromLatin1(probe.toHex())},
        step);
    for (int i = 0; i < expected.size(); ++i) {
        if (hashed.text(0, i) != expected[i]) {
            return false;
        }
    }
    return true;
}

// The hash of a row as the target computes it, over the table aliased `t`: the typed columns'
// hashes XORed with the record of the others' send forms; nothing when a column's letter on
// the target is not the one the client used, or an `s` column's send function is not
// pg_catalog's.
std::optional<QString> rowExpression(PgConnection& target, const TableInfo& table, quint64 seed,
                                     const QString& step) {
    const bool lettered = !table.digestLetters.isEmpty();
    if (lettered && table.digestLetters.size() != table.columns.size()) {
        return std::nullopt;
    }
    // A text's hash reads its bytes in the server's encoding, the client read them in the
    // session's (checked below).
    const PgResult found =
        target.exec(QStringLiteral("SELECT pg_catalog.quote_ident(a.attname), p.proname, l.letter "
                                   "FROM pg_catalog.pg_attribute a "
                                   "JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid "
                                   "LEFT JOIN pg_catalog.pg_proc p ON p.oid = ty.typsend "
                                   " AND p.pronamespace = 'pg_catalog'::regnamespace "
                                   "CROSS JOIN LATERAL (SELECT ") +
                        digestColumnSql() +
                        QStringLiteral(") l(letter) "
                                       "WHERE a.attrelid = $1::regclass AND a.attnum > 0 "
                                       "AND NOT a.attisdropped"),
                    {table.qualified}, step);
    QHash<QString, std::pair<QString, char>> columns;
    for (int row = 0; row < found.rows(); ++row) {
        const QString letter = found.text(row, 2);
        columns.insert(found.text(row, 0),
                       {found.isNull(row, 1) ? QString() : found.text(row, 1),
                        letter.isEmpty() ? digest_column::kSent : letter.at(0).toLatin1()});
    }
    // Every session is pinned to UTF8 (SQL_ASCII on such a server: pinTextOutput), so equal
    // encodings here mean the rows were stored as the client read them from the source.
    const bool sameEncoding =
        target.parameterStatus("server_encoding") == target.parameterStatus("client_encoding");
    QStringList sent;
    QStringList typed;
    for (int i = 0; i < table.columns.size(); ++i) {
        const QString& column = table.columns[i];
        const char letter = lettered ? table.digestLetters[i] : digest_column::kSent;
        const auto it = columns.constFind(column);
        if (it == columns.cend() || it->second != letter ||
            (letter == digest_column::kSent && it->first.isEmpty()) ||
            ((letter == digest_column::kText || letter == digest_column::kPadded) &&
             !sameEncoding)) {
            qCDebug(lcVerify, "%s: %s is not hashed on the target as in the client: read back",
                    qUtf8Printable(table.qualified), qUtf8Printable(column));
            return std::nullopt;
        }
        if (letter == digest_column::kSent) {
            sent << QStringLiteral("pg_catalog.") + target.quoteIdentifier(it->first) +
                        QStringLiteral("(t.") + column + QLatin1Char(')');
        } else {
            typed << digestColumnExpression(letter, QStringLiteral("t.") + column, i, seed);
        }
    }
    if (!sent.isEmpty()) {
        typed << QStringLiteral("pg_catalog.hash_record_extended(ROW(") +
                     sent.join(QStringLiteral(", ")) + QStringLiteral("), $1::int8)");
    }
    return typed.join(QStringLiteral(" OPERATOR(pg_catalog.#) "));
}

} // namespace

std::optional<CopyDigest> digestOnTarget(PgConnection& target, const TableInfo& table,
                                         bool oneProcess) {
    const bool record =
        table.digestLetters.isEmpty() || table.digestLetters.contains(digest_column::kSent);
    // hash_record_extended() came with 14 (the types' hashes with 11, but only 14+ targets
    // are tested here, and older ones are rare targets): before, the rows are read back.
    if (table.columns.isEmpty() || target.serverVersionNum() < 140000) {
        return std::nullopt;
    }
    const QString step =
        QCoreApplication::translate("Runner", "checksum %1 on the target").arg(table.qualified);
    const QString seed = QString::number(qint64(CopyDigest::seed()));
    const quint64 seedValue = CopyDigest::seed();
    bool inTransaction = false;
    try {
        if (!hashesAsThisClient(target, record, seedValue, step)) {
            qCDebug(lcVerify, "the target hashes otherwise than this client: rows are read back");
            return std::nullopt;
        }
        const std::optional<QString> row = rowExpression(target, table, seedValue, step);
        if (!row) {
            return std::nullopt;
        }
        if (oneProcess) {
            target.execScript(QStringLiteral("BEGIN READ ONLY; "
                                             "SET LOCAL max_parallel_workers_per_gather = 0"),
                              step);
            inTransaction = true;
        }
        // The sum modulo 2^64, as the client's wraps; the server's sum(int8) is exact.
        const PgResult result =
            target.exec(QStringLiteral("SELECT count(*), ((coalesce(sum(") +
                            digestRowExpression(*row, seedValue) +
                            QStringLiteral("), 0) % 18446744073709551616 + 18446744073709551616) "
                                           "% 18446744073709551616)::text FROM ONLY ") +
                            table.qualified + QStringLiteral(" AS t ") + table.filter,
                        record ? QStringList{seed} : QStringList{}, step);
        if (inTransaction) {
            target.exec(QStringLiteral("COMMIT"), {}, step);
        }
        bool parsed = false;
        const quint64 sum = result.text(0, 1).toULongLong(&parsed);
        if (!parsed) {
            return std::nullopt;
        }
        return CopyDigest::ofSum(result.integer(0, 0), sum);
    } catch (const PgError& error) {
        if (error.kind() == PgError::Kind::Cancelled) {
            throw;
        }
        if (inTransaction) {
            target.exec(QStringLiteral("ROLLBACK"), {}, step); // the read-back needs the session
        }
        qCDebug(lcVerify, "%s: the target could not checksum it (%s): read back",
                qUtf8Printable(table.qualified), qUtf8Printable(error.describe()));
        return std::nullopt;
    }
}

} // namespace pgm
