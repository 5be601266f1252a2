#include "MigrationState.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace pgm {

namespace {

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue nullable(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue versionText(ServerVersion version) {
    return version.isValid() ? QJsonValue(version.text()) : QJsonValue();
}

QJsonValue versionNumber(ServerVersion version) {
    return version.isValid() ? QJsonValue(version.number()) : QJsonValue();
}

} // namespace

QJsonArray checksToJson(const QList<CheckRecord>& checks) {
    QJsonArray array;
    for (const CheckRecord& check : checks) {
        array.append(QJsonObject{{QStringLiteral("id"), check.id},
                                 {QStringLiteral("title"), check.title},
                                 {QStringLiteral("status"), check.status},
                                 {QStringLiteral("dbname"), nullable(check.dbname)},
                                 {QStringLiteral("detail"), check.detail},
                                 {QStringLiteral("remedy"), check.remedy}});
    }
    return array;
}

namespace {

QList<CheckRecord> checksFrom(const QJsonArray& array) {
    QList<CheckRecord> checks;
    for (const auto& value : array) {
        const QJsonObject item = value.toObject();
        checks << CheckRecord{item.value(QStringLiteral("id")).toString(),
                              item.value(QStringLiteral("title")).toString(),
                              item.value(QStringLiteral("status")).toString(),
                              item.value(QStringLiteral("dbname")).toString(),
                              item.value(QStringLiteral("detail")).toString(),
                              item.value(QStringLiteral("remedy")).toString()};
    }
    return checks;
}

} // namespace

QJsonObject connectionToJson(const ConnectionSettings& settings) {
    QJsonObject extra;
    for (auto it = settings.extra.cbegin(); it != settings.extra.cend(); ++it) {
        if (it.key() != QLatin1String("password") && it.key() != QLatin1String("sslpassword")) {
            extra.insert(it.key(), it.value());
        }
    }
    return {
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), settings.port},
        {QStringLiteral("dbname"), settings.dbname},
        {QStringLiteral("user"), settings.user},
        {QStringLiteral("sslmode"), settings.sslmode},
        {QStringLiteral("sslrootcert"), settings.sslrootcert},
        {QStringLiteral("connect_timeout"), settings.connectTimeoutSeconds},
        {QStringLiteral("extra"), extra},
    };
}

ConnectionSettings connectionFromJson(const QJsonObject& object) {
    ConnectionSettings settings;
    settings.host = object.value(QStringLiteral("host")).toString();
    settings.port = object.value(QStringLiteral("port")).toInt(5432);
    settings.dbname = object.value(QStringLiteral("dbname")).toString();
    settings.user = object.value(QStringLiteral("user")).toString();
    settings.sslmode = object.value(QStringLiteral("sslmode")).toString(QStringLiteral("prefer"));
    settings.sslrootcert = object.value(QStringLiteral("sslrootcert")).toString();
    settings.connectTimeoutSeconds = object.value(QStringLiteral("connect_timeout")).toInt(10);
    const QJsonObject extra = object.value(QStringLiteral("extra")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        settings.extra.insert(it.key(), it.value().toString());
    }
    return settings;
}

DbStatus MigrationState::overallStatus(bool ownerAlive) const {
    if (stopped) {
        return DbStatus::Stopped;
    }
    if (!error.isEmpty()) {
        return DbStatus::Failed;
    }
    bool anyRunning = false;
    for (const DatabaseState& db : databases) {
        if (db.status == DbStatus::Failed) {
            return DbStatus::Failed;
        }
        anyRunning =
            anyRunning || db.status == DbStatus::Running || db.status == DbStatus::Interrupted;
    }
    if (anyRunning || databases.isEmpty()) {
        if (!finished.isValid() && !ownerAlive) {
            return DbStatus::Interrupted;
        }
        return finished.isValid() && databases.isEmpty() ? DbStatus::Done : DbStatus::Running;
    }
    return DbStatus::Done; // every database done or syncing
}

DbStatus MigrationState::displayStatus(bool ownerAlive) const {
    const DbStatus overall = overallStatus(ownerAlive);
    return overall == DbStatus::Done && anySyncing() ? DbStatus::Syncing : overall;
}

