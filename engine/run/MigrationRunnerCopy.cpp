// The data copy, the restore of indexes and constraints, and verification, for one database.
#include "ArchiveToc.h"
#include "DatabaseRun.h"
#include "EarlyPrimaryKey.h"
#include "LargeObjects.h"
#include "Logging.h"
#include "MigrationRunner.h"
#include "ParallelTables.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PostDataScripts.h"
#include "ReadBackWithKey.h"
#include "SchemaArchive.h"
#include "TableBatch.h"
#include "TableCatalog.h"
#include "TableCopy.h"
#include "TextOutput.h"
#include "ThrottledSave.h"
#include "UnloggedStatements.h"
#include "Verifier.h"
#include "WorkerSessions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

namespace pgm {

namespace {

constexpr std::chrono::seconds kConnectTimeout(30);
constexpr quint32 kPgConstraint = 2606; // the catalog of a constraint's archive entry
// Below this a table is loaded without TRUNCATE and COPY FREEZE, and analyzed without VACUUM:
// TRUNCATE gives the table, its TOAST table and TOAST index new files (and the old ones are
// unlinked at the next checkpoint), which at 20,000 tables costs more than the rows, while
// the visibility map of a few pages saves index-only scans next to nothing.
constexpr qint64 kSmallTableBytes = qint64{1} << 20;
// Small new tables are copied this many at a time (TableBatch): one transaction holds a lock on
// each, and a batch is one worker's unit of work, so it stays short beside a large table.
constexpr qsizetype kBatchTables = 64;
constexpr qint64 kBatchBytes = qint64{8} << 20;

/// Each table's index in a database's table list, by name: a table finds its entry once, where
/// a scan of the list per table cost time squared (a second of CPU at 20,000 tables). The list
/// is filled before the copy starts and does not change while it runs.
QHash<QString, qsizetype> entriesByName(const QList<TableState>& tables) {
    QHash<QString, qsizetype> entries;
    entries.reserve(tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        entries.insert(tables[i].name, i);
    }
    return entries;
}

/// How each table is loaded. Every table is emptied in its loading transaction (a run killed
/// after a table's commit but before the state said so must not leave its rows twice):
/// TRUNCATE, which also allows COPY FREEZE, or DELETE for a table a foreign key points at and
/// for a small new one. `digest`: digest the rows of tables whose bytes compare. `liftForce`:
/// the target user is neither a superuser nor BYPASSRLS (CopyOptions::liftForcedRowSecurity);
/// fresh tables have no row security yet (pg_dump enables it in the post-data section).
std::function<CopyOptions(const TableInfo&)> loadOptions(const QSet<QString>& referenced,
                                                         bool freshTables, bool binary, bool digest,
                                                         qint64 insertBytes, bool liftForce) {
    return
        [&referenced, freshTables, binary, digest, insertBytes, liftForce](const TableInfo& table) {
            CopyOptions options;
            options.liftForcedRowSecurity = liftForce && !freshTables;
            options.binary = binary && !table.textOnly;
            options.truncateFirst = true;
            options.earlyKey = freshTables;
            options.deleteFirst = referenced.contains(table.qualified) ||
                                  (freshTables && table.bytes < kSmallTableBytes); // a killed run's
            // Read back after the commit, such a table would show its owner only the rows its
            // policies let through; verification reads it past them (Verifier.cpp).
            options.digest = digest && table.digestable &&
                             !(options.liftForcedRowSecurity && table.forcedRowSecurity);
            // A table of no columns has no VALUES to write; an extension's may have rules or
            // triggers of its own, which an INSERT fires and a COPY does not.
            options.insertable =
                table.bytes <= insertBytes && !table.columns.isEmpty() && !table.extensionConfig;
            return options;
        };
}

/// Small tables this run created are copied in batches; a large one alone (its read-back may
/// borrow idle jobs, its primary key built meanwhile).
std::function<bool(const TableInfo&)> batchable(bool freshTables, qint64 largeTableBytes) {
    return [freshTables, largeTableBytes](const TableInfo& table) {
        return freshTables && table.bytes < kSmallTableBytes && table.bytes < largeTableBytes;
    };
}

/// The copy workers' sessions: the source's inside `snapshot`, the target's set up for loading.
WorkerConnections loadingConnections(const ConnectionSettings& source,
                                     const ConnectionSettings& target, const QString& snapshot,
                                     std::atomic_bool* triggersFire) {
    WorkerConnections connections;
    connections.source = source;
    connections.target = target;
    connections.snapshot = snapshot;
    connections.prepare = [triggersFire](PgConnection&, PgConnection& targetDb) {
        // Triggers and foreign keys must not fire on rows that already passed them on the
        // source. Superusers (or, on 15+, roles granted SET on the parameter) may set it;
        // managed services offer aiven_extras' wrapper.
        if (!disableTriggersForLoad(targetDb)) {
            *triggersFire = true;
        }
        // synchronous_commit stays as the target has it: a table is marked copied once its
        // COMMIT returns, and a resume skips it; with `off` a target whose host crashed right
        // after could have lost that commit. The cost is one flush per table or batch.
    };
    return connections;
}

} // namespace

void MigrationRunner::openCopyWorkersAhead(DatabaseState& db, DatabaseRun& run,
                                           const TargetPlan& plan) {
    // As many as copyData's workers: one per unit of work, up to the database's jobs.
    const qsizetype units =
        batchSizes(tablesToCopy(db, run), batchable(plan.restorePreData, m_request.largeTableBytes),
                   kBatchTables, kBatchBytes)
            .size();
    const qsizetype workers = std::min<qsizetype>(units, jobsFor(db));
    if (workers == 0) {
        return;
    }
    WorkerConnections connections;
    connections.source = m_request.check.inspection.source.withDatabase(db.dbname);
    connections.target = m_request.check.inspection.target.withDatabase(db.dbname);
    connections.snapshot = run.snapshot;
    run.workersAhead = std::make_unique<WorkersOpenedAhead>(connections, workers, m_cancelled);
}

void MigrationRunner::restorePostData(DatabaseState& db, DatabaseRun& run, bool whole) {
    SchemaArchive& schema = *run.schema;
    PgConnection& sourceInSnapshot = *run.coordinator;
    const ConnectionSettings& targetDbSettings = run.target;
    QString error;
    bool ok = true;
    // A resumed run's object may appear while it restores: a killed run's session that ended
    // its CREATE INDEX between the orphan sweep and now commits it. Then what is missing is
    // read again and the rest restored, once.
    QSet<quint32> early;
    {
        std::lock_guard lock(m_mutex);
        early = m_earlyKeys.value(db.dbname);
    }
    QList<TocEntry> rest;
    std::optional<QList<TocEntry>> listed; // the archive's entries but the early keys
    if (whole) {
        listed.emplace();
    }
    qsizetype restLong = -1; // unknown: what is missing is looked up on the target
    const Scripted scripted =
        whole ? scriptPostData(db, run, early, &rest, &*listed, &restLong) : Scripted::None;
    // After a failed script: what the target lacks, looked up as for a resumed run.
    whole = whole && scripted == Scripted::None;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QList<TocEntry> missing;
        error.clear();
        ok = true;
        if (scripted == Scripted::All && attempt == 0) {
            missing = rest;
        } else if (!whole) {
            // An earlier run may have built part of it: restore exactly what is not there.
            QList<TocEntry> entries;
            ok = schema.list(QStringLiteral("post-data"), &entries, m_cancelled, &error);
            if (ok) {
                auto targetDb = PgConnection::open(targetDbSettings, kConnectTimeout, m_cancelled);
                missing = missingOnTarget(sourceInSnapshot, *targetDb, entries);
            }
        } else if (!early.isEmpty()) {
            // All but the primary keys built with their table's load (no lookup on the target),
            // as scriptPostData listed them.
            whole = false;
            missing = std::move(*listed);
        }
        if (ok && (whole || !missing.isEmpty() || schema.appliesProviderFilteredGrants())) {
            // Jobs other databases no longer need build indexes too (JobLoans); none for
            // entries known to take milliseconds (PostDataPlan::restLong).
            const bool planned = attempt == 0 && restLong >= 0 && scripted != Scripted::Partly;
            const BorrowedJobs spare(m_jobLoans, m_request.jobs - jobsFor(db));
            const int jobs = jobsFor(db) + spare.count();
            ok = schema.restore(QStringLiteral("post-data"), targetDbSettings,
                                planned ? int(std::clamp<qsizetype>(restLong, 1, jobs)) : jobs,
                                m_cancelled, &error, whole ? nullptr : &missing);
        }
        if (ok || whole || isCancelled() || !error.contains(QLatin1String("already exists"))) {
            break;
        }
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: an index or constraint appeared on the target "
                                          "while it was restored (a killed run's session "
                                          "ending its work): what is missing was read again")
                                .arg(db.dbname);
    }
    if (!ok) {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "create indexes and constraints in %1")
                          .arg(db.dbname),
                      error);
    }
    warnOfGrantorsReplaced(db, schema);
}

