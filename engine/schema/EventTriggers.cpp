#include "EventTriggers.h"

#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pgm {

namespace {

/// One event trigger of the source: its quoted name, the statement that makes it, its state
/// (evtenabled), its comment as a literal (null when none) and its owner, quoted.
struct EventTrigger {
    QString name;
    QString create;
    QString state;
    QString comment;
    QString owner;
    QString rawName; ///< as the catalog spells it
};

QList<EventTrigger> readEventTriggers(PgConnection& source) {
    const PgResult result = source.exec(
        QStringLiteral(
            "SELECT quote_ident(e.evtname), "
            "format('CREATE EVENT TRIGGER %I ON %I%s EXECUTE PROCEDURE %I.%I()', "
            "e.evtname, e.evtevent, CASE WHEN e.evttags IS NULL THEN '' ELSE ' WHEN TAG IN (' || "
            "(SELECT string_agg(quote_literal(t), ', ') FROM unnest(e.evttags) AS t) || ')' END, "
            "n.nspname, p.proname), e.evtenabled::text, quote_literal(d.description), "
            "quote_ident(r.rolname), e.evtname "
            "FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "JOIN pg_roles r ON r.oid = e.evtowner "
            "LEFT JOIN pg_description d ON d.objoid = e.oid "
            "AND d.classoid = 'pg_event_trigger'::regclass ORDER BY e.evtname"),
        {}, QCoreApplication::translate("Schema", "list event triggers"));
    QList<EventTrigger> triggers;
    for (int row = 0; row < result.rows(); ++row) {
        triggers << EventTrigger{
            result.text(row, 0), result.text(row, 1),
            result.text(row, 2), result.isNull(row, 3) ? QString() : result.text(row, 3),
            result.text(row, 4), result.text(row, 5)};
    }
    return triggers;
}

/// The statement giving `trigger` its state; for an enabled one only when `always` (a new one
/// is enabled already).
QString stateStatement(const EventTrigger& trigger, bool always) {
    const QString alter = QStringLiteral("ALTER EVENT TRIGGER ") + trigger.name;
    if (trigger.state == QLatin1String("D")) {
        return alter + QStringLiteral(" DISABLE");
    }
    if (trigger.state == QLatin1String("R")) {
        return alter + QStringLiteral(" ENABLE REPLICA");
    }
    if (trigger.state == QLatin1String("A")) {
        return alter + QStringLiteral(" ENABLE ALWAYS");
    }
    return always ? alter + QStringLiteral(" ENABLE") : QString();
}

QStringList makingStatements(const EventTrigger& trigger) {
    QStringList statements{trigger.create};
    const QString state = stateStatement(trigger, false);
    if (!state.isEmpty()) {
        statements << state;
    }
    if (!trigger.comment.isNull()) {
        statements << QStringLiteral("COMMENT ON EVENT TRIGGER %1 IS %2")
                          .arg(trigger.name, trigger.comment);
    }
    return statements;
}

QStringList makingStatements(const QList<EventTrigger>& triggers) {
    QStringList statements;
    for (const EventTrigger& trigger : triggers) {
        statements << makingStatements(trigger);
    }
    return statements;
}

QSet<QString> column(const PgResult& result) {
    QSet<QString> values;
    for (int row = 0; row < result.rows(); ++row) {
        values << result.text(row, 0);
    }
    return values;
}

bool isSuperuser(PgConnection& target) {
    return target.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        .boolean(0, 0);
}

/// The statements that give the target the source's event triggers: made when missing (with
/// their comment, and their owner when it is a superuser there), else given the source's state
/// and comment where they differ. None when the target has them as the source does: a DBA ran
/// what an earlier run said, and a later one says nothing again.
QStringList givingStatements(const QList<EventTrigger>& triggers, PgConnection& target) {
    QHash<QString, EventTrigger> there;
    for (const EventTrigger& trigger : readEventTriggers(target)) {
        there.insert(trigger.name, trigger);
    }
    const QSet<QString> superusers =
        column(target.exec(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE "
                                          "rolsuper AND rolname <> current_user")));
    QStringList statements;
    for (const EventTrigger& trigger : triggers) {
        const auto made = there.constFind(trigger.name);
        if (made == there.constEnd()) {
            statements << makingStatements(trigger);
            if (superusers.contains(trigger.owner)) {
                statements << QStringLiteral("ALTER EVENT TRIGGER %1 OWNER TO %2")
                                  .arg(trigger.name, trigger.owner);
            }
            continue;
        }
        if (made->state != trigger.state) {
            statements << stateStatement(trigger, true);
        }
        if (made->comment != trigger.comment) {
            statements << QStringLiteral("COMMENT ON EVENT TRIGGER %1 IS %2")
                              .arg(trigger.name, trigger.comment.isNull() ? QStringLiteral("NULL")
                                                                          : trigger.comment);
        }
    }
    return statements;
}

} // namespace

