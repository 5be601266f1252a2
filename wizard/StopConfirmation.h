#pragma once

#include <QCoreApplication>

class QWidget;

namespace pgm {

/// The question asked before Stop migration, the same on every page that offers it: a stopped
/// migration cannot continue, only start over.
class StopConfirmation {
    Q_DECLARE_TR_FUNCTIONS(StopConfirmation)

public:
    /// True when the user confirms.
    static bool ask(QWidget* parent);
};

} // namespace pgm
