#include "SchemaTools.h"

#include "PgConnection.h"
#include "PgTestEnv.h"
#include "SchemaArchive.h"

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

bool dumpInSnapshot(const QString& dbname, pgm::SchemaArchive& schema,
                    std::unique_ptr<pgm::PgConnection>* source, QString* error) {
    *source = connect(Cluster::Source, dbname);
    (*source)->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    const QString snapshot =
        (*source)->exec(QStringLiteral("SELECT pg_export_snapshot()")).scalar();
    return schema.dump(settings(Cluster::Source).withDatabase(dbname), snapshot, nullptr, error);
}

} // namespace pgtest
