#include "PgError.h"
#include "PgTestEnv.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace pgm;
using pgtest::Cluster;

namespace {

/// Exactly 63 bytes (PostgreSQL's identifier limit) of two- and three-byte characters.
QString name63(const QString& prefix) {
    QString name = prefix;
    while (name.toUtf8().size() + 5 <= 63) {
        name += QStringLiteral("ä€");
    }
    while (name.toUtf8().size() < 63) {
        name += QLatin1Char('x');
    }
    return name;
}

const QString kPunctuation = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
const QString kDb = QStringLiteral("pgm_hostile ;|,.\"'\\ Mixed€");
const QString kExcludedDb = QStringLiteral("pgm_hostile_excl,\"x\".y");
const QString kSchema = QStringLiteral("sch.ema ;|\"q\"");
const QString kTable = QStringLiteral("ta,ble|'x' Mixed");
const QString kSkipped = QStringLiteral("skip.me,\"now\"");
const QString kEvil = QStringLiteral("pgm_evil");
/// A LATIN1 database: a database created from a session in it gets its name in LATIN1 bytes.
const QString kLatin1 = QStringLiteral("pgm_hostile_latin1");
const QString kLatin1Named = QStringLiteral("pgm_hostile_café");

/// Roles whose names were pasted into SQL: the first one, split on ';' and '|', becomes
/// "GRANT postgres TO pgm_evil -- ...".
QStringList hostileRoles() {
    return {QStringLiteral("a|b|c;x|postgres TO pgm_evil --|y"),
            QStringLiteral("x; GRANT postgres TO pgm_evil; --"),
            QStringLiteral("a|b"),
            QStringLiteral("q\"uote"),
            QStringLiteral(";"),
            QStringLiteral("it's \\back\\ Mixed"),
            kPunctuation,
            name63(QStringLiteral("R"))};
}

QStringList allRoles() {
    return hostileRoles() << kEvil;
}

/// The CLI's quoting: a name in double quotes, a quote inside doubled.
QString quoted(const QString& name) {
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString excludeArgument(const QString& keep = kDb) {
    QStringList names;
    for (const QString& name : pgtest::sourceDatabasesExcept(keep)) {
        if (!name.contains(QChar::ReplacementCharacter)) { // pgm_hostile_café read as UTF-8
            names << quoted(name);
        }
    }
    return names.join(QLatin1Char(','));
}

QString skipArgument() {
    // Two tables, the second one named plainly (quoted and unquoted names side by side).
    return quoted(kDb) + QLatin1Char('.') + quoted(kSchema) + QLatin1Char('.') + quoted(kSkipped) +
           QLatin1Char(',') + quoted(kDb) + QStringLiteral(".public.plain_nopk");
}

std::pair<int, QByteArray> cli(const QStringList& arguments, const QString& stateDir) {
    QProcess process;
    process.setProcessEnvironment(pgtest::cliEnvironment(stateDir));
    process.start(QStringLiteral(PGMIGRATE_CLI), arguments);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, process.readAllStandardOutput() + process.readAllStandardError()};
}

QStringList lines(Cluster cluster, const QString& dbname, const QString& sql) {
    const PgResult result = pgtest::connect(cluster, dbname)->exec(sql);
    QStringList out;
    for (int row = 0; row < result.rows(); ++row) {
        out << result.text(row, 0);
    }
    return out;
}

bool databaseExists(Cluster cluster, const QString& dbname) {
    return pgtest::connect(cluster)
               ->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"),
                      {dbname})
               .integer(0, 0) > 0;
}

/// Every ACL entry of the database's objects, by role NAME (oids differ between servers).
QStringList acls(Cluster cluster) {
    return lines(
        cluster, kDb,
        QStringLiteral(
            "WITH o(kind, object, acl, owner) AS ("
            " SELECT 'database', datname::text, coalesce(datacl, acldefault('d'::\"char\", "
            "datdba)), datdba "
            " FROM pg_database WHERE datname = current_database() "
            " UNION ALL SELECT 'schema', nspname::text, coalesce(nspacl, "
            " acldefault('n'::\"char\", nspowner)), nspowner FROM pg_namespace "
            " WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' "
            " UNION ALL SELECT CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END, "
            " format('%I.%I', n.nspname, c.relname), coalesce(c.relacl, acldefault(CASE "
            " c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner)), c.relowner "
            " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            " WHERE c.relkind IN ('r', 'S', 'v', 'm', 'p') AND n.nspname !~ '^pg_' "
            " AND n.nspname <> 'information_schema' "
            " UNION ALL SELECT 'column', format('%I.%I.%I', n.nspname, c.relname, a.attname), "
            " a.attacl, c.relowner FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.attacl IS NOT NULL "
            " AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' "
            " UNION ALL SELECT 'large object', oid::text, coalesce(lomacl, "
            " acldefault('L'::\"char\", lomowner)), lomowner FROM pg_largeobject_metadata) "
            "SELECT format('%s %s (owner %s): %s granted %s to %s%s', kind, object, "
            " pg_get_userbyid(owner), pg_get_userbyid(x.grantor), x.privilege_type, "
            " CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END, "
            " CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END) "
            "FROM o, aclexplode(o.acl) x ORDER BY 1"));
}

