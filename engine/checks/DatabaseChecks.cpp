#include "CheckAreas.h"
#include "ManagedService.h"
#include "RemedyText.h"

#include <QCoreApplication>

namespace pgm {

namespace {

/// The grants that let the source user read what it may not: per schema as its owner, or all
/// at once where pg_read_all_data exists (14+).
QString readAccessRemedy(const SourceFacts& source, const SourceDatabaseFacts& db) {
    const QString user = sqlName(source.user);
    QStringList grants;
    for (const QString& schema : db.unreadableSchemas) {
        grants << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON ALL TABLES IN "
                                 "SCHEMA %1 TO %2; GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO "
                                 "%2;")
                      .arg(schema, user);
    }
    QString remedy =
        QCoreApplication::translate("Checks", "In database %1, as each schema's owner: %2")
            .arg(sqlName(db.name), grants.join(QLatin1Char(' ')));
    if (source.version.number() >= 140000) {
        remedy += QCoreApplication::translate(
                      "Checks", " Or, for every database at once: GRANT pg_read_all_data TO %1;")
                      .arg(user);
    }
    return remedy;
}

/// The fix on a 16+ target whose user is no superuser: what CREATE SUBSCRIPTION without one needs.
QString subscribeItselfRemedy(const ClusterFacts& facts, const DatabaseCapabilities& db) {
    const TargetFacts& target = facts.target;
    if (!target.createSubscriptionRole) {
        return QCoreApplication::translate(
                   "Checks", "As a superuser (or a role with ADMIN on it) on the target: GRANT "
                             "pg_create_subscription TO %1; (it then subscribes itself, with "
                             "CREATE on the database), or install aiven_extras there; otherwise "
                             "the dump method is used.")
            .arg(sqlName(target.user));
    }
    if (!db.targetCanCreate) {
        return QCoreApplication::translate(
                   "Checks", "On the target: GRANT CREATE ON DATABASE %1 TO %2; otherwise the "
                             "dump method is used.")
            .arg(sqlName(db.name), sqlName(target.user));
    }
    return QCoreApplication::translate(
        "Checks", "Give the source user's password (in the source URI or "
                  "PGMIGRATE_SOURCE_PASSWORD), and have the source ask for it from the "
                  "target's address (pg_hba.conf: scram-sha-256 or md5, not trust, peer "
                  "or cert); otherwise the dump method is used.");
}

/// The fix for a database that may not replicate for want of privileges, in the terms of the
/// provider of the side that lacks them.
QString replicationPrivilegeRemedy(const ClusterFacts& facts, const DatabaseCapabilities& db) {
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;
    const bool sourceLacks = !source.superuser && !db.sourceAivenExtras && !db.sourceOwnsTables;
    if (sourceLacks && !publishRemedy(source.service, source.user).isEmpty()) {
        return publishRemedy(source.service, source.user);
    }
    if (!sourceLacks && target.service == ManagedService::Aiven) {
        return QCoreApplication::translate(
                   "Checks", "On Aiven, run CREATE EXTENSION aiven_extras CASCADE; as %1 (or "
                             "avnadmin) in the target database %2; otherwise the dump method is "
                             "used.")
            .arg(target.user, db.name);
    }
    if (!sourceLacks && target.version.supportsCreateSubscriptionRole()) {
        return subscribeItselfRemedy(facts, db);
    }
    return QCoreApplication::translate(
        "Checks", "Connect as a superuser, or run CREATE EXTENSION aiven_extras CASCADE; "
                  "in this database on the side named; otherwise the dump method is "
                  "used.");
}

/// A name pg_database holds in other bytes than UTF-8 can only be typed by its bytes: the
/// rename finds it by them (decode(..., 'escape') reads them unconverted and unchecked), so the
/// remedy works from any client encoding.
QString notUtf8Remedy(const SourceDatabaseFacts& db) {
    return QCoreApplication::translate(
               "Checks", "Rename it on the source, connected to another database: DO $$DECLARE "
                         "d name; BEGIN SELECT datname INTO d FROM pg_database WHERE "
                         "decode(replace(datname::text, '\\', '\\\\'), 'escape') = '\\x%1'; "
                         "EXECUTE "
                         "format('ALTER DATABASE %I RENAME TO %I', d, 'new_name'); END$$; "
                         "or exclude it: --exclude-db '%2'.")
        .arg(QString::fromLatin1(db.rawName.toHex()), db.name);
}

/// 3 and 6. The source database answers; an existing target database answers and is empty.
/// False when the source database does not answer: nothing else of it can be read.
bool addDatabaseReachableChecks(CheckList& checks, const SourceDatabaseFacts& db,
                                const SourceFacts& source, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    // 3. Reachable source database.
    checks.add(QStringLiteral("source-database-reachable"),
               QCoreApplication::translate("Checks", "Source database reachable"),
               db.reachable ? S::Pass : S::Fail, K::Blocking,
               db.reachable ? QCoreApplication::translate("Checks", "Connected.") : db.connectError,
               db.reachable     ? QString()
               : db.nameNotUtf8 ? notUtf8Remedy(db)
                                : QCoreApplication::translate(
                                      "Checks", "GRANT CONNECT ON DATABASE %1 TO %2; or exclude "
                                                "the database.")
                                      .arg(sqlName(name), sqlName(source.user)),
               name);
    if (!db.reachable) {
        return false;
    }

    // 6. An existing target database is reachable, and better empty.
    const auto existing = target.existingDatabases.constFind(name);
    if (existing == target.existingDatabases.cend()) {
        const bool mayCreate = target.superuser || target.createDb;
        checks.add(
            QStringLiteral("target-database"),
            QCoreApplication::translate("Checks", "Target database"), mayCreate ? S::Pass : S::Fail,
            K::Blocking,
            mayCreate ? QCoreApplication::translate("Checks",
                                                    "Does not exist on the target yet; it will be "
                                                    "created.")
                      : QCoreApplication::translate("Checks",
                                                    "Does not exist on the target, and %1 may not "
                                                    "create databases.")
                            .arg(target.user),
            mayCreate
                ? QString()
                : QCoreApplication::translate("Checks", "ALTER ROLE %1 CREATEDB; on the target, or "
                                                        "create the database there first.")
                      .arg(sqlName(target.user)),
            name);
    } else if (!existing->reachable) {
        checks.add(QStringLiteral("target-database"),
                   QCoreApplication::translate("Checks", "Target database"), S::Fail, K::Blocking,
                   existing->connectError,
                   QCoreApplication::translate("Checks",
                                               "GRANT CONNECT ON DATABASE %1 TO %2; on the target.")
                       .arg(sqlName(name), sqlName(target.user)),
                   name);
    } else if (existing->tablesWithData > 0) {
        checks.add(QStringLiteral("target-database"),
                   QCoreApplication::translate("Checks", "Target database"), S::Warn, K::Advisory,
                   QCoreApplication::translate(
                       "Checks", "Exists and %1 of its %2 tables hold data: the migration "
                                 "will not copy over them (that would duplicate rows) "
                                 "unless told to empty them first.")
                       .arg(existing->tablesWithData)
                       .arg(existing->userTables),
                   QCoreApplication::translate(
                       "Checks", "Migrate into an empty database, or replace their "
                                 "contents: --if-exists truncate on the command line, "
                                 "Start over in the wizard."),
                   name);
    } else {
        checks.add(QStringLiteral("target-database"),
                   QCoreApplication::translate("Checks", "Target database"), S::Pass, K::Blocking,
                   QCoreApplication::translate("Checks", "Exists and holds no data (%1 tables).")
                       .arg(existing->userTables),
                   {}, name);
    }
    return true;
}

/// 8. Languages.
void addLanguageCheck(CheckList& checks, const SourceDatabaseFacts& db, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    QStringList missingLanguages;
    for (const QString& language : db.languages) {
        if (!target.installedLanguages.contains(language) &&
            !target.availableExtensions.contains(language)) {
            missingLanguages << language;
        }
    }
    checks.add(QStringLiteral("languages"),
               QCoreApplication::translate("Checks", "Languages available on the target"),
               missingLanguages.isEmpty() ? S::Pass : S::Fail, K::Blocking,
               missingLanguages.isEmpty()
                   ? (db.languages.isEmpty()
                          ? QCoreApplication::translate("Checks", "Only built-in languages.")
                          : QCoreApplication::translate("Checks", "All available: %1.")
                                .arg(db.languages.join(QStringLiteral(", "))))
                   : QCoreApplication::translate("Checks", "Missing on the target: %1.")
                         .arg(missingLanguages.join(QStringLiteral(", "))),
               missingLanguages.isEmpty()
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "Install the language packages on the target server."),
               name);
}

