#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pgm {

class MigrationModel;
class StatusTag;

/// Step 4, Close. With replication active (Syncing): Keep replicating (close the wizard, the
/// servers go on), Status update, or Close connection (the cut-over), ending Ready. A dump-only
/// migration is Ready already.
class ClosePage : public QWizardPage {
    Q_OBJECT
public:
    ClosePage(MigrationModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showState();

    MigrationModel* m_model;
    StatusTag* m_tag;
    QLabel* m_explanation;
    QCheckBox* m_freeze;
    QPushButton* m_closeConnection;
    QPushButton* m_statusUpdate;
    QPushButton* m_stop;
};

} // namespace pgm
