#pragma once

#include <QDialog>

class QTableWidget;

namespace pgm {

/// The migrations this computer remembers, each with its status tag: open one (its wizard
/// page, status read from the servers) or start a new migration.
class MigrationsWindow : public QDialog {
    Q_OBJECT
public:
    explicit MigrationsWindow(QWidget* parent = nullptr);

    /// A wizard whose copy runs in the background: listed, reopened as it is, asked about on quit.
    void setLiveWizard(class MigrationWizard* wizard);

public slots:
    void reload();
    void reject() override;

private:
    void openSelected();
    void startNew();

    QTableWidget* m_table;
    class MigrationWizard* m_live = nullptr;
};

} // namespace pgm