/// 9 and 10. Extensions available at a version at least the source's, and installable.
void addExtensionChecks(CheckList& checks, const SourceDatabaseFacts& db,
                        const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    const auto existing = target.existingDatabases.constFind(name);
    QStringList unavailable;
    QStringList tooOld;
    QStringList notInstallable;
    const QStringList installedThere =
        existing != target.existingDatabases.cend() ? existing->installedExtensions : QStringList();
    for (const ExtensionVersion& extension : db.extensions) {
        const auto available = target.availableExtensions.constFind(extension.name);
        if (available == target.availableExtensions.cend()) {
            unavailable << extension.name;
            continue;
        }
        const bool newEnough =
            std::any_of(available->versions.cbegin(), available->versions.cend(),
                        [&extension](const QString& version) {
                            return compareExtensionVersions(version, extension.version) >= 0;
                        });
        if (!newEnough) {
            tooOld << QCoreApplication::translate("Checks", "%1 %2 (target has %3)")
                          .arg(extension.name, extension.version, available->defaultVersion);
        }
        if (!installedThere.contains(extension.name) &&
            !canInstallOnTarget(target, extension.name)) {
            notInstallable << extension.name;
        }
    }
    const bool extensionsOk = unavailable.isEmpty() && tooOld.isEmpty();
    QStringList names;
    for (const ExtensionVersion& extension : db.extensions) {
        names << extension.name + QLatin1Char(' ') + extension.version;
    }
    QString extensionDetail;
    if (!unavailable.isEmpty()) {
        extensionDetail = QCoreApplication::translate("Checks", "Not available on the target: %1. ")
                              .arg(unavailable.join(QStringLiteral(", ")));
    }
    if (!tooOld.isEmpty()) {
        extensionDetail += QCoreApplication::translate("Checks", "Older on the target: %1.")
                               .arg(tooOld.join(QStringLiteral(", ")));
    }
    checks.add(
        QStringLiteral("extensions-available"),
        QCoreApplication::translate("Checks", "Extensions available on the target"),
        extensionsOk ? S::Pass : S::Fail, K::Blocking,
        extensionsOk ? (names.isEmpty() ? QCoreApplication::translate("Checks", "No extensions.")
                                        : QCoreApplication::translate("Checks", "Available: %1.")
                                              .arg(names.join(QStringLiteral(", "))))
                     : extensionDetail.trimmed(),
        extensionsOk
            ? QString()
            : QCoreApplication::translate("Checks", "Install the extension packages on the target "
                                                    "server, at the source's version or newer."),
        name);
    checks.add(
        QStringLiteral("extensions-installable"),
        QCoreApplication::translate("Checks", "Extensions installable on the target"),
        notInstallable.isEmpty() ? S::Pass : S::Fail, K::Blocking,
        notInstallable.isEmpty()
            ? QCoreApplication::translate("Checks", "Each is installed, or installable by %1.")
                  .arg(target.user)
            : QCoreApplication::translate("Checks",
                                          "%1 may not install: %2 (not superuser, not trusted, not "
                                          "allow-listed).")
                  .arg(target.user, notInstallable.join(QStringLiteral(", "))),
        notInstallable.isEmpty()
            ? QString()
            : QCoreApplication::translate("Checks",
                                          "Have a superuser run CREATE EXTENSION in the target "
                                          "database first, or allow-list them."),
        name);
}

