// SPDX-License-Identifier: Apache-2.0
#include "fake_server.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace survey::device::test {

namespace {
QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

// Parses one complete request at the start of `buffer` and removes it; false when the
// request is not complete yet.
bool takeRequest(QByteArray& buffer, FakeRequest& out) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest r;
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    r.method = start.value(0);
    const QByteArray target = start.value(1);
    const qsizetype mark = target.indexOf('?');
    r.path = mark < 0 ? target : target.left(mark);
    r.query = mark < 0 ? QByteArray() : target.mid(mark + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    out = std::move(r);
    return true;
}
} // namespace

FakeServer::FakeServer(Handler handler, QObject* parent)
    : QObject(parent), handler_(std::move(handler)) {}

FakeServer::~FakeServer() = default;

bool FakeServer::listen() {
    server_ = std::make_unique<QTcpServer>();
    connect(server_.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeServer::accept);
    return server_->listen(QHostAddress::LocalHost, 0);
}

bool FakeServer::listenTls(const QSslCertificate& certificate, const QSslKey& key) {
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    server_ = std::move(server);
    tls_ = true;
    connect(server_.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeServer::accept);
    return server_->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeServer::url() const {
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls_ ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(server_->serverPort()));
}

void FakeServer::accept() {
    while (QTcpSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            buffers_.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            serve(socket);
    }
}

void FakeServer::serve(QTcpSocket* socket) {
    QByteArray& buffer = buffers_[socket];
    buffer += socket->readAll();
    FakeRequest request;
    while (takeRequest(buffer, request)) {
        requests.append(request);
        const FakeResponse response = handler_(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         reason(response.status) + "\r\nContent-Type: application/json\r\n" +
                         "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Connection: keep-alive\r\n\r\n" + response.body;
        socket->write(out);
    }
}

} // namespace survey::device::test
