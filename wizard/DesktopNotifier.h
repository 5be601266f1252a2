#pragma once

#include "MigrationStatus.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QWidget;

namespace pgm {

class MigrationModel;

/// Tells the desktop (org.freedesktop.Notifications over the session bus) when the migration
/// a window shows becomes Syncing or Ready, or fails, while that window is not the active one:
/// a copy takes long, and the person has gone on to other work. Without a notification service
/// (or a session bus) nothing is shown and nothing fails.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    DesktopNotifier(MigrationModel* model, QWidget* window);

    /// The D-Bus service, object and interface of the freedesktop notification specification.
    static const QString Service;
    static const QString Path;
    static const QString Interface;

private:
    void stateChanged();
    void notify(DbStatus status);

    MigrationModel* m_model;
    QPointer<QWidget> m_window;
    QString m_id;                     ///< the migration m_status belongs to
    std::optional<DbStatus> m_status; ///< its overall status when last seen
};

} // namespace pgm