/// 11 (database part). Privileges to publish on the source and subscribe on the target, and to
/// read every row.
void addDatabasePrivilegeChecks(CheckList& checks, const ClusterFacts& facts,
                                const ReplicationCapabilities& cluster,
                                const SourceDatabaseFacts& db,
                                const DatabaseCapabilities& capability) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;
    const QString privilegeBlocker = databaseReplicationBlocker(cluster, capability);
    checks.add(
        QStringLiteral("replication-privileges"),
        QCoreApplication::translate("Checks", "Privileges for logical replication"),
        privilegeBlocker.isEmpty() ? S::Pass : S::Fail, K::MethodDeciding,
        privilegeBlocker.isEmpty()
            ? QCoreApplication::translate("Checks", "Source: %1. Target: %2.")
                  .arg(source.superuser ? QCoreApplication::translate("Checks", "superuser")
                       : capability.sourceOwnsTables
                           ? QCoreApplication::translate("Checks",
                                                         "owner of every table (it publishes "
                                                         "them itself)")
                           : QStringLiteral("aiven_extras"),
                       target.superuser ? QCoreApplication::translate("Checks", "superuser")
                       : targetSubscribesItself(cluster, capability)
                           ? QCoreApplication::translate("Checks",
                                                         "member of pg_create_subscription with "
                                                         "CREATE on the database (it subscribes "
                                                         "itself, the source password in the "
                                                         "connection)")
                           : QStringLiteral("aiven_extras"))
            : privilegeBlocker + QLatin1Char('.'),
        privilegeBlocker.isEmpty() ? QString() : replicationPrivilegeRemedy(facts, capability),
        name);

    // Beyond the seed: row-level security would make COPY return only visible rows.
    checks.add(
        QStringLiteral("row-level-security"),
        QCoreApplication::translate("Checks", "Row-level security does not hide rows"),
        db.rlsTablesNotBypassed.isEmpty() ? S::Pass : S::Fail, K::Blocking,
        db.rlsTablesNotBypassed.isEmpty()
            ? QCoreApplication::translate("Checks", "Every row is visible to %1.").arg(source.user)
            : QCoreApplication::translate("Checks", "%1 cannot see every row of: %2.")
                  .arg(source.user, listText(db.rlsTablesNotBypassed)),
        db.rlsTablesNotBypassed.isEmpty()
            ? QString()
            : QCoreApplication::translate("Checks",
                                          "ALTER ROLE %1 BYPASSRLS; (as a superuser), or migrate "
                                          "as the tables' owner.")
                  .arg(sqlName(source.user)),
        name);

    checks.add(
        QStringLiteral("source-read-access"),
        QCoreApplication::translate("Checks", "The source user can read every table and sequence"),
        db.unreadableRelations.isEmpty() ? S::Pass : S::Fail, K::Blocking,
        db.unreadableRelations.isEmpty()
            ? QCoreApplication::translate("Checks", "%1 may read every table and sequence.")
                  .arg(source.user)
            : QCoreApplication::translate("Checks",
                                          "%1 may not read (no SELECT, or no USAGE on the schema): "
                                          "%2. pg_dump would stop on the first.")
                  .arg(source.user, listText(db.unreadableRelations)),
        db.unreadableRelations.isEmpty() ? QString() : readAccessRemedy(source, db), name);
}

