#include "MigrationWizard.h"

#include "ConfigurePage.h"

namespace pgm {

MigrationWizard::MigrationWizard(QWidget* parent)
    : QWizard(parent) {
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Import database"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(ConfigureId, new ConfigurePage(this));
    setButtonText(QWizard::FinishButton, tr("Get started"));
    setMinimumSize(720, 520);
}

} // namespace pgm
