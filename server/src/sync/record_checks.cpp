// SPDX-License-Identifier: Apache-2.0
#include "sync/record_checks.h"

#include "survey/households/codes.h"
#include "sync/push_rules.h"

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
std::string textField(const json& fields, std::string_view key) {
    auto it = fields.find(std::string(key));
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

std::optional<ApiError> RecordChecks::checkParent(const records::EntitySpec& entity,
                                                  const json& recordFields) {
    if (entity.parentEntity.empty())
        return std::nullopt;
    const std::string field(entity.parentField);
    const std::string parentId = textField(recordFields, field);
    const auto* parentSpec = records::findEntity(entity.parentEntity);
    auto parent = parentId.empty() ? nullptr : store_.readShared(*parentSpec, parentId);
    if (!parent || parent->deleted || parent->projectId != projectId_)
        return ApiError{ErrorCode::Validation,
                        field + ": no live " + std::string(entity.parentEntity) + " " + parentId +
                            " in this project",
                        field};
    return std::nullopt;
}

std::optional<ApiError> RecordChecks::lockOf(const std::string& householdId) {
    if (householdId.empty())
        return std::nullopt;
    auto household = store_.readShared(*records::findEntity("household"), householdId);
    if (!household)
        return std::nullopt;
    const std::string status = textField(household->fields, "status");
    if (!isLockedStatus(status))
        return std::nullopt;
    return ApiError{ErrorCode::Locked,
                    "household " + textField(household->fields, "code") + " is " +
                        std::string(households::labelFor(households::statusCodes(), status)) +
                        " (" + status + "); it takes no edits until review returns it",
                    {}};
}

std::optional<ApiError>
RecordChecks::checkLock(const records::EntitySpec& entity, const survey::sync::Change& change,
                        const std::optional<records::StoredRecord>& stored) {
    if (auto e = lockOf(store_.householdOf(entity, change.id, change.fields)))
        return e;
    if (stored)
        return lockOf(store_.householdOf(entity, change.id, stored->fields));
    return std::nullopt;
}

std::optional<ApiError> RecordChecks::checkHouseholdCode(const std::string& householdId,
                                                         const json& fields) {
    const std::string code = textField(fields, "code");
    if (!codeQuery_)
        codeQuery_.emplace(
            db_.prepareCached("SELECT 1 FROM households WHERE project_id = ? AND code = ?"
                              " AND deleted = 0 AND id <> ?"));
    auto& q = *codeQuery_;
    q.reset();
    q.bind(1, projectId_).bind(2, code).bind(3, householdId);
    const bool taken = q.step();
    q.reset(); // a statement left on a row would keep its read snapshot open
    if (!taken)
        return std::nullopt;
    return ApiError{ErrorCode::Validation,
                    "household code " + code + " is already used in this project", "code"};
}

} // namespace survey::server::sync
