#pragma once

#include "MigrationWizard.h"
#include "MigrationsWindow.h"
#include "PgTestEnv.h"
#include "StatusTag.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <memory>

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

/// The status tag of the list's first row.
inline QString firstListedStatus(pgm::MigrationsWindow& list) {
    auto* table = list.findChild<QTableWidget*>(QStringLiteral("migrations"));
    auto* tag = table && table->rowCount() > 0
                    ? qobject_cast<pgm::StatusTag*>(table->cellWidget(0, 1))
                    : nullptr;
    return tag ? tag->text() : QString();
}

/// Clicks the list's Open, answering the password dialogs it opens (passwords not in the
/// keychain) as a person would, with the fixture's password, for as long as `answerer` lives;
/// returns the wizard it opened, or null.
inline pgm::MigrationWizard* openFromList(pgm::MigrationsWindow& list,
                                          std::unique_ptr<QTimer>* answerer) {
    *answerer = std::make_unique<QTimer>();
    QObject::connect(answerer->get(), &QTimer::timeout, [] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            dialog->setTextValue(password());
            dialog->accept();
        }
    });
    (*answerer)->start(50);
    QTest::mouseClick(list.findChild<QPushButton*>(QStringLiteral("openMigration")),
                      Qt::LeftButton);
    return openedWizard();
}

} // namespace pgtest
