#pragma once

#include <QStringList>

namespace pgm {

/// `pgmigrate check`: runs every pre-check and prints the report. Returns the exit code:
/// 0 when no blocking check failed, 1 when one did, 2 for usage errors.
int runCheckCommand(const QStringList& arguments);

} // namespace pgm
