#include "Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pgm {

bool installTranslators(const QLocale& locale, QTranslator& own, QTranslator& qt) {
    const bool ownFound = own.load(locale, QStringLiteral("pgmigrate"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
    if (ownFound) {
        QCoreApplication::installTranslator(&own);
    }
    const bool qtFound = qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtFound) {
        QCoreApplication::installTranslator(&qt);
    }
    return ownFound && qtFound;
}

} // namespace pgm
