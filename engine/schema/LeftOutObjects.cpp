#include "LeftOutObjects.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

QStringList userPublications(PgConnection& source) {
    const PgResult result =
        source.exec(QStringLiteral("SELECT quote_ident(pubname) FROM pg_publication "
                                   "WHERE pubname NOT LIKE 'pgmigrate\\_%' ORDER BY pubname"),
                    {}, QCoreApplication::translate("Schema", "list publications"));
    QStringList names;
    for (int row = 0; row < result.rows(); ++row) {
        names << result.text(row, 0);
    }
    return names;
}

QStringList userSubscriptions(PgConnection& source) {
    // Inside the caller's transaction: a refusal (pg_subscription's columns are granted one
    // by one on some services) must not abort it, hence the savepoint.
    PgResult result;
    QString state;
    QString message;
    source.exec(QStringLiteral("SAVEPOINT pgm_subscriptions"));
    if (!source.tryExec(QStringLiteral("SELECT quote_ident(subname) FROM pg_subscription WHERE "
                                       "subdbid = (SELECT oid FROM pg_database WHERE datname = "
                                       "current_database()) ORDER BY subname"),
                        {}, &result, &state, &message)) {
        source.exec(QStringLiteral("ROLLBACK TO SAVEPOINT pgm_subscriptions"));
        return {};
    }
    source.exec(QStringLiteral("RELEASE SAVEPOINT pgm_subscriptions"));
    QStringList names;
    for (int row = 0; row < result.rows(); ++row) {
        names << result.text(row, 0);
    }
    return names;
}

} // namespace pgm
