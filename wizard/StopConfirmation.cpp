#include "StopConfirmation.h"

#include <QMessageBox>

namespace pgm {

void StopConfirmation::ask(QWidget* parent, std::function<void()> confirmed) {
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Stop migration"),
                        tr("Stop the migration? The data copied so far stays on the target, but a "
                           "stopped migration cannot be restarted: you would start over."),
                        QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("stopConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, confirmed = std::move(confirmed)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            confirmed();
        }
    });
    box->open();
}

} // namespace pgm