/// Triggers the replicated path sets off: the source's ALWAYS and REPLICA ones on the target,
/// and the source's event triggers on the method's own DDL there.
void addTriggerChecks(CheckList& checks, const SourceDatabaseFacts& db, bool replicates) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    // They fire in replica sessions: the subscription's apply worker, the copy's load.
    checks.add(QStringLiteral("replica-triggers"),
               QCoreApplication::translate("Checks", "Triggers that fire on replicated rows"),
               db.replicaTriggers.isEmpty() || !replicates ? S::Pass : S::Warn, K::Advisory,
               db.replicaTriggers.isEmpty()
                   ? QCoreApplication::translate("Checks", "None.")
                   : QCoreApplication::translate(
                         "Checks",
                         "ENABLE ALWAYS or ENABLE REPLICA on the source: %1. On the target "
                         "they would act a second time on rows their source twins already "
                         "acted on: they stay disabled there until the migration ends (the "
                         "cut-over, or a stop), then take their state back.")
                         .arg(listText(db.replicaTriggers, 5)),
               {}, name);

    // The replication method's own DDL on the source: a trigger that refuses DDL (a change
    // freeze) fails the database at its publication; one that logs writes a row each time.
    const QStringList& events = db.sourceDdlEventTriggers;
    checks.add(QStringLiteral("source-event-triggers"),
               QCoreApplication::translate("Checks", "Event triggers on the source's DDL"),
               events.isEmpty() || !replicates ? S::Pass : S::Warn, K::Advisory,
               events.isEmpty() || !replicates
                   ? QCoreApplication::translate("Checks", "None that replication sets off.")
                   : QCoreApplication::translate(
                         "Checks", "%1 fire on the statements replication runs on the source "
                                   "(CREATE and DROP PUBLICATION, ALTER TABLE ... REPLICA "
                                   "IDENTITY): one that refuses DDL fails this database's "
                                   "replication, one that logs writes a row for each.")
                         .arg(listText(events, 5)),
               events.isEmpty() || !replicates
                   ? QString()
                   : QCoreApplication::translate(
                         "Checks", "Disable a trigger that refuses DDL on the source while the "
                                   "migration sets up and while it finishes (ALTER EVENT TRIGGER "
                                   "... DISABLE), or migrate this database with the dump method."),
               name);
}

