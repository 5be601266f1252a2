#include "EventTriggers.h"

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
            "ELSE '' END "
            "FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid "
            "JOIN pg_namespace n ON n.oid = p.pronamespace ORDER BY e.evtname"),
        {}, QCoreApplication::translate("Schema", "list event triggers"));
    QStringList statements;
    for (int row = 0; row < result.rows(); ++row) {
        statements << result.text(row, 0);
    }
    return statements;
}

} // namespace pgm
