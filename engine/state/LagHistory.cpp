#include "LagHistory.h"

#include "MigrationState.h"

#include <QJsonObject>

namespace pgm {

void LagHistory::add(const LagSample& sample) {
    if (!m_samples.isEmpty() && m_samples.constLast().at.msecsTo(sample.at) < kMinSpacingMs) {
        return;
    }
    m_samples.append(sample);
    if (m_samples.size() <= kMaxSamples) {
        return;
    }
    // Every other sample of the older half goes; the first stays, so the chart still starts
    // where the migration did.
    QList<LagSample> thinned;
    thinned.reserve(kMaxSamples);
    const qsizetype half = m_samples.size() / 2;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        if (i >= half || i % 2 == 0) {
            thinned.append(m_samples.at(i));
        }
    }
    m_samples = std::move(thinned);
}

QJsonArray LagHistory::toJson() const {
    // Compact on purpose: hundreds of these live in the state file.
    QJsonArray array;
    for (const LagSample& sample : m_samples) {
        QJsonObject lag;
        for (auto it = sample.lag.constBegin(); it != sample.lag.constEnd(); ++it) {
            lag.insert(it.key(), QJsonArray{it->bytes, it->seconds});
        }
        QJsonObject item{{QStringLiteral("at"), sample.at.toMSecsSinceEpoch()}};
        if (sample.bytesCopied >= 0) {
            item.insert(QStringLiteral("copied"), sample.bytesCopied);
        }
        if (!lag.isEmpty()) {
            item.insert(QStringLiteral("lag"), lag);
        }
        array.append(item);
    }
    return array;
}

LagHistory LagHistory::fromJson(const QJsonArray& array) {
    LagHistory history;
    for (const auto& value : array) {
        const QJsonObject item = value.toObject();
        LagSample sample;
        sample.at =
            QDateTime::fromMSecsSinceEpoch(item.value(QStringLiteral("at")).toInteger(), Qt::UTC);
        sample.bytesCopied = item.value(QStringLiteral("copied")).toInteger(-1);
        const QJsonObject lag = item.value(QStringLiteral("lag")).toObject();
        for (auto it = lag.constBegin(); it != lag.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            sample.lag.insert(it.key(),
                              DatabaseLag{pair.at(0).toInteger(-1), pair.at(1).toInteger(-1)});
        }
        // Read as written: a hand-edited file out of order is not worth refusing.
        history.m_samples.append(sample);
    }
    return history;
}

LagSample lagSampleOf(const MigrationState& state, const QDateTime& at) {
    LagSample sample;
    sample.at = at;
    bool copying = false;
    qint64 copied = 0;
    for (const DatabaseState& db : state.databases) {
        copied += db.bytesDone;
        if (db.status == DbStatus::Running && db.phase == Phase::Data) {
            copying = true;
        }
        if (db.method == MigrationMethod::Replication && db.status == DbStatus::Syncing) {
            sample.lag.insert(db.dbname, DatabaseLag{db.lagBytes, db.lagSeconds});
        }
    }
    if (copying) {
        sample.bytesCopied = copied;
    }
    return sample;
}

void recordLagSample(MigrationState& state, const QDateTime& at) {
    const LagSample sample = lagSampleOf(state, at);
    if (sample.bytesCopied >= 0 || !sample.lag.isEmpty()) {
        state.lagHistory.add(sample);
    }
}

} // namespace pgm
