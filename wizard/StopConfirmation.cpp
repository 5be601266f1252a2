#include "StopConfirmation.h"

#include <QMessageBox>

namespace pgm {

bool StopConfirmation::ask(QWidget* parent) {
    return QMessageBox::question(
               parent, tr("Stop migration"),
               tr("Stop the migration? The data copied so far stays on the target, but a "
                  "stopped migration cannot be restarted: you would start over."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace pgm
