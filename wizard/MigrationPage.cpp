#include "MigrationPage.h"

#include "AccessibleName.h"
#include "LagChart.h"
#include "MigrationModel.h"
#include "PhaseText.h"
#include "StatusTag.h"
#include "StopConfirmation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace pgm {

namespace {

QString bytes(qint64 value) {
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

MigrationPage::MigrationPage(MigrationModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_impact(new QLabel(this))
    , m_resumeNote(new QLabel(this))
    , m_start(new QPushButton(tr("&Start migration"), this))
    , m_resume(new QPushButton(tr("&Resume migration"), this))
    , m_stop(new QPushButton(tr("S&top migration"), this))
    , m_startOver(new QPushButton(tr("Start &over"), this))
    , m_overall(new StatusTag(this))
    , m_databases(new QTableWidget(0, 6, this))
    , m_tables(new QTableWidget(0, 5, this))
    , m_log(new QPlainTextEdit(this))
    , m_chart(new LagChart(this)) {
    setObjectName(QStringLiteral("migrationPage"));
    setTitle(tr("Database migration"));
    setSubTitle(tr("Start the migration when the checks allow it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));

    setUpTexts();
    setUpButtons();
    setUpViews();
    layOut();
    connectActions();
}

// The explanations above the buttons: what to avoid during the migration, and what Resume does.
void MigrationPage::setUpTexts() {
    m_impact->setWordWrap(true);
    m_impact->setText(tr("Migrate into an empty database where possible: tables that already hold "
                         "data are not copied over unless you start over. While the migration "
                         "runs, do not write to the target's migrated tables, and do not change "
                         "wal_level, max_replication_slots, listen addresses or firewalls."));
    m_resumeNote->setObjectName(QStringLiteral("resumeExplanation"));
    m_resumeNote->setWordWrap(true);
    m_resumeNote->setText(
        tr("This migration was interrupted before it finished. Resume migration copies the tables "
           "not copied yet, from a new snapshot of the source: if the source kept changing, those "
           "tables reflect a later moment than the ones copied before. To copy every table from "
           "one moment, start over instead."));
    m_resumeNote->setVisible(false);
}

void MigrationPage::setUpButtons() {
    m_start->setObjectName(QStringLiteral("startMigration"));
    m_resume->setObjectName(QStringLiteral("resumeMigration"));
    m_resume->setVisible(false);
    m_stop->setObjectName(QStringLiteral("stopMigration"));
    m_startOver->setObjectName(QStringLiteral("startOver"));
    for (QPushButton* button : {m_start, m_resume, m_stop, m_startOver}) {
        nameAfterText(button);
    }
    m_startOver->setVisible(false);
    m_stop->setEnabled(false);
    m_overall->setVisible(false);
    m_overall->setObjectName(QStringLiteral("overallStatus"));
}

// The progress tables, the log and the lag chart.
void MigrationPage::setUpViews() {
    m_databases->setObjectName(QStringLiteral("databaseProgress"));
    m_databases->setAccessibleName(tr("Progress per database"));
    m_databases->setHorizontalHeaderLabels(
        {tr("Database"), tr("Method"), tr("Status"), tr("Phase"), tr("Progress"), tr("Lag")});
    m_databases->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_databases->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_databases->verticalHeader()->setVisible(false);
    m_databases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab moves on to the next widget (arrows move between cells), as in every other view.
    m_databases->setTabKeyNavigation(false);
    m_log->setObjectName(QStringLiteral("migrationLog"));
    m_log->setAccessibleName(tr("Migration log"));
    m_log->setReadOnly(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setMaximumBlockCount(2000);

    m_tables->setObjectName(QStringLiteral("tableProgress"));
    m_tables->setAccessibleName(tr("Progress per table"));
    m_tables->setHorizontalHeaderLabels(
        {tr("Table"), tr("Size"), tr("Rows"), tr("State"), tr("Progress")});
    m_tables->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Fixed);
    m_tables->setColumnWidth(4, 200);
    m_tables->verticalHeader()->setVisible(false);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setTabKeyNavigation(false);
    m_chart->setObjectName(QStringLiteral("migrationLagChart"));
}

void MigrationPage::layOut() {
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_startOver);
    buttons->addStretch();
    buttons->addWidget(m_overall);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_impact);
    layout->addWidget(m_resumeNote);
    layout->addLayout(buttons);
    layout->addWidget(m_databases, 2);
    layout->addWidget(m_tables, 2);
    // The log and the lag chart side by side: both read best wide and short.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_log, 1);
    bottom->addWidget(m_chart, 1);
    layout->addLayout(bottom, 1);
}

void MigrationPage::connectActions() {
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_start->setEnabled(false);
        m_model->start();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_resume->setVisible(false);
        m_resumeNote->setVisible(false);
        m_startOver->setVisible(false);
        m_model->resume();
    });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_startOver->setVisible(false);
        m_resume->setVisible(false);
        m_resumeNote->setVisible(false);
        m_model->startOver();
    });
    connect(m_stop, &QPushButton::clicked, this, &MigrationPage::confirmStop);
    connect(m_model, &MigrationModel::stateChanged, this, &MigrationPage::showState);
    connect(m_model, &MigrationModel::busyChanged, this, &MigrationPage::showState);
    connect(m_model, &MigrationModel::message, m_log, &QPlainTextEdit::appendPlainText);
}

