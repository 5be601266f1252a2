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

public slots:
    void reload();

private:
    void openSelected();
    void startNew();

    QTableWidget* m_table;
};

} // namespace pgm
