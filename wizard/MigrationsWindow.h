#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace pgm {

/// The migrations this computer remembers, each with its status tag, when it started and
/// finished, how long it took, its databases, their size, the method and the lag of those still
/// syncing (read from their servers while the list is shown); sorted by any column (a header
/// click). Open one (its wizard page, status read from the servers) or start a new migration.
/// *Remove* forgets a finished one: its state file and the keychain entries of its servers that no
/// other migration listed uses.
class MigrationsWindow : public QDialog {
    Q_OBJECT
public:
    /// `credentials` (not owned, outliving the window and the wizards it opens): the keychain
    /// whose entries Remove deletes, handed to those wizards.
    explicit MigrationsWindow(class CredentialStore* credentials, QWidget* parent = nullptr);

    /// A wizard whose copy runs in the background: listed, reopened as it is, asked about on quit.
    void setLiveWizard(class MigrationWizard* wizard);

signals:
    /// A migration's state file and keychain entries are gone (or the keychain said why not).
    void removed(const QString& id, const QString& keychainError);

public slots:
    void reload();
    void reject() override;

private:
    void fillRow(int row, const struct MigrationState& state, bool ownerAlive);
    QString selectedId() const;
    void openSelected();
    void startNew();
    /// Whether the selected migration may be removed: finished, nothing syncing, not running.
    bool removable(const QString& id) const;
    void updateButtons();
    void confirmRemove();
    void remove(const QString& id);

    QTableWidget* m_table;
    QPushButton* m_remove;
    class CredentialStore* m_credentials;
    class ListedLag* m_lag;
    class MigrationWizard* m_live = nullptr;
};

} // namespace pgm