DbStatus MigrationState::databaseStatus(const DatabaseState& db, bool ownerAlive) const {
    if (db.status == DbStatus::Running && !ownerAlive && !finished.isValid()) {
        return DbStatus::Interrupted;
    }
    if (stopped && db.status == DbStatus::Running) {
        return DbStatus::Stopped;
    }
    return db.status;
}

bool MigrationState::anySyncing() const {
    return std::any_of(databases.cbegin(), databases.cend(),
                       [](const DatabaseState& db) { return db.status == DbStatus::Syncing; });
}

bool MigrationState::anyMigrated() const {
    return std::any_of(databases.cbegin(), databases.cend(),
                       [](const DatabaseState& db) { return db.migrated(); });
}

bool MigrationState::committed() const {
    return std::any_of(databases.cbegin(), databases.cend(), [](const DatabaseState& db) {
        return db.status == DbStatus::Running || db.migrated();
    });
}

bool MigrationState::resumable(bool ownerAlive) const {
    return overallStatus(ownerAlive) == DbStatus::Interrupted;
}

QString MigrationState::overallMethod() const {
    QString method;
    for (const DatabaseState& db : databases) {
        const QString name = methodName(db.method);
        if (method.isEmpty()) {
            method = name;
        } else if (method != name) {
            return {};
        }
    }
    return method;
}

DatabaseState* MigrationState::database(const QString& dbname) {
    for (DatabaseState& db : databases) {
        if (db.dbname == dbname) {
            return &db;
        }
    }
    return nullptr;
}

double cutoverStepSeconds(const CutoverStep& step, bool ownerAlive, bool* running) {
    *running = step.seconds < 0 && ownerAlive && step.started.isValid();
    return *running ? double(step.started.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0
                    : step.seconds;
}

namespace {

QJsonObject phaseSecondsJson(const QMap<Phase, double>& phases) {
    QJsonObject object;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it) {
        object.insert(phaseId(it.key()), qRound(it.value() * 1000) / 1000.0);
    }
    return object;
}

QJsonArray triggerStatesJson(const QList<QStringList>& triggers) {
    QJsonArray array;
    for (const QStringList& trigger : triggers) {
        array.append(QJsonArray::fromStringList(trigger));
    }
    return array;
}

QJsonArray cutoverStepsJson(const QList<CutoverStep>& steps) {
    QJsonArray array;
    for (const CutoverStep& step : steps) {
        array.append(QJsonObject{{QStringLiteral("step"), phaseId(step.step)},
                                 {QStringLiteral("limit"), step.limitSeconds},
                                 {QStringLiteral("started"), timeText(step.started)},
                                 {QStringLiteral("seconds"), step.seconds}});
    }
    return array;
}

/// For `status`: the running step's seconds are its time so far; a step whose finish died
/// has none.
QJsonArray cutoverStepsStatus(const QList<CutoverStep>& steps, bool ownerAlive) {
    QJsonArray array;
    for (const CutoverStep& step : steps) {
        bool running = false;
        const double soFar = cutoverStepSeconds(step, ownerAlive, &running);
        const QJsonValue seconds = soFar < 0 ? QJsonValue() : qRound(soFar * 1000) / 1000.0;
        array.append(QJsonObject{{QStringLiteral("step"), phaseId(step.step)},
                                 {QStringLiteral("limit"), step.limitSeconds},
                                 {QStringLiteral("seconds"), seconds},
                                 {QStringLiteral("running"), running}});
    }
    return array;
}

QList<CutoverStep> cutoverStepsFrom(const QJsonArray& array) {
    QList<CutoverStep> steps;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        steps << CutoverStep{phaseFromId(object.value(QStringLiteral("step")).toString()),
                             object.value(QStringLiteral("limit")).toInteger(),
                             timeFrom(object.value(QStringLiteral("started"))),
                             object.value(QStringLiteral("seconds")).toDouble(-1)};
    }
    return steps;
}

void readPhase(const QString& label, DatabaseState* db) {
    db->phase = phaseFromId(label);
    static const QRegularExpression progress(QStringLiteral("^initial sync (\\d+)/(\\d+) tables$"));
    const QRegularExpressionMatch match = progress.match(label);
    if (match.hasMatch()) {
        db->syncedTables = match.captured(1).toInt();
        db->syncTables = match.captured(2).toInt();
    }
}

} // namespace

