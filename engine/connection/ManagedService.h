#pragma once

#include <QString>
#include <QStringList>

namespace pgm {

/// The managed PostgreSQL service a server belongs to, recognised from what the provider
/// creates on every server it runs (its administrative roles, or Aiven's `_aiven` database).
/// None of them gives the migration user superuser; each grants replication its own way, and
/// the checks' remedies name that way.
enum class ManagedService { None, AmazonRds, CloudSql, AzureFlexible, Aiven };

/// One query, one row: the provider's marker ('rds', 'cloudsql', 'azure', 'aiven' or '') and
/// the provider groups current_user is a member of, comma-separated.
QString managedServiceQuery();
ManagedService managedServiceFromMarker(const QString& marker);

/// The provider whose own role `role` is (None for a customer's role). Such roles exist on
/// every server of the provider and belong to it: a migration neither creates them on the
/// target nor carries memberships in them or grants to them. By the names each provider
/// documents: RDS rdsadmin, rdsrepladmin, rdstopmgr and rds_* (rds_superuser, rds_replication,
/// rds_iam, rds_password, ...); Cloud SQL cloudsql* (cloudsqlsuperuser, cloudsqladmin,
/// cloudsqlagent, cloudsqlreplica, cloudsqlimportexport, cloudsqliam*, ...); Azure azuresu
/// and azure_* (azure_pg_admin, azure_superuser); Aiven _aiven and aiven_*.
ManagedService providerOfRole(const QString& role);
/// "not migrated: provider role rds_superuser (Amazon RDS)", for the check and the status.
QString providerRoleNote(const QString& role);

/// "Amazon RDS", "Google Cloud SQL", ... ; empty for None.
QString managedServiceName(ManagedService service);

/// How to turn on logical decoding on that service (wal_level = logical).
QString walLevelRemedy(ManagedService service);
/// How to let `user` open replication connections on that service.
QString replicationRoleRemedy(ManagedService service, const QString& user);
/// How to let a non-superuser `user` publish the tables of a source database on that service,
/// or empty where the generic remedy (superuser or aiven_extras) is the right one.
QString publishRemedy(ManagedService service, const QString& user);

/// Databases never migrated: templates and the admin databases of managed services.
bool isAdminDatabase(const QString& name);

} // namespace pgm
