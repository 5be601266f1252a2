#include "DesktopNotifier.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "PgTestEnv.h"
#include "TestCredentials.h"
#include "TrayStatus.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_gui_notify");

/// A stand-in for the desktop's notification daemon, on its own connection to the session bus,
/// so the wizard's calls travel through the bus daemon as they would to a real one.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString app, icon, summary, body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString& app, uint /*replacesId*/, const QString& icon,
                const QString& summary, const QString& body, const QStringList& /*actions*/,
                const QVariantMap& hints, int /*timeout*/) {
        calls.append({app, icon, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

/// A copy by dump; `exclude`: the databases left alone.
CheckRequest requestFor(const ConnectionSettings& source, const ConnectionSettings& target,
                        const QStringList& exclude = {}) {
    CheckRequest request;
    request.inspection.source = source;
    request.inspection.target = target;
    request.inspection.excludedDatabases = exclude;
    request.method = MethodChoice::Dump;
    return request;
}

/// A server nobody listens on: the migration fails at once.
ConnectionSettings nobodyThere() {
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 1;
    settings.user = QStringLiteral("postgres");
    settings.connectTimeoutSeconds = 2;
    return settings;
}

QString tableDigest(Cluster cluster) {
    return pgtest::connect(cluster, kDb)
        ->exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY "
                              "t::text)) || ':' || (SELECT string_agg(indexdef, ';') FROM "
                              "pg_indexes WHERE tablename = 't') FROM t"))
        .scalar();
}

} // namespace

/// Notifications over a real session bus (scripts/test's dbus-run-session) while the window is
/// hidden, none while it is active; and no tray where the desktop has none.
class TestNotifications : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;
    FakeNotifications m_daemon;
    QDBusConnection m_bus{QString()};

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notifications"));
        QVERIFY2(m_bus.isConnected(), "no session bus: run through scripts/test");
        QVERIFY(m_bus.registerObject(DesktopNotifier::Path, &m_daemon,
                                     QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus.registerService(DesktopNotifier::Service));
    }

    void cleanupTestCase() {
        m_bus.unregisterService(DesktopNotifier::Service);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        if (pgtest::available()) {
            pgtest::dropDatabase(Cluster::Target, kDb);
            pgtest::dropDatabase(Cluster::Source, kDb);
        }
    }

    void failureNotifiedWhileHidden() {
        m_daemon.calls.clear();
        MigrationWizard wizard(
            pgtest::memoryCredentials()); // never shown: as when sent to the background
        wizard.model()->setRequest(requestFor(nobodyThere(), nobodyThere()),
                                   TablesWithoutPk::Refuse);
        wizard.model()->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon.calls.size(), 1, 20000);
        const FakeNotifications::Call& call = m_daemon.calls.first();
        QCOMPARE(call.app, QStringLiteral("pgmigrate"));
        QCOMPARE(call.icon, QStringLiteral("pgmigrate"));
        QCOMPARE(call.summary, QStringLiteral("Migration: Failed"));
        QVERIFY2(call.body.startsWith(QStringLiteral("postgres@127.0.0.1:1")),
                 qPrintable(call.body));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("pgmigrate"));
    }

    void silentWhileActive() {
        m_daemon.calls.clear();
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        wizard.model()->setRequest(requestFor(nobodyThere(), nobodyThere()),
                                   TablesWithoutPk::Refuse);
        wizard.model()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.model()->isBusy(), 20000);
        QCOMPARE(wizard.model()->state().overallStatus(true), DbStatus::Failed);
        QTest::qWait(500); // a call would have arrived by now
        QCOMPARE(m_daemon.calls.size(), 0);
    }

    void readyNotifiedWhileHidden() {
        if (!pgtest::available()) {
            QSKIP("no PostgreSQL test clusters (run tests through scripts/test)");
        }
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); "
                                        "INSERT INTO t SELECT g, 'v' || g FROM "
                                        "generate_series(1, 100) g"));
        m_daemon.calls.clear();
        MigrationWizard wizard(pgtest::memoryCredentials());
        wizard.model()->setRequest(
            // Only this test's database: the others on the shared source are excluded.
            requestFor(pgtest::settings(Cluster::Source), pgtest::settings(Cluster::Target),
                       pgtest::sourceDatabasesExcept(kDb)),
            TablesWithoutPk::Refuse);
        wizard.model()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.model()->isBusy(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon.calls.size(), 1, 5000);
        QCOMPARE(m_daemon.calls.first().summary, QStringLiteral("Migration: Ready"));
        QCOMPARE(m_daemon.calls.first().hints.value(QStringLiteral("urgency")).toInt(), 1);
        // What the migration copied: the same rows, and the primary key's index.
        QCOMPARE(tableDigest(Cluster::Target), tableDigest(Cluster::Source));
    }

    void noTrayWithoutOne() {
        MigrationWizard wizard(pgtest::memoryCredentials());
        TrayStatus* tray = wizard.findChild<TrayStatus*>();
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            // Offscreen and under Xvfb there is no tray: none is made, nothing fails.
            QVERIFY(!tray);
            return;
        }
        QVERIFY(tray);
        QVERIFY(tray->icon()->isVisible());
        QCOMPARE(tray->icon()->toolTip(), QStringLiteral("pgmigrate: no migration started"));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
