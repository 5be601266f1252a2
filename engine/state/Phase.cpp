#include "Phase.h"

#include <array>
#include <utility>

namespace pgm {

namespace {

// The ids are saved in state files: a new phase gets a new id, an id never changes meaning.
constexpr std::array<std::pair<Phase, const char*>, 16> kIds{{
    {Phase::Queued, "queued"},
    {Phase::Checks, "checks"},
    {Phase::Slot, "slot"},
    {Phase::Schema, "schema"},
    {Phase::Data, "data"},
    {Phase::Indexes, "indexes"},
    {Phase::Verify, "verify"},
    {Phase::Analyze, "analyze"},
    {Phase::Subscribe, "subscribe"},
    {Phase::InitialSync, "initial sync"},
    {Phase::Streaming, "streaming"},
    {Phase::Freeze, "freeze"},
    {Phase::Drain, "drain"},
    {Phase::CatchUp, "catch-up"},
    {Phase::Cleanup, "cleanup"},
    {Phase::Finished, "finished"},
}};

} // namespace

QString phaseId(Phase phase) {
    for (const auto& [known, id] : kIds) {
        if (known == phase) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

Phase phaseFromId(QStringView id) {
    for (const auto& [phase, known] : kIds) {
        if (id == QLatin1String(known)) {
            return phase;
        }
    }
    if (id.startsWith(QLatin1String("initial sync "))) {
        return Phase::InitialSync;
    }
    return Phase::Unknown;
}

bool phaseIsTimed(Phase phase) {
    return phase != Phase::Unknown && phase != Phase::Queued && phase != Phase::Streaming &&
           phase != Phase::Finished;
}

} // namespace pgm
