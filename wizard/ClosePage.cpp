#include "ClosePage.h"

#include "AccessibleName.h"
#include "LagChart.h"
#include "MigrationModel.h"
#include "MigrationReport.h"
#include "ReportFile.h"
#include "StateWords.h"
#include "StatusTag.h"
#include "StopConfirmation.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace pgm {

ClosePage::ClosePage(MigrationModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_tag(new StatusTag(this))
    , m_explanation(new QLabel(this))
    , m_finishSteps(new QLabel(this))
    , m_freeze(new QCheckBox(tr("Make the source databases &read-only during the cut-over"), this))
    , m_closeConnection(new QPushButton(tr("&Close connection"), this))
    , m_statusUpdate(new QPushButton(tr("Status &update"), this))
    , m_stop(new QPushButton(tr("S&top migration"), this))
    , m_saveReport(new QPushButton(tr("Save re&port..."), this))
    , m_reportResult(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_chart(new LagChart(this))
    , m_report(new QTextBrowser(this))
    , m_autoRefresh(new QTimer(this)) {
    setObjectName(QStringLiteral("closePage"));
    setTitle(tr("Close"));
    setSubTitle(tr("Keep replicating, or close the connection to finish the migration."));
    setFinalPage(true);
    m_tag->setObjectName(QStringLiteral("closeStatus"));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("closeExplanation"));
    m_finishSteps->setObjectName(QStringLiteral("finishSteps"));
    m_finishSteps->setWordWrap(true);
    m_finishSteps->setTextFormat(Qt::PlainText); // database names are the user's
    m_finishSteps->hide();
    m_freeze->setObjectName(QStringLiteral("freezeWrites"));
    m_closeConnection->setObjectName(QStringLiteral("closeConnection"));
    m_statusUpdate->setObjectName(QStringLiteral("statusUpdate"));
    m_stop->setObjectName(QStringLiteral("stopReplication"));
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_reportResult->setObjectName(QStringLiteral("reportResult"));
    m_reportResult->setWordWrap(true);
    nameAfterText(m_freeze);
    for (QPushButton* button : {m_closeConnection, m_statusUpdate, m_stop, m_saveReport}) {
        nameAfterText(button);
    }

    layOut();

    // While replication runs the chart stays live: the servers are read every so often, as
    // Status update does, whenever nothing else runs.
    m_autoRefresh->setInterval(kAutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_model->isBusy() && m_model->state().anySyncing()) {
            m_model->refresh();
        }
    });

    connect(m_closeConnection, &QPushButton::clicked, this,
            [this] { m_model->closeConnection(m_freeze->isChecked()); });
    connect(m_statusUpdate, &QPushButton::clicked, m_model, &MigrationModel::refresh);
    connect(m_stop, &QPushButton::clicked, this,
            [this] { StopConfirmation::ask(this, [this] { m_model->stop(); }); });
    connect(m_saveReport, &QPushButton::clicked, this, &ClosePage::chooseReportFile);
    connect(m_model, &MigrationModel::stateChanged, this, &ClosePage::showState);
    connect(m_model, &MigrationModel::busyChanged, this, &ClosePage::showState);
}

void ClosePage::layOut() {
    auto* top = new QHBoxLayout;
    top->addWidget(m_tag);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_closeConnection);
    buttons->addWidget(m_statusUpdate);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_saveReport);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_finishSteps);
    layout->addWidget(m_freeze);
    layout->addLayout(buttons);
    layout->addWidget(m_reportResult);
    // The chart, and once the migration is done its report: what a finished migration opened
    // from the list is there to show.
    m_chart->setObjectName(QStringLiteral("closeLagChart"));
    m_report->setObjectName(QStringLiteral("closeReport"));
    m_report->setAccessibleName(tr("Migration report"));
    m_report->setOpenLinks(false); // the report has no links to follow; never fetch anything
    m_report->hide();              // until a done migration's report tab takes it
    m_views->setObjectName(QStringLiteral("closeViews"));
    m_views->addTab(m_chart, tr("&Lag chart"));
    layout->addWidget(m_views, 1);
}

void ClosePage::initializePage() {
    // Keep replicating: finishing the wizard leaves the servers replicating.
    setButtonText(QWizard::FinishButton, tr("&Keep replicating"));
    showState();
    // QWizard gives the focus to the page's first focusable child once the page is shown: in a
    // finished migration that would be Save report..., where Enter must finish instead.
    // currentIdChanged comes right after that choice.
    if (!m_focusHooked) {
        m_focusHooked = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this] {
            if (wizard()->currentPage() == this && !m_closeConnection->isVisibleTo(this)) {
                wizard()->button(QWizard::FinishButton)->setFocus();
            }
        });
    }
}

