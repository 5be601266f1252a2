#pragma once

#include "ConnectionSettings.h"

namespace pgm {

/// Fills in a missing password, in this order: the URI (already parsed), the environment
/// variable `envName`, libpq's passfile (left to libpq), the OS keychain (where the wizard saves
/// it), and last a prompt on the terminal (not echoed).
void resolvePassword(ConnectionSettings* settings, const char* envName, const QString& label,
                     bool allowPrompt = true);

/// Reads a line from the terminal without echo. Empty when stdin is not a terminal.
QString promptHidden(const QString& prompt);

} // namespace pgm
