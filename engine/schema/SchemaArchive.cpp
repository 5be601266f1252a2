#include "SchemaArchive.h"

#include "Logging.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgTools.h"
#include "ProcessTempFiles.h"
#include "ProviderGrants.h"
#include "RestoreScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace pgm {

namespace {

// A 0600 list for pg_restore -L: `entries`' lines, in their order.
// Line by line: with 20,000 tables the list is megabytes, and one joined copy of it in each
// script's thread was the largest item of the CLI's peak heap.
bool writeList(QTemporaryFile& file, const QList<TocEntry>& entries, QString* error) {
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    for (const TocEntry& entry : entries) {
        if (file.write(entry.line.toUtf8() + '\n') < 0) {
            *error = file.errorString();
            return false;
        }
    }
    file.close();
    return true;
}

// Post-data pieces are smaller than the pre-data's: each is a transaction of its own, holding
// the locks of its statements (two per index) beside the other sessions' pieces, and the shared
// lock table has room for 64 per connection by default.
constexpr qsizetype kPostDataPieceBytes = qsizetype{32} * 1024;

// The restore lists pg_restore reads, named after this process so that a later run removes
// those a killed one left (ProcessTempFiles.h).
QString listStem() {
    return QStringLiteral("pgmigrate-list");
}

QString listFileTemplate() {
    return processTempTemplate(QDir::tempPath(), listStem());
}

} // namespace

SchemaArchive::SchemaArchive(QString pgDump, QString pgRestore, QString passfile, bool keepOwners,
                             bool keepGrants)
    : m_pgDump(std::move(pgDump))
    , m_pgRestore(std::move(pgRestore))
    , m_passfile(std::move(passfile))
    , m_keepOwners(keepOwners)
    , m_keepGrants(keepGrants) {}

bool SchemaArchive::dump(const ConnectionSettings& source, const QString& snapshot,
                         const std::atomic_bool* cancelled, QString* error) {
    static std::once_flag staleRemoved;
    std::call_once(staleRemoved, [] {
        removeStaleTempFiles(QDir::tempPath(), QStringLiteral("pgmigrate-schema"));
        removeStaleTempFiles(QDir::tempPath(), listStem());
    });
    m_archive = std::make_unique<QTemporaryFile>(
        processTempTemplate(QDir::tempPath(), QStringLiteral("pgmigrate-schema")));
    if (!m_archive->open()) {
        *error = m_archive->errorString();
        return false;
    }
    m_archive->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_archive->close();
    const QStringList arguments = {
        QStringLiteral("--schema-only"),
        QStringLiteral("--blobs"),
        QStringLiteral("--format=custom"),
        QStringLiteral("--no-password"),
        QStringLiteral("--no-publications"),
        QStringLiteral("--no-subscriptions"),
        QStringLiteral("--snapshot=") + snapshot,
        QStringLiteral("--file=") + m_archive->fileName(),
        QStringLiteral("--dbname=") + toolConninfo(source),
    };
    return runPgTool(m_pgDump, arguments, m_passfile, cancelled, error);
}

namespace {

/// pg_restore --list of one section of `archive`, or nothing (with *error).
std::optional<QList<TocEntry>> readListing(const QString& pgRestore, const QString& archive,
                                           const QString& section,
                                           const std::atomic_bool* cancelled, QString* error) {
    QByteArray listing;
    if (!runPgTool(pgRestore,
                   {QStringLiteral("--list"), QStringLiteral("--section=") + section, archive}, {},
                   cancelled, error, &listing)) {
        return std::nullopt;
    }
    return parseToc(QString::fromUtf8(listing));
}

} // namespace

bool SchemaArchive::list(const QString& section, QList<TocEntry>* entries,
                         const std::atomic_bool* cancelled, QString* error) {
    if (m_prefetch && m_prefetch->section == section) {
        std::optional<QList<TocEntry>> prefetched = m_prefetch->listing.get();
        m_prefetch.reset();
        if (prefetched) {
            m_listed.insert(section, *prefetched);
        } // else read again now: its error, if it repeats, is reported as this call's
    }
    if (const auto found = m_listed.constFind(section); found != m_listed.cend()) {
        *entries = *found;
        return true;
    }
    const std::optional<QList<TocEntry>> listing =
        readListing(m_pgRestore, m_archive->fileName(), section, cancelled, error);
    if (!listing) {
        return false;
    }
    *entries = *listing;
    m_listed.insert(section, *entries);
    return true;
}

