// The migrations list: its columns from saved states, sorting by a header click, and Remove
// (state file and keychain entries, through the real Secret Service scripts/test starts).
#include "KeychainCredentialStore.h"
#include "MigrationsWindow.h"
#include "StateStore.h"
#include "StatusTag.h"
#include "TestCredentials.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgm;

namespace {

DatabaseState database(const QString& name, MigrationMethod method, DbStatus status, qint64 bytes,
                       qint64 lag = -1) {
    DatabaseState db;
    db.dbname = name;
    db.method = method;
    db.status = status;
    db.bytesTotal = bytes;
    db.lagBytes = lag;
    return db;
}

} // namespace

class TestMigrationsList : public QObject {
    Q_OBJECT
    QTemporaryDir m_state;

    static QStringList column(QTableWidget* table, int column) {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row) {
            texts << table->item(row, column)->text();
        }
        return texts;
    }

private slots:
    void initTestCase() {
        qputenv("PGMIGRATE_STATE_DIR", m_state.path().toUtf8());
        const StateStore store;
        const QDateTime base = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        MigrationState dumped; // finished in 90 s, the largest
        dumped.id = QStringLiteral("20261102-100000-aaaa");
        dumped.created = base;
        dumped.finished = base.addSecs(90);
        dumped.source.host = QStringLiteral("src1");
        dumped.source.user = QStringLiteral("pgm_list_test");
        dumped.target.host = QStringLiteral("shared-target");
        dumped.databases << database(QStringLiteral("shop"), MigrationMethod::Dump, DbStatus::Done,
                                     3 * 1024 * 1024);
        MigrationState syncing; // still replicating, 4 KiB behind, the smallest
        syncing.id = QStringLiteral("20261103-100000-bbbb");
        syncing.created = base.addDays(1);
        syncing.target.host = QStringLiteral("shared-target");
        syncing.databases << database(QStringLiteral("app"), MigrationMethod::Replication,
                                      DbStatus::Syncing, 1024, 4096)
                          << database(QStringLiteral("crm"), MigrationMethod::Replication,
                                      DbStatus::Syncing, 2048, 100);
        LagSample lastRead; // as the wizard's Close page or `pgmigrate status` saved it
        lastRead.at = base.addDays(1).addSecs(600);
        lastRead.lag.insert(QStringLiteral("app"), DatabaseLag{4096, 7});
        lastRead.lag.insert(QStringLiteral("crm"), DatabaseLag{100, 1});
        syncing.lagHistory.add(lastRead);
        MigrationState mixed; // finished in 2 h 5 min, both methods
        mixed.id = QStringLiteral("20261101-100000-cccc");
        mixed.created = base.addDays(-1);
        mixed.finished = mixed.created.addSecs(2 * 3600 + 5 * 60);
        mixed.databases << database(QStringLiteral("a"), MigrationMethod::Dump, DbStatus::Done,
                                    512 * 1024)
                        << database(QStringLiteral("b"), MigrationMethod::Replication,
                                    DbStatus::Done, 512 * 1024);
        for (const MigrationState& state : {dumped, syncing, mixed}) {
            QString error;
            QVERIFY2(store.save(state, &error), qPrintable(error));
        }
    }

    void columnsShowEachMigration() {
        MigrationsWindow window(pgtest::memoryCredentials());
        window.show();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("migrations"));
        QStringList headers;
        for (int c = 0; c < table->columnCount(); ++c) {
            headers << table->horizontalHeaderItem(c)->text();
        }
        QCOMPARE(headers, (QStringList{QStringLiteral("Migration"), QStringLiteral("Status"),
                                       QStringLiteral("Started"), QStringLiteral("Finished"),
                                       QStringLiteral("Duration"), QStringLiteral("Databases"),
                                       QStringLiteral("Size"), QStringLiteral("Method"),
                                       QStringLiteral("Lag"), QStringLiteral("Source"),
                                       QStringLiteral("Target")}));
        // Newest first by default.
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("20261103-100000-bbbb"),
                                                QStringLiteral("20261102-100000-aaaa"),
                                                QStringLiteral("20261101-100000-cccc")}));
        QCOMPARE(qobject_cast<StatusTag*>(table->cellWidget(0, 1))->text(),
                 QStringLiteral("Syncing"));
        QCOMPARE(table->item(0, 3)->text(), QString()); // not finished
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("app, crm"));
        QCOMPARE(table->item(0, 6)->text(), QLocale().formattedDataSize(3072));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("replication"));
        // The worst lag, bytes and seconds behind; each database's, and when, in the tooltip.
        QCOMPARE(table->item(0, 8)->text(),
                 QLocale().formattedDataSize(4096) + QStringLiteral(", 7 s"));
        const QString lagTip = table->item(0, 8)->toolTip();
        QVERIFY2(lagTip.contains(QStringLiteral("crm: ") + QLocale().formattedDataSize(100) +
                                 QStringLiteral(" behind, 1 s")),
                 qPrintable(lagTip));
        QVERIFY2(lagTip.contains(QLocale().toString(
                     QDateTime(QDate(2026, 11, 3), QTime(10, 10), Qt::UTC).toLocalTime(),
                     QLocale::ShortFormat)),
                 qPrintable(lagTip));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("1 min"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("pg_dump"));
        QCOMPARE(table->item(1, 8)->text(), QString()); // no lag for what does not replicate
        QVERIFY(!table->item(1, 3)->text().isEmpty());
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("2 h 5 min"));
        QCOMPARE(table->item(2, 7)->text(), QStringLiteral("mixed"));
        QCOMPARE(table->item(1, 9)->text(), QStringLiteral("pgm_list_test@src1:5432"));
    }

    void headersSortByValueNotText() {
        MigrationsWindow window(pgtest::memoryCredentials());
        window.show();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("migrations"));
        // Size: 3 KiB < 1 MiB < 3 MiB, which the texts would not sort to.
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(6) + 5, 5));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 6);
        const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
        QStringList bySize = column(table, 0);
        if (order == Qt::DescendingOrder) {
            std::reverse(bySize.begin(), bySize.end());
        }
        QCOMPARE(bySize, (QStringList{QStringLiteral("20261103-100000-bbbb"),
                                      QStringLiteral("20261101-100000-cccc"),
                                      QStringLiteral("20261102-100000-aaaa")}));
        // Duration: 90 s before 2 h 5 min (and the syncing one's hours since 3 Nov); the
        // status tags moved with their rows.
        table->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("20261102-100000-aaaa"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("20261101-100000-cccc"));
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(qobject_cast<StatusTag*>(table->cellWidget(row, 1))->text(),
                     table->item(row, 1)->text());
        }
    }

    /// Blocking keychain calls for the test's own setup and checks.
    static CredentialStore::Result readKey(CredentialStore& store, const QString& key) {
        CredentialStore::Result answer = CredentialStore::Result::Unavailable;
        bool done = false;
        store.read(key, [&](CredentialStore::Result result, const QString&, const QString&) {
            answer = result;
            done = true;
        });
        for (int i = 0; i < 100 && !done; ++i) {
            QTest::qWait(100);
        }
        return answer;
    }
    static void writeKey(CredentialStore& store, const QString& key) {
        bool done = false;
        store.write(key, QStringLiteral("list-test-secret"),
                    [&](CredentialStore::Result result, const QString& error) {
                        QVERIFY2(result == CredentialStore::Result::Ok, qPrintable(error));
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void removeForgetsAFinishedMigration() {
        KeychainCredentialStore keychain;
        const StateStore store;
        const auto dumped = store.load(QStringLiteral("20261102-100000-aaaa"), nullptr);
        QVERIFY(dumped);
        const QString sourceKey = credentialKey(dumped->source);
        const QString sharedKey = credentialKey(dumped->target); // also the syncing one's target
        writeKey(keychain, sourceKey);
        writeKey(keychain, sharedKey);

        // The real Secret Service (scripts/test's session): Remove deletes its entries.
        MigrationsWindow window(&keychain);
        window.show();
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("migrations"));
        auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeMigration"));
        table->sortByColumn(0, Qt::DescendingOrder);
        table->selectRow(0); // the syncing one: not removable
        QVERIFY(!remove->isEnabled());
        table->selectRow(1); // the finished dump
        QCOMPARE(table->item(1, 0)->text(), dumped->id);
        QVERIFY(remove->isEnabled());

        QSignalSpy removed(&window, &MigrationsWindow::removed);
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("removeConfirmation"))));
        QCOMPARE(box->windowModality(), Qt::WindowModal);    // open(), not exec()
        QVERIFY(QFile::exists(store.statePath(dumped->id))); // nothing before the answer
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
        QCOMPARE(removed.first().at(0).toString(), dumped->id);
        QCOMPARE(removed.first().at(1).toString(), QString());

        QVERIFY(!QFile::exists(store.statePath(dumped->id)));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!column(table, 0).contains(dumped->id));
        QCOMPARE(readKey(keychain, sourceKey), CredentialStore::Result::NotFound);
        // The syncing migration still needs its target's password.
        QCOMPARE(readKey(keychain, sharedKey), CredentialStore::Result::Ok);
        bool cleaned = false;
        keychain.remove(sharedKey,
                        [&](CredentialStore::Result, const QString&) { cleaned = true; });
        QTRY_VERIFY(cleaned);
    }
};

QTEST_MAIN(TestMigrationsList)
#include "tst_migrationslist.moc"