bool MigrationPage::isComplete() const {
    const MigrationState& state = m_model->state();
    return m_started && !m_model->isBusy() && !m_model->isFollowing() &&
           !state.databases.isEmpty() && state.overallStatus() == DbStatus::Done;
}

void MigrationPage::confirmStop() {
    StopConfirmation::ask(this, [this] { m_model->stop(); });
}

void MigrationPage::showState() {
    const MigrationState& state = m_model->state();
    m_chart->setHistory(state.lagHistory);
    // Run here, or by another process this page follows: the same live view either way.
    const bool following = m_model->isFollowing();
    const bool busy = m_model->isBusy() || following;
    // A followed run counts as started here: its steps are logged with the time they are seen,
    // and Next leads on once it is done.
    m_started = m_started || following;
    // Stop cancels a run, or ends replication; a finished dump copy has nothing to stop, and a
    // run of another process is stopped there (it holds the migration's lock).
    m_stop->setEnabled(!following && (busy || state.anySyncing()));
    // Reopened after its process died, a database still says running: it is not.
    const bool interrupted = m_model->isInterrupted();
    m_databases->setRowCount(int(state.databases.size()));
    for (int row = 0; row < state.databases.size(); ++row) {
        showDatabase(row, state.databases[row], state, busy, interrupted);
    }
    showTables();
    const DbStatus overall = busy          ? DbStatus::Running
                             : interrupted ? DbStatus::Interrupted
                                           : state.displayStatus();
    m_overall->setVisible(!state.databases.isEmpty() || !state.error.isEmpty());
    m_overall->setStatus(overall);
    const bool failed = overall == DbStatus::Failed || overall == DbStatus::Stopped;
    // A migration exists once it has an id (started here, or reopened): from then on it is
    // resumed or started over, never started a second time beside itself.
    m_start->setEnabled(!m_started && state.id.isEmpty() && !busy);
    m_resume->setVisible(interrupted);
    m_resumeNote->setVisible(interrupted);
    m_startOver->setVisible((failed || interrupted) && !busy);
    logNews(state, failed);
    logSteps(state);
    emit completeChanged();
}

// One database's row of the table: method, status, phase, progress and lag.
void MigrationPage::showDatabase(int row, const DatabaseState& db, const MigrationState& state,
                                 bool busy, bool interrupted) {
    const auto set = [this, row](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        m_databases->setItem(row, column, item);
    };
    set(0, db.dbname);
    set(1, db.method == MigrationMethod::Replication ? tr("replication") : tr("dump"));
    auto* tag = qobject_cast<StatusTag*>(m_databases->cellWidget(row, 2));
    if (!tag) {
        tag = new StatusTag;
        m_databases->setCellWidget(row, 2, tag);
    }
    tag->setStatus(state.databaseStatus(db, !interrupted));
    QString phase = phaseText(db);
    // During the copy: the rate, and a rough time left (by the tables' size on disk covered so
    // far: the stream is a fraction of it for small tables).
    if (busy && db.phase == Phase::Data && db.copySeconds > 0 && db.bytesDone > 0) {
        const double rate = double(db.bytesDone) / db.copySeconds;
        phase = tr("data, %1/s").arg(bytes(qint64(rate)));
        if (const qint64 left = db.copySecondsLeft(); left >= 0) {
            phase += tr(", about %1 s left").arg(left);
        }
    }
    set(3, phase);
    auto* bar = qobject_cast<QProgressBar*>(m_databases->cellWidget(row, 4));
    if (!bar) {
        bar = new QProgressBar;
        bar->setObjectName(QStringLiteral("databaseProgressBar"));
        bar->setAccessibleName(tr("Progress of %1").arg(db.dbname));
        m_databases->setCellWidget(row, 4, bar);
    }
    const bool finished = db.migrated();
    bar->setRange(0, 1000);
    bar->setValue(finished ? 1000
                  : db.bytesTotal > 0
                      ? int(std::min<qint64>(999, db.bytesCovered() * 1000 / db.bytesTotal))
                      : 0);
    bar->setFormat(tr("%1 rows, %2").arg(QLocale().toString(db.rowsDone), bytes(db.bytesDone)));
    set(5, db.method == MigrationMethod::Replication && db.lagBytes >= 0 ? bytes(db.lagBytes)
                                                                         : QString());
    if (!db.error.isEmpty()) {
        m_databases->item(row, 3)->setToolTip(db.error);
    }
}

