// SPDX-License-Identifier: Apache-2.0
#include "review/conflict_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "survey/records/record_store.h"
#include "sync/building_area.h"
#include "sync/part_area_check.h"
#include "sync/push_rules.h"
#include "sync/record_checks.h"
#include "sync/record_writer.h"
#include "sync/revision_decision.h"

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
json parsedOrNull(const std::string& text) {
    json value = json::parse(text, nullptr, false);
    return value.is_discarded() ? json() : value;
}

std::optional<std::string> optionalText(const storage::Statement& q, int col) {
    return q.isNull(col) ? std::nullopt : std::optional<std::string>(q.getText(col));
}

// Checks the record as the resolution leaves it, as a push would check it; a part's area
// is recomputed from its resolved dimensions.
std::optional<ApiError> checkResolvedRecord(storage::Database& db, records::RecordStore& store,
                                            const records::EntitySpec& entity,
                                            const records::StoredRecord& stored, json& fields,
                                            auth::Role role) {
    sync::RecordChecks checks(db, store, stored.projectId);
    if (auto e = checks.checkParent(entity, fields))
        return e;
    if (entity.name == "household") {
        if (auto e = sync::checkStatusChange(stored.fields, fields, role))
            return e;
        return checks.checkHouseholdCode(stored.id, fields);
    }
    if (entity.name == "part") {
        auto area = sync::partAreaDm2(fields);
        if (auto* e = std::get_if<ApiError>(&area))
            return *e;
        fields["area_dm2"] = std::get<std::int64_t>(area);
    }
    return std::nullopt;
}
} // namespace

std::string_view conflictFieldType(std::string_view entity, std::string_view field) {
    if (field == "deleted")
        return "bool";
    const records::EntitySpec* spec = records::findEntity(entity);
    const records::FieldSpec* f = spec ? spec->field(field) : nullptr;
    switch (f ? f->type : records::FieldType::Text) {
    case records::FieldType::Text:
        return "text";
    case records::FieldType::Integer:
        return "integer";
    case records::FieldType::Real:
        return "real";
    case records::FieldType::Bool:
        return "bool";
    case records::FieldType::IntList:
        return "int_list";
    case records::FieldType::IntPairList:
        return "int_pair_list";
    }
    return "text";
}

json toJson(const StoredConflict& c) {
    return {{"id", c.id},
            {"entity", c.entity},
            {"entity_id", c.entityId},
            {"household_id", c.householdId.empty() ? json() : json(c.householdId)},
            {"field", c.field},
            {"field_type", conflictFieldType(c.entity, c.field)},
            {"base", c.base},
            {"server", c.server},
            {"client", c.client},
            {"change_id", c.changeId},
            {"device_id", c.deviceId},
            {"user", c.user},
            {"at", c.at},
            {"resolved_at", c.resolvedAt ? json(*c.resolvedAt) : json()},
            {"resolved_by", c.resolvedBy ? json(*c.resolvedBy) : json()}};
}

