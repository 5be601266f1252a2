#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace pgm {

struct MigrationState;

/// How far one replicated database is behind its source at one moment (-1: unknown).
struct DatabaseLag {
    qint64 bytes = -1;   ///< WAL the slot has not confirmed yet
    qint64 seconds = -1; ///< since the apply worker last heard from the source
    friend bool operator==(const DatabaseLag&, const DatabaseLag&) = default;
};

/// One point of a migration's lag chart: the replication lag of every syncing database and,
/// while a copy runs, the bytes copied so far (the chart derives the throughput from two
/// neighbours).
struct LagSample {
    QDateTime at;
    qint64 bytesCopied = -1; ///< all databases together; -1 when no copy ran
    QMap<QString, DatabaseLag> lag;
    friend bool operator==(const LagSample&, const LagSample&) = default;
};

/// The samples saved with a migration, oldest first. Bounded so the state file stays small
/// (a few tens of kilobytes) however long a migration keeps replicating: past `kMaxSamples` the
/// older half is thinned to every other sample, so the chart still spans the whole migration,
/// finest where it is recent.
class LagHistory {
public:
    static constexpr int kMaxSamples = 400;
    /// Samples closer together than this add nothing to a chart: the newer one is dropped
    /// (the copy reports progress twice a second, `waitForLag` reads the servers as often).
    static constexpr qint64 kMinSpacingMs = 2000;

    const QList<LagSample>& samples() const { return m_samples; }
    bool isEmpty() const { return m_samples.isEmpty(); }
    /// Appends `sample` unless it comes within kMinSpacingMs of the last one; thins as above.
    void add(const LagSample& sample);

    QJsonArray toJson() const;
    static LagHistory fromJson(const QJsonArray& array);

private:
    QList<LagSample> m_samples;
};

/// What `state` says now: the lag of its syncing replicated databases, and the bytes copied
/// while some database copies its data. Empty (no lag, bytesCopied -1) when neither.
LagSample lagSampleOf(const MigrationState& state, const QDateTime& at);

/// Adds the sample of `state` at `at` to its history, when it has something to show.
void recordLagSample(MigrationState& state, const QDateTime& at = QDateTime::currentDateTimeUtc());

} // namespace pgm
