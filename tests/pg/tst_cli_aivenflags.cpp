// A real migration driven by aiven-db-migrate's spellings: -d, -s/-t with the password in the
// URI, -f/--filtered-db, --skip-table as table, schema.table and db.schema.table (one name per
// option), --max-replication-lag with --stop-replication (pgmigrate's safe cut-over).
#include "PgTestEnv.h"
#include "VersionFingerprint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using pgtest::Cluster;

namespace {

const QString kApp = QStringLiteral("pgm_aiven_app");
const QString kTwo = QStringLiteral("pgm_aiven_two");

QStringList data(Cluster cluster, const QString& dbname) {
    return versions::dataFingerprint(*pgtest::connect(cluster, dbname));
}

QStringList schema(Cluster cluster, const QString& dbname) {
    return versions::schemaFingerprint(*pgtest::connect(cluster, dbname));
}

/// The source's data lines with the skipped tables' rows gone (their tables stay, empty).
QStringList withSkippedEmpty(QStringList lines, const QStringList& skipped) {
    for (QString& line : lines) {
        for (const QString& table : skipped) {
            if (line.startsWith(table + QLatin1Char(' '))) {
                line = table + QStringLiteral(" 0 ");
            }
        }
    }
    return lines;
}

QString uriWithPassword(Cluster cluster) {
    return QStringLiteral("postgres://postgres:%1@127.0.0.1:%2/postgres?sslmode=prefer")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(pgtest::password())))
        .arg(pgtest::port(cluster));
}

} // namespace

