// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"
#include "survey/sync/protocol.h"
#include "sync/metatypes.h"

#include <QList>
#include <QNetworkAccessManager>
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

    /// Transfer timeout of every request.
    static constexpr int kTimeoutMs = 30'000;

  signals:
    void loggedIn(const QString& token, const QString& userName, const QString& role);
    void projectsFetched(const QList<survey::device::ProjectInfo>& projects);
    void pushed(const survey::sync::PushResponse& response);
    void changesPulled(const survey::sync::ChangesPage& page);
    /// `operation` is "login", "projects", "push" or "changes"; `code` the server's error
    /// code, or "network", "tls_pin", "bad_response" ("insecure_http" for a refused URL).
    void failed(const QString& operation, const QString& code, const QString& message);

  private:
    /// Turns a successful body into a signal; returns an error message when it is malformed.
    using Handler = std::function<QString(const nlohmann::json&)>;

    void send(const QString& operation, const QByteArray& verb, const QString& path,
              const QString& query, const nlohmann::json* body, Handler handler);
    void watchTls(QNetworkReply* reply);
    void fail(const QString& operation, const QString& code, const QString& message);

    QNetworkAccessManager network_;
    QUrl server_;
    QString pin_;
    QString token_;
};

} // namespace survey::device