qint64 DatabaseState::bytesCovered() const {
    if (tables.isEmpty()) {
        return bytesDone;
    }
    qint64 covered = 0;
    for (const TableState& table : tables) {
        covered += table.copied ? table.bytes : std::min(table.bytesStreamed, table.bytes);
    }
    return covered;
}

qint64 DatabaseState::copySecondsLeft() const {
    const qint64 covered = bytesCovered();
    if (copySeconds < 1 || covered <= 0 || bytesTotal <= covered) {
        return -1;
    }
    return qRound64(double(bytesTotal - covered) * copySeconds / double(covered));
}

QString DatabaseState::phaseLabel() const {
    if (phase == Phase::InitialSync && syncTables > 0) {
        return QStringLiteral("initial sync %1/%2 tables").arg(syncedTables).arg(syncTables);
    }
    return phaseId(phase);
}

QJsonObject tableToJson(const TableState& table) {
    return {{QStringLiteral("name"), table.name},
            {QStringLiteral("rows"), table.rows},
            {QStringLiteral("bytes"), table.bytes},
            {QStringLiteral("copied"), table.copied},
            {QStringLiteral("verified"), table.verified}};
}

QJsonObject databaseToJson(const DatabaseState& db, bool withTables) {
    QJsonObject object{
        {QStringLiteral("dbname"), db.dbname},
        {QStringLiteral("method"), methodName(db.method)},
        {QStringLiteral("reason"), db.reason},
        {QStringLiteral("status"), statusName(db.status)},
        {QStringLiteral("phase"), db.phaseLabel()},
        {QStringLiteral("error"), nullable(db.error)},
        {QStringLiteral("bytes_total"), db.bytesTotal},
        {QStringLiteral("bytes_done"), db.bytesDone},
        {QStringLiteral("rows_done"), db.rowsDone},
        {QStringLiteral("copy_seconds"), db.copySeconds},
        {QStringLiteral("verify_seconds"), db.verifySeconds},
        {QStringLiteral("phase_seconds"), phaseSecondsJson(db.phaseSeconds)},
        {QStringLiteral("started"), timeText(db.started)},
        {QStringLiteral("finished"), timeText(db.finished)},
        {QStringLiteral("replica_identity_full"),
         QJsonArray::fromStringList(db.replicaIdentityFull)},
        {QStringLiteral("copy_at_cutover"), QJsonArray::fromStringList(db.copyAtCutover)},
        {QStringLiteral("lag_bytes"), db.lagBytes},
        {QStringLiteral("wal_status"), db.walStatus},
        {QStringLiteral("apply_errors_seen"), db.applyErrorsSeen},
        {QStringLiteral("writes_frozen"), db.writesFrozen},
        {QStringLiteral("target_created"), db.targetCreated},
        {QStringLiteral("trigger_states"), triggerStatesJson(db.triggerStates)},
        {QStringLiteral("cutover_steps"), cutoverStepsJson(db.cutoverSteps)},
    };
    if (withTables) {
        QJsonArray tables;
        for (const TableState& table : db.tables) {
            tables.append(tableToJson(table));
        }
        object.insert(QStringLiteral("tables"), tables);
    }
    return object;
}

QJsonObject MigrationState::toJson(bool withDatabases) const {
    QJsonObject object = headerJson();
    object.insert(QStringLiteral("checks"), checksToJson(checks));
    if (withDatabases) {
        QJsonArray dbs;
        for (const DatabaseState& db : databases) {
            dbs.append(databaseToJson(db));
        }
        object.insert(QStringLiteral("databases"), dbs);
    }
    return object;
}

QJsonObject MigrationState::headerJson() const {
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("id"), id},
        {QStringLiteral("created"), timeText(created)},
        {QStringLiteral("finished"), timeText(finished)},
        {QStringLiteral("source"), connectionToJson(source)},
        {QStringLiteral("target"), connectionToJson(target)},
        // The text for a person reading the file; the number is what a loader reads.
        {QStringLiteral("source_server_version"), versionText(sourceVersion)},
        {QStringLiteral("source_server_version_num"), versionNumber(sourceVersion)},
        {QStringLiteral("target_server_version"), versionText(targetVersion)},
        {QStringLiteral("target_server_version_num"), versionNumber(targetVersion)},
        {QStringLiteral("method_choice"), methodChoice},
        {QStringLiteral("excluded_databases"), QJsonArray::fromStringList(excludedDatabases)},
        {QStringLiteral("skipped_tables"), QJsonArray::fromStringList(skippedTables)},
        {QStringLiteral("pg_dump_dir"), nullable(pgDumpDir)},
        {QStringLiteral("borrowed_roles"), QJsonArray::fromStringList(borrowedRoles)},
        {QStringLiteral("jobs"), jobs},
        {QStringLiteral("stopped"), stopped},
        {QStringLiteral("error"), nullable(error)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("lag_history"), lagHistory.toJson()},
    };
}

