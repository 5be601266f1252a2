#include "MigrationsWindow.h"

#include "AboutDialog.h"
#include "AccessibleName.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "StateStore.h"
#include "StatusTag.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pgm {

MigrationsWindow::MigrationsWindow(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4, this)) {
    setObjectName(QStringLiteral("migrationsWindow"));
    setWindowTitle(tr("Migrations"));
    m_table->setObjectName(QStringLiteral("migrations"));
    m_table->setAccessibleName(tr("Saved migrations"));
    // The status first: it is what one looks for.
    m_table->setHorizontalHeaderLabels({tr("Migration"), tr("Status"), tr("Source"), tr("Target")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    QPushButton* fresh = buttons->addButton(tr("&New migration"), QDialogButtonBox::ActionRole);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    QPushButton* about = buttons->addButton(tr("&About"), QDialogButtonBox::HelpRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    about->setObjectName(QStringLiteral("aboutButton"));
    open->setObjectName(QStringLiteral("openMigration"));
    fresh->setObjectName(QStringLiteral("newMigration"));
    refresh->setObjectName(QStringLiteral("refreshMigrations"));
    close->setObjectName(QStringLiteral("closeMigrations"));
    open->setDefault(true); // Enter in the list opens the selected migration
    for (QPushButton* button : {open, fresh, refresh, about, close}) {
        nameAfterText(button);
    }

    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Migrations started on this computer:"), this);
    label->setBuddy(m_table);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(open, &QPushButton::clicked, this, &MigrationsWindow::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MigrationsWindow::openSelected);
    connect(fresh, &QPushButton::clicked, this, &MigrationsWindow::startNew);
    connect(refresh, &QPushButton::clicked, this, &MigrationsWindow::reload);
    connect(about, &QPushButton::clicked, this, [this] { AboutDialog::showOver(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    // The list follows a copy running in the background.
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MigrationsWindow::reload);
    timer->start(2000);
}

void MigrationsWindow::setLiveWizard(MigrationWizard* wizard) {
    m_live = wizard;
    connect(wizard->model(), &MigrationModel::stateChanged, this, &MigrationsWindow::reload);
    reload();
}

void MigrationsWindow::reject() {
    if (m_live && !m_live->confirmQuit()) {
        return;
    }
    QDialog::reject();
}

void MigrationsWindow::reload() {
    const StateStore store;
    QStringList ids = store.ids();
    std::reverse(ids.begin(), ids.end()); // newest first
    m_table->setRowCount(0);
    for (const QString& id : ids) {
        QString error;
        const auto state = store.load(id, &error);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* idItem = new QTableWidgetItem(id);
        idItem->setData(Qt::UserRole, id);
        m_table->setItem(row, 0, idItem);
        if (!state) {
            // Shown, not skipped: its servers may hold what it created (pgmigrate stop).
            auto* damaged = new QTableWidgetItem(tr("Unreadable"));
            damaged->setToolTip(error);
            m_table->setItem(row, 1, damaged);
            auto* detail = new QTableWidgetItem(error);
            detail->setToolTip(error);
            m_table->setItem(row, 2, detail);
            continue;
        }
        const auto server = [](const ConnectionSettings& settings) {
            return QStringLiteral("%1@%2:%3").arg(settings.user, settings.host).arg(settings.port);
        };
        m_table->setItem(row, 2, new QTableWidgetItem(server(state->source)));
        m_table->setItem(row, 3, new QTableWidgetItem(server(state->target)));
        auto* tag = new StatusTag;
        tag->setStatus(StatusTag::shownStatus(*state, MigrationLock::ownerAlive(store, id)));
        m_table->setCellWidget(row, 1, tag);
    }
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void MigrationsWindow::openSelected() {
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const QString id = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    if (m_live && m_live->model()->state().id == id) {
        m_live->show(); // the running one, as it is
        m_live->raise();
        m_live->activateWindow();
        return;
    }
    QString error;
    const auto state = StateStore().load(id, &error);
    if (!state) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Migration %1").arg(id),
                                    tr("This migration's saved state cannot be read."),
                                    QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setObjectName(QStringLiteral("unreadableStateMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto* wizard = new MigrationWizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->openSaved(*state);
    wizard->show();
    wizard->activateWindow(); // the keyboard goes on in the window just asked for
}

void MigrationsWindow::startNew() {
    auto* wizard = new MigrationWizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->activateWindow();
}

} // namespace pgm
