// SPDX-License-Identifier: Apache-2.0
// The server's answer to a push as the tablet parses it. The tablet acts on each result
// (drops or keeps outbox entries), so beyond "no crash" an accepted answer must mean the
// same after one trip through the tablet's own encoding: parse(toJson(x)) is x.
#include "fuzz_check.h"
#include "survey/sync/protocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    using survey::sync::PushResponse;
    const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return 0;
    auto parsed = survey::sync::parsePushResponse(body);
    if (!std::holds_alternative<PushResponse>(parsed))
        return 0;
    const auto& response = std::get<PushResponse>(parsed);
    check(response.results.size() == body.at("results").size(), "one result per entry");
    const auto wire = survey::sync::toJson(response);
    auto again = survey::sync::parsePushResponse(wire);
    check(std::holds_alternative<PushResponse>(again) &&
              survey::sync::toJson(std::get<PushResponse>(again)) == wire,
          "an accepted push response round-trips through its wire form");
    return 0;
}
