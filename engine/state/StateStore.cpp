#include "StateStore.h"

#include "Logging.h"
#include "StateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <mutex>

namespace pgm {

namespace {

/// What makes a saved state unusable, or empty: the format this version cannot read, and the
/// fields the rest of the code relies on. fromJson() itself is lenient with everything else.
QString stateProblem(const QJsonObject& object, const QString& id) {
    const int format = object.value(QStringLiteral("format")).toInt(0);
    if (format > MigrationState::kFormat) {
        return QCoreApplication::translate("StateStore",
                                           "written by a newer pgmigrate (state format %1; this "
                                           "one reads up to %2): use that version, or a newer one")
            .arg(format)
            .arg(MigrationState::kFormat);
    }
    if (format < 1) {
        return QCoreApplication::translate("StateStore", "no state format");
    }
    if (object.value(QStringLiteral("id")).toString() != id) {
        return QCoreApplication::translate("StateStore", "it names another migration");
    }
    if (!object.value(QStringLiteral("databases")).isArray()) {
        return QCoreApplication::translate("StateStore", "no list of databases");
    }
    for (const auto& value : object.value(QStringLiteral("databases")).toArray()) {
        const QJsonObject db = value.toObject();
        if (db.value(QStringLiteral("dbname")).toString().isEmpty()) {
            return QCoreApplication::translate("StateStore", "a database without a name");
        }
        if (!statusFromName(db.value(QStringLiteral("status")).toString())) {
            return QCoreApplication::translate("StateStore", "database %1 has an unknown status")
                .arg(db.value(QStringLiteral("dbname")).toString());
        }
    }
    return {};
}

} // namespace

struct StateStore::Written {
    std::mutex mutex;
    StateTextCache text;
};

StateStore::StateStore(QString directory)
    : m_directory(std::move(directory))
    , m_written(std::make_shared<Written>()) {
    if (m_directory.isEmpty()) {
        m_directory = qEnvironmentVariable("PGMIGRATE_STATE_DIR");
    }
    if (m_directory.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        m_directory = data + QStringLiteral("/pgmigrate/migrations");
    }
}

QString StateStore::statePath(const QString& id) const {
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString StateStore::lockPath(const QString& id) const {
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".lock");
}

bool StateStore::isValidId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(id).hasMatch();
}

QString StateStore::newId() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::system()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

bool StateStore::save(const MigrationState& state, QString* error) const {
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("StateStore", "cannot create %1").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(statePath(state.id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Streamed rather than built as one QJsonDocument: see StateFile.h. A failed write leaves
    // the previous file (QSaveFile discards what it wrote unless committed).
    std::lock_guard lock(m_written->mutex);
    if (!writeStateJson(file, state, m_written->text) || !file.commit()) {
        *error = file.errorString();
        qCDebug(lcState, "could not save %s: %s", qUtf8Printable(file.fileName()),
                qUtf8Printable(*error));
        return false;
    }
    qCDebug(lcState, "saved %s", qUtf8Printable(statePath(state.id)));
    return true;
}

std::optional<MigrationState> StateStore::load(const QString& id, QString* error) const {
    if (!isValidId(id)) {
        *error = QCoreApplication::translate("StateStore", "invalid migration id \"%1\"").arg(id);
        return std::nullopt;
    }
    QFile file(statePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("StateStore", "no migration with id %1 (looked in %2)")
                     .arg(id, m_directory);
        return std::nullopt;
    }
    return parse(file.readAll(), id, statePath(id), error);
}

std::optional<MigrationState> StateStore::parse(const QByteArray& bytes, const QString& id,
                                                const QString& path, QString* error) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError) {
        problem = parseError.errorString();
    } else if (!document.isObject()) {
        problem = QCoreApplication::translate("StateStore", "not a JSON object");
    } else {
        problem = stateProblem(document.object(), id);
    }
    if (!problem.isEmpty()) {
        // Never a fresh start in its place: the servers may hold what this migration created.
        // The format is compared, not the (translated) problem text.
        const bool newer =
            document.isObject() &&
            document.object().value(QStringLiteral("format")).toInt(0) > MigrationState::kFormat;
        *error =
            newer
                ? QCoreApplication::translate("StateStore", "the state of migration %1 (%2) was %3")
                      .arg(id, path, problem)
                : QCoreApplication::translate("StateStore",
                                              "the state of migration %1 is damaged (%2): %3. Its "
                                              "replication objects, if any, can still be removed "
                                              "with pgmigrate stop.")
                      .arg(id, path, problem);
        return std::nullopt;
    }
    return MigrationState::fromJson(document.object());
}

QStringList StateStore::ids() const {
    QDir dir(m_directory);
    QStringList ids;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        ids << info.completeBaseName();
    }
    // Ids start with their creation time, so they sort in creation order.
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString StateStore::latestId() const {
    const QStringList all = ids();
    return all.isEmpty() ? QString() : all.last();
}

std::unique_ptr<MigrationLock> MigrationLock::acquire(const StateStore& store, const QString& id,
                                                      QString* error) {
    QDir().mkpath(store.directory());
    std::unique_ptr<MigrationLock> lock(new MigrationLock(store.lockPath(id)));
    lock->m_lock.setStaleLockTime(0); // stale only when its process is gone, never by age
    if (lock->m_lock.tryLock(0)) {
        qCDebug(lcState, "took the lock of migration %s", qUtf8Printable(id));
        return lock;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    lock->m_lock.getLockInfo(&pid, &host, &app);
    // migrate, finish, stop and resume-replication all hold it, from the CLI or the wizard.
    *error = QCoreApplication::translate("StateStore",
                                         "migration %1 is in use by another process (%2, process "
                                         "id %3): wait until it ends, or stop it there")
                 .arg(id, app.isEmpty() ? QStringLiteral("pgmigrate") : app)
                 .arg(pid);
    return nullptr;
}

bool MigrationLock::ownerAlive(const StateStore& store, const QString& id) {
    if (!QFile::exists(store.lockPath(id))) {
        return false;
    }
    QLockFile probe(store.lockPath(id));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace pgm
