// SPDX-License-Identifier: Apache-2.0
#include "sync/sync_client.h"

#include "sync/api_reply.h"
#include "sync/cert_pin.h"
#include "sync/wire_parsers.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace survey::device {

using nlohmann::json;

namespace {
// Set on a reply whose peer failed the pin check, so that its failure reads "tls_pin".
constexpr char kPinRefused[] = "surveyPinRefused";

bool isLoopback(const QUrl& url) {
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Why a server URL is refused, or empty when it is usable.
QString urlProblem(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("invalid server URL");
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url))
        return {};
    return QStringLiteral(
        "only https:// servers are accepted (http:// only on loopback, for tests)");
}

QString encoded(const QString& segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString parseError(const errors::ApiError& e) {
    return QString::fromStdString(e.message);
}
} // namespace

SyncClient::SyncClient(const QUrl& server, const QString& pinnedSha256Hex, QObject* parent)
    : QObject(parent), server_(server), pin_(pinnedSha256Hex.trimmed()) {
    // Each client keeps its own connection cache, so a connection verified against one
    // pin is never reused under another.
    network_.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SyncClient::setToken(const QString& token) {
    token_ = token;
}

void SyncClient::login(const QString& user, const QString& password, const QString& deviceId) {
    const json body = {{"username", user.toStdString()},
                       {"password", password.toStdString()},
                       {"device_id", deviceId.toStdString()}};
    send(QStringLiteral("login"), "POST", QStringLiteral("auth/login"), {}, &body,
         [this](const json& answer) {
             auto login = parseLoginAnswer(answer);
             if (!login)
                 return QStringLiteral("malformed login answer");
             token_ = login->token;
             emit loggedIn(login->token, login->userName, login->role);
             return QString();
         });
}

void SyncClient::fetchProjects() {
    send(QStringLiteral("projects"), "GET", QStringLiteral("projects"), {}, nullptr,
         [this](const json& answer) {
             auto projects = parseProjects(answer);
             if (!projects)
                 return QStringLiteral("malformed project list");
             emit projectsFetched(*projects);
             return QString();
         });
}

void SyncClient::push(const QString& projectId, const sync::PushRequest& request) {
    const json body = sync::toJson(request);
    send(QStringLiteral("push"), "POST", QStringLiteral("projects/%1/push").arg(encoded(projectId)),
         {}, &body, [this](const json& answer) {
             auto parsed = sync::parsePushResponse(answer);
             if (auto* e = std::get_if<errors::ApiError>(&parsed))
                 return parseError(*e);
             emit pushed(std::get<sync::PushResponse>(parsed));
             return QString();
         });
}

void SyncClient::pullChanges(const QString& projectId, qint64 since, int limit) {
    send(QStringLiteral("changes"), "GET",
         QStringLiteral("projects/%1/changes").arg(encoded(projectId)),
         QStringLiteral("since=%1&limit=%2").arg(since).arg(limit), nullptr,
         [this](const json& answer) {
             auto parsed = sync::parseChangesPage(answer);
             if (auto* e = std::get_if<errors::ApiError>(&parsed))
                 return parseError(*e);
             emit changesPulled(std::get<sync::ChangesPage>(parsed));
             return QString();
         });
}

QNetworkReply* SyncClient::start(const QString& operation, const QByteArray& verb,
                                 const QString& path, const QString& query, QNetworkRequest request,
                                 const QByteArray& payload) {
    if (const QString problem = urlProblem(server_); !problem.isEmpty()) {
        fail(operation, QStringLiteral("insecure_http"), problem);
        return nullptr;
    }
    QUrl url = server_;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/") + path, QUrl::TolerantMode);
    url.setQuery(query);
    request.setUrl(url);
    request.setTransferTimeout(kTimeoutMs);
    if (!token_.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
    // A HEAD through sendCustomRequest would wait for the body its Content-Length announces.
    QNetworkReply* reply = verb == "HEAD" ? network_.head(request)
                                          : network_.sendCustomRequest(request, verb, payload);
    watchTls(reply);
    return reply;
}

void SyncClient::send(const QString& operation, const QByteArray& verb, const QString& path,
                      const QString& query, const json* body, Handler handler) {
    QNetworkRequest request;
    request.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (body) {
        payload = QByteArray::fromStdString(body->dump());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* reply = start(operation, verb, path, query, request, payload);
    if (!reply)
        return;
    connect(reply, &QNetworkReply::finished, this, [this, reply, operation, handler] {
        reply->deleteLater();
        const ApiReply answer = readReply(*reply, reply->property(kPinRefused).toBool());
        if (!answer.ok) {
            emit failed(operation, answer.code, answer.message);
            return;
        }
        if (const QString problem = handler(answer.body); !problem.isEmpty())
            emit failed(operation, QStringLiteral("bad_response"), problem);
    });
}

void SyncClient::queryBlob(const QString& sha256) {
    QNetworkRequest request;
    request.setRawHeader("Tus-Resumable", "1.0.0");
    QNetworkReply* reply = start(QStringLiteral("blob"), "HEAD",
                                 QStringLiteral("blobs/%1").arg(encoded(sha256)), {}, request, {});
    if (reply)
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, sha256] { onBlobReply(reply, sha256, true); });
}

void SyncClient::patchBlob(const QString& sha256, qint64 offset, qint64 length,
                           const QByteArray& chunk) {
    QNetworkRequest request;
    request.setRawHeader("Tus-Resumable", "1.0.0");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/offset+octet-stream"));
    request.setRawHeader("Upload-Offset", QByteArray::number(offset));
    request.setRawHeader("Upload-Length", QByteArray::number(length));
    QNetworkReply* reply =
        start(QStringLiteral("blob"), "PATCH", QStringLiteral("blobs/%1").arg(encoded(sha256)), {},
              request, chunk);
    if (reply)
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, sha256] { onBlobReply(reply, sha256, false); });
}