std::vector<StoredConflict> ConflictService::select(const std::string& where,
                                                    const std::string& arg) {
    auto q = db_.prepare("SELECT id, project_id, entity, entity_id, field, base_json, server_json,"
                         " client_json, change_id, device_id, user_id, at, resolved_at,"
                         " resolved_by FROM conflicts WHERE " +
                         where + " ORDER BY id");
    q.bind(1, arg);
    records::RecordStore store(db_);
    std::vector<StoredConflict> out;
    while (q.step()) {
        StoredConflict c;
        c.id = q.getInt(0);
        c.projectId = q.getText(1);
        c.entity = q.getText(2);
        c.entityId = q.getText(3);
        c.field = q.getText(4);
        c.base = parsedOrNull(q.getText(5));
        c.server = parsedOrNull(q.getText(6));
        c.client = parsedOrNull(q.getText(7));
        c.changeId = q.getText(8);
        c.deviceId = q.getText(9);
        c.user = q.getText(10);
        c.at = q.getText(11);
        c.resolvedAt = optionalText(q, 12);
        c.resolvedBy = optionalText(q, 13);
        // The household tells the reviewer whose record it is; a tombstone still names it.
        if (const auto* entity = records::findEntity(c.entity))
            if (auto record = store.read(*entity, c.entityId))
                c.householdId = store.householdOf(*entity, c.entityId, record->fields);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<StoredConflict> ConflictService::list(const std::string& projectId, bool openOnly) {
    return select(openOnly ? "project_id = ? AND resolved_at IS NULL" : "project_id = ?",
                  projectId);
}

std::optional<StoredConflict> ConflictService::find(std::int64_t id) {
    auto found = select("id = ?", std::to_string(id));
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::variant<std::int64_t, ApiError> ConflictService::resolve(const Resolution& r) {
    storage::Transaction tx(db_);
    auto conflict = find(r.conflictId);
    if (!conflict)
        return ApiError{ErrorCode::NotFound, "no conflict " + std::to_string(r.conflictId)};
    if (conflict->resolvedAt)
        return ApiError{ErrorCode::Conflict,
                        "the conflict was resolved at " + *conflict->resolvedAt};
    const records::EntitySpec* entity = records::findEntity(conflict->entity);
    records::RecordStore store(db_);
    auto stored = entity ? store.read(*entity, conflict->entityId) : std::nullopt;
    if (!stored)
        return ApiError{ErrorCode::NotFound, "no " + conflict->entity + " " + conflict->entityId};
    if (r.baseRev != stored->rev)
        return ApiError{ErrorCode::Conflict,
                        "the record changed since rev " + std::to_string(r.baseRev) +
                            "; it is at rev " + std::to_string(stored->rev),
                        "base_rev"};

    json fields = stored->fields;
    bool deleted = stored->deleted;
    if (conflict->field == "deleted") {
        if (!r.value.is_boolean())
            return ApiError{ErrorCode::WrongType, "value of a deletion conflict is true or false",
                            "value"};
        deleted = r.value.get<bool>();
    } else {
        const json change = {{conflict->field, r.value}};
        if (auto e = records::validateFields(*entity, change, false))
            return ApiError{e->code, e->message, "value"};
        fields = sync::overlayFields(fields, change);
    }
    sync::fillColumnDefaults(*entity, fields);
    const auto op = deleted ? survey::sync::Op::Delete : survey::sync::Op::Upsert;
    const survey::sync::Change asChange{
        "resolve-" + newUuid(), conflict->entity, conflict->entityId, op, stored->rev, fields};
    if (auto e =
            sync::RecordChecks(db_, store, stored->projectId).checkLock(*entity, asChange, stored))
        return *e;
    if (!deleted)
        if (auto e = checkResolvedRecord(db_, store, *entity, *stored, fields, r.role))
            return *e;

    std::int64_t rev = stored->rev;
    if (fields != stored->fields || deleted != stored->deleted) {
        sync::ChangeLog log(db_);
        rev = sync::writeRecordChange(log, store, *entity,
                                      {stored->projectId, conflict->entity, conflict->entityId, op,
                                       fields, asChange.changeId, r.userId, r.deviceId, r.at},
                                      deleted);
    }
    auto mark = db_.prepare("UPDATE conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ?");
    mark.bind(1, r.at).bind(2, r.userId).bind(3, r.conflictId).run();
    audit::AuditWriter(db_).append(
        {r.userId,
         r.deviceId,
         std::string(audit::actionName(audit::AuditAction::ConflictResolve)),
         conflict->entityId,
         {{"project_id", stored->projectId},
          {"conflict_id", r.conflictId},
          {"entity", conflict->entity},
          {"field", conflict->field},
          {"value", r.value},
          {"rev", rev}}},
        r.at);
    // A part's resolved dimensions or building_id move the measured area of the buildings
    // it left and joined; a building's own figure stays the sum of its parts.
    if (conflict->entity == "part" || conflict->entity == "building") {
        sync::BuildingAreas areas(db_, store);
        for (const json* f : {&stored->fields, &fields})
            areas.noteBuilding(conflict->entity == "part" ? f->value("building_id", "")
                                                          : conflict->entityId);
        sync::ChangeLog log(db_);
        areas.derive(log, {stored->projectId, r.userId, r.deviceId, r.at});
    }
    tx.commit();
    return rev;
}

} // namespace survey::server::review
