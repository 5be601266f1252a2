#include "PhaseText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pgm {

QString phaseText(const QString& phase) {
    // The phases MigrationRunner and ReplicationControl set, marked for lupdate.
    static const char* const kPhases[] = {
        QT_TRANSLATE_NOOP("Phases", "queued"),    QT_TRANSLATE_NOOP("Phases", "checks"),
        QT_TRANSLATE_NOOP("Phases", "schema"),    QT_TRANSLATE_NOOP("Phases", "data"),
        QT_TRANSLATE_NOOP("Phases", "indexes"),   QT_TRANSLATE_NOOP("Phases", "verify"),
        QT_TRANSLATE_NOOP("Phases", "analyze"),   QT_TRANSLATE_NOOP("Phases", "subscribe"),
        QT_TRANSLATE_NOOP("Phases", "streaming"), QT_TRANSLATE_NOOP("Phases", "finished"),
        QT_TRANSLATE_NOOP("Phases", "cleanup"),   QT_TRANSLATE_NOOP("Phases", "initial sync"),
    };
    for (const char* known : kPhases) {
        if (phase == QLatin1String(known)) {
            return QCoreApplication::translate("Phases", known);
        }
    }
    static const QRegularExpression initialSync(
        QStringLiteral("^initial sync (\\d+)/(\\d+) tables$"));
    const QRegularExpressionMatch match = initialSync.match(phase);
    if (match.hasMatch()) {
        return QCoreApplication::translate("Phases", "initial sync %1/%2 tables")
            .arg(match.captured(1), match.captured(2));
    }
    return phase;
}

} // namespace pgm
