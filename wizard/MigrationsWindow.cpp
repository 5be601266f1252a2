#include "MigrationsWindow.h"

#include "AboutDialog.h"
#include "AccessibleName.h"
#include "CredentialStore.h"
#include "ListedLag.h"
#include "MigrationModel.h"
#include "MigrationWizard.h"
#include "StateStore.h"
#include "StatusTag.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pgm {

namespace {

/// The column order: the status second, as it is what one looks for; the servers last.
enum Column {
    IdColumn,
    StatusColumn,
    StartedColumn,
    FinishedColumn,
    DurationColumn,
    DatabasesColumn,
    SizeColumn,
    MethodColumn,
    LagColumn,
    SourceColumn,
    TargetColumn,
    ColumnCount
};

/// What a column sorts by when its text would sort wrong (dates, sizes, durations): a number.
constexpr int kSortRole = Qt::UserRole + 1;

/// A cell that sorts by its kSortRole number when it has one, by its text otherwise.
class SortableItem : public QTableWidgetItem {
public:
    explicit SortableItem(const QString& text, const QVariant& sortKey = {})
        : QTableWidgetItem(text) {
        if (sortKey.isValid()) {
            setData(kSortRole, sortKey);
        }
    }
    bool operator<(const QTableWidgetItem& other) const override {
        const QVariant mine = data(kSortRole);
        const QVariant theirs = other.data(kSortRole);
        if (mine.isValid() || theirs.isValid()) {
            // A cell without a number (no lag, not finished) sorts before every number.
            return mine.toLongLong() < theirs.toLongLong() || (!mine.isValid() && theirs.isValid());
        }
        return QTableWidgetItem::operator<(other);
    }
};

QString durationText(qint64 seconds) {
    if (seconds < 60) {
        return MigrationsWindow::tr("%n s", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return MigrationsWindow::tr("%n min", nullptr, int(seconds / 60));
    }
    return MigrationsWindow::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

/// The worst lag of a syncing migration: bytes and seconds behind, when it was read, and each
/// database's in the tooltip.
QTableWidgetItem* lagItem(const MigrationState& state, qint64 worstBytes) {
    const QLocale locale;
    if (worstBytes < 0) {
        return new SortableItem(QString(), QVariant());
    }
    QString text = locale.formattedDataSize(worstBytes);
    auto* item = new SortableItem(text, worstBytes);
    if (state.lagHistory.isEmpty()) {
        return item;
    }
    const LagSample& last = state.lagHistory.samples().constLast();
    qint64 worstSeconds = -1;
    QStringList lines{MigrationsWindow::tr("Read from the servers at %1")
                          .arg(locale.toString(last.at.toLocalTime(), QLocale::ShortFormat))};
    for (auto it = last.lag.constBegin(); it != last.lag.constEnd(); ++it) {
        worstSeconds = std::max(worstSeconds, it->seconds);
        lines << MigrationsWindow::tr("%1: %2 behind, %3 s")
                     .arg(it.key(), it->bytes >= 0 ? locale.formattedDataSize(it->bytes)
                                                   : MigrationsWindow::tr("unknown"))
                     .arg(it->seconds);
    }
    if (worstSeconds >= 0) {
        item->setText(MigrationsWindow::tr("%1, %n s", nullptr, int(worstSeconds)).arg(text));
    }
    item->setToolTip(lines.join(QLatin1Char('\n')));
    return item;
}

} // namespace

MigrationsWindow::MigrationsWindow(CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_credentials(credentials)
    , m_lag(new ListedLag(credentials, this)) {
    setObjectName(QStringLiteral("migrationsWindow"));
    setWindowTitle(tr("Migrations"));
    m_table->setObjectName(QStringLiteral("migrations"));
    m_table->setAccessibleName(tr("Saved migrations"));
    // The status first: it is what one looks for.
    m_table->setHorizontalHeaderLabels({tr("Migration"), tr("Status"), tr("Started"),
                                        tr("Finished"), tr("Duration"), tr("Databases"), tr("Size"),
                                        tr("Method"), tr("Lag"), tr("Source"), tr("Target")});
    // Newest first (ids begin with their start time) until a header is clicked; a click sorts
    // by that column, another reverses it.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IdColumn, Qt::DescendingOrder);
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
    m_remove = buttons->addButton(tr("Remo&ve"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeMigration"));
    QPushButton* about = buttons->addButton(tr("&About"), QDialogButtonBox::HelpRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    about->setObjectName(QStringLiteral("aboutButton"));
    open->setObjectName(QStringLiteral("openMigration"));
    fresh->setObjectName(QStringLiteral("newMigration"));
    refresh->setObjectName(QStringLiteral("refreshMigrations"));
    close->setObjectName(QStringLiteral("closeMigrations"));
    open->setDefault(true); // Enter in the list opens the selected migration
    for (QPushButton* button : {open, fresh, refresh, m_remove, about, close}) {
        nameAfterText(button);
    }

    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Migrations started on this computer:"), this);
    label->setBuddy(m_table);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1100, 420);

    connect(open, &QPushButton::clicked, this, &MigrationsWindow::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MigrationsWindow::openSelected);
    connect(fresh, &QPushButton::clicked, this, &MigrationsWindow::startNew);
    connect(refresh, &QPushButton::clicked, this, &MigrationsWindow::reload);
    connect(m_remove, &QPushButton::clicked, this, &MigrationsWindow::confirmRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MigrationsWindow::updateButtons);
    connect(about, &QPushButton::clicked, this, [this] { AboutDialog::showOver(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A reading from the servers is saved with its migration; the list shows it at once.
    connect(m_lag, &ListedLag::read, this, &MigrationsWindow::reload);
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
    if (m_live) {
        m_live->confirmQuit([self = QPointer<MigrationsWindow>(this)] {
            if (self) {
                self->QDialog::reject();
            }
        });
        return;
    }
    QDialog::reject();
}

void MigrationsWindow::reload() {
    const StateStore store;
    const QStringList ids = store.ids();
    const QString selected = selectedId();
    m_table->setSortingEnabled(false); // rows are filled whole, then sorted once
    m_table->setRowCount(0);
    for (const QString& id : ids) {
        QString error;
        const auto state = store.load(id, &error);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* idItem = new SortableItem(id);
        idItem->setData(Qt::UserRole, id);
        m_table->setItem(row, IdColumn, idItem);
        if (!state) {
            // Shown, not skipped: its servers may hold what it created (pgmigrate stop).
            auto* damaged = new SortableItem(tr("Unreadable"));
            damaged->setToolTip(error);
            m_table->setItem(row, StatusColumn, damaged);
            auto* detail = new SortableItem(error);
            detail->setToolTip(error);
            m_table->setItem(row, StartedColumn, detail); // beside the status, where it is seen
            continue;
        }
        fillRow(row, *state, MigrationLock::ownerAlive(store, id));
    }
    m_table->setSortingEnabled(true);
    if (m_table->rowCount() > 0) {
        int row = 0;
        for (int i = 0; i < m_table->rowCount(); ++i) {
            if (m_table->item(i, IdColumn)->data(Qt::UserRole).toString() == selected) {
                row = i;
            }
        }
        m_table->selectRow(row);
    }
    updateButtons();
}

void MigrationsWindow::fillRow(int row, const MigrationState& state, bool ownerAlive) {
    const auto server = [](const ConnectionSettings& settings) {
        return QStringLiteral("%1@%2:%3")
            .arg(settings.user, settings.host, QString::number(settings.port));
    };
    const QLocale locale;
    const auto dateItem = [&](const QDateTime& when) {
        return when.isValid()
                   ? new SortableItem(locale.toString(when.toLocalTime(), QLocale::ShortFormat),
                                      when.toMSecsSinceEpoch())
                   : new SortableItem(QString(), QVariant());
    };
    m_table->setItem(row, StartedColumn, dateItem(state.created));
    m_table->setItem(row, FinishedColumn, dateItem(state.finished));
    // Finished: how long it took; otherwise how long it has been running.
    const QDateTime end =
        state.finished.isValid() ? state.finished : QDateTime::currentDateTimeUtc();
    const qint64 seconds = state.created.isValid() ? state.created.secsTo(end) : -1;
    m_table->setItem(row, DurationColumn,
                     seconds >= 0 ? new SortableItem(durationText(seconds), seconds)
                                  : new SortableItem(QString(), QVariant()));
    QStringList names;
    qint64 bytes = 0;
    qint64 lag = -1;
    bool syncing = false;
    for (const DatabaseState& db : state.databases) {
        names << db.dbname;
        bytes += db.bytesTotal;
        if (db.status == DbStatus::Syncing) {
            syncing = true;
            lag = std::max(lag, db.lagBytes);
        }
    }
    auto* databases = new SortableItem(names.join(QStringLiteral(", ")), qint64(names.size()));
    databases->setToolTip(names.join(QLatin1Char('\n')));
    m_table->setItem(row, DatabasesColumn, databases);
    m_table->setItem(row, SizeColumn, new SortableItem(locale.formattedDataSize(bytes), bytes));
    const QString method = state.overallMethod();
    m_table->setItem(
        row, MethodColumn,
        new SortableItem(method.isEmpty() && !state.databases.isEmpty() ? tr("mixed") : method));
    // The lag as last read from the servers (by the list itself every 30 s while shown, with the
    // remembered passwords; the wizard's Close page; `pgmigrate status`), reread from the state
    // every 2 s. The live wizard's own model reads its migration's.
    m_table->setItem(row, LagColumn, syncing ? lagItem(state, lag) : new SortableItem(QString()));
    if (syncing && isVisible() && !(m_live && m_live->model()->state().id == state.id)) {
        m_lag->readIfDue(state);
    }
    m_table->setItem(row, SourceColumn, new SortableItem(server(state.source)));
    m_table->setItem(row, TargetColumn, new SortableItem(server(state.target)));
    auto* tag = new StatusTag;
    tag->setStatus(state.displayStatus(ownerAlive));
    // The tag draws the status; the item under it, with the same text, sorts by it.
    m_table->setItem(row, StatusColumn, new SortableItem(tag->text()));
    m_table->setCellWidget(row, StatusColumn, tag);
}

QString MigrationsWindow::selectedId() const {
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    return m_table->item(selected.first()->row(), IdColumn)->data(Qt::UserRole).toString();
}

void MigrationsWindow::openSelected() {
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
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
    auto* wizard = new MigrationWizard(m_credentials);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->openSaved(*state);
    wizard->show();
    wizard->activateWindow(); // the keyboard goes on in the window just asked for
}

bool MigrationsWindow::removable(const QString& id) const {
    if (id.isEmpty() || (m_live && m_live->model()->state().id == id)) {
        return false;
    }
    const StateStore store;
    QString error;
    const auto state = store.load(id, &error);
    return state && state->finished.isValid() && !MigrationLock::ownerAlive(store, id) &&
           std::none_of(state->databases.cbegin(), state->databases.cend(),
                        [](const DatabaseState& db) { return db.status == DbStatus::Syncing; });
}

void MigrationsWindow::updateButtons() {
    m_remove->setEnabled(removable(selectedId()));
}

void MigrationsWindow::confirmRemove() {
    const QString id = selectedId();
    if (!removable(id)) {
        return;
    }
    // Non-blocking: the list keeps updating while the question is open.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove migration %1").arg(id),
                                tr("Remove migration %1 from this computer?").arg(id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Its saved state and the remembered passwords of its servers "
                               "(unless another migration uses them) are deleted. The servers "
                               "and the migrated data are not touched."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            remove(id);
        }
    });
    box->open();
}

void MigrationsWindow::remove(const QString& id) {
    const StateStore store;
    QString error;
    const auto state = store.load(id, &error);
    if (!state || !removable(id)) {
        return; // it changed meanwhile (another process took it up)
    }
    QFile::remove(store.statePath(id));
    QFile::remove(store.lockPath(id));
    // A server's entry is shared by every migration from or to it: kept while one still needs it.
    QStringList keys = {credentialKey(state->source), credentialKey(state->target)};
    keys.removeDuplicates();
    for (const QString& other : store.ids()) {
        if (const auto kept = store.load(other, &error)) {
            keys.removeAll(credentialKey(kept->source));
            keys.removeAll(credentialKey(kept->target));
        }
    }
    reload();
    if (keys.isEmpty()) {
        emit removed(id, {});
        return;
    }
    auto pending = std::make_shared<int>(int(keys.size()));
    auto errors = std::make_shared<QStringList>();
    for (const QString& key : keys) {
        // The store is the app's and may answer after this window is gone.
        m_credentials->remove(key, [self = QPointer<MigrationsWindow>(this), id, pending, errors](
                                       CredentialStore::Result result, const QString& message) {
            if (result == CredentialStore::Result::Unavailable) {
                *errors << message;
            }
            if (--*pending == 0 && self) {
                emit self->removed(id, errors->join(QStringLiteral("; ")));
            }
        });
    }
}

void MigrationsWindow::startNew() {
    auto* wizard = new MigrationWizard(m_credentials);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->activateWindow();
}

} // namespace pgm
