#include "OrphanSessions.h"

#include "PgConnection.h"
#include "PgError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

namespace pgm {

namespace {

const QString kPrefix = QStringLiteral("pgmigrate ");

} // namespace

QString sessionName(const QString& id) {
    return QString(kPrefix + id).left(63); // ids are ASCII: characters are bytes
}

QString ownSessionsSince(PgConnection& first) {
    return first
        .exec(QStringLiteral("SELECT extract(epoch FROM backend_start)::float8::text FROM "
                             "pg_stat_activity WHERE pid = pg_backend_pid()"))
        .scalar();
}

int endOrphanSessions(PgConnection& connection, const QString& ownId, const QString& ownSince,
                      const std::function<bool(const QString& id)>& alive,
                      std::chrono::seconds wait) {
    const PgResult named = connection.exec(
        QStringLiteral(
            "SELECT pid, application_name, $2 <> '' AND extract(epoch FROM "
            "backend_start) >= nullif($2, '')::float8 FROM pg_stat_activity WHERE datname = "
            "current_database() AND pid <> pg_backend_pid() AND "
            "left(application_name, length($1)) = $1"),
        {kPrefix, ownSince},
        QCoreApplication::translate("Runner", "look for sessions of earlier runs"));
    QStringList orphans;
    for (int row = 0; row < named.rows(); ++row) {
        const QString id = named.text(row, 1).mid(kPrefix.size());
        // This run's own sessions (its admin connection, when this database is the one it
        // connects to) are named alike, and must live on.
        const bool thisRun = named.boolean(row, 2);
        if ((named.text(row, 1) == sessionName(ownId) && !thisRun) || !alive(id)) {
            orphans << named.text(row, 0);
        }
    }
    if (orphans.isEmpty()) {
        return 0;
    }
    const QString pids = QLatin1Char('{') + orphans.join(QLatin1Char(',')) + QLatin1Char('}');
    connection.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) pid"),
                    {pids},
                    QCoreApplication::translate("Runner", "end sessions of an earlier run"));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const QString left =
            connection
                .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = "
                                     "ANY($1::int[])"),
                      {pids})
                .scalar();
        if (left == QLatin1String("0")) {
            return int(orphans.size());
        }
        if (timer.elapsed() > std::chrono::milliseconds(wait).count()) {
            throw PgError(PgError::Kind::Query,
                          QCoreApplication::translate("Runner", "end sessions of an earlier run"),
                          QCoreApplication::translate(
                              "Runner", "%1 session(s) of an earlier, killed run still work in "
                                        "this database (pids %2); try again when they are gone")
                              .arg(left, orphans.join(QStringLiteral(", "))));
        }
        QThread::msleep(100);
    }
}

} // namespace pgm
