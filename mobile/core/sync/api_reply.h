// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <nlohmann/json.hpp>

class QNetworkReply;

namespace survey::device {

/// What a finished request amounts to: its JSON body, or an error code and message.
struct ApiReply {
    bool ok = false;
    nlohmann::json body;
    QString code;    ///< the server's error code, or "network", "tls_pin", "bad_response"
    QString message; ///< for people: the server's message or the transport's error text
};

/// Reads a finished reply. Server errors ({"error":{"code","message"}}) keep their code;
/// no HTTP answer is "network" ("tls_pin" when the pin check refused the peer); an answer
/// that is not the JSON the API promises is "bad_response".
ApiReply readReply(QNetworkReply& reply, bool pinRefused);

} // namespace survey::device
