#pragma once

#include "Check.h"
#include "MigrationPlan.h"

#include <QStringList>

// What the check areas (ConnectivityChecks, ServerChecks, ReplicationChecks, DatabaseChecks)
// share: internal to the engine's pre-checks, not a public API.
namespace pgm {

/// A byte count as the reports print it (1.5 GB).
QString bytesText(qint64 bytes);
/// The first items of a list, then how many more there are.
QString listText(const QStringList& items, int shown = 10);

/// Collects checks, applying what the method choice does to method-deciding ones.
class CheckList {
public:
    explicit CheckList(MethodChoice choice)
        : m_choice(choice) {}

    void add(QString id, QString title, Check::Status status, Check::Kind kind, QString detail,
             QString remedy = {}, QString dbname = {});

    QList<Check> take() { return std::move(m_checks); }

private:
    MethodChoice m_choice;
    QList<Check> m_checks;
};

} // namespace pgm
