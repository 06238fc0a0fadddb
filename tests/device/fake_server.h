// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace survey::device::test {

/// One HTTP request as the fake server received it.
struct FakeRequest {
    QByteArray method, path, query, body;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
};

/// The answer a test scripts for a request.
struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra response headers
};

/// A minimal HTTP/1.1 server on a loopback port (plain, or TLS with a given certificate),
/// answering every request with a scripted handler, so that the sync client and engine are
/// tested against exact bytes without the real server.
class FakeServer : public QObject {
    Q_OBJECT
  public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeServer(Handler handler, QObject* parent = nullptr);
    ~FakeServer() override;

    /// Listens for plain HTTP on 127.0.0.1, any free port.
    bool listen();
    /// Listens for HTTPS on 127.0.0.1 with the certificate and key.
    bool listenTls(const QSslCertificate& certificate, const QSslKey& key);
    /// http(s)://127.0.0.1:PORT
    QUrl url() const;

    QList<FakeRequest> requests; ///< everything received, in order

  private:
    void accept();
    void serve(QTcpSocket* socket);

    Handler handler_;
    // Declared before the server: its sockets report their disconnection while it is
    // destroyed, and the handler of that report still uses the buffers.
    QMap<QTcpSocket*, QByteArray> buffers_;
    std::unique_ptr<QTcpServer> server_;
    bool tls_ = false;
};

} // namespace survey::device::test
