// SPDX-License-Identifier: Apache-2.0
#include "review/review_body.h"

#include <cstdint>
#include <limits>

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

std::variant<ReviewRequest, ApiError> parseReviewBody(const json& body) {
    if (!body.is_object())
        return ApiError{ErrorCode::BadRequest, "body must be a JSON object"};
    ReviewRequest r;
    auto decision = body.find("decision");
    if (decision == body.end())
        return ApiError{ErrorCode::MissingField, "decision is required", "decision"};
    auto parsed =
        decision->is_string() ? decisionFromName(decision->get<std::string>()) : std::nullopt;
    if (!parsed)
        return ApiError{ErrorCode::Validation, "decision is \"approve\" or \"return\"", "decision"};
    r.decision = *parsed;
    auto baseRev = body.find("base_rev");
    if (baseRev == body.end())
        return ApiError{ErrorCode::MissingField, "base_rev is required", "base_rev"};
    // An unsigned number above int64 would wrap to a negative revision on get<int64_t>.
    if (!baseRev->is_number_integer() ||
        (baseRev->is_number_unsigned() &&
         baseRev->get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max())))
        return ApiError{ErrorCode::WrongType, "base_rev must be an integer", "base_rev"};
    r.baseRev = baseRev->get<std::int64_t>();
    if (r.baseRev < 0)
        return ApiError{ErrorCode::Validation, "base_rev is not negative", "base_rev"};
    if (auto comment = body.find("comment"); comment != body.end() && !comment->is_null()) {
        if (!comment->is_string())
            return ApiError{ErrorCode::WrongType, "comment must be a string", "comment"};
        r.comment = comment->get<std::string>();
        if (r.comment.size() > kMaxCommentBytes)
            return ApiError{ErrorCode::Validation, "comment is too long", "comment"};
    }
    return r;
}

} // namespace survey::server::review
