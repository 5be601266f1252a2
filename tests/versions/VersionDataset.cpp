#include "VersionDataset.h"

#include "PgError.h"
#include "VersionFingerprint.h"

#include <QProcess>
#include <QTest>

using Server = faults::PrivatePair::Server;

namespace versions {

namespace {

/// The lines only one side has (the first 20), for a readable failure.
QString onlyIn(const QStringList& one, const QStringList& other) {
    QStringList only;
    for (const QString& line : one) {
        if (!other.contains(line) && only.size() < 20) {
            only << line;
        }
    }
    return only.join(QLatin1Char('\n'));
}

void compareLines(const QStringList& target, const QStringList& source) {
    const QString targetOnly = onlyIn(target, source);
    QVERIFY2(targetOnly.isEmpty(),
             qPrintable(QStringLiteral("only on the target:\n") + targetOnly));
    const QString sourceOnly = onlyIn(source, target);
    QVERIFY2(sourceOnly.isEmpty(),
             qPrintable(QStringLiteral("only on the source:\n") + sourceOnly));
    QCOMPARE(target, source); // the same lines, also as many times
}

} // namespace

QString fetchMajor(int major, bool* ok) {
    QProcess process;
    process.start(QStringLiteral(PGMIGRATE_MAJORS),
                  {QStringLiteral("fetch"), QString::number(major)});
    *ok = process.waitForFinished(600000) && process.exitCode() == 0;
    if (!*ok) {
        qWarning("pg-majors.sh fetch %d: %s", major, process.readAllStandardError().constData());
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool startPair(faults::PrivatePair& pair, int source, int target, QString* error) {
    QString bins[2];
    const int majors[2] = {source, target};
    for (int i = 0; i < 2; ++i) {
        bool ok = true;
        bins[i] = majors[i] == 0 ? QString() : fetchMajor(majors[i], &ok);
        if (!ok) {
            *error = QStringLiteral("pg-majors.sh fetch %1 failed").arg(majors[i]);
            return false;
        }
    }
    pair.setServerBinaries(bins[0], bins[1]);
    return pair.start(error);
}

bool loadDataset(const faults::PrivatePair& pair, QByteArray* out) {
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), pair.settings(Server::Source).password);
    psql.setProcessEnvironment(env);
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), pair.uri(Server::Source),
                QStringLiteral("-f"), QStringLiteral(PGMIGRATE_VERSIONS_DATASET)});
    psql.closeWriteChannel();
    const bool finished = psql.waitForFinished(120000);
    *out = psql.readAll();
    return finished && psql.exitCode() == 0;
}

void writeRound(faults::PrivatePair& pair, int round) {
    auto db = pair.connect(Server::Source, QStringLiteral("vdata"));
    db->exec(QStringLiteral("INSERT INTO times (tstz, iv, j) VALUES (now(), $1::int * "
                            "interval '1.5 s', jsonb_build_object('round', $1::int))"),
             {QString::number(round)});
    // Rows 8 and up hold ordinary values (1..7 are the extremes: 10 and 11 raise underflow).
    db->exec(QStringLiteral("UPDATE floats SET f8 = f8 / 3, f4 = f4 / 2 WHERE id = $1"),
             {QString::number(round % 1990 + 8)});
    db->exec(QStringLiteral("DELETE FROM measures WHERE id = $1"), {QString::number(round + 1)});
    db->exec(QStringLiteral("INSERT INTO ident (v) VALUES ('w' || $1)"), {QString::number(round)});
}

void compareSides(faults::PrivatePair& pair, bool roles) {
    try {
        auto sourceDb = pair.connect(Server::Source, QStringLiteral("vdata"));
        auto targetDb = pair.connect(Server::Target, QStringLiteral("vdata"));
        compareLines(dataFingerprint(*targetDb), dataFingerprint(*sourceDb));
        if (QTest::currentTestFailed()) {
            return;
        }
        compareLines(schemaFingerprint(*targetDb), schemaFingerprint(*sourceDb));
        if (QTest::currentTestFailed() || !roles) {
            return;
        }
        auto sourceAdmin = pair.connect(Server::Source);
        auto targetAdmin = pair.connect(Server::Target);
        compareLines(roleFingerprint(*targetAdmin), roleFingerprint(*sourceAdmin));
    } catch (const pgm::PgError& error) {
        QFAIL(error.what());
    }
}

} // namespace versions
