#include "MigrationWizard.h"

#include <QApplication>
#include <QCommandLineParser>

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
    wizard.show();
    return QApplication::exec();
}