bool ClosePage::isComplete() const {
    return !m_model->isBusy();
}

void ClosePage::chooseReportFile() {
    auto* dialog = new QFileDialog(this, tr("Save report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("HTML report (*.html)"), tr("PDF report (*.pdf)"),
                              tr("JSON report (*.json)")};
    const QStringList suffixes{QStringLiteral("html"), QStringLiteral("pdf"),
                               QStringLiteral("json")};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.first());
    dialog->selectFile(QStringLiteral("pgmigrate-%1.html").arg(m_model->state().id));
    // The extension decides the format: the chosen filter gives a name without one its own.
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog, filters, suffixes](const QString& filter) {
                dialog->setDefaultSuffix(suffixes.value(filters.indexOf(filter), suffixes.first()));
            });
    connect(dialog, &QFileDialog::fileSelected, this, &ClosePage::saveReport);
    dialog->open();
}

bool ClosePage::saveReport(const QString& path) {
    QString error;
    // This window runs the migration it shows, so its owner is alive.
    if (!pgm::saveReport(m_model->state(), true, path, &error)) {
        m_reportResult->setText(tr("The report could not be saved: %1").arg(error));
        return false;
    }
    m_reportResult->setText(tr("Report saved to %1").arg(path));
    return true;
}

void ClosePage::showReport(const MigrationState& state) {
    // This window shows the migration it ran or reopened: nobody else runs it.
    m_report->setHtml(migrationReportHtml(migrationReport(state, true)));
    if (m_views->indexOf(m_report) < 0) {
        m_views->addTab(m_report, tr("Rep&ort"));
        m_views->setCurrentWidget(m_report);
    }
}

void ClosePage::showState() {
    const MigrationState& state = m_model->state();
    const bool syncing = state.anySyncing();
    m_chart->setHistory(state.lagHistory);
    if (syncing != m_autoRefresh->isActive()) {
        syncing ? m_autoRefresh->start() : m_autoRefresh->stop();
    }
    const DbStatus overall = state.displayStatus();
    m_tag->setStatus(overall);
    const bool busy = m_model->isBusy();
    m_closeConnection->setVisible(syncing);
    m_freeze->setVisible(syncing);
    m_statusUpdate->setVisible(syncing);
    m_stop->setVisible(syncing);
    m_stop->setEnabled(!busy);
    m_closeConnection->setEnabled(!busy);
    m_statusUpdate->setEnabled(!busy);
    if (syncing) {
        qint64 lag = 0;
        QString problems;
        for (const DatabaseState& db : state.databases) {
            lag = std::max(lag, db.lagBytes);
            if (!db.error.isEmpty()) {
                problems += QLatin1Char('\n') + db.dbname + QStringLiteral(": ") + db.error;
            }
        }
        m_explanation->setText(
            tr("Replication mode active: your data is on the target and new writes on the source "
               "keep flowing to it (largest lag %1 bytes).\n\nKeep replicating closes this window "
               "and leaves it running. Close connection finalises the migration: stop writes to "
               "the source first (or let it make them read-only), then it waits for the last "
               "changes, copies sequences and large objects, verifies every table and removes the "
               "replication.")
                .arg(lag) +
            problems);
    } else if (overall == DbStatus::Done) {
        setButtonText(QWizard::FinishButton, tr("&Finish"));
        m_explanation->setText(tr("Ready: every database is migrated and verified."));
        showReport(state);
    } else {
        m_explanation->setText(tr("The migration is %1.").arg(StatusTag::tagText(overall)));
    }
    showFinishSteps(state);
    emit completeChanged();
}

void ClosePage::showFinishSteps(const MigrationState& state) {
    QStringList lines;
    for (const DatabaseState& db : state.databases) {
        // The finish that records them runs in this window while it is busy.
        const QString steps = cutoverStepsText(db.cutoverSteps, m_model->isBusy());
        if (!steps.isEmpty()) {
            lines << tr("%1: %2").arg(db.dbname, steps);
        }
    }
    m_finishSteps->setVisible(!lines.isEmpty());
    m_finishSteps->setText(lines.isEmpty() ? QString()
                                           : tr("Finish steps (time/limit):") + QLatin1Char('\n') +
                                                 lines.join(QLatin1Char('\n')));
}

} // namespace pgm