class TestCliAivenFlags : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;

    static void createDatabases() {
        for (const QString& db : {kApp, kTwo}) {
            pgtest::recreateDatabase(Cluster::Source, db);
            pgtest::dropDatabase(Cluster::Target, db);
        }
        pgtest::connect(Cluster::Source, kApp)
            ->execScript(QStringLiteral(
                "CREATE SCHEMA gis; CREATE SCHEMA other;"
                "CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, note text);"
                "INSERT INTO customers SELECT g, 'c' || g || '@example.com', md5(g::text) "
                "FROM generate_series(1, 3000) g;"
                "CREATE TABLE orders (id bigserial PRIMARY KEY, customer int NOT NULL "
                "REFERENCES customers, total numeric CHECK (total >= 0));"
                "INSERT INTO orders (customer, total) SELECT 1 + g % 3000, g / 7.0 "
                "FROM generate_series(1, 6000) g;"
                "CREATE INDEX orders_customer ON orders (customer);"
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                "'BEGIN NEW.note := NEW.note; RETURN NEW; END';"
                "CREATE TRIGGER customers_touch BEFORE UPDATE ON customers "
                "FOR EACH ROW EXECUTE FUNCTION touch();"
                "GRANT SELECT ON customers TO PUBLIC;"
                // `spatial_ref_sys` in two schemas: the bare name skips both.
                "CREATE TABLE public.spatial_ref_sys (srid int PRIMARY KEY, srtext text);"
                "INSERT INTO public.spatial_ref_sys SELECT g, 'ref ' || g "
                "FROM generate_series(1, 500) g;"
                "CREATE TABLE gis.spatial_ref_sys (srid int PRIMARY KEY, srtext text);"
                "INSERT INTO gis.spatial_ref_sys SELECT g, 'gis ' || g "
                "FROM generate_series(1, 50) g;"
                // logs in two schemas: schema.table skips only other's.
                "CREATE TABLE public.logs (id int PRIMARY KEY, line text);"
                "INSERT INTO public.logs SELECT g, 'kept ' || g FROM generate_series(1, 200) g;"
                "CREATE TABLE other.logs (id int PRIMARY KEY, line text);"
                "INSERT INTO other.logs SELECT g, 'skip ' || g FROM generate_series(1, 200) g;"
                "CREATE TABLE other.\"Big.Table\" (id int PRIMARY KEY, v text);"
                "INSERT INTO other.\"Big.Table\" SELECT g, 'v' FROM generate_series(1, 100) g;"));
        pgtest::connect(Cluster::Source, kTwo)
            ->execScript(QStringLiteral(
                "CREATE TABLE spatial_ref_sys (srid int PRIMARY KEY, srtext text);"
                "INSERT INTO spatial_ref_sys SELECT g, 'two ' || g FROM generate_series(1, 70) g;"
                "CREATE TABLE items (id int PRIMARY KEY, name text);"
                "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 700) g;"));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_stateDir.isValid());
        createDatabases();
    }

    void cleanupTestCase() {
        for (const QString& db : {kApp, kTwo}) {
            pgtest::dropReplicationLeftovers(db);
            pgtest::dropDatabase(Cluster::Source, db);
            pgtest::dropDatabase(Cluster::Target, db);
        }
    }

    void migratesWithTheSeedToolsFlags() {
        QStringList others = pgtest::sourceDatabasesExcept(kApp);
        others.removeAll(kTwo);
        QVERIFY(!others.isEmpty());
        const QString firstOther = others.takeFirst();
        QStringList arguments = {QStringLiteral("migrate"),
                                 QStringLiteral("-d"),
                                 QStringLiteral("-s"),
                                 uriWithPassword(Cluster::Source),
                                 QStringLiteral("-t") + uriWithPassword(Cluster::Target),
                                 QStringLiteral("-f"),
                                 firstOther,
                                 QStringLiteral("--skip-table"),
                                 QStringLiteral("spatial_ref_sys"),
                                 QStringLiteral("--skip-table"),
                                 QStringLiteral("other.logs"),
                                 QStringLiteral("--skip-table"),
                                 kApp + QStringLiteral(".other.\"Big.Table\""),
                                 QStringLiteral("--skip-table"),
                                 QStringLiteral("no_such_table"),
                                 QStringLiteral("--tables-without-pk"),
                                 QStringLiteral("dump"),
                                 QStringLiteral("--max-replication-lag"),
                                 QStringLiteral("0"),
                                 QStringLiteral("--stop-replication")};
        if (!others.isEmpty()) {
            arguments << QStringLiteral("--filtered-db") << others.join(QLatin1Char(','));
        }
        QProcess process;
        QProcessEnvironment env = pgtest::cliEnvironment(m_stateDir.path());
        // The passwords come from the URIs only, as in aiven-db-migrate's examples.
        env.remove(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"));
        env.remove(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
        QVERIFY(process.waitForStarted());
        // -d prints progress lines although stderr is no terminal; once one is out, the
        // arguments have long been read: the password must be gone from `ps`.
        QByteArray err;
        while (!err.contains('\n') && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray seen = cmdline.readAll();
            QVERIFY2(!seen.contains(pgtest::password().toUtf8()), seen.constData());
            QVERIFY2(seen.contains("-tpostgres://postgres:xx"), seen.constData());
        }
        QVERIFY(process.waitForFinished(180000));
        err += process.readAllStandardError();
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray all = out + err;
        qInfo("migrate took %.1f s", double(timer.elapsed()) / 1000);
        QVERIFY2(process.exitCode() == 0, all.constData());
        QVERIFY2(!all.contains(pgtest::password().toUtf8()), all.constData());
        // -d: timestamped progress lines, one per step.
        QVERIFY2(QRegularExpression(QStringLiteral("\\n?\\d{4}-\\d\\d-\\d\\dT[^ ]+Z "))
                     .match(QString::fromUtf8(err))
                     .hasMatch(),
                 err.constData());
        QVERIFY2(err.contains("--skip-table no_such_table names no table in the databases "
                              "migrated"),
                 err.constData());
        // --stop-replication: cut over safely, nothing left replicating.
        QVERIFY2(out.contains("replication  done"), out.constData());
        QCOMPARE(pgtest::connect(Cluster::Source)
                     ->exec(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE "
                                           "slot_name LIKE 'pgmigrate%'"))
                     .scalar(),
                 QStringLiteral("0"));
        // -f and --filtered-db: only this test's two databases were migrated.
        QProcess status;
        status.setProcessEnvironment(env);
        status.start(QStringLiteral(PGMIGRATE_CLI),
                     {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(status.waitForFinished(30000));
        QStringList migrated;
        const QJsonArray detail = QJsonDocument::fromJson(status.readAllStandardOutput())
                                      .object()[QStringLiteral("migration_detail")]
                                      .toArray();
        for (const QJsonValue& db : detail) {
            migrated << db[QStringLiteral("dbname")].toString();
        }
        migrated.sort();
        QCOMPARE(migrated, (QStringList{kApp, kTwo}));

        // Schema equal, skipped tables included; data equal but for the skipped tables.
        QCOMPARE(schema(Cluster::Target, kApp), schema(Cluster::Source, kApp));
        QCOMPARE(schema(Cluster::Target, kTwo), schema(Cluster::Source, kTwo));
        const QStringList skippedInApp = {
            QStringLiteral("public.spatial_ref_sys"), QStringLiteral("gis.spatial_ref_sys"),
            QStringLiteral("other.logs"), QStringLiteral("other.\"Big.Table\"")};
        QCOMPARE(data(Cluster::Target, kApp),
                 withSkippedEmpty(data(Cluster::Source, kApp), skippedInApp));
        QCOMPARE(data(Cluster::Target, kTwo),
                 withSkippedEmpty(data(Cluster::Source, kTwo),
                                  {QStringLiteral("public.spatial_ref_sys")}));
        // public.logs has the same name as a skipped table in another schema: copied.
        QCOMPARE(pgtest::connect(Cluster::Target, kApp)
                     ->exec(QStringLiteral("SELECT count(*) FROM public.logs"))
                     .scalar(),
                 QStringLiteral("200"));
    }
};

PGM_PG_TEST_MAIN(TestCliAivenFlags)
#include "tst_cli_aivenflags.moc"