// What is new in the state, in the log: warnings, frozen writes, the failure.
void MigrationPage::logNews(const MigrationState& state, bool failed) {
    // New warnings (roles needing a password, tables copied at cut-over, ...) go to the log.
    for (qsizetype i = m_warningsShown; i < state.warnings.size(); ++i) {
        m_log->appendPlainText(state.warnings[i]);
    }
    m_warningsShown = std::max(m_warningsShown, state.warnings.size());
    for (const DatabaseState& db : state.databases) {
        // An interrupted cut-over left the application unable to write: say so once, with
        // what undoes it.
        if (db.writesFrozen && !m_frozenShown.contains(db.dbname)) {
            m_log->appendPlainText(
                tr("%1: the source database is read-only: an interrupted cut-over froze its "
                   "writes. Close connection completes the cut-over and undoes it; Stop "
                   "migration undoes it too.")
                    .arg(db.dbname));
            m_frozenShown.insert(db.dbname);
        }
    }
    if (failed && !state.error.isEmpty() && state.error != m_errorShown) {
        m_log->appendPlainText(tr("Failed: %1").arg(state.error));
        m_errorShown = state.error;
    }
}

void MigrationPage::logSteps(const MigrationState& state) {
    // Each database's steps, once each, as they happen: the log reads as a timeline.
    for (const DatabaseState& db : state.databases) {
        const QString step = statusName(db.status) + QLatin1Char('/') + db.phaseLabel();
        if (m_loggedSteps.value(db.dbname) == step) {
            continue;
        }
        m_loggedSteps.insert(db.dbname, step);
        QString text;
        if (db.status == DbStatus::Failed) {
            text = tr("failed: %1").arg(db.error);
        } else if (db.status == DbStatus::Running) {
            if (db.phase == Phase::Unknown) {
                continue;
            }
            text = phaseText(db);
        } else {
            text = StatusTag::tagText(db.status);
        }
        // A migration reopened from its saved state: where it stood, not when we looked.
        const QString when = m_started || m_model->isBusy() || m_model->isFollowing()
                                 ? QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))
                                 : tr("saved");
        m_log->appendPlainText(when + QStringLiteral("  ") + db.dbname + QStringLiteral(": ") +
                               text);
    }
}

void MigrationPage::showTables() {
    const MigrationState& state = m_model->state();
    int rows = 0;
    for (const DatabaseState& db : state.databases) {
        rows += int(db.tables.size());
    }
    m_tables->setRowCount(rows);
    int row = 0;
    for (const DatabaseState& db : state.databases) {
        for (const TableState& table : db.tables) {
            const QString stateText =
                table.verified ? tr("verified")
                : table.copied ? tr("copied")
                : (m_model->isBusy() || m_model->isFollowing()) && db.phase == Phase::Data
                    ? tr("waiting or copying")
                    : tr("waiting");
            const QStringList cells = {
                db.dbname + QStringLiteral(": ") + table.name, bytes(table.bytes),
                table.copied ? QLocale().toString(table.rows) : QString(), stateText};
            // A bar per table: full once copied, else the share streamed so far (the stream's
            // size only approximates the size on disk, so it stops short of full until done).
            auto* bar = qobject_cast<QProgressBar*>(m_tables->cellWidget(row, 4));
            if (!bar) {
                bar = new QProgressBar;
                bar->setObjectName(QStringLiteral("tableProgressBar"));
                bar->setRange(0, 1000);
                bar->setAccessibleName(tr("Progress of %1").arg(table.name));
                m_tables->setCellWidget(row, 4, bar);
            }
            bar->setValue(table.copied ? 1000
                          : table.bytes > 0
                              ? int(std::min<qint64>(990, table.bytesStreamed * 1000 / table.bytes))
                              : 0);
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = m_tables->item(row, column);
                if (!item) {
                    item = new QTableWidgetItem;
                    m_tables->setItem(row, column, item);
                }
                item->setText(cells[column]);
            }
            ++row;
        }
    }
}

} // namespace pgm
