#include "ArchiveToc.h"
#include "TargetPlan.h"

#include <QTest>

using namespace pgm;

/// Every path a run can take over a target (fresh, resume, start over, rerun) and what each
/// phase then does, from one table.
class TestTargetPlan : public QObject {
    Q_OBJECT
private slots:
    void eachPath_data() {
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("replicate");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<int>("existing");
        QTest::addColumn<int>("holding");
        // expected: pre-data, truncate all, keep copied tables, whole post-data, refused
        QTest::addColumn<QString>("expected");
        QTest::newRow("fresh") << false << false << false << 0 << 0
                               << QStringLiteral("pre truncate-no keep-no whole");
        QTest::newRow("resume, killed before the schema committed")
            << true << false << false << 0 << 0 << QStringLiteral("pre truncate-no keep-no whole");
        QTest::newRow("resume, schema there") << true << false << false << 3 << 2
                                              << QStringLiteral("pre-no truncate-no keep missing");
        QTest::newRow("resume, replicated: a new slot, every table again")
            << true << true << false << 3 << 3 << QStringLiteral("pre-no truncate keep-no missing");
        QTest::newRow("start over over data") << false << false << true << 3 << 3
                                              << QStringLiteral("pre-no truncate keep-no missing");
        QTest::newRow("rerun over an empty schema")
            << false << false << false << 3 << 0
            << QStringLiteral("pre-no truncate-no keep-no missing");
        QTest::newRow("rerun over data without --if-exists truncate")
            << false << false << false << 3 << 1 << QStringLiteral("refused");
        QTest::newRow("some tables only")
            << false << false << true << 2 << 0 << QStringLiteral("refused");
    }

    void eachPath() {
        QFETCH(bool, resume);
        QFETCH(bool, replicate);
        QFETCH(bool, replace);
        QFETCH(int, existing);
        QFETCH(int, holding);
        QFETCH(QString, expected);
        TargetContents contents;
        contents.resume = resume;
        contents.replicate = replicate;
        contents.replaceAllowed = replace;
        contents.userTables = 3;
        for (int i = 0; i < existing; ++i) {
            contents.existing << QStringLiteral("public.t%1").arg(i);
        }
        for (int i = 0; i < holding; ++i) {
            contents.holdingData << QStringLiteral("public.t%1").arg(i);
        }
        const TargetPlan plan = planTarget(contents);
        const QString got = !plan.refusal.isEmpty()
                                ? QStringLiteral("refused")
                                : QStringList{plan.restorePreData ? QStringLiteral("pre")
                                                                  : QStringLiteral("pre-no"),
                                              plan.truncateAll ? QStringLiteral("truncate")
                                                               : QStringLiteral("truncate-no"),
                                              plan.keepCopiedTables ? QStringLiteral("keep")
                                                                    : QStringLiteral("keep-no"),
                                              plan.wholePostData ? QStringLiteral("whole")
                                                                 : QStringLiteral("missing")}
                                      .join(QLatin1Char(' '));
        QCOMPARE(got, expected);
    }

    /// The decisions taken before the target is inspected: the slot, verify, analyze and the
    /// last step, per method and path.
    void eachStart_data() {
        QTest::addColumn<bool>("resume");
        QTest::addColumn<bool>("replicate");
        QTest::addColumn<bool>("verifyReplicated");
        // expected: drop the earlier replication, verify after the copy, last step
        QTest::addColumn<QString>("expected");
        QTest::newRow("dump, fresh or start over")
            << false << false << false << QStringLiteral("keep verify hand-over");
        QTest::newRow("dump, resumed")
            << true << false << false << QStringLiteral("keep verify hand-over");
        QTest::newRow("replicated, fresh")
            << false << true << false << QStringLiteral("keep verify-no subscribe");
        QTest::newRow("replicated, resumed: its snapshot is gone with its slot")
            << true << true << false << QStringLiteral("drop verify-no subscribe");
        QTest::newRow("replicated, verified on request")
            << false << true << true << QStringLiteral("keep verify subscribe");
    }

    void eachStart() {
        QFETCH(bool, resume);
        QFETCH(bool, replicate);
        QFETCH(bool, verifyReplicated);
        QFETCH(QString, expected);
        RunStart start;
        start.resume = resume;
        start.replicate = replicate;
        start.verifyReplicatedCopy = verifyReplicated;
        const StartPlan plan = planStart(start);
        const QString got =
            QStringList{
                plan.dropEarlierReplication ? QStringLiteral("drop") : QStringLiteral("keep"),
                plan.verifyAfterCopy ? QStringLiteral("verify") : QStringLiteral("verify-no"),
                plan.subscribe ? QStringLiteral("subscribe") : QStringLiteral("hand-over")}
                .join(QLatin1Char(' '));
        QCOMPARE(got, expected);
        QVERIFY(plan.analyze);
    }

    void tocLinesKeepTheirOids() {
        const QList<TocEntry> entries = parseToc(
            QStringLiteral(";\n; Archive created at 2026-11-29\n;\n"
                           "3213; 2606 16391 CONSTRAINT public t t_pkey postgres\n"
                           "3220; 2606 16402 FK CONSTRAINT public \"odd name\" c_fk postgres\n"
                           "3300; 0 0 COMMENT public INDEX t_idx postgres\n"));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].catalog, 2606u);
        QCOMPARE(entries[0].oid, 16391u);
        QCOMPARE(entries[1].rest,
                 QStringLiteral("FK CONSTRAINT public \"odd name\" c_fk postgres"));
        QCOMPARE(entries[2].line, QStringLiteral("3300; 0 0 COMMENT public INDEX t_idx postgres"));
    }

    void eventTriggerEntriesAreToldApart() {
        const QList<TocEntry> entries =
            parseToc(QStringLiteral("3345; 3466 16420 EVENT TRIGGER - log_ddl postgres\n"
                                    "3346; 0 0 COMMENT - EVENT TRIGGER log_ddl postgres\n"
                                    "3347; 0 0 SECURITY LABEL - EVENT TRIGGER log_ddl postgres\n"
                                    "3348; 1259 16430 INDEX public EVENT TRIGGER - x postgres\n"
                                    "3349; 0 0 COMMENT public TABLE EVENT TRIGGER - y postgres\n"
                                    "3350; 2620 16440 TRIGGER public t audit postgres\n"));
        QCOMPARE(entries.size(), 6);
        QList<bool> told;
        for (const TocEntry& entry : entries) {
            told << isEventTriggerEntry(entry);
        }
        QCOMPARE(told, (QList<bool>{true, true, true, false, false, false}));
    }
};

QTEST_GUILESS_MAIN(TestTargetPlan)

#include "tst_targetplan.moc"
