#pragma once

#include "CheckRunner.h"
#include "MigrationRunner.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace pgm {

class CredentialStore;
class ServerForm;
class ToolDirectoryField;
class ValidationModel;

/// Step 2, Validation: both servers' connection details, the databases to exclude, and
/// *Run check*, which runs every pre-check on the engine's pool (the GUI never waits on a
/// server) and lists the results per database. Next is enabled once nothing blocks. The check
/// itself (request, report, judgement) is its ValidationModel's; the page shows it.
class ValidationPage : public QWizardPage {
    Q_OBJECT
public:
    /// `credentials` (not owned) keeps the passwords the user asks to remember.
    explicit ValidationPage(CredentialStore* credentials, QWidget* parent = nullptr);
    ~ValidationPage() override;

    void setServers(const ConnectionSettings& source, const ConnectionSettings& target);
    bool isComplete() const override;
    /// Going Back keeps what was typed (QWizardPage would reset the registered fields).
    void cleanupPage() override {}
    /// The last finished report (empty before the first check).
    const CheckReport& report() const;
    bool dumpMethodChosen() const;
    /// The request the last check ran with (servers with passwords), and the method chosen.
    CheckRequest request() const;
    TablesWithoutPk tablesWithoutPkChoice() const;

public slots:
    void runCheck();

private:
    QLayout* serverBoxes();
    QLayout* excludedDatabasesRow();
    QLayout* sourceFromTargetRow();
    void setUpResults();
    void layOut(QLayout* servers, QLayout* excludedRow, QLayout* fromTargetRow);
    void connectResults();
    void connectCheck();
    void connectFields();
    void showReport();
    /// Saves the passwords the user asked to remember; says so when no keychain is there.
    void rememberPasswords();
    /// The source's databases as a checklist: unticking one adds it to the excluded ones.
    void showDatabases();
    void invalidate();

    ServerForm* m_source;
    ServerForm* m_target;
    QLineEdit* m_excludedDatabases;
    QLineEdit* m_sourceFromTarget;
    ToolDirectoryField* m_pgDumpDir;
    QPushButton* m_run;
    QLabel* m_status;
    QTreeWidget* m_results;
    QLabel* m_checkDetail; ///< the selected check in full: the tree's Details column elides
    QListWidget* m_databases;
    QCheckBox* m_dumpMethod;
    QComboBox* m_tablesWithoutPk;
    CredentialStore* m_credentials;
    ValidationModel* m_check;
};

} // namespace pgm
