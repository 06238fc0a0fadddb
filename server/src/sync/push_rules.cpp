// SPDX-License-Identifier: Apache-2.0
#include "sync/push_rules.h"

#include "survey/households/codes.h"

#include <algorithm>
#include <array>

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr std::array<std::string_view, 5> kLocked = {"approved", "posted", "recognizing",
                                                     "recognized", "recognition_posted"};
} // namespace

bool isLockedStatus(std::string_view status) {
    return std::find(kLocked.begin(), kLocked.end(), status) != kLocked.end();
}

bool isReviewStatus(std::string_view status) {
    return status == "returned" || isLockedStatus(status);
}

std::optional<ApiError> checkHouseholdStatus(const json& fields, auth::Role role) {
    auto it = fields.find("status");
    if (it == fields.end() || !it->is_string())
        return std::nullopt; // absent or null: the stored or default status stays
    const auto& status = it->get_ref<const std::string&>();
    if (!households::isKnownCode(households::statusCodes(), status))
        return ApiError{ErrorCode::Validation, "unknown household status " + status, "status"};
    if (isReviewStatus(status) && role == auth::Role::Surveyor)
        return ApiError{ErrorCode::Forbidden,
                        "status " + status + " is set by review, not by a surveyor's push",
                        "status"};
    return std::nullopt;
}

void fillColumnDefaults(const records::EntitySpec& entity, json& fields) {
    auto fill = [&](const char* key, json value) {
        auto it = fields.find(key);
        if (it == fields.end() || it->is_null())
            fields[key] = std::move(value);
    };
    if (entity.name == "household")
        fill("status", "not_surveyed");
    else if (entity.name == "part")
        fill("floor", 1);
}

} // namespace survey::server::sync
