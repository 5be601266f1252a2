#pragma once

#include <QWizard>

namespace pgm {

/// The Import database wizard: Configure, Validation, Migration, Close.
/// (Validation, Migration and Close arrive with the wizard issue; this is its frame.)
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ConfigureId };

    explicit MigrationWizard(QWidget* parent = nullptr);
};

} // namespace pgm
