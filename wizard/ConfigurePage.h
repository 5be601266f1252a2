#pragma once

#include <QWizardPage>

namespace pgm {

/// Step 1, Configure: what the source needs before a migration, with the SQL to copy.
class ConfigurePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfigurePage(QWidget* parent = nullptr);
};

} // namespace pgm
