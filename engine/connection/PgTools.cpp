#include "PgTools.h"

#include "ProcessTempFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

namespace pgm {

namespace {

ServerVersion askToolVersion(const QString& path) {
    QProcess process;
    process.setProcessEnvironment(toolEnvironment({}));
    process.start(path, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000)) {
        return {};
    }
    // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)"
    static const QRegularExpression version(QStringLiteral("\\)\\s+(\\d+(?:\\.\\d+)*)"));
    const auto match = version.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? ServerVersion::parse(match.captured(1)) : ServerVersion();
}

/// A tool's version, asked once per file: the pre-checks and the run both look for pg_dump and
/// pg_restore, and each `--version` is a process start (tens of milliseconds before a copy
/// can begin). A file replaced since (an upgrade while the wizard stays open) is asked again.
ServerVersion toolVersion(const QString& path) {
    struct Known {
        QDateTime modified;
        qint64 size = -1;
        ServerVersion version;
    };
    static QMutex mutex;
    static QHash<QString, Known> known;
    const QFileInfo file(path);
    {
        const QMutexLocker lock(&mutex);
        const auto it = known.constFind(path);
        if (it != known.cend() && it->modified == file.lastModified() && it->size == file.size()) {
            return it->version;
        }
    }
    const ServerVersion version = askToolVersion(path);
    if (version.isValid()) { // a tool that did not answer in time may answer next time
        const QMutexLocker lock(&mutex);
        known.insert(path, Known{file.lastModified(), file.size(), version});
    }
    return version;
}

/// Debian's pg_wrapper (what /usr/bin/pg_dump is there) is a Perl script that only starts one
/// of /usr/lib/postgresql/*/bin's tools, which the search lists anyway: asking it too costs a
/// Perl start for a version already known.
bool isDebianWrapper(const QString& canonicalPath) {
    return QFileInfo(canonicalPath).fileName() == QLatin1String("pg_wrapper");
}

} // namespace

QProcessEnvironment toolEnvironment(const QString& passfile) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A child needs none of our secrets in its environment (/proc/PID/environ, crash reports):
    // libpq's PGPASSWORD and our own PGMIGRATE_*_PASSWORD variables.
    for (const QString& name : env.keys()) {
        if (name == QLatin1String("PGPASSWORD") || (name.startsWith(QLatin1String("PGMIGRATE_")) &&
                                                    name.contains(QLatin1String("PASSWORD")))) {
            env.remove(name);
        }
    }
    if (!passfile.isEmpty()) {
        env.insert(QStringLiteral("PGPASSFILE"), passfile);
        if (QFile::exists(serviceFileFor(passfile))) {
            env.insert(QStringLiteral("PGSERVICEFILE"), serviceFileFor(passfile));
        }
    }
    return env;
}

QString serviceFileFor(const QString& passfile) {
    return passfile + QStringLiteral(".service");
}

QString sslPasswordService(const ConnectionSettings& settings) {
    const QByteArray key = (settings.host + QLatin1Char(':') + QString::number(settings.port) +
                            QLatin1Char(':') + settings.user)
                               .toUtf8();
    return QStringLiteral("pgmigrate-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QString passfileField(QString value) {
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return value;
}

QString pgToolDirectory(const QString& requested) {
    return requested.isEmpty() ? qEnvironmentVariable("PGMIGRATE_PG_DUMP_DIR") : requested;
}

QList<PgToolCandidate> listPgTools(const QString& name, const QString& directory) {
    QStringList paths;
    if (!directory.isEmpty()) {
        const QString path = QDir(directory).filePath(name);
        if (QFileInfo(path).isExecutable()) {
            paths << QFileInfo(path).canonicalFilePath();
        }
    } else {
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        for (const QString& dir : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = versions.filePath(dir + QStringLiteral("/bin/") + name);
            if (QFileInfo(path).isExecutable()) {
                paths << QFileInfo(path).canonicalFilePath();
            }
        }
        const QString onPath = QFileInfo(QStandardPaths::findExecutable(name)).canonicalFilePath();
        if (!onPath.isEmpty() && !(isDebianWrapper(onPath) && !paths.isEmpty())) {
            paths.prepend(onPath); // first among equal versions, as before
        }
        paths.removeDuplicates();
    }
    QList<PgToolCandidate> candidates;
    for (const QString& path : paths) {
        candidates << PgToolCandidate{path, toolVersion(path)};
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const PgToolCandidate& a, const PgToolCandidate& b) { return a.version > b.version; });
    return candidates;
}