/// What logical replication does not carry: tables without a replica identity, large objects,
/// unlogged tables, materialized views.
void addReplicationScopeChecks(CheckList& checks, const SourceDatabaseFacts& db,
                               const PlannedDatabase& planned) {
    using S = Check::Status;
    using K = Check::Kind;
    const QString& name = db.name;
    const bool replicates = planned.method == MigrationMethod::Replication;
    if (!db.tablesWithoutReplicaIdentity.isEmpty()) {
        checks.add(
            QStringLiteral("tables-without-primary-key"),
            QCoreApplication::translate("Checks", "Tables have a primary key or replica identity"),
            replicates ? S::Warn : S::Pass, K::Advisory,
            replicates
                ? QCoreApplication::translate("Checks",
                                              "No primary key or replica identity: %1. Publishing "
                                              "them makes UPDATE and DELETE fail on the source.")
                      .arg(listText(db.tablesWithoutReplicaIdentity))
                : QCoreApplication::translate("Checks",
                                              "No primary key or replica identity: %1 (no concern "
                                              "for the dump method).")
                      .arg(listText(db.tablesWithoutReplicaIdentity)),
            QCoreApplication::translate(
                "Checks", "Add primary keys, or choose to set REPLICA IDENTITY FULL on "
                          "them or copy them once at cut-over."),
            name);
    } else {
        checks.add(
            QStringLiteral("tables-without-primary-key"),
            QCoreApplication::translate("Checks", "Tables have a primary key or replica identity"),
            S::Pass, K::Advisory, QCoreApplication::translate("Checks", "Every table has one."), {},
            name);
    }

    QStringList unreplicated;
    if (db.largeObjects > 0) {
        unreplicated
            << QCoreApplication::translate("Checks", "%1 large objects").arg(db.largeObjects);
    }
    if (!db.unloggedTables.isEmpty()) {
        unreplicated << QCoreApplication::translate("Checks", "unlogged tables %1")
                            .arg(listText(db.unloggedTables, 5));
    }
    if (!db.materializedViews.isEmpty()) {
        unreplicated << QCoreApplication::translate("Checks", "materialized views %1")
                            .arg(listText(db.materializedViews, 5));
    }
    checks.add(QStringLiteral("unreplicated-objects"),
               QCoreApplication::translate("Checks", "Objects logical replication does not carry"),
               unreplicated.isEmpty() || !replicates ? S::Pass : S::Warn, K::Advisory,
               unreplicated.isEmpty()
                   ? QCoreApplication::translate("Checks", "None.")
                   : unreplicated.join(QStringLiteral("; ")) +
                         (replicates ? QCoreApplication::translate(
                                           "Checks", ": copied once, and again at cut-over; "
                                                     "later changes are not streamed.")
                                     : QCoreApplication::translate("Checks",
                                                                   ": copied by the dump method.")),
               {}, name);

    addTriggerChecks(checks, db, replicates);
}

