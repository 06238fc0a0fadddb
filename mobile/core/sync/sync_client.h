// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"
#include "survey/sync/protocol.h"
#include "sync/metatypes.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <nlohmann/json.hpp>

class QNetworkReply;

namespace survey::device {

/// The tablet's client of the survey-server API (design.md §3): asynchronous, one signal
/// per answer, TLS accepted only from the certificate whose SHA-256 is pinned.
class SyncClient : public QObject {
    Q_OBJECT
  public:
    /// `server` is the base URL (https://host:port); `pinnedSha256Hex` the fingerprint
    /// survey-server printed (colons and upper case accepted). http:// is accepted only for
    /// a loopback host, the test servers started with --insecure-http.
    SyncClient(const QUrl& server, const QString& pinnedSha256Hex, QObject* parent = nullptr);

    /// The bearer token sent with every call after login (login sets it).
    void setToken(const QString& token);
    QString token() const { return token_; }

    /// POST /auth/login → loggedIn, which also stores the token.
    void login(const QString& user, const QString& password, const QString& deviceId);
    /// GET /projects → projectsFetched.
    void fetchProjects();
    /// POST /projects/{pid}/push → pushed.
    void push(const QString& projectId, const sync::PushRequest& request);
    /// GET /projects/{pid}/changes → changesPulled.
    void pullChanges(const QString& projectId, qint64 since, int limit);

    /// HEAD /blobs/{sha256} → blobOffsetKnown with how much of it the server holds (0 when
    /// it has nothing, the whole length when it is complete).
    void queryBlob(const QString& sha256);
    /// PATCH /blobs/{sha256}: `chunk` is the blob's bytes from `offset`, of `length` in all
    /// (tus 1.0 core) → blobOffsetKnown with the server's new offset. A server holding a
    /// different offset answers 409 with its offset: that too is blobOffsetKnown, so the
    /// caller simply continues from where the server stands.
    void patchBlob(const QString& sha256, qint64 offset, qint64 length, const QByteArray& chunk);

    /// Transfer timeout of every request.
    static constexpr int kTimeoutMs = 30'000;

  signals:
    void loggedIn(const QString& token, const QString& userName, const QString& role);
    void projectsFetched(const QList<survey::device::ProjectInfo>& projects);
    void pushed(const survey::sync::PushResponse& response);
    void changesPulled(const survey::sync::ChangesPage& page);
    void blobOffsetKnown(const QString& sha256, qint64 offset);
    /// `operation` is "login", "projects", "push", "changes" or "blob"; `code` the server's error
    /// code, or "network", "tls_pin", "bad_response" ("insecure_http" for a refused URL).
    void failed(const QString& operation, const QString& code, const QString& message);

  private:
    /// Turns a successful body into a signal; returns an error message when it is malformed.
    using Handler = std::function<QString(const nlohmann::json&)>;

    void send(const QString& operation, const QByteArray& verb, const QString& path,
              const QString& query, const nlohmann::json* body, Handler handler);
    /// Starts a request with the token and the pin check; nullptr (and `failed`) when the
    /// server URL is refused.
    QNetworkReply* start(const QString& operation, const QByteArray& verb, const QString& path,
                         const QString& query, QNetworkRequest request, const QByteArray& payload);
    /// A blob request's answer: the Upload-Offset of a 200/204 (or of a 409), 0 for a HEAD's
    /// 404 (`query`).
    void onBlobReply(QNetworkReply* reply, const QString& sha256, bool query);
    void watchTls(QNetworkReply* reply);
    void fail(const QString& operation, const QString& code, const QString& message);

    QNetworkAccessManager network_;
    QUrl server_;
    QString pin_;
    QString token_;
};

} // namespace survey::device
