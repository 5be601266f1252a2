#include "ReplicationHealth.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace pgm {

namespace {

/// Every database's slot, in the order asked (a missing slot gives a row of NULLs).
QString slotsQuery(const PgConnection& source) {
    // wal_status exists from 13; before, a slot could not lose its WAL (no max_slot_wal_keep_size).
    const QString walStatus = source.serverVersionNum() >= 130000
                                  ? QStringLiteral("coalesce(s.wal_status, '')")
                                  : QStringLiteral("''");
    return QStringLiteral("SELECT s.slot_name IS NOT NULL, s.active, ") + walStatus +
           QStringLiteral(", pg_wal_lsn_diff(pg_current_wal_insert_lsn(), "
                          "s.confirmed_flush_lsn)::bigint, "
                          "pg_wal_lsn_diff(pg_current_wal_insert_lsn(), s.restart_lsn)::bigint "
                          "FROM json_array_elements_text($1::json) WITH ORDINALITY w(slot, i) "
                          "LEFT JOIN pg_replication_slots s ON s.slot_name = w.slot ORDER BY w.i");
}

/// Every database's subscription, in the order asked, with its apply worker and error count.
QString subscriptionsQuery(const PgConnection& target) {
    const int version = target.serverVersionNum();
    // A subscription streaming in parallel (18's default) has parallel apply workers, which
    // show with no relid too (16+): only the leader is its apply worker.
    const QString leader =
        version >= 160000 ? QStringLiteral(" AND st.leader_pid IS NULL") : QString();
    // Apply and table sync error counts came with 15.
    const QString errors =
        version >= 150000 ? QStringLiteral("(SELECT ss.apply_error_count + ss.sync_error_count "
                                           "FROM pg_stat_subscription_stats ss "
                                           "WHERE ss.subid = s.oid)")
                          : QStringLiteral("NULL::bigint");
    return QStringLiteral(
               "SELECT s.oid IS NOT NULL, s.subenabled, st.pid IS NOT NULL, "
               "coalesce(extract(epoch FROM now() - st.last_msg_receipt_time)::bigint, -1), ") +
           errors +
           QStringLiteral(
               " FROM json_array_elements($1::json) WITH ORDINALITY w(e, i) "
               "LEFT JOIN pg_subscription s ON s.subname = w.e->>'sub' AND s.subdbid = "
               "(SELECT oid FROM pg_database "
               "WHERE datname = coalesce(w.e->>'db', current_database())) "
               "LEFT JOIN LATERAL (SELECT st.pid, st.last_msg_receipt_time "
               "FROM pg_stat_subscription st WHERE st.subid = s.oid AND st.relid IS NULL") +
           leader + QStringLiteral(" ORDER BY st.pid LIMIT 1) st ON true ORDER BY w.i");
}

void readSlots(PgConnection& source, const std::vector<ReplicatedDatabase>& databases,
               std::vector<ReplicationHealth>* health, std::vector<QStringList>* problems) {
    QJsonArray slotNames;
    for (const ReplicatedDatabase& db : databases) {
        slotNames << db.names.slot;
    }
    PgResult result;
    QString state;
    QString message;
    if (!source.tryExec(
            slotsQuery(source),
            {QString::fromUtf8(QJsonDocument(slotNames).toJson(QJsonDocument::Compact))}, &result,
            &state, &message) ||
        result.rows() != int(databases.size())) {
        return; // could not read: unknown, not gone
    }
    for (int row = 0; row < result.rows(); ++row) {
        ReplicationHealth& one = (*health)[std::size_t(row)];
        QStringList& own = (*problems)[std::size_t(row)];
        one.sourceRead = true;
        if (!result.boolean(row, 0)) {
            own << QCoreApplication::translate(
                       "Replication", "the replication slot %1 is gone from the source: start over")
                       .arg(databases[std::size_t(row)].names.slot);
            continue;
        }
        one.slotExists = true;
        one.slotActive = result.boolean(row, 1);
        one.walStatus = result.text(row, 2);
        one.lagBytes = result.isNull(row, 3) ? -1 : result.integer(row, 3);
        one.retainedBytes = result.isNull(row, 4) ? -1 : result.integer(row, 4);
        if (one.walStatus == QLatin1String("lost")) {
            own << QCoreApplication::translate("Replication",
                                               "the replication slot lost WAL it needed "
                                               "(max_slot_wal_keep_size): start over");
        }
    }
}

void readSubscriptions(PgConnection& target, const std::vector<ReplicatedDatabase>& databases,
                       std::vector<ReplicationHealth>* health, std::vector<QStringList>* problems) {
    QJsonArray asked;
    for (const ReplicatedDatabase& db : databases) {
        QJsonObject one{{QStringLiteral("sub"), db.names.subscription}};
        if (!db.dbname.isEmpty()) {
            one.insert(QStringLiteral("db"), db.dbname);
        }
        asked << one;
    }
    PgResult result;
    QString state;
    QString message;
    if (!target.tryExec(subscriptionsQuery(target),
                        {QString::fromUtf8(QJsonDocument(asked).toJson(QJsonDocument::Compact))},
                        &result, &state, &message) ||
        result.rows() != int(databases.size())) {
        return;
    }
    for (int row = 0; row < result.rows(); ++row) {
        ReplicationHealth& one = (*health)[std::size_t(row)];
        QStringList& own = (*problems)[std::size_t(row)];
        one.targetRead = true;
        if (!result.boolean(row, 0)) {
            own << QCoreApplication::translate(
                       "Replication", "the subscription %1 is gone from the target: start over")
                       .arg(databases[std::size_t(row)].names.subscription);
            continue;
        }
        one.subscriptionExists = true;
        one.subscriptionEnabled = result.boolean(row, 1);
        one.workerRunning = result.boolean(row, 2);
        one.lagSeconds = result.integer(row, 3);
        one.applyErrors = result.isNull(row, 4) ? -1 : result.integer(row, 4);
        if (!one.subscriptionEnabled) {
            one.disabled = own.isEmpty();
            // Whole sentences for the translators, rather than one with a piece slotted in.
            own << (one.applyErrors > 0
                        ? QCoreApplication::translate(
                              "Replication",
                              "the subscription is disabled after %1 errors (PostgreSQL keeps "
                              "an apply error's text only in the target server's log: look for "
                              "\"logical replication\")")
                              .arg(one.applyErrors)
                        : QCoreApplication::translate(
                              "Replication",
                              "the subscription is disabled (PostgreSQL keeps an apply error's "
                              "text only in the target server's log: look for \"logical "
                              "replication\")"));
        }
    }
}

} // namespace

std::vector<ReplicationHealth> readHealthOf(PgConnection* source, PgConnection* target,
                                            const std::vector<ReplicatedDatabase>& databases) {
    std::vector<ReplicationHealth> health(databases.size());
    std::vector<QStringList> problems(databases.size());
    if (databases.empty()) {
        return health;
    }
    if (source) {
        readSlots(*source, databases, &health, &problems);
    }
    if (target) {
        readSubscriptions(*target, databases, &health, &problems);
    }
    for (std::size_t i = 0; i < health.size(); ++i) {
        health[i].disabled = health[i].disabled && problems[i].size() == 1;
        health[i].problem = problems[i].join(QStringLiteral("; "));
    }
    return health;
}

ReplicationHealth readHealth(PgConnection* sourceDb, PgConnection* targetDb,
                             const ReplicationNames& names) {
    return readHealthOf(sourceDb, targetDb, {ReplicatedDatabase{names, QString()}}).front();
}

} // namespace pgm
