// SPDX-License-Identifier: Apache-2.0
#include "sync/building_area.h"

#include "audit/audit_action.h"
#include "common/random_ids.h"
#include "survey/measure/area_rules.h"
#include "sync/record_writer.h"

#include <vector>

namespace survey::server::sync {

using nlohmann::json;

std::optional<std::string> BuildingAreas::buildingOfPart(const std::string& partId) {
    if (!partBuilding_)
        partBuilding_.emplace(db_.prepare("SELECT building_id FROM parts WHERE id = ?"));
    auto& q = *partBuilding_;
    q.reset();
    q.bind(1, partId);
    return q.step() ? std::optional(q.getText(0)) : std::nullopt;
}

void BuildingAreas::beforeBatch(std::span<const survey::sync::Change> changes) {
    for (const auto& change : changes)
        if (change.entity == "part")
            if (auto building = buildingOfPart(change.id))
                partBuildingBefore_[change.id] = *building;
}

void BuildingAreas::afterBatch(std::span<const survey::sync::Change> changes,
                               std::span<const survey::sync::ChangeResult> results) {
    using survey::sync::ChangeStatus;
    for (std::size_t i = 0; i < changes.size() && i < results.size(); ++i) {
        const auto& change = changes[i];
        const auto status = results[i].status;
        if (status != ChangeStatus::Applied && status != ChangeStatus::Conflict)
            continue;
        if (change.entity == "building") {
            buildings_.insert(change.id);
        } else if (change.entity == "part") {
            if (auto before = partBuildingBefore_.find(change.id);
                before != partBuildingBefore_.end())
                buildings_.insert(before->second);
            if (auto now = buildingOfPart(change.id))
                buildings_.insert(*now);
        }
    }
}

// nullopt when the building has no live part: nothing was measured, so there is no sum.
std::optional<std::int64_t> BuildingAreas::partsSumDm2(const std::string& buildingId) {
    auto q = db_.prepare("SELECT area_dm2 FROM parts WHERE building_id = ? AND deleted = 0 AND "
                         "area_dm2 IS NOT NULL");
    q.bind(1, buildingId);
    std::vector<std::int64_t> areas;
    while (q.step())
        areas.push_back(q.getInt(0));
    if (areas.empty())
        return std::nullopt;
    return measure::sumDm2(areas);
}

void BuildingAreas::derive(ChangeLog& log, const DeriveContext& context) {
    const auto& spec = *records::findEntity("building");
    audit::AuditWriter audit(db_);
    for (const auto& id : buildings_) {
        auto building = store_.read(spec, id);
        if (!building || building->deleted || building->projectId != context.projectId)
            continue;
        const auto sum = partsSumDm2(id);
        const json stored = building->fields.value("measured_area_dm2", json());
        // A building whose parts are all gone keeps no figure of its own making.
        const json derived = sum ? json(*sum) : (stored.is_null() ? json() : json(0));
        if (derived == stored)
            continue;
        json fields = building->fields;
        fields["measured_area_dm2"] = derived;
        const std::int64_t rev =
            writeRecordChange(log, store_, spec,
                              {context.projectId, "building", id, survey::sync::Op::Upsert, fields,
                               "derive-" + newUuid(), context.userId, context.deviceId, context.at},
                              false);
        audit.append({context.userId,
                      context.deviceId,
                      std::string(audit::actionName(audit::AuditAction::BuildingAreaDerive)),
                      id,
                      {{"project_id", context.projectId},
                       {"rev", rev},
                       {"measured_area_dm2", derived},
                       {"was", stored}}},
                     context.at);
    }
}

} // namespace survey::server::sync