namespace {

/// One database of the state file, as databaseToJson() wrote it.
DatabaseState databaseFromJson(const QJsonObject& item) {
    DatabaseState db;
    db.dbname = item.value(QStringLiteral("dbname")).toString();
    db.method = item.value(QStringLiteral("method")).toString() == QLatin1String("replication")
                    ? MigrationMethod::Replication
                    : MigrationMethod::Dump;
    db.reason = item.value(QStringLiteral("reason")).toString();
    // StateStore refuses a file with an unknown status before this reads it.
    db.status =
        statusFromName(item.value(QStringLiteral("status")).toString()).value_or(DbStatus::Running);
    readPhase(item.value(QStringLiteral("phase")).toString(), &db);
    db.error = item.value(QStringLiteral("error")).toString();
    db.bytesTotal = item.value(QStringLiteral("bytes_total")).toInteger();
    db.bytesDone = item.value(QStringLiteral("bytes_done")).toInteger();
    db.rowsDone = item.value(QStringLiteral("rows_done")).toInteger();
    db.copySeconds = item.value(QStringLiteral("copy_seconds")).toDouble();
    db.verifySeconds = item.value(QStringLiteral("verify_seconds")).toDouble();
    const QJsonObject phases = item.value(QStringLiteral("phase_seconds")).toObject();
    for (auto it = phases.constBegin(); it != phases.constEnd(); ++it) {
        const Phase phase = phaseFromId(it.key());
        if (phase != Phase::Unknown) {
            db.phaseSeconds.insert(phase, it.value().toDouble());
        }
    }
    db.started = timeFrom(item.value(QStringLiteral("started")));
    db.finished = timeFrom(item.value(QStringLiteral("finished")));
    for (const auto& name : item.value(QStringLiteral("replica_identity_full")).toArray()) {
        db.replicaIdentityFull << name.toString();
    }
    for (const auto& name : item.value(QStringLiteral("copy_at_cutover")).toArray()) {
        db.copyAtCutover << name.toString();
    }
    db.lagBytes = item.value(QStringLiteral("lag_bytes")).toInteger(-1);
    db.walStatus = item.value(QStringLiteral("wal_status")).toString();
    db.applyErrorsSeen = item.value(QStringLiteral("apply_errors_seen")).toInteger(0);
    db.writesFrozen = item.value(QStringLiteral("writes_frozen")).toBool(false);
    for (const auto& trigger : item.value(QStringLiteral("trigger_states")).toArray()) {
        db.triggerStates << trigger.toVariant().toStringList();
    }
    db.targetCreated = item.value(QStringLiteral("target_created")).toBool(false);
    db.cutoverSteps = cutoverStepsFrom(item.value(QStringLiteral("cutover_steps")).toArray());
    for (const auto& tableValue : item.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = tableValue.toObject();
        db.tables << TableState{t.value(QStringLiteral("name")).toString(),
                                t.value(QStringLiteral("rows")).toInteger(),
                                t.value(QStringLiteral("bytes")).toInteger(),
                                t.value(QStringLiteral("copied")).toBool(),
                                t.value(QStringLiteral("verified")).toBool()};
    }
    return db;
}

} // namespace