void SchemaArchive::prefetchList(const QString& section, const std::atomic_bool* cancelled) {
    if (m_prefetch || m_listed.contains(section)) {
        return;
    }
    // Only copies go to the thread: the tool's path and the archive's name do not change.
    m_prefetch = Prefetch{
        section, std::async(std::launch::async,
                            [tool = m_pgRestore, file = m_archive->fileName(), section, cancelled] {
                                QString error; // list() reads it again then
                                return readListing(tool, file, section, cancelled, &error);
                            })};
}

bool SchemaArchive::loadProviderAcls(const std::atomic_bool* cancelled, QString* error) {
    if (m_providerAclsLoaded) {
        return true;
    }
    QList<TocEntry> acls;
    for (const QString& section : {QStringLiteral("pre-data"), QStringLiteral("post-data")}) {
        QList<TocEntry> entries;
        if (!list(section, &entries, cancelled, error)) {
            return false;
        }
        for (const TocEntry& entry : std::as_const(entries)) {
            if (entry.rest.startsWith(QLatin1String("ACL ")) ||
                entry.rest.startsWith(QLatin1String("DEFAULT ACL "))) {
                acls << entry;
            }
        }
    }
    if (!acls.isEmpty()) {
        // Their SQL as pg_restore would run it, marked by entry ("-- TOC entry N").
        QTemporaryFile listFile(listFileTemplate());
        if (!writeList(listFile, acls, error)) {
            return false;
        }
        QByteArray script;
        if (!runPgTool(m_pgRestore,
                       {QStringLiteral("--verbose"), QStringLiteral("--file=-"),
                        QStringLiteral("--use-list=") + listFile.fileName(), m_archive->fileName()},
                       {}, cancelled, error, &script)) {
            return false;
        }
        // A LATIN1 database's names are LATIN1 bytes here: read as UTF-8 they would be lost.
        m_providerAclsEncoding = scriptEncoding(script);
        const QMap<int, QStringList> statements = statementsByEntry(
            m_providerAclsEncoding == QLatin1String("UTF8") ? QString::fromUtf8(script)
                                                            : QString::fromLatin1(script));
        for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
            const QStringList kept = withoutProviderRoles(it.value());
            const bool actsAsAnother =
                m_grantAsRestorer &&
                std::any_of(kept.cbegin(), kept.cend(), [](const QString& statement) {
                    return !sessionAuthorizationRole(statement).isEmpty();
                });
            if (it.key() != 0 && (kept.size() != it.value().size() || actsAsAnother)) {
                m_providerAcls.insert(it.key(), kept);
            }
        }
    }
    m_providerAclsLoaded = true;
    return true;
}

bool SchemaArchive::applyProviderAcls(const ConnectionSettings& target,
                                      const std::atomic_bool* cancelled, QString* error) {
    const auto reset = [](const QString& statement) {
        return statement.compare(QLatin1String("RESET SESSION AUTHORIZATION"),
                                 Qt::CaseInsensitive) == 0;
    };
    try {
        auto connection = PgConnection::open(target, std::chrono::seconds(30), cancelled);
        connection->exec(QStringLiteral("BEGIN"));
        const QString step = QCoreApplication::translate("Runner", "restore privileges");
        for (const QStringList& entry : std::as_const(m_providerAcls)) {
            const QStringList statements = asText(*connection, entry);
            // pg_dump makes a grantor's grants between its SET and RESET SESSION AUTHORIZATION.
            QString grantor;
            QStringList asGrantor;
            for (const QString& statement : statements) {
                const QString role =
                    m_grantAsRestorer ? sessionAuthorizationRole(statement) : QString();
                if (!role.isEmpty()) {
                    if (!grantor.isEmpty()) {
                        grantAs(*connection, grantor, asGrantor);
                    }
                    grantor = role;
                    asGrantor.clear();
                } else if (m_grantAsRestorer && reset(statement)) {
                    if (!grantor.isEmpty()) {
                        grantAs(*connection, grantor, asGrantor);
                    }
                    grantor.clear();
                } else if (!grantor.isEmpty()) {
                    asGrantor << statement;
                } else {
                    // pg_dump's own text (names quoted by it), as pg_restore would send it.
                    connection->exec(statement, {}, step);
                }
            }
            if (!grantor.isEmpty()) {
                grantAs(*connection, grantor, asGrantor);
            }
        }
        connection->exec(QStringLiteral("COMMIT"));
    } catch (const PgError& failure) {
        *error = failure.describe();
        return false;
    }
    return true;
}

