// Small tables copied many at a time (TableBatch): one query string on each side, one
// transaction on the target. Odd names must survive the statements being joined, each table's
// rows must arrive whole and be digested apart from its neighbours', and a batch that fails or
// is cancelled must leave nothing of itself on the target and the source's snapshot usable.
#include "PgConnection.h"
#include "PgError.h"
#include "PgTestEnv.h"
#include "TableBatch.h"
#include "TableCatalog.h"
#include "TextOutput.h"
#include "Verifier.h"

#include <QTest>
#include <thread>

using namespace pgm;
using pgtest::Cluster;

namespace {

const QString kDb = QStringLiteral("pgm_tablebatch");

// Names the joined statements must quote one by one: a quote, a semicolon, a space, Unicode,
// a keyword and a name of 63 bytes.
const QStringList kNames = {QStringLiteral("plain"),
                            QStringLiteral("it's; \"odd\""),
                            QStringLiteral("Ünïcode täble"),
                            QStringLiteral("select"),
                            QStringLiteral("n23456789012345678901234567890123456789012345678901234"
                                           "567890123"),
                            QStringLiteral("empty")};

QString quoted(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// Every table's rows, one line each, in an order that does not depend on where they lie.
QString fingerprint(PgConnection& connection) {
    QStringList lines;
    for (const QString& name : kNames) {
        lines << name + QLatin1Char(':') +
                     connection
                         .exec(QStringLiteral("SELECT count(*) || '/' || coalesce(md5(string_agg("
                                              "t::text, '|' ORDER BY id)), '') FROM ") +
                               quoted(name) + QStringLiteral(" t"))
                         .scalar();
    }
    return lines.join(QLatin1Char('\n'));
}

// The source's tables of kNames as the copy sees them, inside a new snapshot.
QList<TableInfo> batchOnSource(PgConnection& source) {
    source.execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    QList<TableInfo> batch;
    for (const TableInfo& table : listTables(source, {})) {
        if (kNames.contains(table.name)) {
            batch << table;
        }
    }
    return batch;
}

} // namespace

class TestTableBatch : public QObject {
    Q_OBJECT

    static void loads() {
        QTest::addColumn<BatchLoad>("load");
        QTest::newRow("binary") << BatchLoad::BinaryCopy;
        QTest::newRow("text") << BatchLoad::TextCopy;
        QTest::newRow("inserts") << BatchLoad::Inserts;
    }

private slots:
    void init() {
        pgtest::recreateDatabase(Cluster::Source, kDb);
        pgtest::recreateDatabase(Cluster::Target, kDb);
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        for (const QString& name : kNames) {
            const QString create = QStringLiteral("CREATE TABLE ") + quoted(name) +
                                   QStringLiteral(" (id int, body text, raw bytea, at date, "
                                                  "tricky text, nums float8[], doc jsonb, "
                                                  "seen timestamptz, "
                                                  "serial int GENERATED ALWAYS AS IDENTITY)");
            source->execScript(create);
            target->execScript(create);
            // What a killed run may have committed: the batch must replace it.
            target->execScript(QStringLiteral("INSERT INTO ") + quoted(name) +
                               QStringLiteral(" VALUES (1, 'stale')"));
            if (name != QLatin1String("empty")) {
                source->execScript(
                    QStringLiteral("INSERT INTO ") + quoted(name) +
                    QStringLiteral(" SELECT i, CASE WHEN i % 5 = 0 THEN NULL ELSE 'row ' || i || "
                                   "E' tab\\t ü' END, decode(md5(i::text), 'hex'), "
                                   "'2024-02-29'::date + i, "
                                   // What a text COPY escapes, and what a literal must.
                                   "CASE i % 4 WHEN 0 THEN E'back\\\\slash \\\\N' WHEN 1 "
                                   "THEN E'it''s\\n\\r\\x01 \"q\"' WHEN 2 THEN '' END, "
                                   "ARRAY[i / 3.0, 1e300, -0.0, 'NaN'], "
                                   "jsonb_build_object('k', i, 'q', E'\\'\\\\'), "
                                   "'2024-03-31 02:30:00+02'::timestamptz + i * interval '1h' "
                                   "FROM generate_series(1, 40 + length(") +
                    source->quoteLiteral(name) + QStringLiteral(")) i"));
            }
        }
    }

    void cleanupTestCase() {
        pgtest::dropDatabase(Cluster::Source, kDb);
        pgtest::dropDatabase(Cluster::Target, kDb);
    }

    void aBatchLoadsEveryTableInOneTransaction_data() { loads(); }

