#include "ManagedService.h"
#include "ProviderGrants.h"

#include <QTest>

using namespace pgm;

/// pg_restore's rendering of ACL entries, split per entry, and the statements naming a
/// provider's own role.
class TestProviderGrants : public QObject {
    Q_OBJECT
private slots:
    void providerRoles() {
        for (const char* role :
             {"rds_superuser", "rds_iam", "rdsadmin", "cloudsqlsuperuser", "cloudsqliamuser",
              "azure_pg_admin", "azuresu", "_aiven", "aiven_extras_admin"}) {
            QVERIFY2(providerOfRole(QLatin1String(role)) != ManagedService::None, role);
        }
        for (const char* role : {"postgres", "rds", "app_rds_superuser", "avnadmin", "azure"}) {
            QVERIFY2(providerOfRole(QLatin1String(role)) == ManagedService::None, role);
        }
        QCOMPARE(providerRoleNote(QStringLiteral("rds_superuser")),
                 QStringLiteral("not migrated: provider role rds_superuser (Amazon RDS)"));
    }

    void statementsPerEntry() {
        // As pg_restore --verbose --file=- prints it (PostgreSQL 15.14: with \restrict).
        const QString script =
            QStringLiteral("\\restrict abc\n"
                           "SET statement_timeout = 0;\n"
                           "--\n-- TOC entry 3350 (class 0 OID 0)\n-- Dependencies: 214\n"
                           "-- Name: TABLE t; Type: ACL; Schema: public; Owner: postgres\n--\n\n"
                           "GRANT SELECT ON TABLE public.t TO rds_superuser;\n"
                           "GRANT SELECT,INSERT ON TABLE public.\"a;b\n-- x\" TO reader;\n"
                           "SET SESSION AUTHORIZATION app;\n"
                           "GRANT SELECT ON TABLE public.t TO rds_superuser;\n"
                           "RESET SESSION AUTHORIZATION;\n"
                           "--\n-- TOC entry 3351 (class 0 OID 0)\n--\n"
                           "GRANT UPDATE(c) ON TABLE public.\"TO rds_iam\" TO \"Reader\";\n"
                           "\\unrestrict abc\n");
        const QMap<int, QStringList> statements = statementsByEntry(script);
        QCOMPARE(statements.value(3350),
                 (QStringList{QStringLiteral("GRANT SELECT ON TABLE public.t TO rds_superuser"),
                              QStringLiteral("GRANT SELECT,INSERT ON TABLE public.\"a;b\n-- x\" "
                                             "TO reader"),
                              QStringLiteral("SET SESSION AUTHORIZATION app"),
                              QStringLiteral("GRANT SELECT ON TABLE public.t TO rds_superuser"),
                              QStringLiteral("RESET SESSION AUTHORIZATION")}));
        QCOMPARE(statements.value(3351),
                 QStringList{QStringLiteral("GRANT UPDATE(c) ON TABLE public.\"TO rds_iam\" TO "
                                            "\"Reader\"")});
        QCOMPARE(withoutProviderRoles(statements.value(3350)),
                 (QStringList{QStringLiteral("GRANT SELECT,INSERT ON TABLE public.\"a;b\n-- x\" "
                                             "TO reader"),
                              QStringLiteral("SET SESSION AUTHORIZATION app"),
                              QStringLiteral("RESET SESSION AUTHORIZATION")}));
        // A table named like a grant is no grant to a provider role.
        QCOMPARE(withoutProviderRoles(statements.value(3351)), statements.value(3351));
    }

    void namesProviderRole_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("names");
        QTest::newRow("grant") << QStringLiteral("GRANT ALL ON SCHEMA public TO rds_superuser")
                               << true;
        QTest::newRow("with grant option")
            << QStringLiteral("GRANT SELECT ON TABLE s.t TO cloudsqliamuser WITH GRANT OPTION")
            << true;
        QTest::newRow("revoke") << QStringLiteral("REVOKE ALL ON FUNCTION f() FROM azure_pg_admin")
                                << true;
        QTest::newRow("quoted") << QStringLiteral("GRANT USAGE ON SCHEMA x TO \"rds_iam\"") << true;
        QTest::newRow("default privileges of the role")
            << QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE rdsadmin IN SCHEMA public GRANT "
                              "SELECT ON TABLES TO app")
            << true;
        QTest::newRow("acting as the role")
            << QStringLiteral("SET SESSION AUTHORIZATION rds_superuser") << true;
        QTest::newRow("ordinary") << QStringLiteral("GRANT SELECT ON TABLE rds_superuser.t TO app")
                                  << false;
        QTest::newRow("public") << QStringLiteral("REVOKE ALL ON FUNCTION f() FROM PUBLIC")
                                << false;
        QTest::newRow("case of a quoted name kept")
            << QStringLiteral("GRANT SELECT ON TABLE t TO \"RDS_IAM\"") << false;
    }
    void namesProviderRole() {
        QFETCH(QString, statement);
        QFETCH(bool, names);
        QCOMPARE(pgm::namesProviderRole(statement), names);
    }

    void sessionAuthorizationRole_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("role");
        QTest::newRow("unquoted, folded")
            << QStringLiteral("SET SESSION AUTHORIZATION Clerk") << QStringLiteral("clerk");
        QTest::newRow("quoted, as it is")
            << QStringLiteral("set session authorization \"Mr \"\"X\"\"\"")
            << QStringLiteral("Mr \"X\"");
        QTest::newRow("default") << QStringLiteral("SET SESSION AUTHORIZATION DEFAULT")
                                 << QString();
        QTest::newRow("reset") << QStringLiteral("RESET SESSION AUTHORIZATION") << QString();
        QTest::newRow("a grant") << QStringLiteral("GRANT SELECT ON TABLE t TO clerk") << QString();
        QTest::newRow("set role") << QStringLiteral("SET ROLE clerk") << QString();
    }
    void sessionAuthorizationRole() {
        QFETCH(QString, statement);
        QFETCH(QString, role);
        QCOMPARE(pgm::sessionAuthorizationRole(statement), role);
    }

    void scriptEncoding_data() {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("encoding");
        const QByteArray head =
            "--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n";
        QTest::newRow("LATIN1") << head + "SET client_encoding = 'LATIN1';\nSET x = 1;\n"
                                << QStringLiteral("LATIN1");
        QTest::newRow("UTF8") << head + "SET client_encoding = 'UTF8';\n" << QStringLiteral("UTF8");
        QTest::newRow("not said") << head << QStringLiteral("UTF8");
        QTest::newRow("inside a literal")
            << head + "COMMENT ON TABLE t IS 'x\nSET client_encoding = ''EUC_JP'';';\n"
            << QStringLiteral("UTF8");
    }
    void scriptEncoding() {
        QFETCH(QByteArray, script);
        QFETCH(QString, encoding);
        QCOMPARE(pgm::scriptEncoding(script), encoding);
    }
};

QTEST_GUILESS_MAIN(TestProviderGrants)
#include "tst_providergrants.moc"
