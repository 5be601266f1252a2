#include "ReplicaTriggers.h"

#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace pgm {

namespace {

/// One trigger as the catalog holds it: its table and name quoted, its state as tgenabled
/// ('O' origin, 'D' disabled, 'R' replica, 'A' always), and how many ancestors its table has.
struct TriggerState {
    QString table;
    QString name;
    QString state;
    int depth = 0;
};

/// The user's triggers on tables (partitioned and foreign ones too; a view's INSTEAD OF
/// trigger is never enabled or disabled), in name order. With `onlyReplicaFiring`, those
/// that fire in replica sessions, not internal: a statement on a partitioned table's trigger
/// changes its partitions' clones too, and until 14 those are internal ones, which a table's
/// owner that is not a superuser may not name on 11 and 12. Otherwise the clones count,
/// internal or not: their state may differ from their parent's, and pg_dump keeps it.
QList<TriggerState> readTriggers(PgConnection& connection, bool onlyReplicaFiring) {
    const PgResult result = connection.exec(
        QStringLiteral("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
                       "quote_ident(t.tgname), t.tgenabled::text, "
                       "(WITH RECURSIVE up(rel) AS (SELECT i.inhparent FROM pg_inherits i "
                       "WHERE i.inhrelid = t.tgrelid UNION SELECT i.inhparent FROM pg_inherits i "
                       "JOIN up ON i.inhrelid = up.rel) SELECT count(*) FROM up) "
                       "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p', 'f') AND CASE $1 WHEN 'all' THEN "
                       "NOT t.tgisinternal OR (t.tgconstraint = 0 AND c.relispartition) "
                       "ELSE NOT t.tgisinternal AND t.tgenabled IN ('A', 'R') END "
                       "ORDER BY 1, 2"),
        {onlyReplicaFiring ? QStringLiteral("replica") : QStringLiteral("all")},
        QCoreApplication::translate("Schema", "list triggers"));
    QList<TriggerState> triggers;
    for (int row = 0; row < result.rows(); ++row) {
        triggers << TriggerState{result.text(row, 0), result.text(row, 1), result.text(row, 2),
                                 int(result.integer(row, 3))};
    }
    return triggers;
}

QString stateClause(const QString& state) {
    if (state == QLatin1String("A")) {
        return QStringLiteral("ENABLE ALWAYS TRIGGER");
    }
    if (state == QLatin1String("R")) {
        return QStringLiteral("ENABLE REPLICA TRIGGER");
    }
    if (state == QLatin1String("D")) {
        return QStringLiteral("DISABLE TRIGGER");
    }
    return QStringLiteral("ENABLE TRIGGER");
}

QString stateStatement(const TriggerState& trigger, const QString& state) {
    return QStringLiteral("ALTER TABLE %1 %2 %3")
        .arg(trigger.table, stateClause(state), trigger.name);
}

TriggerStates statesOf(const QList<TriggerState>& triggers) {
    TriggerStates states;
    for (const TriggerState& trigger : triggers) {
        states << QStringList{trigger.table, trigger.name, trigger.state};
    }
    return states;
}

QString stateKey(const QString& table, const QString& name) {
    return table + QLatin1Char(' ') + name;
}

/// Gives every trigger of `target` listed in `wanted` (by stateKey()) that state, level by
/// level down each inheritance tree (see restoreTriggerStates()).
QStringList giveStates(PgConnection& target, const QHash<QString, QString>& wanted,
                       const QString& dbname) {
    QStringList notes;
    QSet<QString> refused; // asked once: a refusal is not asked again at the next level
    for (int depth = 0;; ++depth) {
        int deepest = 0;
        for (const TriggerState& trigger : readTriggers(target, false)) {
            deepest = std::max(deepest, trigger.depth);
            const QString key = stateKey(trigger.table, trigger.name);
            const auto state = wanted.constFind(key);
            if (trigger.depth != depth || state == wanted.cend() || *state == trigger.state ||
                refused.contains(key)) {
                continue;
            }
            const QString statement = stateStatement(trigger, *state);
            PgResult ignored;
            QString sqlstate;
            QString message;
            if (!target.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
                refused.insert(key);
                notes << QCoreApplication::translate(
                             "Schema", "%1: trigger %2 on %3 keeps another state than on the "
                                       "source (%4); run on the target: %5")
                             .arg(dbname, trigger.name, trigger.table, message, statement);
            }
        }
        if (depth >= deepest) {
            return notes;
        }
    }
}

QString describe(const TriggerState& trigger) {
    return QStringLiteral("%1: %2 (%3)")
        .arg(trigger.table, trigger.name,
             trigger.state == QLatin1String("A") ? QStringLiteral("ALWAYS")
                                                 : QStringLiteral("REPLICA"));
}

} // namespace

QStringList replicaTriggers(PgConnection& connection) {
    QStringList names;
    for (const TriggerState& trigger : readTriggers(connection, true)) {
        names << describe(trigger);
    }
    return names;
}

QStringList quietReplicaTriggers(PgConnection& target, const KeepTriggerStates& keep) {
    const QList<TriggerState> firing = readTriggers(target, true);
    if (!firing.isEmpty()) {
        // All of them, clones too: a statement on a partitioned table changes its partitions'.
        keep(statesOf(readTriggers(target, false)));
    }
    QStringList quieted;
    for (const TriggerState& trigger : firing) {
        const QString statement = stateStatement(trigger, QStringLiteral("D"));
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Schema", "disable trigger %1 on %2")
                              .arg(trigger.name, trigger.table),
                          QCoreApplication::translate(
                              "Schema", "%1. It fires on replicated rows and would act a second "
                                        "time on the target: run %2 there as its table's "
                                        "owner, or migrate as a superuser")
                              .arg(message, statement),
                          sqlstate);
        }
        quieted << describe(trigger);
    }
    return quieted;
}

QStringList quietUserTriggers(PgConnection& target, const KeepTriggerStates& keep) {
    const PgResult tables = target.exec(
        QStringLiteral("SELECT DISTINCT quote_ident(n.nspname) || '.' || quote_ident(c.relname) "
                       "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
                       "AND c.relkind IN ('r', 'p', 'f') ORDER BY 1"),
        {}, QCoreApplication::translate("Schema", "list triggers"));
    if (tables.rows() > 0) {
        keep(statesOf(readTriggers(target, false)));
    }
    QStringList firing;
    for (int row = 0; row < tables.rows(); ++row) {
        const QString table = tables.text(row, 0);
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table), {},
                            &ignored, &sqlstate, &message)) {
            firing << table;
        }
    }
    return firing;
}

QStringList restoreTriggerStates(PgConnection& source, PgConnection& target,
                                 const QString& dbname) {
    QHash<QString, QString> sourceStates;
    for (const TriggerState& trigger : readTriggers(source, false)) {
        sourceStates.insert(stateKey(trigger.table, trigger.name), trigger.state);
    }
    return giveStates(target, sourceStates, dbname);
}

QStringList restoreKeptTriggerStates(PgConnection& target, const TriggerStates& kept,
                                     const QString& dbname) {
    QHash<QString, QString> keptStates;
    for (const QStringList& trigger : kept) {
        // Only what a state file holds as written: a name, a name, one known state.
        if (trigger.size() == 3 && QStringLiteral("OADR").contains(trigger.at(2)) &&
            trigger.at(2).size() == 1) {
            keptStates.insert(stateKey(trigger.at(0), trigger.at(1)), trigger.at(2));
        }
    }
    return giveStates(target, keptStates, dbname);
}

} // namespace pgm
