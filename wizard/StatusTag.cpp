#include "StatusTag.h"

#include "MigrationState.h"

namespace pgm {

StatusTag::StatusTag(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("statusTag"));
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(80);
}

QString StatusTag::tagText(const QString& status) {
    if (status == DbStatus::Syncing) {
        return tr("Syncing");
    }
    if (status == DbStatus::Done) {
        return tr("Ready");
    }
    if (status == DbStatus::Failed) {
        return tr("Failed");
    }
    if (status == DbStatus::Stopped) {
        return tr("Stopped");
    }
    if (status == DbStatus::Interrupted) {
        return tr("Interrupted");
    }
    return tr("Running");
}

QString StatusTag::shownStatus(const MigrationState& state, bool ownerAlive) {
    const QString status = state.overallStatus(ownerAlive);
    const bool syncing =
        std::any_of(state.databases.cbegin(), state.databases.cend(),
                    [](const DatabaseState& db) { return db.status == DbStatus::Syncing; });
    return syncing && status == DbStatus::Done ? DbStatus::Syncing : status;
}

void StatusTag::setStatus(const QString& status) {
    QString colour = QStringLiteral("#1c71d8"); // running: blue
    if (status == DbStatus::Syncing) {
        colour = QStringLiteral("#9141ac");
    } else if (status == DbStatus::Done) {
        colour = QStringLiteral("#1b7f3b");
    } else if (status == DbStatus::Failed) {
        colour = QStringLiteral("#c01c28");
    } else if (status == DbStatus::Stopped || status == DbStatus::Interrupted) {
        colour = QStringLiteral("#5e5c64");
    }
    const QString text = tagText(status);
    setText(text);
    setAccessibleName(text);
    setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                 "padding: 2px 8px; font-weight: bold; }")
                      .arg(colour));
}

} // namespace pgm
