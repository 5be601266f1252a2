#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTextEdit>

namespace pgtest {

/// True for the parts Qt builds inside a composite widget (a view's scroll bars, headers and
/// corner button, a spin box's or combo box's line edit): Qt names those. Widgets placed in an
/// item view's cells live in its viewport and are ours. Looks no higher than `root`.
inline bool isQtInternal(const QWidget* widget, const QWidget* root) {
    const QWidget* child = widget;
    for (const QWidget* parent = widget->parentWidget(); parent && child != root;
         child = parent, parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QComboBox*>(parent)) {
            return true;
        }
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent);
            area && child != area->viewport()) {
            return true;
        }
    }
    return false;
}

/// Widgets a person works with or a screen reader reports on.
inline bool isInteractive(const QWidget* widget) {
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QProgressBar*>(widget);
}

/// Every interactive widget under `root` (shown or not) that lacks an object name (for tests)
/// or an accessible name (for screen readers), as "Class 'objectName' 'text'" lines.
inline QStringList unnamedWidgets(const QWidget* root) {
    QStringList unnamed;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInteractive(widget) || isQtInternal(widget, root)) {
            continue;
        }
        if (widget->objectName().isEmpty() || widget->accessibleName().trimmed().isEmpty()) {
            const auto* button = qobject_cast<const QAbstractButton*>(widget);
            unnamed << QStringLiteral("%1 '%2' '%3'")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), button ? button->text() : QString());
        }
    }
    return unnamed;
}

} // namespace pgtest
