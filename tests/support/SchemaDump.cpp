#include "SchemaDump.h"

#include <QProcess>
#include <QStringList>

namespace pgtest {

namespace {

const QString kPgDump = QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump");

} // namespace

QString normalizedSchema(Cluster cluster, const QString& dbname) {
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), pgtest::password());
    dump.setProcessEnvironment(env);
    dump.start(kPgDump, {QStringLiteral("--schema-only"), QStringLiteral("--no-publications"),
                         QStringLiteral("--no-subscriptions"), QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(pgtest::port(cluster)), QStringLiteral("-U"),
                         QStringLiteral("postgres"), QStringLiteral("-d"), dbname});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
        return QStringLiteral("pg_dump failed: ") + QString::fromUtf8(dump.readAllStandardError());
    }
    QStringList kept;
    for (const QString& line :
         QString::fromUtf8(dump.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")) &&
            !line.startsWith(QLatin1String("SET ")) &&
            !line.startsWith(QLatin1String("\\restrict")) &&
            !line.startsWith(QLatin1String("\\unrestrict"))) {
            kept << line;
        }
    }
    return kept.join(QLatin1Char('\n'));
}

QString schemaDifference(const QString& dbname) {
    const QString source = normalizedSchema(Cluster::Source, dbname);
    const QString target = normalizedSchema(Cluster::Target, dbname);
    if (source == target) {
        return {};
    }
    const QStringList sourceLines = source.split(QLatin1Char('\n'));
    const QStringList targetLines = target.split(QLatin1Char('\n'));
    QStringList difference;
    for (const QString& line : sourceLines) {
        if (!targetLines.contains(line)) {
            difference << QStringLiteral("missing on the target: ") + line;
        }
    }
    for (const QString& line : targetLines) {
        if (!sourceLines.contains(line)) {
            difference << QStringLiteral("only on the target: ") + line;
        }
    }
    return difference.isEmpty() ? QStringLiteral("same lines, another order")
                                : difference.join(QLatin1Char('\n'));
}

} // namespace pgtest