void MigrationRunner::warnOfGrantorsReplaced(const DatabaseState& db, const SchemaArchive& schema) {
    QStringList grantors = schema.grantorsReplaced();
    if (grantors.isEmpty()) {
        return;
    }
    grantors.sort();
    const QString warning =
        QCoreApplication::translate("Runner",
                                    "%1: grants that %2 made on objects they do not own are "
                                    "made by the objects' owners on the target (a target user "
                                    "without superuser cannot act as another role); the "
                                    "privileges are the same")
            .arg(db.dbname, grantors.join(QStringLiteral(", ")));
    std::lock_guard lock(m_mutex);
    if (!m_state.warnings.contains(warning)) { // a resumed run applies the grants again
        m_state.warnings << warning;
    }
}

MigrationRunner::Scripted MigrationRunner::scriptPostData(const DatabaseState& db, DatabaseRun& run,
                                                          const QSet<quint32>& early,
                                                          QList<TocEntry>* rest,
                                                          QList<TocEntry>* listed,
                                                          qsizetype* restLong) {
    SchemaArchive& schema = *run.schema;
    QString error;
    const auto fail = [&] {
        throw PgError(isCancelled() ? PgError::Kind::Cancelled : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "create indexes and constraints in %1")
                          .arg(db.dbname),
                      error);
    };
    QList<TocEntry> entries;
    if (!schema.list(QStringLiteral("post-data"), &entries, m_cancelled, &error)) {
        fail();
    }
    entries.removeIf([&](const TocEntry& entry) {
        return entry.catalog == kPgConstraint && early.contains(entry.oid);
    });
    *listed = entries;
    const BorrowedJobs spare(m_jobLoans, m_request.jobs - jobsFor(db));
    // Against a distant target even a few entries go as scripts: pg_restore waits for each
    // statement of its own (its SETs, then one per entry) after opening its own session, 30
    // round trips for a database of five small tables.
    const bool distant = run.targetRoundTrip >= m_request.insertsFromRoundTrip;
    const PostDataPlan plan = planPostDataScripts(entries, entryTables(*run.coordinator, entries),
                                                  jobsFor(db) + spare.count(), kScriptedTableBytes,
                                                  distant ? 1 : kMinScriptedEntries);
    *restLong = plan.restLong;
    if (plan.scripts.isEmpty()) {
        return Scripted::None;
    }
    const std::optional<bool> restored =
        schema.restoreScripts(plan.scripts, run.target, m_cancelled, &error);
    if (restored == false) {
        fail();
    }
    *rest = plan.rest;
    return restored ? Scripted::All : Scripted::Partly;
}

