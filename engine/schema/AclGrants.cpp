#include "AclGrants.h"

#include "ManagedService.h"
#include "PgConnection.h"

#include <QRegularExpression>

namespace pgm {

QString grantStatement(PgConnection& target, const QString& object, const PgResult& acl, int row,
                       int column) {
    static const QRegularExpression keyword(QStringLiteral("^[A-Z]+( [A-Z]+)*$"));
    const QString privilege = acl.text(row, column + 1);
    if (!keyword.match(privilege).hasMatch()) {
        return {};
    }
    const QString grantee = acl.isNull(row, column) ? QStringLiteral("PUBLIC")
                                                    : target.quoteIdentifier(acl.text(row, column));
    return QStringLiteral("GRANT ") + privilege + QStringLiteral(" ON ") + object +
           QStringLiteral(" TO ") + grantee +
           (acl.boolean(row, column + 2) ? QStringLiteral(" WITH GRANT OPTION") : QString());
}

bool grantsToProviderRole(const PgResult& acl, int row, int column) {
    return !acl.isNull(row, column) &&
           providerOfRole(acl.text(row, column)) != ManagedService::None;
}

} // namespace pgm
