#pragma once

#include "CheckRunner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace pgm {

/// The Validation page's check, apart from its widgets: the request the last check ran with,
/// its report, and the judgement of the report's facts for the chosen method. The check runs
/// on the engine's pool; the page builds the request from its fields and shows what this holds.
class ValidationModel : public QObject {
    Q_OBJECT
public:
    explicit ValidationModel(QObject* parent = nullptr);
    /// Never leaves a worker writing into a destroyed model.
    ~ValidationModel() override;

    /// Runs every pre-check for `request`; the report comes with finished(), or cancelled().
    void check(const CheckRequest& request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// The servers or choices changed: the report no longer stands. True when it stood.
    bool invalidate();
    /// Judges the report's facts again for `method` (the dump-method checkbox changes only how
    /// the facts are judged: the servers are not asked again); judged() follows.
    void setMethod(MethodChoice method);

    /// The request the last check ran with (servers with their passwords), with the method.
    const CheckRequest& request() const { return m_request; }
    /// The last finished report (empty before the first check).
    const CheckReport& report() const { return m_report; }
    /// A finished report for the current settings, and nothing in it blocks.
    bool isComplete() const { return m_checked && m_report.ok(); }
    /// Some database cannot be replicated: the dump method is the way.
    bool replicationImpossible() const;
    /// Some table has no primary key (a warning): how to migrate those is the user's choice.
    bool hasTablesWithoutPk() const;
    /// The source's databases, the excluded ones with them, sorted.
    QStringList sourceDatabases() const;

signals:
    void progress(const QString& text);
    void cancelled();
    /// A new report is there (judged() came just before).
    void finished();
    /// The report's outcome is new: a finished check's, or after setMethod().
    void judged();
    void completeChanged();

private:
    CheckRequest m_request;
    QFutureWatcher<CheckReport> m_watcher;
    CheckReport m_report;
    bool m_checked = false;
};

} // namespace pgm