void MigrationRunner::copyData(DatabaseState& db, const QString& snapshot,
                               const QList<TableInfo>& tables, const QSet<QString>& referenced,
                               bool freshTables, qint64 insertBytes, WorkersOpenedAhead* ahead) {
    std::atomic_bool triggersFire{false};
    WorkerConnections connections = loadingConnections(
        m_request.check.inspection.source.withDatabase(db.dbname),
        m_request.check.inspection.target.withDatabase(db.dbname), snapshot, &triggersFire);
    connections.loans = &m_jobLoans;
    // Between clusters of one major a table's COPY bytes compare: its rows are digested as they
    // stream, and read back from the target right after its commit (still in cache), so the
    // source is scanned once and verification overlaps the other tables' copies. A replicated
    // copy is verified only on request: then only is it worth reading back.
    const bool digest = m_sameMajor && (db.method != MigrationMethod::Replication ||
                                        m_request.verifyReplicatedCopy);
    const auto optionsFor = loadOptions(referenced, freshTables, m_sameMajor, digest, insertBytes,
                                        !m_targetBypassesRls);
    QHash<QString, qsizetype> entries;
    {
        std::lock_guard lock(m_mutex);
        entries = entriesByName(db.tables);
    }
    QElapsedTimer timer;
    timer.start();
    // Finished tables are remembered (a resumed run skips them), at most once a second: the
    // state holds every table, so saving it after each of 20,000 small tables wrote
    // gigabytes. A table a kill leaves unremembered is copied again on resume, its rows
    // replaced (truncateFirst), as one committed just before a kill always was.
    ThrottledSave saves([this] { save(); }, std::chrono::seconds(1));
    const QList<QList<TableInfo>> units = groupIntoBatches(
        tables, batchable(freshTables, m_request.largeTableBytes), kBatchTables, kBatchBytes);
    connections.ahead = ahead;
    const QString error = forEachInParallel(
        units.size(), jobsFor(db), connections, m_cancelled,
        [&](PgConnection& source, PgConnection& target, qsizetype unit) {
            const QList<TableInfo>& batch = units[unit];
            if (batch.size() == 1) {
                copyOneTable(db, source, target, batch.first(),
                             entries.value(batch.first().qualified, -1), optionsFor(batch.first()),
                             timer);
            } else {
                copyTableBatch(db, source, target, batch, entries, optionsFor, digest, timer);
            }
            if (!saves.changed()) {
                publish(); // the front ends still hear of each finished table
            }
        });
    save(); // every table copied so far, whatever the last second held
    if (!error.isEmpty()) {
        throw PgError(
            error == QLatin1String("cancelled") ? PgError::Kind::Cancelled : PgError::Kind::Query,
            QCoreApplication::translate("Runner", "copy data of %1").arg(db.dbname), error);
    }
    std::lock_guard lock(m_mutex);
    db.copySeconds = double(timer.elapsed()) / 1000.0;
    // Fresh tables get their triggers and foreign keys only after the data, so this matters
    // only when loading into an existing schema.
    if (triggersFire && !freshTables && !m_triggersOffForLoad.contains(db.dbname)) {
        m_state.warnings << QCoreApplication::translate(
                                "Runner", "%1: triggers and foreign key checks fired while loading "
                                          "(the target user may not set session_replication_role; "
                                          "GRANT SET ON PARAMETER session_replication_role TO it)")
                                .arg(db.dbname);
        // A trigger may have written into a table already checked as it was copied (an audit
        // row per loaded row): the verification compares every table again.
        m_verifiedWhileCopying.remove(db.dbname);
    }
}

