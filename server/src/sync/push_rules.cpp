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
using households::Actor;
constexpr Actor kSurveyorActors[] = {Actor::Surveyor, Actor::System};
constexpr Actor kReviewerActors[] = {Actor::Reviewer};
constexpr Actor kAdminActors[] = {Actor::Admin};

// A stored household without a status has not been surveyed yet.
std::string statusOf(const json& fields) {
    auto it = fields.find("status");
    return it != fields.end() && it->is_string() ? it->get<std::string>() : "not_surveyed";
}
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

std::span<const Actor> pushActors(auth::Role role) {
    switch (role) {
    case auth::Role::Surveyor:
        return kSurveyorActors;
    case auth::Role::Reviewer:
        return kReviewerActors;
    case auth::Role::Admin:
        return kAdminActors;
    case auth::Role::Department: // never pushes (the route refuses it): no status step
        return {};
    }
    return {};
}

std::optional<ApiError> checkStatusChange(const json& storedFields, const json& newFields,
                                          auth::Role role) {
    const std::string from = statusOf(storedFields), to = statusOf(newFields);
    const auto check = households::checkStatusPath(from, to, pushActors(role));
    if (check.allowed())
        return std::nullopt;
    const std::string step = "status " + from + " → " + to;
    if (check.verdict == households::TransitionVerdict::WrongActor)
        return ApiError{ErrorCode::Forbidden,
                        step + " is not a step a " + std::string(auth::roleName(role)) +
                            " takes by a push",
                        "status"};
    return ApiError{ErrorCode::Validation, step + " is not a legal household status change",
                    "status"};
}

std::optional<ApiError> checkReviewComment(const json& storedFields, const json& newFields,
                                           auth::Role role) {
    if (role != auth::Role::Surveyor)
        return std::nullopt;
    auto valueIn = [](const json& fields) {
        auto it = fields.find("review_comment");
        return it == fields.end() ? json() : *it;
    };
    if (valueIn(storedFields) == valueIn(newFields))
        return std::nullopt;
    return ApiError{ErrorCode::Forbidden, "review_comment is written by review, not by a push",
                    "review_comment"};
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