    void aBatchLoadsEveryTableInOneTransaction() {
        QFETCH(BatchLoad, load);
        const bool binary = load == BatchLoad::BinaryCopy;
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const QList<TableInfo> batch = batchOnSource(*source);
        QCOMPARE(batch.size(), kNames.size());
        QHash<qsizetype, qint64> streamed;
        const std::optional<QList<CopyResult>> results =
            copyTableBatch(*source, *target, batch, load, true, nullptr,
                           [&](qsizetype i, qint64 bytes) { streamed[i] += bytes; });
        QVERIFY(results);
        QCOMPARE(results->size(), batch.size());
        const QList<CopyDigest> back = digestTables(*target, batch, binary);
        QCOMPARE(back.size(), batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const CopyResult& result = (*results)[i];
            const qint64 expected =
                batch[i].name == QLatin1String("empty") ? 0 : 40 + batch[i].name.size();
            QCOMPARE(result.rows, expected);
            QVERIFY(result.digested);
            QCOMPARE(result.digestRows, expected);
            QCOMPARE(result.bytes, streamed.value(i));
            const TableComparison comparison = compareDigests(batch[i], result, back[i]);
            QVERIFY2(comparison.matches(), qPrintable(comparison.describe()));
        }
        // The source's transaction goes on (the savepoint released), in its snapshot.
        QCOMPARE(source->exec(QStringLiteral("SELECT count(*) FROM plain")).scalar(),
                 QStringLiteral("45"));
        source->execScript(QStringLiteral("COMMIT"));
        QCOMPARE(fingerprint(*target), fingerprint(*source));
        // One transaction loaded them all.
        QStringList xmins;
        for (const QString& name : kNames.mid(0, kNames.size() - 1)) {
            xmins << QStringLiteral("SELECT xmin::text AS x FROM ") + quoted(name);
        }
        QCOMPARE(target
                     ->exec(QStringLiteral("SELECT count(DISTINCT x) FROM (") +
                            xmins.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") s"))
                     .scalar(),
                 QStringLiteral("1"));
    }

    void tooMuchTextForInsertsFallsBackWhole() {
        // A table small on disk may hold much more text (TOAST compresses): past its limit the
        // INSERT batch gives up before it sends anything, and COPY takes the tables instead.
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        for (PgConnection* side : {source.get(), target.get()}) {
            side->execScript(QStringLiteral("CREATE TABLE huge (id int, body text)"));
        }
        source->execScript(
            QStringLiteral("INSERT INTO huge VALUES (1, repeat('a', 40 * 1024 * 1024))"));
        QVERIFY(source->exec(QStringLiteral("SELECT pg_table_size('huge')")).scalar().toLongLong() <
                (2 << 20));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        QList<TableInfo> batch;
        for (const TableInfo& table : listTables(*source, {})) {
            if (table.name == QLatin1String("plain") || table.name == QLatin1String("huge")) {
                batch << table;
            }
        }
        QCOMPARE(batch.size(), 2);
        const QString before = fingerprint(*target);
        QVERIFY(!copyTableBatch(*source, *target, batch, BatchLoad::Inserts, true, nullptr, {}));
        QCOMPARE(fingerprint(*target), before);
        QVERIFY(copyTableBatch(*source, *target, batch, BatchLoad::BinaryCopy, true, nullptr, {}));
        QCOMPARE(target->exec(QStringLiteral("SELECT length(body) FROM huge")).scalar(),
                 QString::number(40 * 1024 * 1024));
    }

