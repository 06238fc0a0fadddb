// SPDX-License-Identifier: Apache-2.0
#include "survey/errors/api_error.h"

#include <array>
#include <utility>

namespace survey::errors {

namespace {
struct Entry {
    ErrorCode code;
    std::string_view name;
    int status;
};
constexpr std::array kCatalogue = {
    Entry{ErrorCode::BadJson, "bad_json", 400},
    Entry{ErrorCode::BadRequest, "bad_request", 400},
    Entry{ErrorCode::MissingField, "missing_field", 400},
    Entry{ErrorCode::WrongType, "wrong_type", 400},
    Entry{ErrorCode::UnknownEntity, "unknown_entity", 400},
    Entry{ErrorCode::UnknownField, "unknown_field", 400},
    Entry{ErrorCode::Unauthorized, "unauthorized", 401},
    Entry{ErrorCode::TokenExpired, "token_expired", 401},
    Entry{ErrorCode::Forbidden, "forbidden", 403},
    Entry{ErrorCode::NotFound, "not_found", 404},
    Entry{ErrorCode::Conflict, "conflict", 409},
    Entry{ErrorCode::Locked, "locked", 409},
    Entry{ErrorCode::TooLarge, "too_large", 413},
    Entry{ErrorCode::HashMismatch, "hash_mismatch", 422},
    Entry{ErrorCode::AreaMismatch, "area_mismatch", 422},
    Entry{ErrorCode::Validation, "validation", 422},
    Entry{ErrorCode::RateLimited, "rate_limited", 429},
    Entry{ErrorCode::Internal, "internal", 500},
};

const Entry& entry(ErrorCode code) {
    for (const auto& e : kCatalogue)
        if (e.code == code)
            return e;
    return kCatalogue.back();
}
} // namespace

std::string_view codeName(ErrorCode code) { return entry(code).name; }
int httpStatus(ErrorCode code) { return entry(code).status; }

ErrorCode codeFromName(std::string_view name) {
    for (const auto& e : kCatalogue)
        if (e.name == name)
            return e.code;
    return ErrorCode::Internal;
}

nlohmann::json ApiError::detailJson() const {
    nlohmann::json d = {{"code", codeName(code)}, {"message", message}};
    if (!field.empty())
        d["field"] = field;
    return d;
}

nlohmann::json ApiError::toJson() const { return {{"error", detailJson()}}; }

ApiError ApiError::fromDetailJson(const nlohmann::json& detail) {
    ApiError e;
    if (!detail.is_object())
        return e;
    if (auto it = detail.find("code"); it != detail.end() && it->is_string())
        e.code = codeFromName(it->get<std::string>());
    if (auto it = detail.find("message"); it != detail.end() && it->is_string())
        e.message = it->get<std::string>();
    if (auto it = detail.find("field"); it != detail.end() && it->is_string())
        e.field = it->get<std::string>();
    return e;
}

} // namespace survey::errors