/// A SQL_ASCII database holds whatever bytes its clients sent, and nothing converts them. The
/// target makes a SQL_ASCII database with a locale other than C or POSIX for a superuser only
/// ("encoding SQL_ASCII does not match locale"): for another user the run's creation of it
/// fails, or (without the locale, when it may give it its owner) makes it in the target's default
/// encoding, which refuses every value that is not valid there, table by table in the middle of
/// the copy. Said before, with the statement a superuser runs first.
bool addSqlAsciiCheck(CheckList& checks, const SourceDatabaseFacts& db, const TargetFacts& target) {
    const bool cLocale = db.ctype == QLatin1String("C") || db.ctype == QLatin1String("POSIX");
    if (db.encoding != QLatin1String("SQL_ASCII") || cLocale || target.superuser ||
        target.existingDatabases.contains(db.name)) {
        return false;
    }
    checks.add(QStringLiteral("encoding-locale"),
               QCoreApplication::translate("Checks", "Encoding and locale match"),
               Check::Status::Warn, Check::Kind::Advisory,
               QCoreApplication::translate(
                   "Checks", "Source SQL_ASCII/%1: only a superuser may create a SQL_ASCII "
                             "database with that locale. This target user's creation of it "
                             "fails, or makes it in %2, which refuses text that is not valid %2 "
                             "(the copy of such a table fails).")
                   .arg(db.ctype, target.encoding),
               QCoreApplication::translate(
                   "Checks", "A superuser creates it on the target first: CREATE DATABASE %1 "
                             "TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE '%2' LC_CTYPE "
                             "'%3' OWNER %4.")
                   .arg(sqlName(db.name), QString(db.collate).replace(u'\'', QStringLiteral("''")),
                        QString(db.ctype).replace(u'\'', QStringLiteral("''")),
                        sqlName(target.user)),
               db.name);
    return true;
}

