#include "LeftOutObjects.h"

#include "PgConnection.h"

#include <QCoreApplication>

namespace pgm {

QStringList eventTriggerStatements(PgConnection& source) {
    const PgResult result = source.exec(
        QStringLiteral(
            "SELECT format('CREATE EVENT TRIGGER %I ON %I%s EXECUTE PROCEDURE %I.%I()', "
            "e.evtname, e.evtevent, CASE WHEN e.evttags IS NULL THEN '' ELSE ' WHEN TAG IN (' || "
            "(SELECT string_agg(quote_literal(t), ', ') FROM unnest(e.evttags) AS t) || ')' END, "
            "n.nspname, p.proname) || CASE e.evtenabled "
            "WHEN 'D' THEN format('; ALTER EVENT TRIGGER %I DISABLE', e.evtname) "
            "WHEN 'R' THEN format('; ALTER EVENT TRIGGER %I ENABLE REPLICA', e.evtname) "
            "WHEN 'A' THEN format('; ALTER EVENT TRIGGER %I ENABLE ALWAYS', e.evtname) "
            "ELSE '' END || CASE WHEN d.description IS NULL THEN '' "
            "ELSE format('; COMMENT ON EVENT TRIGGER %I IS %L', e.evtname, d.description) END "
            "FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "LEFT JOIN pg_description d ON d.objoid = e.oid "
            "AND d.classoid = 'pg_event_trigger'::regclass ORDER BY e.evtname"),
        {}, QCoreApplication::translate("Schema", "list event triggers"));
    QStringList statements;
    for (int row = 0; row < result.rows(); ++row) {
        statements << result.text(row, 0);
    }
    return statements;
}

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
