#include "ToolDirectoryField.h"

#include "AccessibleName.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pgm {

ToolDirectoryField::ToolDirectoryField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this)) {
    m_edit->setObjectName(QStringLiteral("pgDumpDirectory"));
    m_edit->setAccessibleName(tr("pg_dump directory"));
    m_edit->setPlaceholderText(tr("optional: the newest installed pg_dump is used"));
    m_edit->setToolTip(tr("A directory holding pg_dump and pg_restore of the source's major or "
                          "newer, e.g. /usr/lib/postgresql/17/bin"));
    m_browse->setObjectName(QStringLiteral("browsePgDumpDirectory"));
    m_browse->setAccessibleName(tr("Browse for the pg_dump directory"));
    auto* label = new QLabel(tr("pg_&dump directory:"), this);
    label->setBuddy(m_edit);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    connect(m_edit, &QLineEdit::textChanged, this, &ToolDirectoryField::changed);
    connect(m_edit, &QLineEdit::returnPressed, this, &ToolDirectoryField::submitted);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Directory of pg_dump and pg_restore"), directory());
        if (!chosen.isEmpty()) {
            m_edit->setText(chosen);
        }
    });
}

QString ToolDirectoryField::directory() const {
    return m_edit->text().trimmed();
}

void ToolDirectoryField::setDirectory(const QString& directory) {
    m_edit->setText(directory);
}

} // namespace pgm