MigrationState MigrationState::fromJson(const QJsonObject& object) {
    MigrationState state;
    state.id = object.value(QStringLiteral("id")).toString();
    state.created = timeFrom(object.value(QStringLiteral("created")));
    state.finished = timeFrom(object.value(QStringLiteral("finished")));
    state.source = connectionFromJson(object.value(QStringLiteral("source")).toObject());
    state.target = connectionFromJson(object.value(QStringLiteral("target")).toObject());
    state.sourceVersion =
        ServerVersion(object.value(QStringLiteral("source_server_version_num")).toInt());
    state.targetVersion =
        ServerVersion(object.value(QStringLiteral("target_server_version_num")).toInt());
    state.checks = checksFrom(object.value(QStringLiteral("checks")).toArray());
    state.methodChoice = object.value(QStringLiteral("method_choice")).toString();
    const auto strings = [&object](const char* key) {
        QStringList list;
        for (const auto& value : object.value(QLatin1String(key)).toArray()) {
            list << value.toString();
        }
        return list;
    };
    state.excludedDatabases = strings("excluded_databases");
    state.skippedTables = strings("skipped_tables");
    state.pgDumpDir = object.value(QStringLiteral("pg_dump_dir")).toString();
    state.borrowedRoles = strings("borrowed_roles");
    state.warnings = strings("warnings");
    state.jobs = object.value(QStringLiteral("jobs")).toInt(2);
    state.stopped = object.value(QStringLiteral("stopped")).toBool();
    state.error = object.value(QStringLiteral("error")).toString();
    for (const auto& value : object.value(QStringLiteral("databases")).toArray()) {
        state.databases << databaseFromJson(value.toObject());
    }
    state.lagHistory = LagHistory::fromJson(object.value(QStringLiteral("lag_history")).toArray());
    return state;
}

QJsonObject MigrationState::toStatusJson(bool ownerAlive) const {
    QJsonArray detail;
    for (const DatabaseState& db : databases) {
        detail.append(QJsonObject{
            {QStringLiteral("dbname"), db.dbname},
            {QStringLiteral("method"), methodName(db.method)},
            {QStringLiteral("status"), statusName(databaseStatus(db, ownerAlive))},
            {QStringLiteral("error"), nullable(db.error)},
            {QStringLiteral("phase"), db.phaseLabel()},
            {QStringLiteral("reason"), db.reason},
            {QStringLiteral("bytes_done"), db.bytesDone},
            {QStringLiteral("bytes_total"), db.bytesTotal},
            {QStringLiteral("rows_done"), db.rowsDone},
            {QStringLiteral("copy_seconds"), db.copySeconds},
            {QStringLiteral("verify_seconds"), db.verifySeconds},
            {QStringLiteral("phase_seconds"), phaseSecondsJson(db.phaseSeconds)},
            {QStringLiteral("lag_bytes"),
             db.method == MigrationMethod::Replication ? QJsonValue(db.lagBytes) : QJsonValue()},
            {QStringLiteral("wal_status"),
             db.method == MigrationMethod::Replication ? QJsonValue(db.walStatus) : QJsonValue()},
            {QStringLiteral("retained_wal_bytes"), db.method == MigrationMethod::Replication
                                                       ? QJsonValue(db.retainedBytes)
                                                       : QJsonValue()},
            {QStringLiteral("lag_seconds"),
             db.method == MigrationMethod::Replication ? QJsonValue(db.lagSeconds) : QJsonValue()},
            {QStringLiteral("tables_total"), int(db.tables.size())},
            {QStringLiteral("tables_copied"),
             int(std::count_if(db.tables.cbegin(), db.tables.cend(),
                               [](const TableState& table) { return table.copied; }))},
            {QStringLiteral("started"), nullable(timeText(db.started))},
            {QStringLiteral("finished"), nullable(timeText(db.finished))},
            {QStringLiteral("writes_frozen"), db.writesFrozen},
            {QStringLiteral("cutover_steps"), cutoverStepsStatus(db.cutoverSteps, ownerAlive)},
        });
    }
    QString overallError = error;
    if (overallError.isEmpty()) {
        for (const DatabaseState& db : databases) {
            if (!db.error.isEmpty()) {
                overallError = db.dbname + QStringLiteral(": ") + db.error;
                break;
            }
        }
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("migration"),
         QJsonObject{{QStringLiteral("status"), statusName(overallStatus(ownerAlive))},
                     {QStringLiteral("method"), overallMethod()},
                     {QStringLiteral("error"), nullable(overallError)},
                     {QStringLiteral("created"), nullable(timeText(created))},
                     {QStringLiteral("finished"), nullable(timeText(finished))}}},
        {QStringLiteral("migration_detail"), detail},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace pgm
