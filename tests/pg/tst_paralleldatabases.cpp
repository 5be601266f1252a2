// Several databases migrate at once (issue 12): with --jobs 4, four small databases overlap in
// time, and each arrives with its data and schema equal to the source's.
#include "MigrationRunner.h"
#include "PgTestEnv.h"
#include "VersionFingerprint.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

QStringList ownDatabases() {
    QStringList names;
    for (int i = 0; i < 4; ++i) {
        names << QStringLiteral("pgm_par_%1").arg(i);
    }
    return names;
}

/// A small database with what a schema restore must carry: keys, an index, a check, a foreign
/// key, a trigger, a sequence and a grant.
void createSourceDatabase(const QString& dbname, int seed) {
    pgtest::recreateDatabase(Cluster::Source, dbname);
    pgtest::dropDatabase(Cluster::Target, dbname);
    pgtest::connect(Cluster::Source, dbname)
        ->execScript(
            QStringLiteral(
                "CREATE TABLE parent (id int PRIMARY KEY, name text NOT NULL CHECK (name <> ''));"
                "CREATE TABLE child (id bigserial PRIMARY KEY, parent_id int REFERENCES parent,"
                "  v text, changed timestamptz);"
                "CREATE INDEX child_v ON child (v);"
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS"
                "  $$BEGIN NEW.changed := now(); RETURN NEW; END$$;"
                "CREATE TRIGGER child_touch BEFORE UPDATE ON child FOR EACH ROW EXECUTE "
                "FUNCTION touch();"
                "GRANT SELECT ON parent TO PUBLIC;"
                "INSERT INTO parent SELECT g, md5((g * %1)::text) FROM generate_series(1, 500) g;"
                "INSERT INTO child (parent_id, v) SELECT 1 + g % 500, md5((g + %1)::text) "
                "FROM generate_series(1, 20000) g;")
                .arg(seed));
}

QString describe(const MigrationState& state) {
    return QString::fromUtf8(QJsonDocument(state.toStatusJson()).toJson());
}

} // namespace

class TestParallelDatabases : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

private slots:
    void initTestCase() {
        int seed = 1;
        for (const QString& dbname : ownDatabases()) {
            createSourceDatabase(dbname, seed++);
        }
    }

    void cleanupTestCase() {
        for (const QString& dbname : ownDatabases()) {
            pgtest::dropDatabase(Cluster::Source, dbname);
            pgtest::dropDatabase(Cluster::Target, dbname);
        }
    }

    void databasesMigrateAtOnceAndArriveEqual() {
        MigrationRequest request;
        request.check.inspection.source = pgtest::settings(Cluster::Source);
        request.check.inspection.target = pgtest::settings(Cluster::Target);
        for (const QString& other : pgtest::sourceDatabasesExcept(ownDatabases().constFirst())) {
            if (!ownDatabases().contains(other)) {
                request.check.inspection.excludedDatabases << other;
            }
        }
        request.check.method = MethodChoice::Dump;
        request.jobs = 4;
        MigrationRunner migration(request, StateStore(m_stateDir.path()), nullptr);
        const MigrationState state = migration.run();
        QVERIFY2(state.overallStatus() == DbStatus::Done, qPrintable(describe(state)));
        QStringList migrated;
        for (const DatabaseState& db : state.databases) {
            migrated << db.dbname;
        }
        migrated.sort();
        QVERIFY2(migrated == ownDatabases(), qPrintable(migrated.join(QLatin1Char(','))));

        // They overlapped: the last one started before the first one finished.
        QDateTime lastStart;
        QDateTime firstEnd;
        for (const DatabaseState& db : state.databases) {
            QCOMPARE(db.status, DbStatus::Done);
            if (!lastStart.isValid() || db.started > lastStart) {
                lastStart = db.started;
            }
            if (!firstEnd.isValid() || db.finished < firstEnd) {
                firstEnd = db.finished;
            }
        }
        QVERIFY2(lastStart < firstEnd, qPrintable(describe(state)));

        for (const QString& dbname : ownDatabases()) {
            QCOMPARE(versions::dataFingerprint(*pgtest::connect(Cluster::Target, dbname)),
                     versions::dataFingerprint(*pgtest::connect(Cluster::Source, dbname)));
            QCOMPARE(versions::schemaFingerprint(*pgtest::connect(Cluster::Target, dbname)),
                     versions::schemaFingerprint(*pgtest::connect(Cluster::Source, dbname)));
        }
    }
};

PGM_PG_TEST_MAIN(TestParallelDatabases)
#include "tst_paralleldatabases.moc"
