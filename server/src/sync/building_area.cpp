// SPDX-License-Identifier: Apache-2.0
#include "sync/building_area.h"

#include "audit/audit_action.h"
#include "common/random_ids.h"
#include "survey/measure/area_rules.h"
#include "sync/record_writer.h"

#include <vector>

namespace survey::server::sync {

using nlohmann::json;

namespace {
// A part's building_id (required and text by the catalogue); empty when it has none.
std::string buildingIdOf(const json& partFields) {
    auto it = partFields.find("building_id");
    return it != partFields.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

void BuildingAreas::notePartRead(const std::string& partId, const records::StoredRecord* stored) {
    // Noted even when the part is new (as no building), so that a reading after the batch
    // wrote it does not count as "before".
    if (!partBuildingBefore_.contains(partId))
        partBuildingBefore_.emplace(partId, stored ? buildingIdOf(stored->fields) : std::string());
}

void BuildingAreas::notePartWritten(const std::string& partId, const json& fields) {
    partBuildingWritten_.insert_or_assign(partId, buildingIdOf(fields));
}

void BuildingAreas::afterBatch(std::span<const survey::sync::Change> changes,
                               std::span<const survey::sync::ChangeResult> results) {
    using survey::sync::ChangeStatus;
    const auto noteIfAny = [this](const std::string& buildingId) {
        if (!buildingId.empty())
            buildings_.insert(buildingId);
    };
    for (std::size_t i = 0; i < changes.size() && i < results.size(); ++i) {
        const auto& change = changes[i];
        const auto status = results[i].status;
        if (status != ChangeStatus::Applied && status != ChangeStatus::Conflict)
            continue;
        if (change.entity == "building") {
            buildings_.insert(change.id);
        } else if (change.entity == "part") {
            const auto before = partBuildingBefore_.find(change.id);
            if (before != partBuildingBefore_.end())
                noteIfAny(before->second);
            if (auto written = partBuildingWritten_.find(change.id);
                written != partBuildingWritten_.end())
                noteIfAny(written->second);
        }
    }
}

// nullopt when the building has no live part: nothing was measured, so there is no sum.
std::optional<std::int64_t> BuildingAreas::partsSumDm2(const std::string& buildingId) {
    if (!partAreas_)
        partAreas_.emplace(db_.prepareCached("SELECT area_dm2 FROM parts WHERE building_id = ? AND"
                                             " deleted = 0 AND area_dm2 IS NOT NULL"));
    auto& q = *partAreas_;
    q.reset();
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
