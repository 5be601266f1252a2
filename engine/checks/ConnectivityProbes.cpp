#include "ConnectivityProbes.h"

#include "PgConnection.h"
#include "PgError.h"
#include "SecretStatement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace pgm {

void probeSameServer(PgConnection& target, const QString& marker, ConnectivityFacts* out) {
    PgResult result;
    QString sqlstate;
    QString message;
    if (!target.tryExec(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1"),
            {marker}, &result, &sqlstate, &message)) {
        out->sameServerNote = message;
        return;
    }
    out->sameServer = result.integer(0, 0) > 0;
}

std::optional<qint64> probeFreeDisk(PgConnection& target, QString* reason) {
    PgResult allowed;
    QString sqlstate;
    QString message;
    if (!target.tryExec(
            QStringLiteral("SELECT pg_has_role(current_user, "
                           "'pg_execute_server_program', 'USAGE') OR "
                           "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"),
            {}, &allowed, &sqlstate, &message) ||
        !allowed.boolean(0, 0)) {
        *reason = QCoreApplication::translate(
            "Checks", "needs superuser or pg_execute_server_program on the target to "
                      "run df; no SQL function reports free disk");
        return std::nullopt;
    }
    // The server runs COPY's program in its data directory, so "." is the data directory.
    const QStringList steps = {
        QStringLiteral("BEGIN"),
        QStringLiteral("CREATE TEMP TABLE pgmigrate_df (line text) ON COMMIT DROP"),
        QStringLiteral("COPY pgmigrate_df FROM PROGRAM 'df -P -B1 .'"),
    };
    for (const QString& step : steps) {
        PgResult ignored;
        if (!target.tryExec(step, {}, &ignored, &sqlstate, &message)) {
            *reason =
                QCoreApplication::translate("Checks", "df on the target failed: %1").arg(message);
            PgResult rollback;
            target.tryExec(QStringLiteral("ROLLBACK"), {}, &rollback, &sqlstate, &message);
            return std::nullopt;
        }
    }
    PgResult lines;
    const bool read = target.tryExec(QStringLiteral("SELECT line FROM pgmigrate_df OFFSET 1"), {},
                                     &lines, &sqlstate, &message);
    PgResult rollback;
    target.tryExec(QStringLiteral("ROLLBACK"), {}, &rollback, &sqlstate, &message);
    if (!read || lines.rows() == 0) {
        *reason = QCoreApplication::translate("Checks", "df on the target printed nothing usable");
        return std::nullopt;
    }
    // POSIX df -P: Filesystem 1-blocks Used Available Capacity Mounted-on
    const QStringList fields =
        lines.text(0, 0).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    bool ok = false;
    const qint64 available = fields.size() >= 4 ? fields.at(3).toLongLong(&ok) : 0;
    if (!ok) {
        *reason = QCoreApplication::translate("Checks", "could not read df's output on the target");
        return std::nullopt;
    }
    return available;
}

void probeTargetReachesSource(PgConnection& target, const QString& sourceConninfo,
                              ConnectivityFacts* out) {
    const QString name =
        QStringLiteral("pgmigrate_probe_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    PgResult ignored;
    QString sqlstate;
    QString message;
    const QString create = // it carries the source password
        QStringLiteral("CREATE SUBSCRIPTION ") + target.quoteIdentifier(name) +
        QStringLiteral(" CONNECTION ") + target.quoteLiteral(sourceConninfo) +
        QStringLiteral(" PUBLICATION pgmigrate_probe WITH (connect = true, enabled = false, "
                       "create_slot = false, copy_data = false, slot_name = NONE)");
    if (tryExecSecret(target, create, &sqlstate, &message)) {
        out->targetReachesSource = ConnectivityFacts::ProbeState::Reached;
        const IgnoreCancel cleanup(target); // the probe holds the source password: never leave it
        target.tryExec(QStringLiteral("DROP SUBSCRIPTION ") + target.quoteIdentifier(name), {},
                       &ignored, &sqlstate, &message);
    } else {
        out->targetReachesSource = ConnectivityFacts::ProbeState::Failed;
        out->targetReachesSourceDetail = message;
    }
}

} // namespace pgm
