// The target's triggers a run disables (ReplicaTriggers.h): their states kept first, and
// given back when a database fails or stops.
#include "EventTriggers.h"
#include "MigrationRunner.h"
#include "PgConnection.h"
#include "PgError.h"
#include "ReplicaTriggers.h"
#include "ReplicationObjects.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace pgm {

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);

} // namespace

void MigrationRunner::quietTriggersForApply(DatabaseState& db, PgConnection& target) {
    // The subscription's apply worker is a replica session: the source's triggers already
    // acted on each row it brings. The cut-over (or a stop) gives the states back.
    const QStringList quieted = quietReplicaTriggers(target, keepTriggerStates(db));
    if (quieted.isEmpty()) {
        return;
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << QCoreApplication::translate(
                            "Runner", "%1: triggers that fire on replicated rows stay disabled "
                                      "on the target until the cut-over: %2")
                            .arg(db.dbname, quieted.join(QStringLiteral(", ")));
}

void MigrationRunner::quietEventTriggersOf(DatabaseState& db, PgConnection& source,
                                           PgConnection& target) {
    const QStringList notes = quietEventTriggers(source, target, db.dbname, keepTriggerStates(db));
    std::lock_guard lock(m_mutex);
    m_state.warnings << notes;
}

KeepTriggerStates MigrationRunner::keepTriggerStates(DatabaseState& db) {
    return [this, &db](const TriggerStates& states) {
        {
            std::lock_guard lock(m_mutex);
            if (!states.isEmpty() && isEventTriggerEntry(states.first())) {
                // By name: one enabled since an earlier run kept theirs is kept too.
                QSet<QString> names;
                for (const QStringList& kept : std::as_const(db.triggerStates)) {
                    if (isEventTriggerEntry(kept)) {
                        names << kept.at(1);
                    }
                }
                for (const QStringList& state : states) {
                    if (!names.contains(state.at(1))) {
                        db.triggerStates << state;
                    }
                }
            } else if (std::none_of(
                           db.triggerStates.cbegin(), db.triggerStates.cend(),
                           [](const QStringList& kept) { return !isEventTriggerEntry(kept); })) {
                db.triggerStates << states;
            } else {
                return; // tables': an earlier run's, from before it disabled any, go back
            }
        }
        save(); // before the first is disabled: a run killed right after still knows
    };
}

bool MigrationRunner::subscriptionLeft(const DatabaseState& db, PgConnection& target) const {
    return db.method == MigrationMethod::Replication &&
           target
               .exec(
                   QStringLiteral("SELECT EXISTS (SELECT FROM pg_subscription WHERE subname = $1)"),
                   {ReplicationNames::forDatabase(m_state.id, db.dbname).subscription})
               .boolean(0, 0);
}

void MigrationRunner::giveTriggersBack(DatabaseState& db) {
    TriggerStates kept;
    {
        std::lock_guard lock(m_mutex);
        kept = db.triggerStates;
    }
    if (kept.isEmpty()) {
        return;
    }
    QStringList notes;
    try {
        // Its own session: the run's may be what broke. Not cancellable, as a stop comes here.
        auto target = PgConnection::open(m_request.check.inspection.target.withDatabase(db.dbname),
                                         kConnectTimeout);
        if (subscriptionLeft(db, *target)) {
            // Its removal failed (the source out of reach): once the source is back it would
            // apply again, and the triggers fire a second time. `stop` gives both back.
            std::lock_guard lock(m_mutex);
            m_state.warnings << QCoreApplication::translate(
                                    "Runner", "%1: triggers this run disabled on the target stay "
                                              "disabled while its subscription is left; "
                                              "'pgmigrate stop --id %2' removes it and gives "
                                              "them back")
                                    .arg(db.dbname, m_state.id);
            return;
        }
        notes = restoreKeptTriggerStates(*target, kept, db.dbname);
        notes << restoreKeptEventTriggerStates(*target, kept, db.dbname);
    } catch (const PgError& failure) {
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: triggers this run disabled on the target stay "
                                          "disabled (%2); 'pgmigrate stop --id %3' gives them "
                                          "back once it is reachable, as a start over does")
                                .arg(db.dbname, failure.describe(), m_state.id);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_state.warnings << notes;
    db.triggerStates.clear();
}

} // namespace pgm