QStringList SchemaArchive::asText(PgConnection& connection, const QStringList& statements) const {
    if (m_providerAclsEncoding == QLatin1String("UTF8")) {
        return statements;
    }
    // The target converts the script's bytes as it converts pg_restore's (client_encoding),
    // for the encodings Qt cannot read; ASCII reads the same in all of them.
    QStringList text;
    for (const QString& statement : statements) {
        const QByteArray bytes = statement.toLatin1();
        const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        text << (ascii ? statement
                       : connection
                             .exec(QStringLiteral("SELECT pg_catalog.convert_from("
                                                  "pg_catalog.decode($1, 'hex'), $2)"),
                                   {QString::fromLatin1(bytes.toHex()), m_providerAclsEncoding},
                                   QCoreApplication::translate("Runner", "restore privileges"))
                             .scalar());
    }
    return text;
}

void SchemaArchive::grantAs(PgConnection& connection, const QString& grantor,
                            const QStringList& statements) {
    const QString step = QCoreApplication::translate("Runner", "restore privileges");
    // Only a superuser may SET SESSION AUTHORIZATION; a member of the grantor (an owner role
    // the run borrowed, one the user has) may SET ROLE to it, and the grants keep their
    // grantor. As that role they may still fail: a schema it owns on the source is the
    // restoring user's until the owners are given back, without USAGE for it.
    const QString privilege =
        connection.serverVersionNum() >= 160000 ? QStringLiteral("SET") : QStringLiteral("MEMBER");
    const bool member =
        connection
            .exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles "
                                 "WHERE rolname = $1) THEN pg_catalog.pg_has_role($1, $2) END"),
                  {grantor, privilege}, step)
            .scalar() == QLatin1String("t");
    if (member) {
        connection.exec(QStringLiteral("SAVEPOINT pgmigrate_grantor"), {}, step);
        connection.exec(QStringLiteral("SET ROLE ") + connection.quoteIdentifier(grantor), {},
                        step);
        const bool granted = std::all_of(
            statements.cbegin(), statements.cend(), [&connection](const QString& statement) {
                PgResult ignored;
                QString state;
                QString message;
                return connection.tryExec(statement, {}, &ignored, &state, &message);
            });
        // Either way back to the restoring user: RESET ROLE, or the rollback undoing SET ROLE.
        connection.exec(granted ? QStringLiteral("RESET ROLE")
                                : QStringLiteral("ROLLBACK TO SAVEPOINT pgmigrate_grantor"),
                        {}, step);
        connection.exec(QStringLiteral("RELEASE SAVEPOINT pgmigrate_grantor"), {}, step);
        if (granted) {
            return;
        }
    }
    // The restoring user, who owns every object until the owners are given back, grants them:
    // the owners' grants then, as ALTER OWNER hands the restorer's grants on.
    for (const QString& statement : statements) {
        connection.exec(statement, {}, step);
    }
    if (!m_grantorsReplaced.contains(grantor)) {
        m_grantorsReplaced << grantor;
    }
}

