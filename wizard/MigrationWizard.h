#pragma once

#include "ConnectionSettings.h"

#include <QWizard>

namespace pgm {

class MigrationModel;
class ValidationPage;

/// The Import database wizard: Configure, Validation, Migration, Close. It owns the model the
/// pages share.
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ConfigureId, ValidationId, MigrationId, CloseId };

    explicit MigrationWizard(QWidget* parent = nullptr);

    /// Fills in the Validation page (the demo and a reopened migration use this).
    void setServers(const ConnectionSettings& source, const ConnectionSettings& target);
    ValidationPage* validationPage() const { return m_validation; }
    MigrationModel* model() const { return m_model; }

    /// Reopens a migration an earlier session left: its Close page when it syncs or is done,
    /// its Migration page otherwise, with the status read from the servers.
    void openSaved(const struct MigrationState& state);

    /// Closing while a copy runs asks first; yes stops it cleanly as interrupted (resumable).
    void reject() override;

private:
    MigrationModel* m_model = nullptr;
    ValidationPage* m_validation = nullptr;
};

} // namespace pgm