void MigrationRunner::copyOneTable(DatabaseState& db, PgConnection& source, PgConnection& target,
                                   const TableInfo& table, qsizetype index,
                                   const CopyOptions& options, const QElapsedTimer& timer) {
    QElapsedTimer stepTimer;
    stepTimer.start();
    const CopyResult result =
        copyTable(source, target, table, options, m_cancelled, [&](qint64 bytes) {
            {
                std::lock_guard lock(m_mutex);
                db.bytesDone += bytes;
                db.copySeconds = double(timer.elapsed()) / 1000.0;
                if (index >= 0) {
                    db.tables[index].bytesStreamed += bytes; // this table's own progress
                }
                recordLagSample(m_state); // throughput, for the chart
            }
            notifyProgress();
        });
    const qint64 copiedMs = stepTimer.restart();
    bool analyzed = false;
    const std::optional<TableComparison> readBack =
        result.digested ? readBackLoadedTable(db, source, target, table, options, result, &analyzed)
                        : std::nullopt;
    const qint64 readBackMs = stepTimer.restart();
    if (!analyzed && m_request.analyze && table.analyzableAlone) {
        target.exec(analyzeStatement(target, table, result.frozen), {},
                    QStringLiteral("analyze %1").arg(table.qualified));
        analyzed = true;
    }
    const qint64 analyzeMs = stepTimer.restart();
    if (!result.digested && options.earlyKey && table.bytes >= m_request.largeTableBytes) {
        buildKeyAfterLoad(db, source, target, table);
    }
    // Where a table's time went, for --debug: the phase times cannot tell a slow copy from a
    // slow read-back, both inside the data phase.
    qCDebug(lcCopy,
            "%s: %lld rows copied in %lld ms, read back in %lld ms, analyzed in %lld ms, "
            "keyed in %lld ms",
            qUtf8Printable(table.qualified), result.rows, copiedMs, readBackMs, analyzeMs,
            stepTimer.elapsed());
    {
        std::lock_guard lock(m_mutex);
        if (readBack) {
            m_verifiedWhileCopying[db.dbname].insert(table.qualified, *readBack);
        }
        if (analyzed) {
            m_analyzedWhileCopying[db.dbname].insert(table.qualified);
        }
        db.rowsDone += result.rows;
        if (index >= 0) {
            db.tables[index].rows = result.rows;
            db.tables[index].copied = true;
        }
        db.copySeconds = double(timer.elapsed()) / 1000.0;
    }
}

