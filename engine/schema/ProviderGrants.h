#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace pgm {

/// The statements of pg_restore's SQL output (`pg_restore --verbose --file=-`), grouped by the
/// archive entry ("-- TOC entry N") they belong to. Statements end at a semicolon outside
/// quotes; comments and psql meta-commands (\restrict) are left out.
QMap<int, QStringList> statementsByEntry(const QString& script);

/// The encoding pg_restore wrote its SQL output in (its `SET client_encoding = '...';`): the
/// archive's, the source database's. UTF8 when the script does not say.
QString scriptEncoding(const QByteArray& script);

/// Whether one of pg_dump's privilege statements names a managed service's own role
/// (providerOfRole) as the role it grants to or revokes from (TO / FROM), whose default
/// privileges it sets (FOR ROLE), or as the grantor it acts as (SET SESSION AUTHORIZATION).
/// Such a role is not migrated: the statement would fail on the target, or grant to the
/// target provider's role there.
bool namesProviderRole(const QString& statement);

/// The role a SET SESSION AUTHORIZATION statement acts as, as the server spells it (an
/// unquoted name folded to lower case); empty for any other statement.
QString sessionAuthorizationRole(const QString& statement);

/// The statements of one ACL entry without those that name a provider role; a grant made by a
/// provider role (under its SET SESSION AUTHORIZATION) is made by the restoring user instead.
QStringList withoutProviderRoles(const QStringList& statements);

} // namespace pgm
