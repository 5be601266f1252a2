#include "ProcessTempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>

namespace pgm {

QString processTempTemplate(const QString& directory, const QString& stem) {
    return QStringLiteral("%1/%2-%3-XXXXXX")
        .arg(directory, stem)
        .arg(QCoreApplication::applicationPid());
}

void removeStaleTempFiles(const QString& directory, const QString& stem) {
    const QRegularExpression name(QLatin1Char('^') + QRegularExpression::escape(stem) +
                                  QStringLiteral("-(\\d+)-"));
    const QDir dir(directory);
    for (const QString& file : dir.entryList({stem + QStringLiteral("-*")}, QDir::Files)) {
        const auto match = name.match(file);
        // ESRCH only: EPERM means the process lives (another user's), so its file stays.
        if (match.hasMatch() && ::kill(pid_t(match.captured(1).toLongLong()), 0) != 0 &&
            errno == ESRCH) {
            QFile::remove(dir.filePath(file));
        }
    }
}

} // namespace pgm
