#include "StateWords.h"

#include "PhaseText.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pgm {

QString statusWord(const QString& name) {
    const std::optional<DbStatus> status = statusFromName(name);
    if (!status) {
        return name; // a newer version's
    }
    switch (*status) {
    case DbStatus::Running:
        return QCoreApplication::translate("Status", "running");
    case DbStatus::Syncing:
        return QCoreApplication::translate("Status", "syncing");
    case DbStatus::Done:
        return QCoreApplication::translate("Status", "done");
    case DbStatus::Failed:
        return QCoreApplication::translate("Status", "failed");
    case DbStatus::Stopped:
        return QCoreApplication::translate("Status", "stopped");
    case DbStatus::Interrupted:
        return QCoreApplication::translate("Status", "interrupted");
    }
    return name;
}

QString methodWord(const QString& name) {
    if (name == QLatin1String("replication")) {
        return QCoreApplication::translate("Status", "replication");
    }
    if (name == QLatin1String("mixed")) {
        return QCoreApplication::translate("Status", "mixed");
    }
    return name;
}

QString verificationWord(const QString& id) {
    if (id == QLatin1String("ok")) {
        return QCoreApplication::translate("Status", "every table equal");
    }
    if (id == QLatin1String("differences")) {
        return QCoreApplication::translate("Status", "differences found");
    }
    if (id == QLatin1String("not_run")) {
        return QCoreApplication::translate("Status", "not run");
    }
    return id;
}

QString checkStatusWord(const QString& id) {
    // The words `pgmigrate check` prints (their context is the check report's).
    if (id == QLatin1String("pass")) {
        return QCoreApplication::translate("CheckReport", "PASS");
    }
    if (id == QLatin1String("warn")) {
        return QCoreApplication::translate("CheckReport", "WARN");
    }
    if (id == QLatin1String("fail")) {
        return QCoreApplication::translate("CheckReport", "FAIL");
    }
    if (id == QLatin1String("skip")) {
        return QCoreApplication::translate("CheckReport", "SKIP");
    }
    return id.toUpper();
}

QString cutoverStepText(Phase step, double seconds, qint64 limitSeconds, bool running) {
    const QString word = phaseText(step);
    QString text = (word.isEmpty() ? phaseId(step) : word) + u' ' +
                   (seconds < 0 ? QStringLiteral("?") : QString::number(seconds, 'f', 1));
    text += limitSeconds > 0 ? QStringLiteral("/%1 s").arg(limitSeconds) : QStringLiteral(" s");
    if (running) {
        text += QCoreApplication::translate("Status", " (running)");
    }
    return text;
}

QString cutoverStepsText(const QList<CutoverStep>& steps, bool ownerAlive) {
    QStringList parts;
    for (const CutoverStep& step : steps) {
        bool running = false;
        const double seconds = cutoverStepSeconds(step, ownerAlive, &running);
        parts << cutoverStepText(step.step, seconds, step.limitSeconds, running);
    }
    return parts.join(QStringLiteral(", "));
}

QString cutoverStepsText(const QJsonArray& steps) {
    QStringList parts;
    for (const auto& value : steps) {
        const QJsonObject step = value.toObject();
        const QJsonValue seconds = step.value(QStringLiteral("seconds"));
        parts << cutoverStepText(phaseFromId(step.value(QStringLiteral("step")).toString()),
                                 seconds.isNull() ? -1.0 : seconds.toDouble(),
                                 step.value(QStringLiteral("limit")).toInteger(),
                                 step.value(QStringLiteral("running")).toBool());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace pgm
