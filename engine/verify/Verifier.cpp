#include "Verifier.h"

#include "DigestColumns.h"
#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "TableCopy.h"
#include "TargetDigest.h"

#include <QCoreApplication>
#include <QMap>
#include <libpq-fe.h>

namespace pgm {

namespace {

PgResult collect(PgConnection& connection, QString* error) {
    PgResult last;
    for (PgResult result = connection.nextResult(); result.get();
         result = connection.nextResult()) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_TUPLES_OK) {
            last = std::move(result);
        } else if (status != PGRES_COMMAND_OK && error->isEmpty()) { // a savepoint's is
            const char* primary = PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY);
            *error = connection.isCancelled() ? QStringLiteral("cancelled")
                     : primary                ? QString::fromUtf8(primary)
                                              : connection.errorMessage();
        }
    }
    return last;
}

QMap<QString, QString> keyedRows(PgConnection& connection, const QString& sql) {
    QMap<QString, QString> rows;
    const PgResult result = connection.exec(sql);
    for (int row = 0; row < result.rows(); ++row) {
        rows.insert(result.text(row, 0), result.text(row, 1));
    }
    return rows;
}

QStringList differences(const QMap<QString, QString>& source, const QMap<QString, QString>& target,
                        const QString& what) {
    QStringList lines;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!target.contains(it.key())) {
            lines << QCoreApplication::translate("Verify", "%1 %2 missing on the target")
                         .arg(what, it.key());
        } else if (target.value(it.key()) != it.value()) {
            lines << QCoreApplication::translate("Verify", "%1 %2 differs (source %3, target %4)")
                         .arg(what, it.key(), it.value(), target.value(it.key()));
        }
    }
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        if (!source.contains(it.key())) {
            lines << QCoreApplication::translate("Verify", "%1 %2 only on the target")
                         .arg(what, it.key());
        }
    }
    return lines;
}

} // namespace

QString TableComparison::describe() const {
    if (!error.isEmpty()) {
        return QStringLiteral("%1: %2").arg(table, error);
    }
    if (sourceRows != targetRows) {
        // One arg() for all: a table named "x%1" would take the next number in a chain.
        return QCoreApplication::translate("Verify", "%1: %2 rows on the source, %3 on the target")
            .arg(table, QString::number(sourceRows), QString::number(targetRows));
    }
    return QCoreApplication::translate("Verify", "%1: same row count (%2) but different contents")
        .arg(table, QString::number(sourceRows));
}

namespace {

// Both servers hash alike, in any process: a fixed seed.
constexpr quint64 kChecksumSeed = 0x70676d6967726174ULL;

// The typed columns' hashes XORed with the hash of the other values' text, or nothing when no
// column is typed (DigestColumns.h: the types' own hashes, stable across majors since 11 as
// hash partitioning needs them, cost a quarter of writing every value as text).
QString typedRow(const TableInfo& table) {
    const QStringList& values = table.checksumValues;
    const QByteArray& letters = table.checksumLetters;
    if (letters.size() != values.size()) {
        return QString();
    }
    QStringList typed;
    QStringList rest;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (letters[i] == digest_column::kSent) {
            rest << values[i];
        } else {
            typed << digestColumnExpression(letters[i], values[i], int(i), kChecksumSeed);
        }
    }
    if (typed.isEmpty()) {
        return QString();
    }
    if (!rest.isEmpty()) {
        typed << QStringLiteral("pg_catalog.hashtextextended(ROW(") +
                     rest.join(QStringLiteral(", ")) + QStringLiteral(")::text, 0)");
    }
    return digestRowExpression(typed.join(QStringLiteral(" OPERATOR(pg_catalog.#) ")),
                               kChecksumSeed);
}

// Inside a transaction (the source's snapshot) a failed checksum must not abort it: it runs
// in a savepoint, released in the same round trip, and rolled back to when it failed.
QString inSavepoint(PgConnection& connection, const QString& sql) {
    return PQtransactionStatus(connection.raw()) == PQTRANS_INTRANS
               ? QStringLiteral("SAVEPOINT pgmigrate_checksum; ") + sql +
                     QStringLiteral("; RELEASE SAVEPOINT pgmigrate_checksum")
               : sql;
}

// Why a statement gave no result: its error, or the connection's.
QString failure(PgConnection& connection, const QString& error) {
    if (!error.isEmpty()) {
        return error;
    }
    if (connection.isCancelled()) {
        return QStringLiteral("cancelled");
    }
    const QString message = connection.errorMessage();
    return message.isEmpty() ? QCoreApplication::translate("Verify", "no result (connection lost?)")
                             : message;
}

