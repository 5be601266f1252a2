#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace pgm {

class MigrationWizard;

/// The status of a wizard's migration in the system tray, so a copy running while the window is
/// hidden stays in sight; clicking it brings the wizard back. Only where the desktop has a tray:
/// elsewhere (offscreen, Xvfb, desktops without one) there is none and the migrations list stays
/// the window to come back to.
class TrayStatus : public QObject {
    Q_OBJECT
public:
    /// A tray icon for `wizard`, or null when the desktop has no system tray.
    static TrayStatus* createIfAvailable(MigrationWizard* wizard);

    QSystemTrayIcon* icon() const { return m_icon; }

private:
    explicit TrayStatus(MigrationWizard* wizard);
    void update();

    MigrationWizard* m_wizard;
    QSystemTrayIcon* m_icon;
};

} // namespace pgm
