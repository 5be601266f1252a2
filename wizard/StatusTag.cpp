#include "StatusTag.h"

namespace pgm {

StatusTag::StatusTag(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("statusTag"));
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(80);
}

QString StatusTag::tagText(DbStatus status) {
    switch (status) {
    case DbStatus::Syncing:
        return tr("Syncing");
    case DbStatus::Done:
        return tr("Ready");
    case DbStatus::Failed:
        return tr("Failed");
    case DbStatus::Stopped:
        return tr("Stopped");
    case DbStatus::Interrupted:
        return tr("Interrupted");
    case DbStatus::Running:
        break;
    }
    return tr("Running");
}

void StatusTag::setStatus(DbStatus status) {
    QString colour = QStringLiteral("#1c71d8"); // running: blue
    switch (status) {
    case DbStatus::Syncing:
        colour = QStringLiteral("#9141ac");
        break;
    case DbStatus::Done:
        colour = QStringLiteral("#1b7f3b");
        break;
    case DbStatus::Failed:
        colour = QStringLiteral("#c01c28");
        break;
    case DbStatus::Stopped:
    case DbStatus::Interrupted:
        colour = QStringLiteral("#5e5c64");
        break;
    case DbStatus::Running:
        break;
    }
    const QString text = tagText(status);
    setText(text);
    setAccessibleName(text);
    setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                 "padding: 2px 8px; font-weight: bold; }")
                      .arg(colour));
}

} // namespace pgm
