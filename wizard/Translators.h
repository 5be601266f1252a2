#pragma once

class QLocale;
class QTranslator;

namespace pgm {

/// Loads the texts of `locale`'s language into the two translators and installs those found:
/// pgmigrate's own (from the resource :/i18n) into `own`, and Qt's (qtbase, from Qt's
/// translations folder: QWizard's Back, Next and Cancel, the standard dialog buttons) into `qt`.
/// The app and the tests take this one path, so a picture of a page never shows Qt's buttons
/// in English next to German or Finnish text. The caller keeps both translators alive while the
/// texts show. Returns true when both were found.
bool installTranslators(const QLocale& locale, QTranslator& own, QTranslator& qt);

} // namespace pgm