QString findPgTool(const QString& name, ServerVersion atLeast, QString* error,
                   const QString& directory) {
    const QList<PgToolCandidate> candidates = listPgTools(name, directory);
    QStringList seen;
    for (const PgToolCandidate& candidate : candidates) {
        if (candidate.version.majorKey() >= atLeast.majorKey()) {
            return candidate.path;
        }
        seen << QStringLiteral("%1 %2").arg(candidate.path, candidate.version.text());
    }
    *error =
        QCoreApplication::translate("Runner", "no %1 of version %2 or newer found (%3); install "
                                              "postgresql-client-%2")
            .arg(name, atLeast.majorText(),
                 seen.isEmpty()
                     ? (directory.isEmpty()
                            ? QCoreApplication::translate("Runner", "none installed")
                            : QCoreApplication::translate("Runner", "none in %1").arg(directory))
                     : seen.join(QStringLiteral(", ")));
    return {};
}

namespace {

/// The directory for passfiles: the per-user runtime directory (tmpfs, private) when there is
/// one, else the temporary directory.
QString passfileDirectory() {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime).isWritable() ? runtime : QDir::tempPath();
}

} // namespace

Passfile::Passfile()
    : m_file(processTempTemplate(passfileDirectory(), QStringLiteral("pgmigrate-pass"))) {
    // Also removes a killed run's service files (`<passfile>.service`).
    removeStaleTempFiles(passfileDirectory(), QStringLiteral("pgmigrate-pass"));
}

Passfile::~Passfile() {
    if (!m_file.fileName().isEmpty()) {
        QFile::remove(serviceFileFor(m_file.fileName()));
    }
}

void Passfile::add(const ConnectionSettings& settings) {
    const QString sslPassword = settings.extra.value(QStringLiteral("sslpassword"));
    if (!sslPassword.isEmpty()) {
        // No environment variable carries an sslpassword: a service file (0600, beside the
        // passfile) does, and the tool's conninfo names its section (toolConninfo()).
        m_services << QLatin1Char('[') + sslPasswordService(settings) + QStringLiteral("]\n") +
                          QStringLiteral("sslpassword=") + sslPassword + QLatin1Char('\n');
    }
    if (settings.password.isEmpty()) {
        return;
    }
    // libpq matches host, port, database and user; a wildcard database covers every database.
    m_lines << QStringList{passfileField(settings.host.isEmpty() ? QStringLiteral("localhost")
                                                                 : settings.host),
                           QString::number(settings.port), QStringLiteral("*"),
                           passfileField(settings.user.isEmpty() ? QStringLiteral("*")
                                                                 : settings.user),
                           passfileField(settings.password)}
                   .join(QLatin1Char(':'));
}

QString Passfile::write(QString* error) {
    if (m_lines.isEmpty() && m_services.isEmpty()) {
        return {};
    }
    if (!m_file.open()) {
        *error = m_file.errorString();
        return {};
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq insists
    m_file.write(m_lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    m_file.flush();
    if (!m_services.isEmpty()) {
        QFile service(serviceFileFor(m_file.fileName()));
        if (!service.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !service.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            service.write(m_services.join(QString()).toUtf8()) < 0) {
            *error = service.errorString();
            return {};
        }
    }
    return m_file.fileName();
}

QString toolConninfo(const ConnectionSettings& settings) {
    ConnectionSettings withoutPassword = settings;
    withoutPassword.password.clear();
    if (!withoutPassword.extra.take(QStringLiteral("sslpassword")).isEmpty()) {
        withoutPassword.extra.insert(QStringLiteral("service"), sslPasswordService(settings));
    }
    QStringList parts;
    for (const auto& [key, value] : withoutPassword.keywords()) {
        parts << QString::fromStdString(key) + QLatin1Char('=') +
                     quoteConninfoValue(QString::fromStdString(value));
    }
    return parts.join(QLatin1Char(' '));
}

bool runPgTool(const QString& program, const QStringList& arguments, const QString& passfile,
               const std::atomic_bool* cancelled, QString* error, QByteArray* output) {
    QProcess process;
    process.setProcessEnvironment(toolEnvironment(passfile));
    if (!output) {
        process.setStandardOutputFile(QProcess::nullDevice());
    }
    // The thread that starts the tool waits for it, so the signal comes only when the whole
    // process dies (SIGKILL included) and nothing else can end the tool.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QCoreApplication::translate("Runner", "could not start %1: %2")
                     .arg(program, process.errorString());
        return false;
    }
    while (!process.waitForFinished(100)) {
        if (output) {
            output->append(process.readAllStandardOutput()); // a full pipe would stall the tool
        }
        if (cancelled && cancelled->load()) {
            process.terminate();
            if (!process.waitForFinished(3000)) {
                process.kill();
                process.waitForFinished(3000);
            }
            *error = QStringLiteral("cancelled");
            return false;
        }
        if (process.state() == QProcess::NotRunning) {
            break;
        }
    }
    if (output) {
        output->append(process.readAllStandardOutput());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QStringList lines = QString::fromUtf8(process.readAllStandardError())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        *error =
            QCoreApplication::translate("Runner", "%1 failed: %2")
                .arg(QFileInfo(program).fileName(),
                     lines.mid(std::max<qsizetype>(0, lines.size() - 8)).join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

} // namespace pgm