void MigrationRunner::buildKeyAfterLoad(const DatabaseState& db, PgConnection& source,
                                        PgConnection& target, const TableInfo& table) {
    // Nothing reads this table back, so its worker builds the key itself, now: a large table's
    // key, the largest index, then overlaps the other tables' copies instead of waiting for the
    // indexes phase after them all (and, with one dominant table, a pg_restore's start).
    const std::optional<EarlyPrimaryKey> key = earlyPrimaryKey(source, table);
    if (!key || !earlyKeyMissing(target, *key)) {
        return;
    }
    try {
        buildEarlyPrimaryKey(target, table, *key, QString());
    } catch (const PgError& error) {
        if (error.kind() == PgError::Kind::Cancelled) {
            throw;
        }
        // The indexes phase builds it as pg_restore would, and reports what still fails.
        target.exec(QStringLiteral("ROLLBACK"));
        qCDebug(lcCopy, "primary key of %s left to the indexes phase: %s",
                qUtf8Printable(table.qualified), qUtf8Printable(error.describe()));
        return;
    }
    qCDebug(lcCopy, "%s: primary key built after its load", qUtf8Printable(table.qualified));
    std::lock_guard lock(m_mutex);
    m_earlyKeys[db.dbname] << key->constraintOid;
}

std::optional<TableComparison> MigrationRunner::readBackLoadedTable(
    const DatabaseState& db, PgConnection& source, PgConnection& target, const TableInfo& table,
    const CopyOptions& options, const CopyResult& result, bool* analyzed) {
    // A large table is read back in parts on jobs nothing else uses now (the other table
    // workers found no table left, other databases are done): with one dominant table its
    // read-back would otherwise run alone after its copy, on one session.
    const BorrowedJobs helpers(m_jobLoans,
                               table.bytes >= m_request.largeTableBytes ? m_request.jobs - 1 : 0);
    ReadBackSessions sessions;
    sessions.target = m_request.check.inspection.target.withDatabase(db.dbname);
    sessions.extra = helpers.count();
    sessions.cancelled = m_cancelled;
    // Its primary key, the largest index, is built meanwhile on one of them, after its ANALYZE.
    EarlyKeyWork work;
    if (helpers.count() > 0 && options.earlyKey) {
        work.key = earlyPrimaryKey(source, table);
        if (work.key && m_request.analyze && table.analyzableAlone) {
            work.analyze = analyzeStatement(target, table, result.frozen);
        }
    }
    bool keyBuilt = false;
    const TableComparison comparison =
        readBackBuildingKey(target, table, result, sessions, work, &keyBuilt);
    if (keyBuilt) {
        *analyzed = !work.analyze.isEmpty();
        std::lock_guard lock(m_mutex);
        m_earlyKeys[db.dbname] << work.key->constraintOid;
    }
    return comparison;
}

