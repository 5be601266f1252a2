#include "SchemaTools.h"

#include "PgTestEnv.h"

namespace pgtest {

void prepareSchemaTools(SchemaTools* tools) {
    QString error;
    tools->pgDump = pgm::findPgTool(QStringLiteral("pg_dump"), pgm::ServerVersion(150000), &error);
    tools->pgRestore =
        pgm::findPgTool(QStringLiteral("pg_restore"), pgm::ServerVersion(150000), &error);
    tools->passfile.add(settings(Cluster::Source));
    tools->passfile.add(settings(Cluster::Target));
    tools->passfilePath = tools->passfile.write(&error);
}

} // namespace pgtest
