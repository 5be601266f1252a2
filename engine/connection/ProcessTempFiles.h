#pragma once

#include <QString>

namespace pgm {

/// A QTemporaryFile template in `directory` whose name carries this process's id
/// (`<stem>-<pid>-XXXXXX`), so a later run can tell a file whose process is gone from one in use.
QString processTempTemplate(const QString& directory, const QString& stem);

/// A process killed mid-run cannot remove its temporary files: removes `directory`'s
/// `<stem>-<pid>-*` files whose process no longer exists, so they do not pile up (nor, for a
/// passfile, outlive a crash for long). Files of live processes and of other users stay.
void removeStaleTempFiles(const QString& directory, const QString& stem);

} // namespace pgm
