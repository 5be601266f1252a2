// Roles carried as the source has them, whatever the sessions' DateStyle and TimeZone, their
// list settings (search_path) as pg_dump writes them, an empty one included, and who may set
// which parameter (15+); a role the target had is left as it is, and what it lacks said.
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "RoleMigrator.h"

#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QStringList kRoles = {QStringLiteral("pgm_rm_valid"), QStringLiteral("pgm_rm_nopath"),
                            QStringLiteral("pgm_rm_paths")};
/// On both servers before the migration, with other attributes on the target.
const QString kThere = QStringLiteral("pgm_rm_there");

/// The test's roles' expiry (as epoch seconds) and settings, by name.
QString rolesOf(PgConnection& server) {
    return server
        .exec(QStringLiteral("SELECT string_agg(format('%s %s %s', r.rolname, extract(epoch "
                             "FROM r.rolvaliduntil), s.setconfig), '; ' ORDER BY r.rolname) "
                             "FROM pg_roles r LEFT JOIN pg_db_role_setting s ON s.setrole = "
                             "r.oid AND s.setdatabase = 0 WHERE r.rolname = ANY($1::text[])"),
              {QStringLiteral("{") + kRoles.join(QLatin1Char(',')) + QStringLiteral("}")})
        .scalar();
}

/// Who may SET or ALTER SYSTEM which parameter, of the test's roles.
QString parameterGrants(PgConnection& server) {
    return server
        .exec(QStringLiteral("SELECT string_agg(format('%s %s %s %s', p.parname, "
                             "pg_get_userbyid(a.grantee), a.privilege_type, a.is_grantable), "
                             "'; ' ORDER BY p.parname) FROM pg_parameter_acl p, "
                             "aclexplode(p.paracl) a "
                             "WHERE pg_get_userbyid(a.grantee) LIKE 'pgm\\_rm\\_%'"))
        .scalar();
}

} // namespace

class TestRoleMigrator : public QObject {
    Q_OBJECT

    std::unique_ptr<PgConnection> m_source;
    std::unique_ptr<PgConnection> m_target;

    void dropRoles() {
        for (PgConnection* server : {m_source.get(), m_target.get()}) {
            const QStringList roles = QStringList(kRoles) << kThere;
            for (const QString& role : roles) {
                // DROP OWNED takes back its parameter privileges, which hold the role.
                if (server
                        ->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"),
                               {role})
                        .integer(0, 0) > 0) {
                    server->exec(QStringLiteral("DROP OWNED BY ") + server->quoteIdentifier(role));
                    server->exec(QStringLiteral("DROP ROLE ") + server->quoteIdentifier(role));
                }
            }
        }
    }

private slots:
    void initTestCase() {
        m_source = pgtest::connect(Cluster::Source);
        m_target = pgtest::connect(Cluster::Target);
        dropRoles();
        m_source->execScript(QStringLiteral(
            "CREATE ROLE pgm_rm_valid LOGIN VALID UNTIL '2031-02-13 10:00:00.25+00'; "
            "CREATE ROLE pgm_rm_nopath; ALTER ROLE pgm_rm_nopath SET search_path = ''; "
            "CREATE ROLE pgm_rm_paths; ALTER ROLE pgm_rm_paths SET search_path = "
            "\"$user\", 'odd, \"name\"', public; "
            "GRANT SET ON PARAMETER log_statement TO pgm_rm_valid; "
            "GRANT ALTER SYSTEM ON PARAMETER work_mem TO pgm_rm_paths WITH GRANT OPTION; "
            "CREATE ROLE pgm_rm_there LOGIN CREATEDB CONNECTION LIMIT 5"));
        m_target->exec(QStringLiteral("CREATE ROLE pgm_rm_there NOLOGIN"));
    }

    void cleanupTestCase() {
        if (m_source) {
            dropRoles();
        }
    }

    void rolesArriveWhateverTheSessionsDateStyle() {
        // 13/02/2031 read as month 13 failed the role, and with it every grant; 01/02 would
        // have been 2 January. IST is India's on the source, Israel's to a target that reads
        // the abbreviation.
        m_source->execScript(
            QStringLiteral("SET DateStyle = 'SQL, DMY'; SET TimeZone = 'Asia/Kolkata'"));
        const RoleReport report = migrateRoles(*m_source, *m_target);
        for (const QString& role : kRoles) {
            QVERIFY2(report.created.contains(role), qPrintable(report.warnings.join(u'\n')));
        }
        // The role the target had is left as it is, and what it lacks is said.
        QCOMPARE(report.warnings.filter(QStringLiteral("pgm_rm_")),
                 QStringList{QStringLiteral("role pgm_rm_there is on the target already, without "
                                            "the source's LOGIN CREATEDB CONNECTION LIMIT 5: "
                                            "left as it is")});
        QCOMPARE(rolesOf(*m_target), rolesOf(*m_source));
        QCOMPARE(parameterGrants(*m_target), parameterGrants(*m_source));
        QCOMPARE(parameterGrants(*m_source).count(u';'), 1);
        // As an array's text: {"search_path=\"\""}.
        QVERIFY2(rolesOf(*m_target).contains(QStringLiteral("search_path=\\\"\\\"")),
                 qPrintable(rolesOf(*m_target)));
    }
};

PGM_PG_TEST_MAIN(TestRoleMigrator)
#include "tst_rolemigrator.moc"