// A failed checksum leaves its savepoint (a session in a transaction, the source's snapshot)
// so that the next table's can run, or the transaction it began itself (`own`); a lost or
// cancelled session has nothing to leave.
void leaveFailedSavepoint(PgConnection& connection, bool own = false) {
    if (PQstatus(connection.raw()) == CONNECTION_OK && !connection.isCancelled() &&
        PQtransactionStatus(connection.raw()) != PQTRANS_IDLE &&
        (own || PQtransactionStatus(connection.raw()) == PQTRANS_INERROR)) {
        PgResult ignored;
        QString state;
        QString message;
        connection.tryExecScript(own ? QStringLiteral("ROLLBACK")
                                     : QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_checksum; "
                                                      "RELEASE SAVEPOINT pgmigrate_checksum"),
                                 &ignored, &state, &message);
    }
}

// The target's owner of a table with FORCE ROW LEVEL SECURITY (a target user without
// superuser or BYPASSRLS: it restored the table as its own, or borrows its owner's role) reads
// only the rows the policies show it. NO FORCE, in a transaction rolled back once the checksum
// is read, lets it read them all. A session that cannot tell reads as before: a mismatch or an
// error then says so, where an exception would end the whole pass.
bool readsThroughPolicies(PgConnection& target, const TableInfo& table) {
    if (!table.forcedRowSecurity) {
        return false;
    }
    PgResult result;
    QString state;
    QString message;
    return target.tryExec(QStringLiteral("SELECT NOT (rolsuper OR rolbypassrls) FROM "
                                         "pg_catalog.pg_roles WHERE rolname = current_user"),
                          {}, &result, &state, &message) &&
           result.rows() == 1 && result.text(0, 0) == QLatin1String("t");
}

// `sql` for the target: in a savepoint inside a transaction, and past the table's forced row
// security where it holds (`unforce`) in a transaction of its own (*own) or that savepoint.
// NO FORCE takes an ACCESS EXCLUSIVE lock until the checksum is read: an application using
// the table (`pgmigrate verify` after the hand-over) is waited for 10 s at most, and then the
// table is reported unverified rather than its queries held up behind the lock. READ WRITE:
// the database may default to read-only transactions.
QString onTarget(PgConnection& target, const TableInfo& table, const QString& sql, bool unforce,
                 bool* own) {
    *own = false;
    const PGTransactionStatusType status = PQtransactionStatus(target.raw());
    if (!unforce || (status != PQTRANS_INTRANS && status != PQTRANS_IDLE)) {
        return inSavepoint(target, sql);
    }
    const QString lift = QStringLiteral("SET LOCAL lock_timeout = '10s'; ALTER TABLE ONLY ") +
                         table.qualified + QStringLiteral(" NO FORCE ROW LEVEL SECURITY; ") + sql +
                         QStringLiteral("; ");
    if (status == PQTRANS_INTRANS) {
        return QStringLiteral("SAVEPOINT pgmigrate_checksum; ") + lift +
               QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_checksum; "
                              "RELEASE SAVEPOINT pgmigrate_checksum");
    }
    *own = true;
    return QStringLiteral("BEGIN READ WRITE; ") + lift + QStringLiteral("ROLLBACK");
}

// Runs `sql` on both servers at once and reads their counts and checksums.
TableComparison runOnBoth(PgConnection& source, PgConnection& target, const TableInfo& info,
                          const QString& sql, bool unforce) {
    TableComparison comparison;
    comparison.table = info.qualified;
    if (!source.sendQuery(inSavepoint(source, sql))) {
        comparison.error =
            QCoreApplication::translate("Verify", "source: %1").arg(failure(source, QString()));
        return comparison;
    }
    bool own = false;
    if (!target.sendQuery(onTarget(target, info, sql, unforce, &own))) {
        comparison.error =
            QCoreApplication::translate("Verify", "target: %1").arg(failure(target, QString()));
        QString ignored;
        collect(source, &ignored); // the source's statement went out
        leaveFailedSavepoint(source);
        return comparison;
    }
    QString sourceError;
    QString targetError;
    const PgResult sourceResult = collect(source, &sourceError);
    const PgResult targetResult = collect(target, &targetError);
    // No row is a failure too: a connection lost without a message must not compare 0 = 0.
    if (!sourceError.isEmpty() || !targetError.isEmpty() || sourceResult.rows() != 1 ||
        targetResult.rows() != 1) {
        comparison.error = !sourceError.isEmpty() || sourceResult.rows() != 1
                               ? QCoreApplication::translate("Verify", "source: %1")
                                     .arg(failure(source, sourceError))
                               : QCoreApplication::translate("Verify", "target: %1")
                                     .arg(failure(target, targetError));
        leaveFailedSavepoint(source);
        leaveFailedSavepoint(target, own);
        return comparison;
    }
    comparison.sourceRows = sourceResult.integer(0, 0);
    comparison.sourceChecksum = sourceResult.text(0, 1);
    comparison.targetRows = targetResult.integer(0, 0);
    comparison.targetChecksum = targetResult.text(0, 1);
    return comparison;
}

} // namespace

