// Roles carried as the source has them, whatever the sessions' DateStyle and TimeZone, and
// their list settings (search_path) as pg_dump writes them, an empty one included.
#include "PgConnection.h"
#include "PgTestEnv.h"
#include "RoleMigrator.h"

#include <QTest>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QStringList kRoles = {QStringLiteral("pgm_rm_valid"), QStringLiteral("pgm_rm_nopath"),
                            QStringLiteral("pgm_rm_paths")};

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

} // namespace

class TestRoleMigrator : public QObject {
    Q_OBJECT

    std::unique_ptr<PgConnection> m_source;
    std::unique_ptr<PgConnection> m_target;

    void dropRoles() {
        for (PgConnection* server : {m_source.get(), m_target.get()}) {
            for (const QString& role : kRoles) {
                server->exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                             server->quoteIdentifier(role));
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
            "\"$user\", 'odd, \"name\"', public"));
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
        QVERIFY2(report.warnings.filter(QStringLiteral("pgm_rm_")).isEmpty(),
                 qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(rolesOf(*m_target), rolesOf(*m_source));
        // As an array's text: {"search_path=\"\""}.
        QVERIFY2(rolesOf(*m_target).contains(QStringLiteral("search_path=\\\"\\\"")),
                 qPrintable(rolesOf(*m_target)));
    }
};

PGM_PG_TEST_MAIN(TestRoleMigrator)
#include "tst_rolemigrator.moc"