QStringList eventTriggerStatements(PgConnection& source) {
    return makingStatements(readEventTriggers(source));
}

QStringList quietEventTriggers(PgConnection& source, PgConnection& target, const QString& dbname,
                               const KeepTriggerStates& keep) {
    // In name order, as the warning lists them.
    const PgResult enabled =
        target.exec(QStringLiteral("SELECT quote_ident(evtname), evtname, evtenabled::text FROM "
                                   "pg_event_trigger WHERE evtenabled <> 'D' ORDER BY evtname"),
                    {}, QCoreApplication::translate("Schema", "list event triggers"));
    if (enabled.rows() == 0) {
        return {};
    }
    QSet<QString> theRuns; // the source's too: the migration's own
    if (isSuperuser(target)) {
        for (const EventTrigger& trigger : readEventTriggers(source)) {
            theRuns << trigger.name;
        }
    }
    QStringList left;
    QStringList statements;
    TriggerStates states;
    for (int row = 0; row < enabled.rows(); ++row) {
        const QString name = enabled.text(row, 0);
        if (theRuns.contains(name)) {
            statements << QStringLiteral("ALTER EVENT TRIGGER %1 DISABLE").arg(name);
            states << QStringList{QString(), enabled.text(row, 1), enabled.text(row, 2)};
        } else {
            left << name;
        }
    }
    if (!statements.isEmpty()) {
        keep(states);
        target.execScript(statements.join(QStringLiteral("; ")),
                          QCoreApplication::translate("Schema", "disable event triggers"));
    }
    if (left.isEmpty()) {
        return {};
    }
    return {QCoreApplication::translate(
                "Schema", "%1: the target's event triggers %2 stay enabled and fire on the "
                          "migration's statements (a superuser may disable them while it runs)")
                .arg(dbname, left.join(QStringLiteral(", ")))};
}

QStringList restoreKeptEventTriggerStates(PgConnection& target, const TriggerStates& kept,
                                          const QString& dbname) {
    QHash<QString, QString> wanted; // by name, as the catalog spells it
    for (const QStringList& trigger : kept) {
        // Only what a state file holds as written: no table, a name, one known enabled state.
        if (isEventTriggerEntry(trigger) && trigger.at(2).size() == 1 &&
            QStringLiteral("OAR").contains(trigger.at(2))) {
            wanted.insert(trigger.at(1), trigger.at(2));
        }
    }
    if (wanted.isEmpty()) {
        return {};
    }
    const PgResult disabled = target.exec(
        QStringLiteral("SELECT evtname, quote_ident(evtname) FROM pg_event_trigger WHERE "
                       "evtenabled = 'D' ORDER BY evtname"),
        {}, QCoreApplication::translate("Schema", "list event triggers"));
    QStringList notes;
    for (int row = 0; row < disabled.rows(); ++row) {
        const auto state = wanted.constFind(disabled.text(row, 0));
        if (state == wanted.cend()) {
            continue;
        }
        const QString statement =
            stateStatement(EventTrigger{disabled.text(row, 1), {}, *state, {}, {}, {}}, true);
        PgResult ignored;
        QString sqlstate;
        QString message;
        if (!target.tryExec(statement, {}, &ignored, &sqlstate, &message)) {
            notes << QCoreApplication::translate(
                         "Schema", "%1: event trigger %2 stays disabled (%3); run on the target: "
                                   "%4")
                         .arg(dbname, disabled.text(row, 1), message.trimmed(), statement);
        }
    }
    return notes;
}

