#pragma once

#include "PrivatePair.h"

#include <QByteArray>
#include <QString>

/// The cross-version dataset (dataset.sql) on a PrivatePair: loading it, writing to it as an
/// application would, and comparing both sides' fingerprints (VersionFingerprint.h). Shared by
/// the version matrix and the tests of managed targets of other majors.
namespace versions {

/// The bin directory of a server of `major` (tests/fixture/pg-majors.sh fetch); *ok false when
/// it could not be fetched.
QString fetchMajor(int major, bool* ok);

/// Starts `pair` with a source of major `source` and a target of major `target` (0: Debian's
/// 15), fetched when missing; false with *error when it could not.
bool startPair(faults::PrivatePair& pair, int source, int target, QString* error);

/// Loads dataset.sql into the pair's source with Debian's psql, as postgres; false with the
/// output in *out when it failed.
bool loadDataset(const faults::PrivatePair& pair, QByteArray* out);

/// A few writes of each kind in vdata, as an application keeps doing during the sync.
void writeRound(faults::PrivatePair& pair, int round);

/// Asserts (QTest) that vdata's data and schema, and the dataset's roles when `roles`, have equal
/// fingerprints on both sides; the lines only one side has are printed.
void compareSides(faults::PrivatePair& pair, bool roles = true);

} // namespace versions
