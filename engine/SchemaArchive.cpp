#include "SchemaArchive.h"

#include "PgTools.h"

#include <QDir>

namespace pgm {

SchemaArchive::SchemaArchive(QString pgDump, QString pgRestore, QString passfile, bool keepOwners,
                             bool keepGrants)
    : m_pgDump(std::move(pgDump))
    , m_pgRestore(std::move(pgRestore))
    , m_passfile(std::move(passfile))
    , m_keepOwners(keepOwners)
    , m_keepGrants(keepGrants) {}

bool SchemaArchive::dump(const ConnectionSettings& source, const QString& snapshot,
                         const std::atomic_bool* cancelled, QString* error) {
    m_archive = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/pgmigrate-schema-XXXXXX"));
    if (!m_archive->open()) {
        *error = m_archive->errorString();
        return false;
    }
    m_archive->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_archive->close();
    const QStringList arguments = {
        QStringLiteral("--schema-only"),
        QStringLiteral("--blobs"),
        QStringLiteral("--format=custom"),
        QStringLiteral("--no-password"),
        QStringLiteral("--no-publications"),
        QStringLiteral("--no-subscriptions"),
        QStringLiteral("--snapshot=") + snapshot,
        QStringLiteral("--file=") + m_archive->fileName(),
        QStringLiteral("--dbname=") + toolConninfo(source),
    };
    return runPgTool(m_pgDump, arguments, m_passfile, cancelled, error);
}

bool SchemaArchive::list(const QString& section, QList<TocEntry>* entries,
                         const std::atomic_bool* cancelled, QString* error) {
    QByteArray listing;
    if (!runPgTool(m_pgRestore,
                   {QStringLiteral("--list"), QStringLiteral("--section=") + section,
                    m_archive->fileName()},
                   {}, cancelled, error, &listing)) {
        return false;
    }
    *entries = parseToc(QString::fromUtf8(listing));
    return true;
}

bool SchemaArchive::restore(const QString& section, const ConnectionSettings& target, int jobs,
                            const std::atomic_bool* cancelled, QString* error,
                            const QList<TocEntry>* entries) {
    QStringList arguments = {
        QStringLiteral("--section=") + section,
        QStringLiteral("--exit-on-error"),
        QStringLiteral("--no-password"),
        QStringLiteral("--dbname=") + toolConninfo(target),
    };
    if (section == QLatin1String("pre-data")) {
        arguments << QStringLiteral("--single-transaction");
    } else if (jobs > 1) {
        arguments << QStringLiteral("--jobs=%1").arg(jobs);
    }
    QTemporaryFile listFile(QDir::tempPath() + QStringLiteral("/pgmigrate-list-XXXXXX"));
    if (entries) {
        QStringList lines;
        for (const TocEntry& entry : *entries) {
            lines << entry.line;
        }
        if (!listFile.open()) {
            *error = listFile.errorString();
            return false;
        }
        listFile.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        listFile.close();
        arguments << QStringLiteral("--use-list=") + listFile.fileName();
    }
    if (!m_keepOwners) {
        arguments << QStringLiteral("--no-owner");
    }
    if (!m_keepGrants) {
        arguments << QStringLiteral("--no-acl");
    }
    arguments << m_archive->fileName();
    return runPgTool(m_pgRestore, arguments, m_passfile, cancelled, error);
}

} // namespace pgm
