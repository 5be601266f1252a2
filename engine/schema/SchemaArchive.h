#pragma once

#include "ArchiveToc.h"
#include "ConnectionSettings.h"

#include <QByteArrayList>
#include <QMap>
#include <QStringList>
#include <QTemporaryFile>
#include <atomic>
#include <future>
#include <memory>
#include <optional>

namespace pgm {

/// One database's schema as a pg_dump custom archive, taken inside the copy's snapshot and
/// restored in two sections: pre-data (types, tables, functions) before the data, post-data
/// (indexes, constraints, triggers, policies) after it, in parallel. A 0600 temporary file,
/// because pg_restore -j cannot read a pipe. Publications and subscriptions are left out: the
/// target must not start replicating on its own.
class SchemaArchive {
public:
    /// `keepOwners` is false when the target user may not give objects to other roles;
    /// `keepGrants` is false when some roles could not be created on the target.
    SchemaArchive(QString pgDump, QString pgRestore, QString passfile, bool keepOwners,
                  bool keepGrants);

    /// Runs pg_dump --schema-only (large objects' metadata included) in `snapshot`.
    bool dump(const ConnectionSettings& source, const QString& snapshot,
              const std::atomic_bool* cancelled, QString* error);
    /// Restores one section ("pre-data" or "post-data") into the target database; only the
    /// `entries` given (lines of list()) when not null. Pre-data goes in one transaction, so a
    /// run killed while restoring it leaves no half schema behind.
    bool restore(const QString& section, const ConnectionSettings& target, int jobs,
                 const std::atomic_bool* cancelled, QString* error,
                 const QList<TocEntry>* entries = nullptr);
    /// The archive's table of contents for one section (pg_restore -l): the one prefetchList
    /// read, when it did, or read now.
    bool list(const QString& section, QList<TocEntry>* entries, const std::atomic_bool* cancelled,
              QString* error);
    /// Starts reading one section's table of contents in the background (one at a time), for
    /// a later list(): the post-data's is read while the data is copied, where pg_restore's
    /// start no longer delays the indexes.
    void prefetchList(const QString& section, const std::atomic_bool* cancelled);

    /// The source has a managed service's own roles (rds_superuser, ...), which are not
    /// migrated: the ACL entries that name them are restored without those statements, the
    /// rest of each entry's grants kept. They are applied after the pre-data section and again
    /// after the post-data section (each time it is restored, so a resumed run applies them
    /// too); restore("post-data") is then due even with no entry missing.
    void leaveOutProviderGrants() { m_leaveOutProviderGrants = true; }
    /// The target user is not a superuser: pg_dump's grants made by another role than the
    /// object's owner (under SET SESSION AUTHORIZATION, which only a superuser may run) are
    /// applied as leaveOutProviderGrants() applies its own, by SET ROLE to their grantor when
    /// the target user is a member of it, else by the restoring user.
    void grantAsRestorer() { m_grantAsRestorer = true; }
    bool appliesProviderFilteredGrants() const {
        return (m_leaveOutProviderGrants || m_grantAsRestorer) && m_keepGrants;
    }
    /// The roles whose grants grantAsRestorer() made the restoring user's, once restore() ran.
    QStringList grantorsReplaced() const { return m_grantorsReplaced; }

    /// Pieces of at least this many bytes when the pre-data goes as a script (RestoreScript;
    /// post-data scripts take at most 32 kB); tests make them small so that every entry goes
    /// alone.
    void setScriptPieceBytes(qsizetype bytes) { m_scriptPieceBytes = bytes; }

