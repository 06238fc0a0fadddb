// SPDX-License-Identifier: Apache-2.0
#include "sync/api_reply.h"

#include "survey/sync/protocol.h"

#include <QNetworkReply>

namespace survey::device {

using nlohmann::json;

namespace {
ApiReply failure(const QString& code, const QString& message) {
    ApiReply r;
    r.code = code;
    r.message = message;
    return r;
}

QString jsonText(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                              : QString();
}
} // namespace

ApiReply readReply(QNetworkReply& reply, bool pinRefused) {
    if (pinRefused)
        return failure(QStringLiteral("tls_pin"),
                       QStringLiteral("the server's certificate does not match the pinned "
                                      "fingerprint"));
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return failure(QStringLiteral("network"), reply.errorString());
    const QByteArray data = reply.readAll();
    json body = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    // Even the pinned server's answer is bounded: a deeply nested body would overflow the
    // stack when its parts are copied.
    if (sync::nestsDeeperThan(body, sync::kMaxJsonNesting))
        return failure(QStringLiteral("bad_response"),
                       QStringLiteral("the server's answer nests too deeply"));
    if (status >= 400) {
        const json error = body.is_object() ? body.value("error", json()) : json();
        if (const QString code = jsonText(error, "code"); !code.isEmpty())
            return failure(code, jsonText(error, "message"));
        return failure(QStringLiteral("bad_response"),
                       QStringLiteral("HTTP %1 without an error body").arg(status));
    }
    // An answer cut off after its status line (timeout, dropped link) is a network failure.
    if (reply.error() != QNetworkReply::NoError)
        return failure(QStringLiteral("network"), reply.errorString());
    if (body.is_discarded() || !body.is_object())
        return failure(QStringLiteral("bad_response"),
                       QStringLiteral("the server's answer is not a JSON object"));
    ApiReply ok;
    ok.ok = true;
    ok.body = std::move(body);
    return ok;
}

} // namespace survey::device