QString checksumQuery(const TableInfo& table, bool fastHash, bool typed, bool asUtf8) {
    const QStringList& values = table.checksumValues;
    // ROW(...)::text of the columns by name: independent of physical column order. The sum of
    // 64-bit row hashes is order-independent; hashtextextended (11+) is several times cheaper
    // than md5, which older servers fall back to.
    QString row =
        QStringLiteral("ROW(") + values.join(QStringLiteral(", ")) + QStringLiteral(")::text");
    if (asUtf8) {
        // Its UTF-8 bytes, spelled in hex: the same text in any database encoding.
        row = QStringLiteral("pg_catalog.encode(pg_catalog.convert_to(") + row +
              QStringLiteral(", 'UTF8'), 'hex')");
    }
    const QString byType = fastHash && typed && !asUtf8 ? typedRow(table) : QString();
    const QString hash = !byType.isEmpty() ? byType
                         : fastHash
                             ? QStringLiteral("hashtextextended(") + row + QStringLiteral(", 0)")
                             : QStringLiteral("('x' || substr(md5(") + row +
                                   QStringLiteral("), 1, 16))::bit(64)::bigint");
    // By type only where each server's columns have the letters the source's had: another
    // type may take the value by an implicit cast (an int into hashint8extended) and hash it
    // otherwise. A difference divides by zero, once per query, and the text is compared.
    const QString sameLetters =
        byType.isEmpty()
            ? QString()
            : QStringLiteral(", 1 / (SELECT CASE WHEN string_agg(") + digestColumnSql() +
                  QStringLiteral(", '' ORDER BY a.attname) = '") +
                  QString::fromLatin1(table.checksumLetters) +
                  QStringLiteral("' THEN 1 ELSE 0 END FROM pg_catalog.pg_attribute a "
                                 "WHERE a.attrelid = '") +
                  QString(table.qualified).replace(QLatin1Char('\''), QStringLiteral("''")) +
                  QStringLiteral("'::pg_catalog.regclass AND a.attnum > 0 "
                                 "AND NOT a.attisdropped)");
    return QStringLiteral("SELECT count(*), coalesce(sum(") + hash +
           QStringLiteral("::numeric), 0)::text") + sameLetters + QStringLiteral(" FROM ONLY ") +
           table.qualified + QStringLiteral(" AS t ") + table.filter;
}

TableComparison compareTable(PgConnection& source, PgConnection& target, const TableInfo& table) {
    // Both sides must hash the same way.
    const bool fastHash =
        source.serverVersionNum() >= 110000 && target.serverVersionNum() >= 110000;
    // Databases of two encodings hold other bytes for the same text: both hash its UTF-8.
    const bool asUtf8 =
        source.parameterStatus("server_encoding") != target.parameterStatus("server_encoding");
    const QString typed = checksumQuery(table, fastHash, !asUtf8, asUtf8);
    const QString text = checksumQuery(table, fastHash, false, asUtf8);
    const bool unforce = readsThroughPolicies(target, table);
    TableComparison comparison = runOnBoth(source, target, table, typed, unforce);
    const auto usable = [](PgConnection& connection) {
        return PQstatus(connection.raw()) == CONNECTION_OK && !connection.isCancelled() &&
               PQtransactionStatus(connection.raw()) != PQTRANS_INERROR;
    };
    if (typed != text && !comparison.error.isEmpty() && usable(source) && usable(target)) {
        // A column of another type on the target (int on one side, bigint on the other): the
        // values' text still compares.
        qCDebug(lcVerify, "%s: checksum by type failed (%s): by text",
                qUtf8Printable(table.qualified), qUtf8Printable(comparison.error));
        comparison = runOnBoth(source, target, table, text, unforce);
    }
    qCDebug(lcVerify, "%s: %lld rows on the source, %lld on the target, checksums %s",
            qUtf8Printable(table.qualified), qlonglong(comparison.sourceRows),
            qlonglong(comparison.targetRows),
            comparison.sourceChecksum == comparison.targetChecksum ? "equal" : "differ");
    return comparison;
}

