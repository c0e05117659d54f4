#pragma once

// A loopback TCP forwarder for tests that need a server to vanish: in front
// of the throw-away PostgreSQL cluster it forwards every connection, until
// told to go silent. Then it accepts connections and never answers, as a
// server behind a dropped VPN does (the client waits its connect_timeout),
// and dropAll() cuts the connections already made. Runs on its own thread,
// so a client blocked in libpq on the test's thread is still served.

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace firebreak::test {

class TcpProxy {
public:
    explicit TcpProxy(quint16 targetPort) : m_target(targetPort)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new QTcpServer(&m_context);
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, &m_context, [this] { accept(); });
            },
            Qt::BlockingQueuedConnection);
    }

    ~TcpProxy()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                const auto children = m_context.children();
                qDeleteAll(children);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    quint16 port() const { return m_port; } // 0: could not listen
    int accepted() const { return m_accepted.load(); }
    void setSilent(bool silent) { m_silent.store(silent); }

    // Cuts every forwarded connection, as a server restart would.
    void dropAll()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                const auto sockets = m_context.findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
                for (QTcpSocket *s : sockets) {
                    if (!s->property("forwarded").toBool())
                        continue;
                    for (QTcpSocket *upstream : s->findChildren<QTcpSocket *>())
                        upstream->abort();
                    s->abort();
                }
            },
            Qt::BlockingQueuedConnection);
    }

private:
    void accept()
    {
        while (QTcpSocket *in = m_server->nextPendingConnection()) {
            ++m_accepted;
            in->setParent(&m_context);
            if (m_silent.load())
                continue; // held open, never answered
            in->setProperty("forwarded", true);
            auto *out = new QTcpSocket(in);
            QObject::connect(out, &QTcpSocket::connected, in, [in, out] {
                out->write(in->readAll());
                QObject::connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
            });
            QObject::connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
            QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
            QObject::connect(in, &QTcpSocket::disconnected, out, [out] { out->disconnectFromHost(); });
            out->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    quint16 m_target;
    quint16 m_port = 0;
    std::atomic<int> m_accepted{0};
    std::atomic<bool> m_silent{false};
    QThread m_thread;
    QObject m_context;
    QTcpServer *m_server = nullptr;
};

} // namespace firebreak::test
