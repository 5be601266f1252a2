#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace pgm {

/// The question asked before Stop migration, the same on every page that offers it: a stopped
/// migration cannot continue, only start over.
class StopConfirmation {
    Q_DECLARE_TR_FUNCTIONS(StopConfirmation)

public:
    /// Opens the question window-modal over `parent` and returns at once (no nested event loop:
    /// the migration's progress keeps arriving); `confirmed` runs if the user answers Yes.
    static void ask(QWidget* parent, std::function<void()> confirmed);
};

} // namespace pgm
