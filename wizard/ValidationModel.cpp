#include "ValidationModel.h"

#include "CheckRules.h"

#include <algorithm>

namespace pgm {

ValidationModel::ValidationModel(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<CheckReport>::progressTextChanged, this,
            &ValidationModel::progress);
    connect(&m_watcher, &QFutureWatcher<CheckReport>::finished, this, [this] {
        if (m_watcher.isCanceled()) {
            emit cancelled();
            return;
        }
        m_report = m_watcher.result();
        m_checked = true;
        emit judged();
        emit finished();
        emit completeChanged();
    });
}

ValidationModel::~ValidationModel() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ValidationModel::check(const CheckRequest& request) {
    m_request = request;
    m_checked = false;
    emit completeChanged();
    m_watcher.setFuture(runChecks(request));
}

void ValidationModel::cancel() {
    m_watcher.cancel();
}

bool ValidationModel::invalidate() {
    if (!m_checked) {
        return false;
    }
    m_checked = false;
    emit completeChanged();
    return true;
}

void ValidationModel::setMethod(MethodChoice method) {
    m_request.method = method;
    if (m_checked) {
        m_report.outcome = evaluateChecks(m_report.facts, method, m_request.jobs);
        emit judged();
        emit completeChanged();
    }
}

bool ValidationModel::replicationImpossible() const {
    return std::any_of(m_report.outcome.plan.cbegin(), m_report.outcome.plan.cend(),
                       [](const PlannedDatabase& planned) { return !planned.replicationPossible; });
}

bool ValidationModel::hasTablesWithoutPk() const {
    return std::any_of(m_report.outcome.checks.cbegin(), m_report.outcome.checks.cend(),
                       [](const Check& check) {
                           return check.id == QLatin1String("tables-without-primary-key") &&
                                  check.status == Check::Status::Warn;
                       });
}

QStringList ValidationModel::sourceDatabases() const {
    QStringList names;
    for (const SourceDatabaseFacts& db : m_report.facts.source.databases) {
        names << db.name;
    }
    names << m_report.facts.source.excludedDatabases;
    names.sort();
    return names;
}

} // namespace pgm