/// Encoding and locale: a different encoding can refuse characters.
void addEncodingCheck(CheckList& checks, const SourceDatabaseFacts& db, const TargetFacts& target) {
    using S = Check::Status;
    using K = Check::Kind;
    if (addSqlAsciiCheck(checks, db, target)) {
        return;
    }
    const QString& name = db.name;
    const auto existing = target.existingDatabases.constFind(name);
    QString targetEncoding = target.encoding;
    QString targetCollate = target.collate;
    QString where =
        QCoreApplication::translate("Checks", "the target database will be created with the same");
    if (existing != target.existingDatabases.cend()) {
        targetEncoding = existing->encoding;
        targetCollate = existing->collate;
        where = QCoreApplication::translate("Checks", "the same in the existing target database");
    }
    const bool sameEncoding = existing == target.existingDatabases.cend() ||
                              (targetEncoding == db.encoding && targetCollate == db.collate);
    checks.add(QStringLiteral("encoding-locale"),
               QCoreApplication::translate("Checks", "Encoding and locale match"),
               sameEncoding ? S::Pass : S::Warn, K::Advisory,
               sameEncoding ? QCoreApplication::translate("Checks", "%1, collation %2; %3.")
                                  .arg(db.encoding, db.collate, where)
                            : QCoreApplication::translate(
                                  "Checks", "Source %1/%2, target database %3/%4: text may sort "
                                            "differently or be refused.")
                                  .arg(db.encoding, db.collate, targetEncoding, targetCollate),
               sameEncoding ? QString()
                            : QCoreApplication::translate(
                                  "Checks", "Create the target database with ENCODING '%1' "
                                            "LC_COLLATE '%2', or migrate into a new one.")
                                  .arg(db.encoding, db.collate),
               name);
}

/// An existing target database's event triggers fire on the migration's own statements there
/// (index builds, grants, a materialized view's refresh): one that logs DDL writes a row beside
/// the copied ones, and the verification then finds the difference. A superuser's run disables
/// those the source has too (they are the migration's); the others stay as they are.
void addTargetEventTriggerCheck(CheckList& checks, const SourceDatabaseFacts& db,
                                const TargetFacts& target) {
    const auto existing = target.existingDatabases.constFind(db.name);
    if (existing == target.existingDatabases.cend() || !existing->reachable) {
        return;
    }
    QStringList left;
    QStringList disable;
    QStringList enable;
    for (qsizetype i = 0; i < existing->enabledEventTriggers.size(); ++i) {
        const QString& trigger = existing->enabledEventTriggers[i];
        if (!target.superuser || !db.eventTriggers.contains(trigger)) {
            left << trigger;
            disable << QStringLiteral("ALTER EVENT TRIGGER %1 DISABLE;").arg(trigger);
            enable << QStringLiteral("ALTER EVENT TRIGGER %1 %2;")
                          .arg(trigger, existing->eventTriggerStates.value(i));
        }
    }
    checks.add(
        QStringLiteral("target-event-triggers"),
        QCoreApplication::translate("Checks", "Event triggers in the target database"),
        left.isEmpty() ? Check::Status::Pass : Check::Status::Warn, Check::Kind::Advisory,
        left.isEmpty()
            ? QCoreApplication::translate("Checks", "None stays enabled while the migration "
                                                    "writes there.")
            : QCoreApplication::translate(
                  "Checks", "%1 stay enabled and fire on the migration's statements there "
                            "(index builds, grants, refreshes): one that writes into a migrated "
                            "table makes it differ from the source, and the verification fails.")
                  .arg(listText(left, 5)),
        left.isEmpty() ? QString()
                       : QCoreApplication::translate(
                             "Checks", "A superuser disables them in the target database "
                                       "while the migration runs (%1) and enables them after "
                                       "(%2); or leave them if they write nothing.")
                             .arg(disable.join(QLatin1Char(' ')), enable.join(QLatin1Char(' '))),
        db.name);
}

} // namespace

void addDatabaseChecks(CheckList& checks, const ClusterFacts& facts,
                       const ReplicationCapabilities& cluster, const SourceDatabaseFacts& db,
                       const DatabaseCapabilities& capability, const PlannedDatabase& planned) {
    if (!addDatabaseReachableChecks(checks, db, facts.source, facts.target)) {
        return;
    }
    addLanguageCheck(checks, db, facts.target);
    addExtensionChecks(checks, db, facts.target);
    addDatabasePrivilegeChecks(checks, facts, cluster, db, capability);
    addReplicationScopeChecks(checks, db, planned);
    addEncodingCheck(checks, db, facts.target);
    addTargetEventTriggerCheck(checks, db, facts.target);
}

} // namespace pgm
