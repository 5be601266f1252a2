#pragma once

#include <QString>

class QAbstractButton;

namespace pgm {

/// A label as a screen reader says it: without the mnemonic marker ("&Open" is "Open", "&&"
/// one "&").
QString withoutMnemonic(const QString& text);

/// Gives a button or checkbox the accessible name its visible (translated) text says. Call it
/// again when the text changes.
void nameAfterText(QAbstractButton* button);

} // namespace pgm
