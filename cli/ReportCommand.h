#pragma once

#include <QStringList>

namespace pgm {

/// `pgmigrate report [--id ID] --format html|pdf|json [--output FILE]`: the report of a
/// migration from its saved state (the latest when no --id is given). HTML and JSON go to
/// stdout without --output; PDF needs --output and a QGuiApplication (main.cpp makes one on
/// the offscreen platform for this command only).
int runReportCommand(const QStringList& arguments);

/// True when `arguments` (the whole command line) ask for a PDF report: main.cpp then makes a
/// QGuiApplication instead of a QCoreApplication (HTML and JSON stay QtCore only).
bool isPdfReportCommand(const QStringList& arguments);

} // namespace pgm
