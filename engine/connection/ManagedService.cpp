#include "ManagedService.h"

#include "RemedyText.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>

namespace pgm {

QString managedServiceQuery() {
    // rdsadmin, cloudsqladmin and azuresu are the providers' own superusers; the groups are
    // what they hand their customers. Aiven keeps its bookkeeping in a `_aiven` database.
    return QStringLiteral(
        "SELECT CASE "
        "WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN "
        "('rds_superuser', 'rds_replication', 'rdsadmin')) THEN 'rds' "
        "WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN "
        "('cloudsqlsuperuser', 'cloudsqladmin')) THEN 'cloudsql' "
        "WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname IN ('azure_pg_admin', 'azuresu')) "
        "THEN 'azure' "
        "WHEN EXISTS (SELECT 1 FROM pg_database WHERE datname = '_aiven') THEN 'aiven' "
        "ELSE '' END, "
        "coalesce((SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
        "WHERE rolname IN ('rds_superuser', 'rds_replication', 'cloudsqlsuperuser', "
        "'azure_pg_admin') AND pg_has_role(current_user, oid, 'MEMBER')), '')");
}

ManagedService managedServiceFromMarker(const QString& marker) {
    if (marker == QLatin1String("rds")) {
        return ManagedService::AmazonRds;
    }
    if (marker == QLatin1String("cloudsql")) {
        return ManagedService::CloudSql;
    }
    if (marker == QLatin1String("azure")) {
        return ManagedService::AzureFlexible;
    }
    if (marker == QLatin1String("aiven")) {
        return ManagedService::Aiven;
    }
    return ManagedService::None;
}

ManagedService providerOfRole(const QString& role) {
    const auto is = [&role](std::initializer_list<const char*> names,
                            std::initializer_list<const char*> prefixes) {
        return std::any_of(names.begin(), names.end(),
                           [&role](const char* name) { return role == QLatin1String(name); }) ||
               std::any_of(prefixes.begin(), prefixes.end(), [&role](const char* prefix) {
                   return role.startsWith(QLatin1String(prefix));
               });
    };
    if (is({"rdsadmin", "rdsrepladmin", "rdstopmgr"}, {"rds_"})) {
        return ManagedService::AmazonRds;
    }
    if (is({}, {"cloudsql"})) {
        return ManagedService::CloudSql;
    }
    if (is({"azuresu"}, {"azure_"})) {
        return ManagedService::AzureFlexible;
    }
    if (is({"_aiven"}, {"aiven_"})) {
        return ManagedService::Aiven;
    }
    return ManagedService::None;
}

QString providerRoleNote(const QString& role) {
    return QCoreApplication::translate("Checks", "not migrated: provider role %1 (%2)")
        .arg(role, managedServiceName(providerOfRole(role)));
}

QString managedServiceName(ManagedService service) {
    switch (service) {
    case ManagedService::AmazonRds:
        return QStringLiteral("Amazon RDS");
    case ManagedService::CloudSql:
        return QStringLiteral("Google Cloud SQL");
    case ManagedService::AzureFlexible:
        return QStringLiteral("Azure Database for PostgreSQL flexible server");
    case ManagedService::Aiven:
        return QStringLiteral("Aiven for PostgreSQL");
    case ManagedService::None:
        break;
    }
    return {};
}

QString walLevelRemedy(ManagedService service) {
    switch (service) {
    case ManagedService::AmazonRds:
        return QCoreApplication::translate(
            "Checks", "In the DB instance's parameter group set rds.logical_replication = "
                      "1, then reboot the instance (that sets wal_level to logical).");
    case ManagedService::CloudSql:
        return QCoreApplication::translate(
            "Checks", "Set the instance's database flag cloudsql.logical_decoding = on "
                      "(gcloud sql instances patch INSTANCE "
                      "--database-flags=cloudsql.logical_decoding=on); the instance "
                      "restarts.");
    case ManagedService::AzureFlexible:
        return QCoreApplication::translate(
            "Checks", "Set the server parameter wal_level = logical (az postgres "
                      "flexible-server parameter set --name wal_level --value logical), "
                      "then restart the server.");
    case ManagedService::Aiven:
    case ManagedService::None:
        break;
    }
    return QCoreApplication::translate(
        "Checks", "Run ALTER SYSTEM SET wal_level = logical; on the source, then restart "
                  "it.");
}

QString replicationRoleRemedy(ManagedService service, const QString& user) {
    switch (service) {
    case ManagedService::AmazonRds:
        // On RDS the group, not the attribute, carries the right to replicate.
        return QCoreApplication::translate(
                   "Checks", "GRANT rds_replication TO %1; (as the master user, a member of "
                             "rds_superuser)")
            .arg(sqlName(user));
    case ManagedService::CloudSql:
        return QCoreApplication::translate("Checks",
                                           "ALTER ROLE %1 WITH REPLICATION; (as a member of "
                                           "cloudsqlsuperuser, such as the postgres user)")
            .arg(sqlName(user));
    case ManagedService::AzureFlexible:
        return QCoreApplication::translate(
                   "Checks", "ALTER ROLE %1 WITH REPLICATION; (as the server admin, a member "
                             "of azure_pg_admin)")
            .arg(sqlName(user));
    case ManagedService::Aiven:
    case ManagedService::None:
        break;
    }
    return QCoreApplication::translate(
               "Checks", "ALTER ROLE %1 WITH REPLICATION; (as a superuser on the source)")
        .arg(sqlName(user));
}

QString publishRemedy(ManagedService service, const QString& user) {
    switch (service) {
    case ManagedService::AmazonRds:
    case ManagedService::CloudSql:
    case ManagedService::AzureFlexible:
        return QCoreApplication::translate(
                   "Checks", "%1 offers no superuser and no aiven_extras: migrate as the owner "
                             "of the database's tables (or ALTER TABLE ... OWNER TO %2;), with "
                             "CREATE on the database, and pgmigrate publishes them itself; "
                             "otherwise the dump method is used.")
            .arg(managedServiceName(service), user);
    case ManagedService::Aiven:
    case ManagedService::None:
        break;
    }
    return {};
}

bool isAdminDatabase(const QString& name) {
    static const QStringList admin = {
        QStringLiteral("template0"),
        QStringLiteral("template1"),
        QStringLiteral("rdsadmin"),
        QStringLiteral("cloudsqladmin"),
        QStringLiteral("azure_maintenance"),
        QStringLiteral("azure_sys"),
        QStringLiteral("_aiven"),
    };
    return admin.contains(name);
}

} // namespace pgm
