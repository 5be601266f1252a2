#pragma once

#include <QString>

namespace pgm {

/// A PostgreSQL server version as `server_version_num` gives it (150004 for 15.4,
/// 90624 for 9.6.24). Majors are compared as PostgreSQL defines them: since 10 the first
/// number, before 10 the first two (9.6).
class ServerVersion {
public:
    constexpr ServerVersion() = default;
    constexpr explicit ServerVersion(int versionNum)
        : m_num(versionNum) {}

    /// Parses "150004" or a `server_version` string such as "15.4 (Debian 15.4-1)" or "9.6.24".
    static ServerVersion parse(const QString& text);

    constexpr int number() const { return m_num; }
    constexpr bool isValid() const { return m_num > 0; }
    /// 1500 for 15.x, 906 for 9.6.x: majors compare as integers across the 10.0 renumbering.
    constexpr int majorKey() const { return m_num >= 100000 ? (m_num / 10000) * 100 : m_num / 100; }
    /// "15" or "9.6".
    QString majorText() const;
    /// "15.4" or "9.6.24".
    QString text() const;

    /// Logical replication (publications, subscriptions) exists from 10 on.
    constexpr bool supportsLogicalReplication() const { return m_num >= 100000; }
    /// Trusted extensions, which a non-superuser with CREATE may install, exist from 13 on.
    constexpr bool supportsTrustedExtensions() const { return m_num >= 130000; }
    /// The predefined role pg_create_subscription (16+): its members with CREATE on a database
    /// create subscriptions there without superuser.
    constexpr bool supportsCreateSubscriptionRole() const { return m_num >= 160000; }

    friend constexpr bool operator==(ServerVersion a, ServerVersion b) {
        return a.m_num == b.m_num;
    }
    friend constexpr auto operator<=>(ServerVersion a, ServerVersion b) {
        return a.m_num <=> b.m_num;
    }

private:
    int m_num = 0;
};

/// The version of the libpq this process runs with (PQlibVersion(), e.g. 15.10): the wizard's
/// About dialog shows it without linking libpq itself.
ServerVersion libpqVersion();

/// True when data and schema of `source` can be restored on `target`: same or newer major.
constexpr bool targetCanHost(ServerVersion source, ServerVersion target) {
    return target.majorKey() >= source.majorKey();
}

} // namespace pgm