QString MigrationRunner::analyzeStatement(const PgConnection& target, const TableInfo& table,
                                          bool frozen) {
    // Statistics now, overlapping the other tables' copies, rather than in a phase after them
    // all. COPY FREEZE on 14+ already set the visibility map; a table loaded otherwise is
    // vacuumed too, or index-only scans visit the heap until autovacuum comes by (a small one
    // is not: see kSmallTableBytes).
    const bool vacuum =
        (!frozen || target.serverVersionNum() < 140000) && table.bytes >= kSmallTableBytes;
    return (vacuum ? QStringLiteral("VACUUM (ANALYZE) ") : QStringLiteral("ANALYZE ")) +
           table.qualified;
}

void MigrationRunner::copyLargeObjects(PgConnection& source, PgConnection& target,
                                       bool targetFresh) {
    const QStringList warnings = pgm::copyLargeObjects(source, target, m_cancelled, targetFresh);
    std::lock_guard lock(m_mutex);
    m_state.warnings << warnings;
}

QList<TableInfo> MigrationRunner::tablesLeftToVerify(DatabaseState& db,
                                                     const QList<TableInfo>& tables,
                                                     QStringList* differences) {
    QList<TableInfo> unverified;
    std::lock_guard lock(m_mutex);
    const QHash<QString, TableComparison> done = m_verifiedWhileCopying.value(db.dbname);
    for (const TableInfo& table : tables) {
        const auto found = done.constFind(table.qualified);
        if (found == done.cend()) {
            unverified << table; // a table an earlier run copied, or not digestable
            continue;
        }
        if (!found->matches()) {
            *differences << found->describe();
        }
        for (TableState& state : db.tables) {
            if (state.name == table.qualified) {
                state.verified = found->matches();
            }
        }
    }
    return unverified;
}

void MigrationRunner::verify(DatabaseState& db, const QString& snapshot,
                             const QList<TableInfo>& tables, PgConnection& sourceDb,
                             PgConnection& targetDb) {
    QElapsedTimer timer;
    timer.start();
    WorkerConnections connections;
    connections.source = m_request.check.inspection.source.withDatabase(db.dbname);
    connections.target = m_request.check.inspection.target.withDatabase(db.dbname);
    connections.snapshot = snapshot;
    connections.prepare = [](PgConnection& source, PgConnection& target) {
        pinTextOutput(source);
        pinTextOutput(target);
    };
    std::mutex mutex;
    QStringList differences;
    const QList<TableInfo> unverified = tablesLeftToVerify(db, tables, &differences);
    const QString error = forEachTableInParallel(
        unverified, jobsFor(db), connections, m_cancelled,
        [&](PgConnection& source, PgConnection& target, const TableInfo& table) {
            const TableComparison comparison = compareTable(source, target, table);
            std::lock_guard lock(mutex);
            if (!comparison.matches()) {
                differences << comparison.describe();
            }
            std::lock_guard stateLock(m_mutex);
            for (TableState& state : db.tables) {
                if (state.name == table.qualified) {
                    state.verified = comparison.matches();
                }
            }
        });
    if (!error.isEmpty()) {
        throw PgError(error == QLatin1String("cancelled") ? PgError::Kind::Cancelled
                                                          : PgError::Kind::Query,
                      QCoreApplication::translate("Runner", "verify %1").arg(db.dbname), error);
    }
    QStringList behind;
    differences << compareSequences(sourceDb, targetDb, &behind);
    if (!behind.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_state.warnings << QCoreApplication::translate(
                                "Runner",
                                "%1: sequences moved on the source during the copy (writes "
                                "went on)%2: %3")
                                .arg(db.dbname,
                                     db.method == MigrationMethod::Replication
                                         ? QCoreApplication::translate(
                                               "Runner", "; the cut-over copies them again")
                                         : QCoreApplication::translate(
                                               "Runner",
                                               "; rows written after the snapshot are not "
                                               "migrated by the dump method"),
                                     behind.join(QStringLiteral("; ")));
    }
    differences << compareLargeObjects(sourceDb, targetDb);
    {
        std::lock_guard lock(m_mutex);
        db.verifySeconds = double(timer.elapsed()) / 1000.0;
    }
    if (!differences.isEmpty()) {
        throw PgError(
            PgError::Kind::Query, QCoreApplication::translate("Runner", "verify %1").arg(db.dbname),
            QCoreApplication::translate("Runner", "the target differs from the source: ") +
                differences.mid(0, 20).join(QStringLiteral("; ")));
    }
}

} // namespace pgm
