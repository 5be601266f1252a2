#include "PhaseText.h"

#include "MigrationState.h"

#include <QCoreApplication>

namespace pgm {

QString phaseText(Phase phase) {
    switch (phase) {
    case Phase::Unknown:
        return {};
    case Phase::Queued:
        return QCoreApplication::translate("Phases", "queued");
    case Phase::Checks:
        return QCoreApplication::translate("Phases", "checks");
    case Phase::Slot:
        return QCoreApplication::translate("Phases", "slot");
    case Phase::Schema:
        return QCoreApplication::translate("Phases", "schema");
    case Phase::Data:
        return QCoreApplication::translate("Phases", "data");
    case Phase::Indexes:
        return QCoreApplication::translate("Phases", "indexes");
    case Phase::Verify:
        return QCoreApplication::translate("Phases", "verify");
    case Phase::Analyze:
        return QCoreApplication::translate("Phases", "analyze");
    case Phase::Subscribe:
        return QCoreApplication::translate("Phases", "subscribe");
    case Phase::InitialSync:
        return QCoreApplication::translate("Phases", "initial sync");
    case Phase::Streaming:
        return QCoreApplication::translate("Phases", "streaming");
    case Phase::Freeze:
        return QCoreApplication::translate("Phases", "freeze writes");
    case Phase::Drain:
        return QCoreApplication::translate("Phases", "drain");
    case Phase::CatchUp:
        return QCoreApplication::translate("Phases", "catch-up");
    case Phase::Cleanup:
        return QCoreApplication::translate("Phases", "cleanup");
    case Phase::Finished:
        return QCoreApplication::translate("Phases", "finished");
    }
    return {};
}

QString phaseText(const DatabaseState& db) {
    if (db.phase == Phase::InitialSync && db.syncTables > 0) {
        return QCoreApplication::translate("Phases", "initial sync %1/%2 tables")
            .arg(db.syncedTables)
            .arg(db.syncTables);
    }
    return phaseText(db.phase);
}

} // namespace pgm
