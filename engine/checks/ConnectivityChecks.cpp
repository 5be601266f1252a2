#include "CheckAreas.h"
#include "PgError.h"

#include <QCoreApplication>

namespace pgm {

namespace {

// The server's facts are read only when both servers answered.
QString connectedText(const QString& user, ServerVersion version) {
    return user.isEmpty() ? QCoreApplication::translate("Checks", "Connected.")
                          : QCoreApplication::translate("Checks", "Connected as %1, PostgreSQL %2.")
                                .arg(user, version.text());
}

QString connectionRemedy(const QString& error, PgError::Cause cause) {
    // What the client saw decides (libpq's and the C library's messages are in the user's
    // language). A refusal the server sent (a wrong password, pg_hba.conf) is matched in the
    // server's words: its lc_messages, English unless set otherwise.
    using C = PgError::Cause;
    if (cause == C::NoPassword || error.contains(QLatin1String("password authentication failed"))) {
        return QCoreApplication::translate("Checks", "Check the user name and password.");
    }
    // The server's words too: pg_hba.conf refusing a connection without SSL says so.
    if (cause == C::Ssl || error.contains(QLatin1String("SSL")) ||
        error.contains(QLatin1String("ssl"))) {
        return QCoreApplication::translate(
            "Checks", "Check the SSL mode: the server may not support SSL (try sslmode "
                      "prefer or disable), or the certificate does not match.");
    }
    if (error.contains(QLatin1String("pg_hba.conf"))) {
        return QCoreApplication::translate(
            "Checks", "Allow this host in the server's pg_hba.conf and reload it.");
    }
    if (cause == C::HostName) {
        return QCoreApplication::translate("Checks", "Check the host name.");
    }
    if (cause == C::NoAnswer) {
        return QCoreApplication::translate(
            "Checks", "Something accepted the connection but did not answer as "
                      "PostgreSQL: check the host and port, and any proxy or firewall.");
    }
    return QCoreApplication::translate("Checks",
                                       "Check the host, the port, and that the server accepts TCP "
                                       "connections (listen_addresses, firewall).");
}

} // namespace

bool addReachableChecks(CheckList& checks, const ClusterFacts& facts) {
    using S = Check::Status;
    using K = Check::Kind;
    const ConnectivityFacts& net = facts.connectivity;
    const SourceFacts& source = facts.source;
    const TargetFacts& target = facts.target;
    checks.add(QStringLiteral("source-reachable"),
               QCoreApplication::translate("Checks", "Source server reachable"),
               net.sourceReachable ? S::Pass : S::Fail, K::Blocking,
               net.sourceReachable ? connectedText(source.user, source.version) : net.sourceError,
               net.sourceReachable ? QString()
                                   : connectionRemedy(net.sourceError, net.sourceCause));
    checks.add(QStringLiteral("target-reachable"),
               QCoreApplication::translate("Checks", "Target server reachable"),
               net.targetReachable ? S::Pass : S::Fail, K::Blocking,
               net.targetReachable ? connectedText(target.user, target.version) : net.targetError,
               net.targetReachable ? QString()
                                   : connectionRemedy(net.targetError, net.targetCause));
    return net.sourceReachable && net.targetReachable;
}

void addDistinctServersCheck(CheckList& checks, const ConnectivityFacts& net) {
    using S = Check::Status;
    using K = Check::Kind;
    if (!net.sameServer.has_value()) {
        checks.add(QStringLiteral("distinct-servers"),
                   QCoreApplication::translate("Checks", "Source and target differ"), S::Warn,
                   K::Blocking,
                   QCoreApplication::translate("Checks", "Could not tell: ") + net.sameServerNote);
    } else {
        const bool same = *net.sameServer;
        checks.add(QStringLiteral("distinct-servers"),
                   QCoreApplication::translate("Checks", "Source and target differ"),
                   same ? S::Fail : S::Pass, K::Blocking,
                   same ? QCoreApplication::translate(
                              "Checks", "The source and the target are the same server.")
                        : QCoreApplication::translate(
                              "Checks", "The target does not see our source session."),
                   same ? QCoreApplication::translate("Checks", "Give a different target server.")
                        : QString());
    }
}

} // namespace pgm
