#pragma once

#include <QByteArray>
#include <QString>

namespace pgm {

/// The report's HTML laid out on A4 pages as a PDF document. Needs a QGuiApplication (the CLI
/// makes one on the offscreen platform): text layout needs fonts.
QByteArray reportPdf(const QString& html, const QString& title);

} // namespace pgm
