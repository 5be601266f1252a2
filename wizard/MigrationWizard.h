#pragma once

#include "ConnectionSettings.h"

#include <QWizard>

namespace pgm {

class ValidationPage;

/// The Import database wizard: Configure, Validation, Migration, Close.
/// (Migration and Close arrive with the wizard issue.)
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ConfigureId, ValidationId };

    explicit MigrationWizard(QWidget* parent = nullptr);

    /// Fills in the Validation page (the demo and a reopened migration use this).
    void setServers(const ConnectionSettings& source, const ConnectionSettings& target);
    ValidationPage* validationPage() const { return m_validation; }

private:
    ValidationPage* m_validation = nullptr;
};

} // namespace pgm
