#include "AccessibleName.h"

#include <QAbstractButton>

namespace pgm {

QString withoutMnemonic(const QString& text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text[i];
    }
    return plain;
}

void nameAfterText(QAbstractButton* button) {
    button->setAccessibleName(withoutMnemonic(button->text()));
}

} // namespace pgm
