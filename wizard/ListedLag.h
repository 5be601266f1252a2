#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace pgm {

class CredentialStore;
struct MigrationState;

/// Reads, from the servers themselves, the lag of the syncing migrations the list shows: with
/// the passwords the keychain remembers for them, at most once per interval each. Each reading
/// is saved with its migration (a lag sample), so the list, the tooltip's "read at" time and a
/// wizard reopened later all show it. Without remembered passwords the list keeps showing the
/// lag as last saved.
class ListedLag : public QObject {
    Q_OBJECT
public:
    /// `credentials` (not owned) outlives this object.
    explicit ListedLag(CredentialStore* credentials, QObject* parent = nullptr);

    /// Reads `state`'s lag unless a reading of it is under way or began within the interval.
    void readIfDue(const MigrationState& state);

    static constexpr int kIntervalSeconds = 30; ///< as the Close page's automatic refresh

signals:
    /// A reading of migration `id` was saved (or found nothing to save): the list reloads.
    void read(const QString& id);

private:
    void readWith(const MigrationState& state, const QString& sourcePassword,
                  const QString& targetPassword);

    CredentialStore* m_credentials;
    QHash<QString, QDateTime> m_started; ///< when each migration's last reading began
    QSet<QString> m_underWay;
};

} // namespace pgm
