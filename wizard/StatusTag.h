#pragma once

#include "MigrationStatus.h"

#include <QLabel>

namespace pgm {

/// A status tag as the console shows them (Running, Syncing, Ready, Failed, Stopped): colour
/// plus text, so it reads at a glance and to a screen reader.
class StatusTag : public QLabel {
    Q_OBJECT
public:
    explicit StatusTag(QWidget* parent = nullptr);
    void setStatus(DbStatus status);
    static QString tagText(DbStatus status);
};

} // namespace pgm
