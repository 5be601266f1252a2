#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QWidget>

namespace pgtest {

/// Saves the widget at 1024x768 and 1920x1080 (NAME-1024.png, NAME-1920.png beside the test),
/// for a person to check that nothing is clipped.
inline bool screenshots(QWidget& widget, const QString& name) {
    const QSize original = widget.size();
    bool saved = true;
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        widget.resize(size);
        QCoreApplication::processEvents();
        saved =
            widget.grab().save(QStringLiteral("%1-%2.png").arg(name).arg(size.width())) && saved;
    }
    widget.resize(original);
    return saved;
}

} // namespace pgtest