    void insertsKeepBytesThatAreNotUtf8() {
        // A SQL_ASCII database stores what its clients send: LATIN1 text here. Read and
        // written in SQL_ASCII (in UTF-8 the server refuses them, COPY's too), the INSERTs
        // must carry those bytes as they are, not as text decoded from UTF-8, and read back
        // alike.
        const QString ascii = kDb + QStringLiteral("_ascii");
        for (const Cluster cluster : {Cluster::Source, Cluster::Target}) {
            pgtest::dropDatabase(cluster, ascii);
            pgtest::connect(cluster)->exec(
                QStringLiteral(
                    "CREATE DATABASE %1 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
                    "TEMPLATE template0")
                    .arg(ascii));
            pgtest::connect(cluster, ascii)
                ->execScript(QStringLiteral("CREATE TABLE latin (id int, name text)"));
        }
        auto source = pgtest::connect(Cluster::Source, ascii);
        source->execScript(QStringLiteral(
            "INSERT INTO latin VALUES (1, E'caf\\xe9'), (2, E'\\xe9\\x5c\\x27 ok')"));
        source->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        const QList<TableInfo> tables = listTables(*source, {});
        QCOMPARE(tables.size(), 1);
        auto target = pgtest::connect(Cluster::Target, ascii);
        pinTextOutput(*source); // SQL_ASCII here, as the copy's sessions are
        pinTextOutput(*target);
        const std::optional<QList<CopyResult>> results =
            copyTableBatch(*source, *target, tables, BatchLoad::Inserts, true, nullptr, {});
        QVERIFY(results);
        const QList<CopyDigest> back = digestTables(*target, tables, false);
        const TableComparison comparison = compareDigests(tables[0], results->first(), back[0]);
        QVERIFY2(comparison.matches(), qPrintable(comparison.describe()));
        source->execScript(QStringLiteral("COMMIT"));
        const QString bytes =
            QStringLiteral("SELECT string_agg(encode(textsend(name), 'hex'), ',' ORDER BY id) "
                           "FROM latin");
        QCOMPARE(target->exec(bytes).scalar(), QStringLiteral("636166e9,e95c27206f6b"));
        QCOMPARE(source->exec(bytes).scalar(), target->exec(bytes).scalar());
        source.reset();
        target.reset();
        pgtest::dropDatabase(Cluster::Source, ascii);
        pgtest::dropDatabase(Cluster::Target, ascii);
    }

    void aFailedBatchCommitsNothingAndKeepsTheSnapshot_data() { loads(); }

    void aFailedBatchCommitsNothingAndKeepsTheSnapshot() {
        QFETCH(BatchLoad, load);
        auto source = pgtest::connect(Cluster::Source, kDb);
        auto target = pgtest::connect(Cluster::Target, kDb);
        const QString before = fingerprint(*target);
        const QList<TableInfo> batch = batchOnSource(*source);
        // A row written after the snapshot: the copy after the failure must not see it.
        pgtest::connect(Cluster::Source, kDb)
            ->execScript(QStringLiteral("INSERT INTO plain VALUES (1000, 'late')"));
        // One table refuses its rows: those loaded before it in the batch must go too.
        target->execScript(QStringLiteral("ALTER TABLE \"select\" ADD CHECK (id < 3)"));
        QVERIFY(!copyTableBatch(*source, *target, batch, load, true, nullptr, {}));
        QCOMPARE(fingerprint(*target), before);
        target->execScript(
            QStringLiteral("ALTER TABLE \"select\" DROP CONSTRAINT select_id_check"));
        // Both sessions are usable, the source's still in its snapshot.
        const std::optional<QList<CopyResult>> again =
            copyTableBatch(*source, *target, batch, load, true, nullptr, {});
        QVERIFY(again);
        QCOMPARE(target->exec(QStringLiteral("SELECT count(*) FROM plain")).scalar(),
                 QStringLiteral("45"));
    }

    void aCancelledBatchLeavesNothing_data() { loads(); }

    void aCancelledBatchLeavesNothing() {
        QFETCH(BatchLoad, load);
        auto source = pgtest::connect(Cluster::Source, kDb);
        std::atomic_bool cancelled{false};
        auto target = PgConnection::open(pgtest::settings(Cluster::Target).withDatabase(kDb),
                                         std::chrono::seconds(10), &cancelled);
        const QString before = fingerprint(*pgtest::connect(Cluster::Target, kDb));
        const QList<TableInfo> batch = batchOnSource(*source);
        // Another session holds the last table: the batch waits on it, its others loaded.
        auto holder = pgtest::connect(Cluster::Target, kDb);
        holder->execScript(QStringLiteral("BEGIN; LOCK TABLE empty IN ACCESS EXCLUSIVE MODE"));
        std::thread canceller([&cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            cancelled = true;
        });
        QElapsedTimer timer;
        timer.start();
        bool threw = false;
        try {
            copyTableBatch(*source, *target, batch, load, true, &cancelled, {});
        } catch (const PgError& error) {
            threw = error.kind() == PgError::Kind::Cancelled;
        }
        canceller.join();
        QVERIFY(threw);
        // It waited on the lock until the cancel, and then not much longer.
        QVERIFY2(timer.elapsed() >= 600 && timer.elapsed() < 10000,
                 qPrintable(QString::number(timer.elapsed())));
        holder->execScript(QStringLiteral("ROLLBACK"));
        QCOMPARE(fingerprint(*pgtest::connect(Cluster::Target, kDb)), before);
    }
};

QTEST_GUILESS_MAIN(TestTableBatch)
#include "tst_tablebatch.moc"