TableComparison compareDigests(const TableInfo& table, const CopyResult& copied,
                               const CopyDigest& back) {
    TableComparison comparison;
    comparison.table = table.qualified;
    comparison.sourceRows = copied.digestRows;
    comparison.sourceChecksum = copied.digest;
    if (copied.digestRows != copied.rows) {
        // The stream held another number of rows than the source's COPY counted.
        comparison.error =
            QCoreApplication::translate("Verify", "source: %1 rows copied, %2 rows digested")
                .arg(copied.rows)
                .arg(copied.digestRows);
        return comparison;
    }
    comparison.targetRows = back.rows();
    comparison.targetChecksum = back.text();
    return comparison;
}

TableComparison compareReadBack(PgConnection& target, const TableInfo& table,
                                const CopyResult& copied, const ReadBackSessions& sessions) {
    if (copied.usedBinary) {
        if (const std::optional<CopyDigest> hashed =
                digestOnTarget(target, table, sessions.keyBeside)) {
            TableComparison comparison = compareDigests(table, copied, *hashed);
            if (comparison.matches()) {
                return comparison;
            }
            // Reported only once the rows themselves say so: a server that hashed otherwise
            // than the probe showed must not fail a good copy.
            qCDebug(lcVerify, "%s differs by the target's checksum: reading it back",
                    qUtf8Printable(table.qualified));
        }
    }
    return compareDigests(table, copied,
                          digestTableInParts(target, table, copied.usedBinary, sessions));
}

QStringList compareSequences(PgConnection& source, PgConnection& target, QStringList* behind) {
    QMap<QString, SequenceValue> targetValues;
    for (const SequenceValue& value : readSequences(target)) {
        targetValues.insert(value.qualified, value);
    }
    QStringList lines;
    for (const SequenceValue& value : readSequences(source)) {
        const auto it = targetValues.constFind(value.qualified);
        if (it == targetValues.cend()) {
            lines << QCoreApplication::translate("Verify", "sequence %1 missing on the target")
                         .arg(value.qualified);
            continue;
        }
        const auto text = [](const SequenceValue& v) -> QString {
            return v.lastValue +
                   (v.isCalled ? QCoreApplication::translate("Verify", " (called)") : QString());
        };
        if (it->lastValue == value.lastValue && it->isCalled == value.isCalled) {
            continue;
        }
        // Sequences are not transactional: a live source moves on after the snapshot. A target
        // behind it then is expected (the cut-over sets them last); one ahead never is.
        const bool targetBehind = it->lastValue.toLongLong() < value.lastValue.toLongLong() ||
                                  (it->lastValue == value.lastValue && !it->isCalled);
        const QString line =
            QCoreApplication::translate("Verify", "sequence %1: source %2, target %3")
                .arg(value.qualified, text(value), text(*it));
        if (behind && targetBehind) {
            *behind << line;
        } else {
            lines << line;
        }
    }
    return lines;
}

QStringList compareLargeObjects(PgConnection& source, PgConnection& target) {
    // In pieces of a megabyte, each hashed as it is read: lo_get(oid) reads the whole object
    // into one value, which the server refuses from 1 GB (and holds in memory below).
    const QString sql = QStringLiteral(
        "SELECT m.oid::text, (WITH RECURSIVE c(o, n, h) AS ("
        "SELECT 0::bigint, octet_length(p), md5(p) FROM lo_get(m.oid, 0, 1048576) p "
        "UNION ALL SELECT c.o + 1048576, octet_length(p), md5(p) "
        "FROM c, lo_get(m.oid, c.o + 1048576, 1048576) p WHERE c.n = 1048576) "
        "SELECT md5(string_agg(h, '' ORDER BY o)) FROM c) FROM pg_largeobject_metadata m");
    return differences(keyedRows(source, sql), keyedRows(target, sql),
                       QCoreApplication::translate("Verify", "large object"));
}

} // namespace pgm
