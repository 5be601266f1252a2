#include "ProcessTempFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <limits>
#include <sys/stat.h>

namespace pgm {

namespace {

/// This process's PID namespace (the inode of /proc/self/ns/pid), 0 when unknown. Containers
/// may share /tmp while each sees only its own processes: a pid is only asked about in the
/// namespace that gave it.
QString pidNamespace() {
    struct stat info {};
    return QString::number(::stat("/proc/self/ns/pid", &info) == 0 ? info.st_ino : 0);
}

bool processGone(const QString& pid) {
    // A number no pid_t holds is no process id: kill() would take it as a process group.
    bool ok = false;
    const qlonglong number = pid.toLongLong(&ok);
    if (!ok || number <= 0 || number > std::numeric_limits<pid_t>::max()) {
        return false;
    }
    // ESRCH only: EPERM means the process lives (another user's), so its file stays.
    return ::kill(pid_t(number), 0) != 0 && errno == ESRCH;
}

} // namespace

QString processTempTemplate(const QString& directory, const QString& stem) {
    // The pid first: earlier versions read the number after the stem as the pid.
    return directory + QLatin1Char('/') + stem + QLatin1Char('-') +
           QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') + pidNamespace() +
           QStringLiteral("-XXXXXX");
}

void removeStaleTempFiles(const QString& directory, const QString& stem) {
    const QString prefix = QRegularExpression::escape(stem);
    const QRegularExpression name(QLatin1Char('^') + prefix +
                                  QStringLiteral("-(\\d+)-(\\d+)-[A-Za-z0-9]{6}"));
    // Named by earlier versions, before the namespace: `<stem>-<pid>-XXXXXX[.service]`.
    const QRegularExpression older(QLatin1Char('^') + prefix +
                                   QStringLiteral("-(\\d+)-[A-Za-z0-9]{6}(\\.service)?$"));
    const QString ours = pidNamespace();
    const QDir dir(directory);
    for (const QString& file : dir.entryList({stem + QStringLiteral("-*")}, QDir::Files)) {
        const auto match = name.match(file);
        const auto old = older.match(file);
        if ((match.hasMatch() && match.captured(2) == ours && processGone(match.captured(1))) ||
            (!match.hasMatch() && old.hasMatch() && processGone(old.captured(1)))) {
            QFile::remove(dir.filePath(file));
        }
    }
}

} // namespace pgm
