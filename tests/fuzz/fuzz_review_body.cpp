// SPDX-License-Identifier: Apache-2.0
// The review decision's body, sent by office browsers: whatever arrives is a decision the
// status machine knows, with the base_rev as sent and a bounded comment, or a refusal
// that says why and encodes as the error JSON.
#include "fuzz_check.h"
#include "review/review_body.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    using namespace survey::server::review;
    const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return 0;
    auto parsed = parseReviewBody(body);
    if (const auto* error = std::get_if<survey::errors::ApiError>(&parsed)) {
        check(!error->message.empty(), "a refused review says why");
        check(!error->toJson().dump().empty(), "the error encodes");
        return 0;
    }
    const auto& review = std::get<ReviewRequest>(parsed);
    check(body.at("decision") == std::string(decisionName(review.decision)),
          "the decision is as sent");
    check(review.baseRev >= 0 && body.at("base_rev") == review.baseRev, "base_rev is as sent");
    check(review.comment.size() <= kMaxCommentBytes, "the comment is bounded");
    return 0;
}
