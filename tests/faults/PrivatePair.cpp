#include "PrivatePair.h"

#include "PgError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace faults {

int unavailableExitCode() {
    return qgetenv("CI") == "true" ? 1 : 77;
}

QString PrivatePair::name(Server server) {
    return server == Server::Source ? QStringLiteral("source") : QStringLiteral("target");
}

bool PrivatePair::fixture(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_sourceBin.isEmpty()) {
        env.insert(QStringLiteral("SOURCE_PGBIN"), m_sourceBin);
    }
    if (!m_targetBin.isEmpty()) {
        env.insert(QStringLiteral("TARGET_PGBIN"), m_targetBin);
    }
    if (!m_sourceInitdb.isEmpty()) {
        env.insert(QStringLiteral("SOURCE_INITDB_OPTS"), m_sourceInitdb);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PGMIGRATE_FIXTURE), arguments);
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        qWarning("pg-clusters.sh %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool PrivatePair::start(QString* error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    // The postgres user must reach the clusters below it.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    m_clusters = m_dir.path() + QStringLiteral("/pg");
    if (!fixture({QStringLiteral("start-pair"), m_clusters})) {
        *error = QStringLiteral("pg-clusters.sh start-pair failed");
        return false;
    }
    m_started = true;
    QFile env(m_clusters + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no env file");
        return false;
    }
    for (const QByteArray& line : env.readAll().split('\n')) {
        const QList<QByteArray> parts = line.mid(7).split('='); // "export K=V"
        if (parts.size() != 2) {
            continue;
        }
        if (parts[0] == "PGM_TEST_SOURCE_PORT") {
            m_sourcePort = parts[1].toInt();
        } else if (parts[0] == "PGM_TEST_TARGET_PORT") {
            m_targetPort = parts[1].toInt();
        } else if (parts[0] == "PGM_TEST_PASSWORD") {
            m_password = QString::fromUtf8(parts[1]);
        }
    }
    return m_sourcePort > 0 && m_targetPort > 0;
}

void PrivatePair::stop() {
    if (m_started) {
        fixture({QStringLiteral("stop"), m_clusters});
        m_started = false;
    }
}

PrivatePair::~PrivatePair() {
    stop();
}

pgm::ConnectionSettings PrivatePair::settings(Server server, const QString& dbname) const {
    pgm::ConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server == Server::Source ? m_sourcePort : m_targetPort;
    s.user = QStringLiteral("postgres");
    s.password = m_password;
    s.dbname = dbname;
    s.connectTimeoutSeconds = 5;
    return s;
}

std::unique_ptr<pgm::PgConnection> PrivatePair::connect(Server server, const QString& dbname) {
    // Right after a restart the server may still refuse for a moment.
    for (int attempt = 0;; ++attempt) {
        try {
            return pgm::PgConnection::open(settings(server, dbname), std::chrono::seconds(10));
        } catch (const pgm::PgError&) {
            if (attempt == 50) {
                throw;
            }
            QThread::msleep(200);
        }
    }
}

QString PrivatePair::uri(Server server) const {
    return QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres")
        .arg(server == Server::Source ? m_sourcePort : m_targetPort);
}

bool PrivatePair::restart(Server server) {
    return fixture({QStringLiteral("restart-one"), m_clusters, name(server)});
}

bool PrivatePair::crash(Server server) {
    return fixture({QStringLiteral("stop-one"), m_clusters, name(server)});
}

bool PrivatePair::startAgain(Server server) {
    return fixture({QStringLiteral("start-one"), m_clusters, name(server)});
}

std::unique_ptr<QProcess> PrivatePair::startCli(const QStringList& arguments) const {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGMIGRATE_STATE_DIR"), stateDir());
    env.insert(QStringLiteral("PGMIGRATE_SOURCE_PASSWORD"), m_password);
    env.insert(QStringLiteral("PGMIGRATE_TARGET_PASSWORD"), m_password);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(PGMIGRATE_CLI), arguments);
    process->waitForStarted();
    process->closeWriteChannel();
    return process;
}

PrivatePair::Run PrivatePair::cli(const QStringList& arguments, int timeoutMs) const {
    auto process = startCli(arguments);
    Run run;
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished();
        run.output = "timed out: " + process->readAll();
        return run;
    }
    run.exitCode = process->exitCode();
    run.output = process->readAll();
    return run;
}

QByteArray PrivatePair::stateFile(const QString& id) const {
    QFile file(stateDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList PrivatePair::migrateArguments(const QString& dbname, const QString& id,
                                          const QStringList& extra) {
    return QStringList{QStringLiteral("migrate"),
                       QStringLiteral("--source"),
                       uri(Server::Source),
                       QStringLiteral("--target"),
                       uri(Server::Target),
                       QStringLiteral("--exclude-db"),
                       everyDatabaseBut(dbname),
                       QStringLiteral("--id"),
                       id} +
           extra;
}

QJsonObject PrivatePair::statusDetail(const QString& id, QByteArray* output) const {
    const Run run =
        cli({QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--json")});
    *output = run.output;
    return QJsonDocument::fromJson(run.output.mid(run.output.indexOf('{')))
        .object()
        .value(QStringLiteral("migration_detail"))
        .toArray()
        .at(0)
        .toObject();
}

void PrivatePair::createDatabase(const QString& dbname, int rows) {
    auto admin = connect(Server::Source);
    admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                    .arg(admin->quoteIdentifier(dbname)));
    admin->exec(QStringLiteral("CREATE DATABASE %1").arg(admin->quoteIdentifier(dbname)));
    connect(Server::Source, dbname)
        ->execScript(
            QStringLiteral("CREATE TABLE t (id bigserial PRIMARY KEY, v text); "
                           "INSERT INTO t (v) SELECT 'row ' || g FROM generate_series(1, %1) g")
                .arg(rows));
}

QString PrivatePair::everyDatabaseBut(const QString& dbname) {
    return everyDatabaseBut(QStringList{dbname});
}

QString PrivatePair::everyDatabaseBut(const QStringList& dbnames) {
    return connect(Server::Source)
        ->exec(QStringLiteral("SELECT string_agg(datname, ',') FROM pg_database "
                              "WHERE NOT datistemplate AND datname <> ALL "
                              "(SELECT jsonb_array_elements_text($1::jsonb))"),
               {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(dbnames)).toJson())})
        .scalar();
}

QString PrivatePair::fingerprint(Server server, const QString& dbname) {
    return connect(server, dbname)
        ->exec(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                              "ORDER BY id)), '') FROM t"))
        .scalar();
}

bool PrivatePair::waitUntilEqual(const QString& dbname, int seconds) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        try {
            if (fingerprint(Server::Target, dbname) == fingerprint(Server::Source, dbname)) {
                return true;
            }
        } catch (const pgm::PgError&) {
        }
        QThread::msleep(250);
    }
    return false;
}

QString PrivatePair::replicationLeft() {
    const QString slotCount =
        connect(Server::Source)
            ->exec(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name "
                                  "LIKE 'pgmigrate%'"))
            .scalar();
    const QString subscriptions = connect(Server::Target)
                                      ->exec(QStringLiteral("SELECT count(*) FROM pg_subscription"))
                                      .scalar();
    return QStringLiteral("slots %1, subscriptions %2").arg(slotCount, subscriptions);
}

} // namespace faults