bool SchemaArchive::restore(const QString& section, const ConnectionSettings& target, int jobs,
                            const std::atomic_bool* cancelled, QString* error,
                            const QList<TocEntry>* entries) {
    QList<TocEntry> kept;
    if (appliesProviderFilteredGrants()) {
        if (!loadProviderAcls(cancelled, error)) {
            return false;
        }
        if (!m_providerAcls.isEmpty()) {
            // These entries go by statement after the section (applyProviderAcls), without
            // those naming a provider role, and with their grantors' (grantAsRestorer).
            QList<TocEntry> all;
            if (!entries && !list(section, &all, cancelled, error)) {
                return false;
            }
            for (const TocEntry& entry : entries ? *entries : all) {
                if (!m_providerAcls.contains(entry.dumpId)) {
                    kept << entry;
                }
            }
            entries = &kept;
        }
    }
    QList<TocEntry> withoutEventTriggers;
    if (section == QLatin1String("post-data")) {
        // Event triggers would fire on what this run sends the target after them (grants,
        // materialized views' refresh, the subscription) and write there, beside the copied
        // rows; a target user that is not a superuser may not create them at all. They are
        // left out here and made last (EventTriggers.h).
        QList<TocEntry> all;
        if (!entries && !list(section, &all, cancelled, error)) {
            return false;
        }
        const QList<TocEntry>& from = entries ? *entries : all;
        if (std::any_of(from.cbegin(), from.cend(), isEventTriggerEntry)) {
            for (const TocEntry& entry : from) {
                if (!isEventTriggerEntry(entry)) {
                    withoutEventTriggers << entry;
                }
            }
            entries = &withoutEventTriggers;
        }
    }
    // After pre-data, so that no REVOKE among them (EXECUTE on a function from PUBLIC) waits
    // for the copy; again after post-data, which a resumed run restores whatever it finds.
    const bool applyAcls =
        appliesProviderFilteredGrants() && !m_providerAcls.isEmpty() &&
        (section == QLatin1String("post-data") || section == QLatin1String("pre-data"));
    if (entries && entries->isEmpty()) {
        return !applyAcls || applyProviderAcls(target, cancelled, error);
    }
    QStringList arguments = restoreArguments(section);
    if (section == QLatin1String("pre-data")) {
        arguments << QStringLiteral("--single-transaction");
    } else if (jobs > 1) {
        arguments << QStringLiteral("--jobs=%1").arg(jobs);
    }
    QTemporaryFile listFile(listFileTemplate());
    if (entries) {
        if (!writeList(listFile, *entries, error)) {
            return false;
        }
        arguments << QStringLiteral("--use-list=") + listFile.fileName();
    }
    if (section == QLatin1String("pre-data")) {
        const std::optional<bool> sent = restoreAsScript(arguments, target, cancelled, error);
        if (sent) {
            return *sent && (!applyAcls || applyProviderAcls(target, cancelled, error));
        }
    }
    arguments << QStringLiteral("--dbname=") + toolConninfo(target) << m_archive->fileName();
    return runPgTool(m_pgRestore, arguments, m_passfile, cancelled, error) &&
           (!applyAcls || applyProviderAcls(target, cancelled, error));
}

QStringList SchemaArchive::restoreArguments(const QString& section) const {
    QStringList arguments = {
        QStringLiteral("--section=") + section,
        QStringLiteral("--exit-on-error"),
        QStringLiteral("--no-password"),
    };
    if (!m_keepOwners) {
        arguments << QStringLiteral("--no-owner");
    }
    if (!m_keepGrants) {
        arguments << QStringLiteral("--no-acl");
    }
    return arguments;
}

bool SchemaArchive::scriptPieces(QStringList arguments, qsizetype pieceBytes,
                                 const std::atomic_bool* cancelled, QString* error,
                                 std::optional<QByteArrayList>* pieces) const {
    arguments << QStringLiteral("--file=-") << m_archive->fileName();
    QByteArray script;
    if (!runPgTool(m_pgRestore, arguments, {}, cancelled, error, &script)) {
        return false;
    }
    QString refused;
    *pieces = splitRestoreScript(script, pieceBytes, &refused);
    if (!*pieces) {
        qCDebug(lcCopy, "the schema goes to pg_restore: its script holds %s",
                qUtf8Printable(refused));
    }
    return true;
}