namespace {

/// The kept entries whose trigger the source does not have (any more).
TriggerStates notOnSource(const TriggerStates& kept, const QList<EventTrigger>& triggers) {
    QSet<QString> names;
    for (const EventTrigger& trigger : triggers) {
        names << trigger.rawName;
    }
    TriggerStates left;
    for (const QStringList& entry : kept) {
        if (isEventTriggerEntry(entry) && !names.contains(entry.at(1))) {
            left << entry;
        }
    }
    return left;
}

/// The source's event triggers made or given their state, as statements run or (`*given` false)
/// for a DBA to run. Throws PgError.
QStringList giveSources(const QList<EventTrigger>& triggers, PgConnection& target,
                        const QString& dbname, bool* given) {
    *given = true;
    const QStringList giving = givingStatements(triggers, target);
    if (giving.isEmpty()) {
        return {};
    }
    const QString statements = giving.join(QStringLiteral("; "));
    if (!isSuperuser(target)) {
        return {QCoreApplication::translate(
                    "Schema", "%1: event triggers are not migrated (only a superuser may make "
                              "them); once the target is in use, a superuser runs there: %2")
                    .arg(dbname, statements)};
    }
    PgResult result;
    QString sqlstate;
    QString message;
    const QString script = QStringLiteral("BEGIN; ") + statements + QStringLiteral("; COMMIT");
    if (target.tryExecScript(script, &result, &sqlstate, &message)) {
        return {};
    }
    *given = false;
    QString rollbackState;
    QString rollbackMessage;
    target.tryExecScript(QStringLiteral("ROLLBACK"), &result, &rollbackState, &rollbackMessage);
    return {QCoreApplication::translate("Schema", "%1: the event triggers could not be made on "
                                                  "the target (%2); once it is in use, run there: "
                                                  "%3")
                .arg(dbname, message.trimmed(), statements)};
}

/// giveEventTriggers(), which may throw.
QStringList give(PgConnection& source, PgConnection& target, const QString& dbname,
                 const TriggerStates& kept) {
    const QList<EventTrigger> triggers = readEventTriggers(source);
    bool given = true;
    QStringList notes =
        triggers.isEmpty() ? QStringList() : giveSources(triggers, target, dbname, &given);
    // A trigger the source dropped or renamed while the migration ran was still the
    // migration's to give back; all of them, as they were, when the source's could not be.
    notes << restoreKeptEventTriggerStates(target, given ? notOnSource(kept, triggers) : kept,
                                           dbname);
    return notes;
}

} // namespace

QStringList giveEventTriggers(PgConnection& source, PgConnection& target, const QString& dbname,
                              const TriggerStates& kept) {
    try {
        return give(source, target, dbname, kept);
    } catch (const PgError& failure) {
        // Last in a database's run, after everything else took: a note, not a failure.
        QStringList notes{QCoreApplication::translate("Schema",
                                                      "%1: the event triggers could not be made "
                                                      "on the target (%2); 'pg_dump "
                                                      "--schema-only' of the source prints them")
                              .arg(dbname, failure.describe())};
        try {
            notes << restoreKeptEventTriggerStates(target, kept, dbname);
        } catch (const PgError& again) {
            notes << QStringLiteral("%1: %2").arg(dbname, again.describe());
        }
        return notes;
    }
}

bool isEventTriggerEntry(const QStringList& entry) {
    return entry.size() == 3 && entry.at(0).isEmpty();
}

} // namespace pgm
