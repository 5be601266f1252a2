#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace pgm {

class LagChart;
class MigrationModel;
struct MigrationState;
class StatusTag;

/// Step 4, Close. With replication active (Syncing): Keep replicating (close the wizard, the
/// servers go on), Status update, or Close connection (the cut-over), ending Ready. A dump-only
/// migration is Ready already.
class ClosePage : public QWizardPage {
    Q_OBJECT
public:
    /// How often a syncing migration's lag is read while the page is shown.
    static constexpr int kAutoRefreshMs = 30'000;

    ClosePage(MigrationModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

public slots:
    /// Save report...: writes the migration's report to `path`, as HTML, PDF or JSON by its
    /// extension; the outcome is shown on the page. False when it could not be written.
    bool saveReport(const QString& path);

private:
    /// The tag, the explanation, the buttons, then the chart and report tabs below.
    void layOut();
    /// Asks for the file without blocking (QFileDialog::open), then saves the report there.
    void chooseReportFile();

    void showState();
    /// Each database's last finish, step by step with its time and limit ("drain 0.2/300 s"):
    /// while Close connection runs, and where a failed finish stopped.
    void showFinishSteps(const MigrationState& state);
    /// A done migration's report, in a tab beside the chart, shown first.
    void showReport(const MigrationState& state);

    MigrationModel* m_model;
    StatusTag* m_tag;
    QLabel* m_explanation;
    QLabel* m_finishSteps;
    QCheckBox* m_freeze;
    QPushButton* m_closeConnection;
    QPushButton* m_statusUpdate;
    QPushButton* m_stop;
    QPushButton* m_saveReport;
    QLabel* m_reportResult;
    QTabWidget* m_views;
    LagChart* m_chart;
    QTextBrowser* m_report;
    QTimer* m_autoRefresh;
    bool m_focusHooked = false;
};

} // namespace pgm