/// The test's roles' settings, by name.
QStringList roleSettings(Cluster cluster) {
    const PgResult result = pgtest::connect(cluster)->exec(
        QStringLiteral("SELECT format('%s in %s: %s', r.rolname, coalesce(d.datname, '*'), c) "
                       "FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
                       "LEFT JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) c "
                       "WHERE r.rolname = ANY($1::text[]) ORDER BY 1"),
        {toPgTextArray(allRoles())});
    QStringList out;
    for (int row = 0; row < result.rows(); ++row) {
        out << result.text(row, 0);
    }
    return out;
}

/// Memberships by name: the test's roles', and everyone's in postgres and the pg_* roles.
QStringList memberships(Cluster cluster) {
    const PgResult result = pgtest::connect(cluster)->exec(
        QStringLiteral("SELECT format('%s in %s%s', m.rolname, r.rolname, CASE WHEN "
                       "am.admin_option THEN ' with admin option' ELSE '' END) "
                       "FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid "
                       "JOIN pg_roles m ON m.oid = am.member "
                       "WHERE m.rolname = ANY($1::text[]) OR r.rolname = ANY($1::text[]) "
                       "OR r.rolname = 'postgres' OR r.rolname ~ '^pg_' ORDER BY 1"),
        {toPgTextArray(allRoles())});
    QStringList out;
    for (int row = 0; row < result.rows(); ++row) {
        out << result.text(row, 0);
    }
    return out;
}

/// Rows of every table hashed in a canonical order, sequences and large objects: computed
/// apart from the engine's own verification.
QStringList contents(Cluster cluster) {
    auto db = pgtest::connect(cluster, kDb);
    db->execScript(QStringLiteral("SET extra_float_digits = 3; SET bytea_output = 'hex'"));
    QStringList out;
    const PgResult tables = db->exec(QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname), c.relkind FROM pg_class c JOIN "
        "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'S') AND n.nspname "
        "!~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1"));
    for (int row = 0; row < tables.rows(); ++row) {
        const QString table = tables.text(row, 0);
        const QString sql =
            tables.text(row, 1) == QLatin1String("S")
                ? QString(QStringLiteral("SELECT last_value || ':' || is_called FROM ") + table)
                : QString(
                      QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                                     "'|' ORDER BY t::text)), '') FROM ") +
                      table + QStringLiteral(" t"));
        out << table + QLatin1Char(' ') + db->exec(sql).scalar();
    }
    out << lines(cluster, kDb,
                 QStringLiteral("SELECT oid || ' ' || md5(lo_get(oid)) || ' ' || "
                                "length(lo_get(oid)) FROM pg_largeobject_metadata ORDER BY oid"));
    return out;
}

void dropLatin1Databases() {
    if (databaseExists(Cluster::Source, kLatin1)) {
        pgtest::connect(Cluster::Source, kLatin1)
            ->exec(QStringLiteral("DROP DATABASE IF EXISTS \"pgm_hostile_café\""));
        pgtest::dropDatabase(Cluster::Source, kLatin1);
    }
}

void dropEverything(Cluster cluster) {
    pgtest::dropReplicationLeftovers(kDb);
    pgtest::dropDatabase(cluster, kDb);
    pgtest::dropDatabase(cluster, kExcludedDb);
    auto admin = pgtest::connect(cluster);
    for (const QString& role : allRoles()) {
        admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") + admin->quoteIdentifier(role));
    }
}

} // namespace

class TestHostileNames : public QObject {
    Q_OBJECT
    QTemporaryDir m_stateDir;
    QStringList m_sourceAcls;
    QStringList m_sourceMemberships;
    QStringList m_sourceSettings;

