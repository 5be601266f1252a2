#pragma once

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pgm {

class LagChart;
class MigrationModel;
class StatusTag;
struct DatabaseState;
struct MigrationState;

/// Step 3, Migration: Start migration, then live progress per database (method, status tag,
/// phase, bytes, lag), a log, Stop migration (confirmed: a stopped migration cannot restart),
/// Start over after a failure, and Resume migration for an interrupted one (reopened after its
/// process died or the app quit mid-copy). Once started, Back is gone (a commit page).
class MigrationPage : public QWizardPage {
    Q_OBJECT
public:
    MigrationPage(MigrationModel* model, QWidget* parent = nullptr);

    bool isComplete() const override;

private:
    void setUpTexts();
    void setUpButtons();
    void setUpViews();
    void layOut();
    void connectActions();
    void showState();
    void showDatabase(int row, const DatabaseState& db, const MigrationState& state, bool busy,
                      bool interrupted);
    void logNews(const MigrationState& state, bool failed);
    void showTables();
    void confirmStop();
    void logSteps(const MigrationState& state);

    MigrationModel* m_model;
    QLabel* m_impact;
    QLabel* m_resumeNote;
    QPushButton* m_start;
    QPushButton* m_resume;
    QPushButton* m_stop;
    QPushButton* m_startOver;
    StatusTag* m_overall;
    QTableWidget* m_databases;
    QTableWidget* m_tables;
    QPlainTextEdit* m_log;
    LagChart* m_chart;
    bool m_started = false;
    qsizetype m_warningsShown = 0;
    QString m_errorShown;
    QSet<QString> m_frozenShown;           ///< databases whose frozen writes the log has told
    QHash<QString, QString> m_loggedSteps; ///< database -> "status/phase" last logged
};

} // namespace pgm
