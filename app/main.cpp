#include "MigrationWizard.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

/// Reads a server from PGMIGRATE_SOURCE / PGMIGRATE_TARGET (a URI or key=value string) and its
/// password from PGMIGRATE_*_PASSWORD, as scripts/demo passes them: never on the command line.
/// The variables are removed afterwards so no child process inherits the password.
pgm::ConnectionSettings serverFromEnvironment(const char* uriName, const char* passwordName) {
    pgm::ConnectionSettings settings;
    settings.host.clear();
    const QString uri = qEnvironmentVariable(uriName);
    QString error;
    if (!uri.isEmpty() && !pgm::ConnectionSettings::parse(uri, &settings, &error)) {
        qWarning("%s: %s", uriName, qPrintable(error));
    }
    if (settings.password.isEmpty()) {
        settings.password = qEnvironmentVariable(passwordName);
    }
    qunsetenv(passwordName);
    return settings;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pgmigrate"));
    QApplication::setApplicationDisplayName(QStringLiteral("pgmigrate"));
    QApplication::setApplicationVersion(QStringLiteral(PGMIGRATE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Migrates whole PostgreSQL clusters between servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    pgm::MigrationWizard wizard;
    wizard.setServers(serverFromEnvironment("PGMIGRATE_SOURCE", "PGMIGRATE_SOURCE_PASSWORD"),
                      serverFromEnvironment("PGMIGRATE_TARGET", "PGMIGRATE_TARGET_PASSWORD"));
    wizard.show();
    return QApplication::exec();
}
