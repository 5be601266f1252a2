#pragma once

#include <QLabel>

namespace pgm {

/// A status tag as the console shows them (Running, Syncing, Ready, Failed, Stopped): colour
/// plus text, so it reads at a glance and to a screen reader.
class StatusTag : public QLabel {
    Q_OBJECT
public:
    explicit StatusTag(QWidget* parent = nullptr);
    /// Takes an engine status (running, syncing, done, failed, stopped, interrupted).
    void setStatus(const QString& status);
    static QString tagText(const QString& status);
    /// The status a migration's tag shows: its overall status, except that Ready with databases
    /// still replicating is Syncing.
    static QString shownStatus(const struct MigrationState& state, bool ownerAlive);
};

} // namespace pgm
