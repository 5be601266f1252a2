#include "TrayStatus.h"

#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "StatusTag.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace pgm {

TrayStatus* TrayStatus::createIfAvailable(MigrationWizard* wizard) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return nullptr;
    }
    return new TrayStatus(wizard);
}

TrayStatus::TrayStatus(MigrationWizard* wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    // The installed hicolor icon (as the windows'), the application's own when not installed.
    , m_icon(new QSystemTrayIcon(
          QIcon::fromTheme(QStringLiteral("pgmigrate"), QApplication::windowIcon()), this)) {
    m_icon->setObjectName(QStringLiteral("trayStatus"));
    auto* menu = new QMenu(wizard);
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* show = menu->addAction(tr("&Show migration"));
    const auto bringBack = [this] {
        m_wizard->show();
        m_wizard->raise();
        m_wizard->activateWindow();
    };
    connect(show, &QAction::triggered, this, bringBack);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [bringBack](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                    bringBack();
                }
            });
    m_icon->setContextMenu(menu);
    connect(wizard->model(), &MigrationModel::stateChanged, this, &TrayStatus::update);
    update();
    m_icon->show();
}

void TrayStatus::update() {
    const MigrationState& state = m_wizard->model()->state();
    if (state.id.isEmpty()) {
        m_icon->setToolTip(tr("pgmigrate: no migration started"));
        return;
    }
    m_icon->setToolTip(tr("pgmigrate: %1").arg(StatusTag::tagText(state.displayStatus(true))));
}

} // namespace pgm
