#include "DesktopNotifier.h"

#include "MigrationModel.h"
#include "StatusTag.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>
#include <QWidget>

namespace pgm {

const QString DesktopNotifier::Service = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopNotifier::Path = QStringLiteral("/org/freedesktop/Notifications");
const QString DesktopNotifier::Interface = QStringLiteral("org.freedesktop.Notifications");

DesktopNotifier::DesktopNotifier(MigrationModel* model, QWidget* window)
    : QObject(window)
    , m_model(model)
    , m_window(window) {
    connect(model, &MigrationModel::stateChanged, this, &DesktopNotifier::stateChanged);
}

void DesktopNotifier::stateChanged() {
    const MigrationState& state = m_model->state();
    // This process runs the migration shown, so it is never "interrupted" here.
    const DbStatus status = state.displayStatus(true);
    // A change this session caused: the work of this model (busy), or a later status of the
    // migration already shown. Opening a saved migration is no news.
    const bool news = status != m_status && (state.id == m_id || m_model->isBusy());
    m_id = state.id;
    m_status = status;
    if (!news ||
        (status != DbStatus::Syncing && status != DbStatus::Done && status != DbStatus::Failed)) {
        return;
    }
    if (m_window && m_window->isVisible() && m_window->isActiveWindow()) {
        return; // the person is looking at it
    }
    notify(status);
}

void DesktopNotifier::notify(DbStatus status) {
    const MigrationState& state = m_model->state();
    QString body = tr("%1 to %2").arg(state.source.describe(), state.target.describe());
    if (status == DbStatus::Syncing) {
        body += QLatin1Char('\n') + tr("The target follows the source. Close the connection when "
                                       "you are ready to cut over.");
    } else if (status == DbStatus::Failed) {
        // The migration's error, else the first failed database's (engine errors never hold a
        // password); its first line: the window has the rest.
        QString error = state.error;
        for (const DatabaseState& db : state.databases) {
            if (error.isEmpty() && db.status == DbStatus::Failed) {
                error = QStringLiteral("%1: %2").arg(db.dbname, db.error);
            }
        }
        if (!error.isEmpty()) {
            body += QLatin1Char('\n') + error.section(QLatin1Char('\n'), 0, 0);
        }
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("pgmigrate"));
    // The specification's urgency byte: 1 normal, 2 critical (stays until dismissed).
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(static_cast<uchar>(status == DbStatus::Failed ? 2 : 1)));
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("pgmigrate") << 0U << QStringLiteral("pgmigrate")
         << tr("Migration: %1").arg(StatusTag::tagText(status)) << body << QStringList() << hints
         << -1;
    // No reply awaited: the GUI never waits on the bus, and a missing service changes nothing.
    QDBusConnection::sessionBus().send(call);
}

} // namespace pgm