void SyncClient::onBlobReply(QNetworkReply* reply, const QString& sha256, bool query) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray offsetHeader = reply->rawHeader("Upload-Offset");
    bool offsetOk = false;
    const qint64 offset = offsetHeader.toLongLong(&offsetOk);
    if (!reply->property(kPinRefused).toBool()) {
        if (status == 404 && query) {
            emit blobOffsetKnown(sha256, 0);
            return;
        }
        if (status == 403 && query) { // a HEAD answer has no error body to read
            emit failed(QStringLiteral("blob"), QStringLiteral("forbidden"),
                        QStringLiteral("no record you may change names this blob"));
            return;
        }
        if ((status == 200 || status == 204 || status == 409) && offsetOk && offset >= 0) {
            emit blobOffsetKnown(sha256, offset);
            return;
        }
    }
    // Everything else carries the server's error JSON (or is a network / pin failure).
    const ApiReply answer = readReply(*reply, reply->property(kPinRefused).toBool());
    emit failed(QStringLiteral("blob"), answer.ok ? QStringLiteral("bad_response") : answer.code,
                answer.ok ? QStringLiteral("no Upload-Offset in the blob answer") : answer.message);
}

void SyncClient::watchTls(QNetworkReply* reply) {
    // A self-signed server: ignore exactly the errors reported, and only for the pinned
    // certificate; any other certificate keeps its errors and the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        if (pinMatches(peer, pin_))
            reply->ignoreSslErrors(errors);
        else
            reply->setProperty(kPinRefused, true);
    });
    // A chain the system trusts is still refused when it is not the pinned certificate:
    // the pin, not the CA list, decides which server gets the survey data.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (pin_.isEmpty())
            return; // no pin: the system's CA list decides, as for any https client
        if (!pinMatches(reply->sslConfiguration().peerCertificate(), pin_)) {
            reply->setProperty(kPinRefused, true);
            reply->abort();
        }
    });
}

void SyncClient::fail(const QString& operation, const QString& code, const QString& message) {
    // Queued, so that failures arrive after the call returns, as answers do.
    QMetaObject::invokeMethod(
        this, [this, operation, code, message] { emit failed(operation, code, message); },
        Qt::QueuedConnection);
}

} // namespace survey::device
