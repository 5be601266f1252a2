#pragma once

#include "ConnectionSettings.h"
#include "ServerVersion.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryFile>
#include <atomic>
#include <memory>

namespace pgm {

/// One PostgreSQL client tool found on this machine, with the version it reports.
struct PgToolCandidate {
    QString path;
    ServerVersion version;
};

/// The directory the user chose for pg_dump and pg_restore: `requested` (--pg-dump-dir), else
/// the PGMIGRATE_PG_DUMP_DIR environment variable (the wizard's setting), else empty (search).
QString pgToolDirectory(const QString& requested);

/// Every `name` found, newest first: in `directory` alone when one is given (the user chose
/// it), else on PATH and under /usr/lib/postgresql/*/bin.
QList<PgToolCandidate> listPgTools(const QString& name, const QString& directory);

/// Finds pg_dump / pg_restore at a version that can read the source: the newest of
/// listPgTools() whose major is at least `atLeast`'s. Returns the path, or empty with *error
/// saying what was found instead.
QString findPgTool(const QString& name, ServerVersion atLeast, QString* error,
                   const QString& directory = {});

/// The environment of a PostgreSQL client tool: ours without any password variable, plus the
/// passfile (and its service file, for sslpasswords) when given.
QProcessEnvironment toolEnvironment(const QString& passfile);
/// Where the service file of a passfile lives (written only when an sslpassword is needed).
QString serviceFileFor(const QString& passfile);
/// The service-file section that carries these settings' sslpassword.
QString sslPasswordService(const ConnectionSettings& settings);

/// One field of a passfile line, with `\` and `:` escaped as libpq expects.
QString passfileField(QString value);

/// A libpq passfile (0600, removed on destruction) holding the passwords of the given servers,
/// so pg_dump and pg_restore get them without argv or the environment showing them; and, beside
/// it, a service file for their sslpasswords.
class Passfile {
public:
    Passfile();
    ~Passfile();
    Passfile(const Passfile&) = delete;
    Passfile& operator=(const Passfile&) = delete;
    void add(const ConnectionSettings& settings);
    /// Writes the file; returns its path, or empty when there is nothing to write.
    QString write(QString* error);

private:
    QTemporaryFile m_file;
    QStringList m_lines;
    QStringList m_services;
};

/// libpq's `key=value` string for a child tool's --dbname, WITHOUT the password or sslpassword
/// (a `service=` naming the Passfile's service section stands for the latter).
QString toolConninfo(const ConnectionSettings& settings);

/// Runs a PostgreSQL client tool and waits, killing it when `cancelled` is raised. Returns
/// true on exit status 0; otherwise *error holds the tool's last lines of stderr. The tool's
/// standard output goes to `output` when given. The tool dies with this process: a killed
/// pgmigrate leaves no pg_restore behind to race the next run.
bool runPgTool(const QString& program, const QStringList& arguments, const QString& passfile,
               const std::atomic_bool* cancelled, QString* error, QByteArray* output = nullptr);

} // namespace pgm
