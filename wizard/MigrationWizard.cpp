#include "MigrationWizard.h"

#include "ConfigurePage.h"
#include "ValidationPage.h"

namespace pgm {

MigrationWizard::MigrationWizard(QWidget* parent)
    : QWizard(parent)
    , m_validation(new ValidationPage(this)) {
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Import database"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(ConfigureId, new ConfigurePage(this));
    setPage(ValidationId, m_validation);
    setMinimumSize(900, 680);
}

void MigrationWizard::setServers(const ConnectionSettings& source,
                                 const ConnectionSettings& target) {
    m_validation->setServers(source, target);
}

} // namespace pgm
