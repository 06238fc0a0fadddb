// SPDX-License-Identifier: Apache-2.0
// The login body, the one request the server parses before it knows who is asking.
#include "fuzz_check.h"
#include "survey/sync/protocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return 0;
    auto parsed = survey::sync::parseLoginRequest(body);
    if (const auto* error = std::get_if<survey::errors::ApiError>(&parsed)) {
        check(!error->message.empty(), "a rejected login says why");
        // The error is sent back as JSON, so it must encode whatever the client sent.
        check(!error->toJson().dump().empty(), "the error encodes");
        return 0;
    }
    const auto& login = std::get<survey::sync::LoginRequest>(parsed);
    check(survey::sync::isValidId(login.deviceId), "accepted device_id is a valid id");
    check(body.at("username") == login.username && body.at("password") == login.password,
          "username and password are taken verbatim");
    return 0;
}