    void createSource() {
        auto admin = pgtest::connect(Cluster::Source);
        const auto id = [&admin](const QString& name) {
            return admin->quoteIdentifier(name);
        };
        for (const QString& role : allRoles()) {
            admin->exec(QStringLiteral("CREATE ROLE ") + id(role) + QStringLiteral(" NOLOGIN"));
        }
        admin->exec(QStringLiteral("GRANT ") + id(QStringLiteral("a|b")) + QStringLiteral(" TO ") +
                    id(QStringLiteral("q\"uote")));
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::recreateDatabase(Cluster::Source, kExcludedDb);
        admin->exec(QStringLiteral("ALTER DATABASE ") + id(kDb) + QStringLiteral(" OWNER TO ") +
                    id(QStringLiteral("q\"uote")));
        admin->exec(QStringLiteral("REVOKE ALL ON DATABASE ") + id(kDb) +
                    QStringLiteral(" FROM PUBLIC"));

        auto db = pgtest::connect(Cluster::Source, kDb);
        const QString schema = id(kSchema);
        const QString table = schema + QLatin1Char('.') + id(kTable);
        const QString punctuation = schema + QLatin1Char('.') + id(kPunctuation);
        const QString skipped = schema + QLatin1Char('.') + id(kSkipped);
        const QString sequence = schema + QLatin1Char('.') + id(name63(QStringLiteral("s")));
        const QString column63 = id(name63(QStringLiteral("c")));
        db->execScript(
            QStringLiteral(
                "CREATE SCHEMA %1 AUTHORIZATION %2; "
                "CREATE TABLE %3 (id int PRIMARY KEY, \"a,b\" text, \"it's\" text, "
                "\"Mixed Case\" text, \"back\\slash\" text, %4 text, \"q\"\"uote\" "
                "int); "
                "INSERT INTO %3 SELECT g, g || ',' || g, 'it''s ' || g, 'M' || g, "
                "'\\' || g, repeat('ä€', g % 5), g FROM generate_series(1, 500) g; "
                "CREATE TABLE %5 (id int PRIMARY KEY, %6 text); "
                "INSERT INTO %5 SELECT g, md5(g::text) FROM generate_series(1, 50) g; "
                "CREATE TABLE %7 (id int, v text); " // no key: replication needs none when skipped
                "INSERT INTO %7 SELECT g, 'skipped' FROM generate_series(1, 20) g; "
                "CREATE TABLE plain_nopk AS SELECT g AS id FROM generate_series(1, 20) g; "
                "CREATE SEQUENCE %8 START 4242; SELECT nextval('%9'); "
                "SELECT lo_from_bytea(0, 'small object'); "
                // Several chunks and a partial last one (> 5 MB).
                "SELECT lo_from_bytea(0, convert_to((SELECT string_agg(md5(g::text), "
                "'') FROM generate_series(1, 180001) g), 'UTF8'))")
                .arg(schema, id(QStringLiteral("a|b")), table, column63, punctuation,
                     id(kPunctuation), skipped, sequence,
                     QString(sequence).replace(QLatin1Char('\''), QStringLiteral("''"))));
        const PgResult objects =
            db->exec(QStringLiteral("SELECT oid FROM pg_largeobject_metadata ORDER BY oid"));
        const QStringList roles = hostileRoles();
        for (int i = 0; i < int(roles.size()); ++i) {
            const QString role = id(roles[i]);
            const QString option = i % 2 ? QStringLiteral(" WITH GRANT OPTION") : QString();
            db->execScript(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2%3; "
                                          "GRANT USAGE ON SCHEMA %4 TO %2%3; "
                                          "GRANT SELECT ON %5, %6 TO %2%3; "
                                          "GRANT UPDATE (\"a,b\", %7) ON %5 TO %2; "
                                          "GRANT USAGE ON SEQUENCE %8 TO %2%3; "
                                          "GRANT SELECT ON LARGE OBJECT %9 TO %2")
                               .arg(id(kDb), role, option, schema, table, skipped, column63,
                                    sequence, objects.text(i % objects.rows(), 0)));
        }
        db->exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO PUBLIC").arg(id(kDb)));
        // Settings of those roles, everywhere and in this database.
        admin->execScript(QStringLiteral("ALTER ROLE %1 SET work_mem = '5MB'; "
                                         "ALTER ROLE %2 IN DATABASE %3 SET search_path = %4, "
                                         "public")
                              .arg(id(roles[1]), id(roles[0]), id(kDb), schema));
    }

    /// Drops what the previous migration made on the target: the database and the roles.
    void resetTarget() { dropEverything(Cluster::Target); }

    QStringList commonArguments() {
        return {QStringLiteral("--source"),     pgtest::serverUri(Cluster::Source),
                QStringLiteral("--target"),     pgtest::serverUri(Cluster::Target),
                QStringLiteral("--exclude-db"), excludeArgument(),
                QStringLiteral("--skip-table"), skipArgument()};
    }

    void assertMigrated() {
        // Nobody gained a membership, in postgres or elsewhere.
        QCOMPARE(memberships(Cluster::Target), m_sourceMemberships);
        QCOMPARE(roleSettings(Cluster::Target), m_sourceSettings);
        QVERIFY(!databaseExists(Cluster::Target, kExcludedDb));

        QStringList source = contents(Cluster::Source);
        QStringList target = contents(Cluster::Target);
        const QString skipped =
            pgtest::connect(Cluster::Source)
                ->exec(QStringLiteral("SELECT format('%I.%I', $1::text, $2::text)"),
                       {kSchema, kSkipped})
                .scalar();
        QCOMPARE(source.filter(skipped + QStringLiteral(" 20:")).size(), 1);
        QCOMPARE(target.filter(skipped + QStringLiteral(" 0:")).size(), 1);
        QCOMPARE(source.filter(QStringLiteral("public.plain_nopk 20:")).size(), 1);
        QCOMPARE(target.filter(QStringLiteral("public.plain_nopk 0:")).size(), 1);
        QCOMPARE(target.size(), source.size());
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (!source[i].startsWith(skipped + QLatin1Char(' ')) &&
                !source[i].startsWith(QStringLiteral("public.plain_nopk "))) {
                QCOMPARE(target[i], source[i]);
            }
        }
        QCOMPARE(acls(Cluster::Target), m_sourceAcls);

        auto [code, out] = cli(QStringList{QStringLiteral("verify")} << commonArguments(), {});
        QVERIFY2(code == 0, out.constData());
    }

