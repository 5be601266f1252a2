#include "TargetDigest.h"

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

// Every column's send function, by quoted name, or nothing when one is not pg_catalog's or
// the server hashes otherwise than this client.
std::optional<QStringList> sendExpressions(PgConnection& target, const TableInfo& table,
                                           const QString& seed, const QString& step) {
    const QByteArray probe(kProbe);
    const quint64 expected =
        pgFoldColumn(0, pgHashBytes(probe.constData(), probe.size(), CopyDigest::seed()));
    const QString hashed =
        target
            .exec(
                QStringLiteral("SELECT pg_catalog.hash_record_extended(ROW($1::bytea), $2::int8)"),
                {QStringLiteral("\\x") + QString::fromLatin1(probe.toHex()), seed}, step)
            .scalar();
    if (hashed != QString::number(qint64(expected))) {
        qCDebug(lcVerify, "the target hashes otherwise than this client: rows are read back");
        return std::nullopt;
    }
    const PgResult found = target.exec(
        QStringLiteral("SELECT pg_catalog.quote_ident(a.attname), p.proname "
                       "FROM pg_catalog.pg_attribute a "
                       "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                       "JOIN pg_catalog.pg_proc p ON p.oid = t.typsend "
                       " AND p.pronamespace = 'pg_catalog'::regnamespace "
                       "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped"),
        {table.qualified}, step);
    QHash<QString, QString> sends;
    for (int row = 0; row < found.rows(); ++row) {
        sends.insert(found.text(row, 0), found.text(row, 1));
    }
    QStringList expressions;
    for (const QString& column : table.columns) {
        const auto send = sends.constFind(column);
        if (send == sends.cend()) {
            qCDebug(lcVerify, "%s: no send function of pg_catalog for %s: read back",
                    qUtf8Printable(table.qualified), qUtf8Printable(column));
            return std::nullopt;
        }
        expressions << QStringLiteral("pg_catalog.") + target.quoteIdentifier(*send) +
                           QStringLiteral("(t.") + column + QLatin1Char(')');
    }
    return expressions;
}

} // namespace

std::optional<CopyDigest> digestOnTarget(PgConnection& target, const TableInfo& table,
                                         bool oneProcess) {
    if (target.serverVersionNum() < 140000 || table.columns.isEmpty()) {
        return std::nullopt; // hash_record_extended() came with 14
    }
    const QString step =
        QCoreApplication::translate("Runner", "checksum %1 on the target").arg(table.qualified);
    const QString seed = QString::number(qint64(CopyDigest::seed()));
    bool inTransaction = false;
    try {
        const std::optional<QStringList> values = sendExpressions(target, table, seed, step);
        if (!values) {
            return std::nullopt;
        }
        if (oneProcess) {
            target.execScript(QStringLiteral("BEGIN READ ONLY; "
                                             "SET LOCAL max_parallel_workers_per_gather = 0"),
                              step);
            inTransaction = true;
        }
        // The sum modulo 2^64, as the client's wraps; the server's sum(int8) is exact.
        const PgResult result = target.exec(
            QStringLiteral("SELECT count(*), ((coalesce(sum(pg_catalog.hash_record_extended(ROW(") +
                values->join(QStringLiteral(", ")) +
                QStringLiteral("), $1::int8)), 0) % 18446744073709551616 + 18446744073709551616) "
                               "% 18446744073709551616)::text FROM ONLY ") +
                table.qualified + QStringLiteral(" AS t ") + table.filter,
            {seed}, step);
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