std::future<std::unique_ptr<PgConnection>>
SchemaArchive::openInBackground(const ConnectionSettings& target,
                                const std::atomic_bool* cancelled) {
    return std::async(std::launch::async, [target, cancelled] {
        return PgConnection::open(target, std::chrono::seconds(30), cancelled);
    });
}

std::optional<bool> SchemaArchive::sendPieces(const QByteArrayList& pieces,
                                              std::future<std::unique_ptr<PgConnection>> session,
                                              QString* error) {
    try {
        const std::unique_ptr<PgConnection> connection = session.get();
        for (const QByteArray& piece : pieces) {
            PgResult result;
            QString state;
            QString message;
            if (!connection->tryExecScript(piece, &result, &state, &message)) {
                if (connection->isCancelled()) {
                    *error = QStringLiteral("cancelled");
                    return false;
                }
                // The piece is rolled back. pg_restore runs what is left, and its error names
                // the statement, which this one cannot.
                qCDebug(lcCopy, "a script of the schema failed (%s): pg_restore runs it",
                        qUtf8Printable(message));
                return std::nullopt;
            }
        }
    } catch (const PgError& failure) {
        if (failure.kind() == PgError::Kind::Cancelled) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        return std::nullopt;
    }
    return true;
}

std::optional<bool> SchemaArchive::restoreAsScript(const QStringList& arguments,
                                                   const ConnectionSettings& target,
                                                   const std::atomic_bool* cancelled,
                                                   QString* error) {
    QElapsedTimer timer;
    timer.start();
    auto session = openInBackground(target, cancelled);
    std::optional<QByteArrayList> pieces;
    if (!scriptPieces(arguments, m_scriptPieceBytes, cancelled, error, &pieces)) {
        return false; // pg_restore could not write it, or cancelled
    }
    if (!pieces) {
        return std::nullopt;
    }
    // One transaction (--single-transaction made the text's BEGIN and COMMIT): a failed piece
    // leaves nothing of the others.
    const std::optional<bool> sent = sendPieces(*pieces, std::move(session), error);
    if (sent == true) {
        qCDebug(lcCopy, "schema restored as %lld pieces of script in %lld ms",
                static_cast<long long>(pieces->size()), timer.elapsed());
    }
    return sent;
}

std::optional<bool> SchemaArchive::restoreScripts(const QList<QList<TocEntry>>& scripts,
                                                  const ConnectionSettings& target,
                                                  const std::atomic_bool* cancelled,
                                                  QString* error) {
    QElapsedTimer timer;
    timer.start();
    const qsizetype pieceBytes = std::min(m_scriptPieceBytes, kPostDataPieceBytes);
    std::vector<std::optional<bool>> sent(scripts.size());
    std::vector<QString> errors(scripts.size());
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        threads.emplace_back([&, i] {
            QTemporaryFile listFile(listFileTemplate());
            if (!writeList(listFile, scripts[i], &errors[i])) {
                sent[i] = false;
                return;
            }
            QStringList arguments = restoreArguments(QStringLiteral("post-data"));
            arguments << QStringLiteral("--use-list=") + listFile.fileName();
            auto session = openInBackground(target, cancelled);
            std::optional<QByteArrayList> pieces;
            if (!scriptPieces(arguments, pieceBytes, cancelled, &errors[i], &pieces)) {
                sent[i] = false;
            } else if (pieces) {
                sent[i] = sendPieces(*pieces, std::move(session), &errors[i]);
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (std::size_t i = 0; i < sent.size(); ++i) {
        if (sent[i] == false) {
            *error = errors[i];
            return false;
        }
    }
    const bool all = std::all_of(sent.cbegin(), sent.cend(),
                                 [](const std::optional<bool>& one) { return one == true; });
    qCDebug(lcCopy, "indexes and constraints of small tables: %lld scripts in %lld ms%s",
            static_cast<long long>(scripts.size()), timer.elapsed(),
            all ? "" : ", not all restored");
    return all ? std::optional<bool>(true) : std::nullopt;
}

} // namespace pgm
