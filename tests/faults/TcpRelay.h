#pragma once

#include <QThread>
#include <atomic>

namespace faults {

/// A TCP relay the test controls, between the target server and the source: the subscription
/// connects to 127.0.0.1:port() (--source-address-from-target), the relay to the source. It
/// runs on a thread of its own, so it keeps relaying while the test waits for a CLI process.
/// reset() drops every connection at once (a network reset); blackhole(true) stops moving bytes
/// while connections stay open and new ones are accepted (a cut cable, a firewall that drops
/// packets), until blackhole(false).
class TcpRelay {
public:
    explicit TcpRelay(int upstreamPort);
    ~TcpRelay();

    int port() const { return m_port.load(); }
    void reset() { ++m_resets; }
    void blackhole(bool on) { m_blackhole = on; }

private:
    QThread m_thread;
    std::atomic_int m_port{0};
    std::atomic_int m_resets{0};
    std::atomic_bool m_blackhole{false};
};

} // namespace faults
