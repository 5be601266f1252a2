#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace pgm {

/// Where the migration takes pg_dump and pg_restore from: a directory the user types or picks,
/// empty for the newest installed (PGMIGRATE_PG_DUMP_DIR, then /usr/lib/postgresql/*/bin and
/// PATH). A source newer than the installed pg_dump needs this, or a newer client package.
class ToolDirectoryField : public QWidget {
    Q_OBJECT
public:
    explicit ToolDirectoryField(QWidget* parent = nullptr);

    QString directory() const;
    void setDirectory(const QString& directory);
    QLineEdit* edit() const { return m_edit; }

signals:
    void changed();
    void submitted();

private:
    QLineEdit* m_edit;
    QPushButton* m_browse;
};

} // namespace pgm