private slots:
    void initTestCase() {
        dropLatin1Databases();
        dropEverything(Cluster::Source);
        dropEverything(Cluster::Target);
        createSource();
        m_sourceAcls = acls(Cluster::Source);
        m_sourceMemberships = memberships(Cluster::Source);
        m_sourceSettings = roleSettings(Cluster::Source);
        QCOMPARE(m_sourceSettings.size(), 2);
        QVERIFY(!m_sourceMemberships.filter(QStringLiteral(" in postgres")).size());
    }

    void cleanupTestCase() {
        dropLatin1Databases();
        dropEverything(Cluster::Target);
        dropEverything(Cluster::Source);
    }

    void dumpMethod() {
        resetTarget();
        auto [code, out] = cli(QStringList{QStringLiteral("migrate"), QStringLiteral("--method"),
                                           QStringLiteral("dump")}
                                   << commonArguments(),
                               m_stateDir.path());
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(!out.contains("not granted") && !out.contains("not carried"), out.constData());
        assertMigrated();
    }

    void replication() {
        resetTarget();
        const QString id = QStringLiteral("hostile-repl");
        auto [code, out] = cli(QStringList{QStringLiteral("migrate"), QStringLiteral("--id"), id}
                                   << commonArguments(),
                               m_stateDir.path());
        QVERIFY2(code == 0 && out.contains("syncing"), out.constData());
        QVERIFY2(!out.contains("not granted") && !out.contains("not carried"), out.constData());
        // A change after the copy arrives by replication.
        pgtest::connect(Cluster::Source, kDb)
            ->exec(QStringLiteral("INSERT INTO %1.%2 (id, \"a,b\") VALUES (1000, 'late')")
                       .arg(pgtest::connect(Cluster::Source)->quoteIdentifier(kSchema),
                            pgtest::connect(Cluster::Source)->quoteIdentifier(kTable)));
        std::tie(code, out) =
            cli({QStringLiteral("finish"), QStringLiteral("--id"), id, QStringLiteral("--yes")},
                m_stateDir.path());
        QVERIFY2(code == 0, out.constData());
        assertMigrated();
    }

    /// A database name PostgreSQL stored in LATIN1 bytes is not valid UTF-8: pgmigrate does
    /// not migrate it and says so by its escaped bytes ("pgm_hostile_caf\xe9"), by which it
    /// can be excluded, instead of failing on a mangled name ("pgm_hostile_caf\uFFFD").
    void databaseNameNotUtf8() {
        dropLatin1Databases();
        pgtest::connect(Cluster::Source)
            ->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'LATIN1' "
                                  "LC_COLLATE 'C' LC_CTYPE 'C'")
                       .arg(kLatin1));
        pgtest::connect(Cluster::Source, kLatin1)
            ->exec(QStringLiteral("CREATE DATABASE \"pgm_hostile_café\""));
        const QStringList check = {QStringLiteral("check"), QStringLiteral("--source"),
                                   pgtest::serverUri(Cluster::Source), QStringLiteral("--target"),
                                   pgtest::serverUri(Cluster::Target)};
        auto [code, out] =
            cli(QStringList(check) << QStringLiteral("--exclude-db") << excludeArgument(), {});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("pgm_hostile_caf\\xe9") && out.contains("is not valid UTF-8") &&
                     out.contains("70676d5f686f7374696c655f636166e9"),
                 out.constData());
        std::tie(code, out) =
            cli(QStringList(check) << QStringLiteral("--exclude-db")
                                   << excludeArgument() + QStringLiteral(",pgm_hostile_caf\\xe9"),
                {});
        QVERIFY2(code == 0 && !out.contains("not valid UTF-8"), out.constData());
        dropLatin1Databases();
    }
};

PGM_PG_TEST_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
