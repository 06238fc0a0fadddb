// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace survey::errors {

/// The stable error codes the server sends and the tablet acts on (design.md §3).
enum class ErrorCode {
    BadJson,         ///< body is not JSON
    BadRequest,      ///< JSON of the wrong shape
    MissingField,
    WrongType,
    UnknownEntity,
    UnknownField,
    Unauthorized,    ///< no or unknown token, bad credentials
    TokenExpired,
    Forbidden,       ///< role or project assignment does not allow it
    NotFound,
    Conflict,
    Locked,          ///< approved household: no edits until returned
    TooLarge,
    HashMismatch,
    AreaMismatch,    ///< client area differs from the shared rules
    Validation,
    RateLimited,
    Internal,
};

/// snake_case code as sent on the wire.
std::string_view codeName(ErrorCode code);
/// HTTP status that fits the code.
int httpStatus(ErrorCode code);
/// Parses a wire code; Internal for anything unknown.
ErrorCode codeFromName(std::string_view name);

struct ApiError {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string field; ///< optional: which input field is at fault

    /// {"error": {"code", "message", "field"?}}
    nlohmann::json toJson() const;
    /// Just the inner object, as used inside push results.
    nlohmann::json detailJson() const;
    static ApiError fromDetailJson(const nlohmann::json& detail);
};

} // namespace survey::errors
