#pragma once

#include "MigrationWizard.h"

#include <QApplication>

namespace pgtest {

/// The wizard MigrationsWindow opened (a top-level window of its own), or null.
inline pgm::MigrationWizard* openedWizard() {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* wizard = qobject_cast<pgm::MigrationWizard*>(widget);
            wizard && wizard->isVisible()) {
            return wizard;
        }
    }
    return nullptr;
}

} // namespace pgtest
