#include "TcpRelay.h"

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace faults {

namespace {

/// Lives on the relay's thread: accepts, pairs each client with a connection to the source, and
/// every few milliseconds moves what both sides sent, unless blackholed.
class Relaying : public QObject {
public:
    Relaying(int upstreamPort, std::atomic_int* resets, std::atomic_bool* blackhole)
        : m_upstreamPort(upstreamPort)
        , m_resets(resets)
        , m_blackhole(blackhole) {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        QObject::connect(&m_pump, &QTimer::timeout, this, [this] { pump(); });
        m_pump.start(5);
    }

    int port() const { return m_server.serverPort(); }

private:
    struct Pair {
        std::unique_ptr<QTcpSocket> client;
        std::unique_ptr<QTcpSocket> upstream;
    };

    void accept() {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            Pair pair;
            pair.client.reset(client);
            pair.client->setParent(nullptr);
            pair.upstream = std::make_unique<QTcpSocket>();
            pair.upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstreamPort));
            m_pairs.push_back(std::move(pair));
        }
    }

    void pump() {
        if (m_seenResets != m_resets->load()) {
            m_seenResets = m_resets->load();
            for (Pair& pair : m_pairs) {
                pair.client->abort();
                pair.upstream->abort();
            }
            m_pairs.clear();
            return;
        }
        if (m_blackhole->load()) {
            return; // bytes wait in the sockets' buffers; the peers time out meanwhile
        }
        for (auto it = m_pairs.begin(); it != m_pairs.end();) {
            Pair& pair = *it;
            if (pair.upstream->state() == QAbstractSocket::ConnectedState) {
                pair.upstream->write(pair.client->readAll());
                pair.client->write(pair.upstream->readAll());
            }
            const bool closed = pair.client->state() == QAbstractSocket::UnconnectedState ||
                                (pair.upstream->state() == QAbstractSocket::UnconnectedState &&
                                 pair.upstream->error() != QAbstractSocket::UnknownSocketError);
            if (closed) {
                pair.client->abort();
                pair.upstream->abort();
                it = m_pairs.erase(it);
            } else {
                ++it;
            }
        }
    }

    int m_upstreamPort;
    std::atomic_int* m_resets;
    std::atomic_bool* m_blackhole;
    int m_seenResets = 0;
    QTcpServer m_server;
    QTimer m_pump;
    std::vector<Pair> m_pairs;
};

} // namespace

TcpRelay::TcpRelay(int upstreamPort) {
    QObject::connect(&m_thread, &QThread::started, [this, upstreamPort] {
        auto* relaying = new Relaying(upstreamPort, &m_resets, &m_blackhole);
        QObject::connect(&m_thread, &QThread::finished, relaying, &QObject::deleteLater);
        m_port = relaying->port();
    });
    m_thread.start();
    while (m_port.load() == 0) {
        QThread::msleep(10);
    }
}

TcpRelay::~TcpRelay() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace faults