    /// Post-data entries as scripts (PostDataScripts), each on its own session, all at once,
    /// in pieces that are each one transaction. True when every script was restored; false,
    /// with *error, when cancelled or pg_restore could not write one; nothing when some piece
    /// failed (rolled back; the pieces before it and the other scripts stay): the caller then
    /// restores what the target is missing with restore(), whose error names the statement.
    std::optional<bool> restoreScripts(const QList<QList<TocEntry>>& scripts,
                                       const ConnectionSettings& target,
                                       const std::atomic_bool* cancelled, QString* error);

private:
    /// One entry of m_providerAcls as text, decoded by the target where its script's encoding
    /// is not UTF-8. Throws PgError.
    QStringList asText(PgConnection& connection, const QStringList& statements) const;
    /// pg_restore's arguments for one section, owners and grants as this archive keeps them.
    QStringList restoreArguments(const QString& section) const;
    /// pg_restore's SQL text for `arguments` (without target or archive) in pieces of at least
    /// `pieceBytes` (RestoreScript). False, with *error, when pg_restore could not write it or
    /// was cancelled; *pieces is nothing when the text holds psql's meta-commands.
    bool scriptPieces(QStringList arguments, qsizetype pieceBytes,
                      const std::atomic_bool* cancelled, QString* error,
                      std::optional<QByteArrayList>* pieces) const;
    /// A new session on `target`, opened in the background while pg_restore writes the text
    /// it will run (each open costs 25 to 50 ms here, more on a distant server).
    static std::future<std::unique_ptr<PgConnection>>
    openInBackground(const ConnectionSettings& target, const std::atomic_bool* cancelled);
    /// Sends `pieces` in order on `session`, a new one. True when all ran; false, with *error,
    /// when cancelled; nothing when one failed (it is rolled back) or the session did not open.
    static std::optional<bool> sendPieces(const QByteArrayList& pieces,
                                          std::future<std::unique_ptr<PgConnection>> session,
                                          QString* error);
    /// The pre-data as pg_restore's SQL text, sent in pieces on one session in one transaction
    /// (`arguments`: pg_restore's, without target or archive). True when restored; false, with
    /// *error, when cancelled or pg_restore could not write it; nothing when pg_restore must
    /// restore it itself (the script holds psql's meta-commands, or a piece failed: rolled
    /// back, and pg_restore's error names the statement).
    std::optional<bool> restoreAsScript(const QStringList& arguments,
                                        const ConnectionSettings& target,
                                        const std::atomic_bool* cancelled, QString* error);
    bool loadProviderAcls(const std::atomic_bool* cancelled, QString* error);
    bool applyProviderAcls(const ConnectionSettings& target, const std::atomic_bool* cancelled,
                           QString* error);
    /// For grantAsRestorer(): the grants pg_dump makes as `grantor` (between its SET and RESET
    /// SESSION AUTHORIZATION), made under SET ROLE to it where the target user may and they
    /// succeed so (in a savepoint), else by the restoring user (the grantor then goes to
    /// m_grantorsReplaced).
    void grantAs(PgConnection& connection, const QString& grantor, const QStringList& statements);

    QString m_pgDump;
    QString m_pgRestore;
    QString m_passfile;
    bool m_keepOwners;
    bool m_keepGrants;
    std::unique_ptr<QTemporaryFile> m_archive;
    bool m_leaveOutProviderGrants = false;
    bool m_grantAsRestorer = false;
    QStringList m_grantorsReplaced;
    /// 256 kB: one round trip per piece, and the server parses a piece whole before running it.
    qsizetype m_scriptPieceBytes = qsizetype{256} * 1024;
    bool m_providerAclsLoaded = false;
    /// By dump id, the ACL entries naming a provider role: their statements without it.
    QMap<int, QStringList> m_providerAcls;
    /// Their script's encoding (scriptEncoding). Other than UTF8, m_providerAcls holds its
    /// bytes a character each, which the target turns into text (applyProviderAcls).
    QString m_providerAclsEncoding = QStringLiteral("UTF8");
    /// Listings read so far, by section: the archive does not change once dumped.
    QMap<QString, QList<TocEntry>> m_listed;
    /// prefetchList's section and reading; last, so that it ends before the archive goes.
    struct Prefetch {
        QString section;
        std::future<std::optional<QList<TocEntry>>> listing;
    };
    std::optional<Prefetch> m_prefetch;
};

} // namespace pgm
