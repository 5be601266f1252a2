#include "MigrationWizard.h"

#include "ClosePage.h"
#include "ConfigurePage.h"
#include "MigrationModel.h"
#include "MigrationPage.h"
#include "ValidationPage.h"

namespace pgm {

MigrationWizard::MigrationWizard(QWidget* parent)
    : QWizard(parent)
    , m_model(new MigrationModel(this))
    , m_validation(new ValidationPage(this)) {
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Import database"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(ConfigureId, new ConfigurePage(this));
    setPage(ValidationId, m_validation);
    setPage(MigrationId, new MigrationPage(m_model, this));
    setPage(CloseId, new ClosePage(m_model, this));
    // Leaving Validation hands its servers and choices to the model.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MigrationId) {
            m_model->setRequest(m_validation->request(), m_validation->tablesWithoutPkChoice());
        }
    });
    setMinimumSize(900, 680);
}

void MigrationWizard::setServers(const ConnectionSettings& source,
                                 const ConnectionSettings& target) {
    m_validation->setServers(source, target);
}

} // namespace pgm
