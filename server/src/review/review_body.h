// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "review/review_service.h"
#include "survey/errors/api_error.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <variant>

namespace survey::server::review {

/// Longest review comment accepted, in bytes.
inline constexpr std::size_t kMaxCommentBytes = 4000;

/// The body of POST /households/{id}/review, {decision, comment?, base_rev}, as a
/// ReviewRequest without who, where and when; or the first fault in it.
std::variant<ReviewRequest, errors::ApiError> parseReviewBody(const nlohmann::json& body);

} // namespace survey::server::review
