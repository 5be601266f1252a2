#pragma once

#include <QDialog>

namespace pgm {

/// What a bug report needs: pgmigrate's version and license, and the versions of the libraries
/// it runs with (Qt, libpq, QtKeychain). Reachable from every wizard page and the migrations list.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// Opens one (window-modal, deleted on close) over `parent`.
    static void showOver(QWidget* parent);
};

} // namespace pgm
