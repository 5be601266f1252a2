#pragma once

#include <QString>

namespace pgm {

/// A QTemporaryFile template in `directory` whose name carries this process's id and PID
/// namespace (`<stem>-<pid>-<namespace>-XXXXXX`), so a later run can tell a file whose process is
/// gone from one in use.
QString processTempTemplate(const QString& directory, const QString& stem);

/// A process killed mid-run cannot remove its temporary files: removes `directory`'s
/// `<stem>-*` files whose process no longer exists, so they do not pile up (nor, for a
/// passfile, outlive a crash for long). Files of live processes, of other users and of other
/// PID namespaces (containers sharing the directory) stay.
void removeStaleTempFiles(const QString& directory, const QString& stem);

} // namespace pgm
