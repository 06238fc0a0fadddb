// SPDX-License-Identifier: Apache-2.0
#include "sync/push_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "survey/records/canonical_json.h"
#include "survey/records/record_store.h"
#include "sync/building_area.h"
#include "sync/change_log.h"
#include "sync/part_area_check.h"
#include "sync/push_audit_detail.h"
#include "sync/push_receipts.h"
#include "sync/push_rules.h"
#include "sync/record_checks.h"
#include "sync/record_writer.h"
#include "sync/revision_decision.h"

#include <vector>

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;
using records::EntitySpec;
using records::StoredRecord;
using survey::sync::Change;
using survey::sync::ChangeResult;
using survey::sync::ChangeStatus;
using survey::sync::Op;

namespace {

ChangeResult rejected(const Change& change, std::int64_t rev, ApiError error) {
    return {change.changeId, ChangeStatus::Rejected, rev, std::move(error), {}, std::nullopt};
}

/// Applies the changes of one batch inside the caller's transaction.
class BatchApplier {
  public:
    BatchApplier(storage::Database& db, const PushContext& context, std::string deviceId,
                 records::RecordStore& store, BuildingAreas& areas)
        : db_(db), context_(context), deviceId_(std::move(deviceId)), areas_(areas), store_(store),
          log_(db), receipts_(db), audit_(db), checks_(db, store_, context.projectId) {}

    /// The answer for one change, after applying it if it applies.
    ChangeResult apply(const Change& change) {
        if (auto receipt = receipts_.find(change.changeId)) {
            if (receipt->projectId != context_.projectId)
                return rejected(
                    change, 0,
                    {ErrorCode::Forbidden, "change_id was used in another project", "change_id"});
            return duplicateOf(receipt->result);
        }
        ChangeResult result = decideAndWrite(change);
        receipts_.save(context_.projectId, result, context_.at);
        return result;
    }

  private:
    std::optional<ApiError> checkBeforeMerge(const EntitySpec& entity, const Change& change,
                                             const std::optional<StoredRecord>& stored);
    std::optional<json> baseFor(const EntitySpec& entity, const Change& change,
                                const std::optional<StoredRecord>& stored);
    std::optional<ApiError> checkMergedRecord(const EntitySpec& entity, const Change& change,
                                              const std::optional<StoredRecord>& stored,
                                              RevisionDecision& decision);
    ChangeResult decideAndWrite(const Change& change);
    std::int64_t write(const EntitySpec& entity, const Change& change,
                       const RevisionDecision& decision);
    void recordConflicts(const EntitySpec& entity, const Change& change,
                         const std::vector<survey::sync::FieldConflict>& conflicts);
    void audit(const EntitySpec& entity, const Change& change, const ChangeResult& result);

    storage::Database& db_;
    const PushContext& context_;
    std::string deviceId_;
    BuildingAreas& areas_;
    records::RecordStore& store_;
    ChangeLog log_;
    PushReceipts receipts_;
    audit::AuditWriter audit_;
    RecordChecks checks_;
};

std::optional<ApiError> BatchApplier::checkBeforeMerge(const EntitySpec& entity,
                                                       const Change& change,
                                                       const std::optional<StoredRecord>& stored) {
    if (change.op == Op::Upsert) {
        if (auto e = records::validateFields(entity, change.fields, !stored))
            return e;
        if (entity.name == "household")
            if (auto e = checkHouseholdStatus(change.fields, context_.role))
                return e;
        // The parent as it will be: the device's value when sent (null clears it), else the
        // stored one.
        const bool sentParent = change.fields.contains(entity.parentField);
        if (auto e =
                checks_.checkParent(entity, sentParent || !stored ? change.fields : stored->fields))
            return e;
    }
    return checks_.checkLock(entity, change, stored);
}

std::optional<json> BatchApplier::baseFor(const EntitySpec& entity, const Change& change,
                                          const std::optional<StoredRecord>& stored) {
    if (!stored || change.baseRev == stored->rev)
        return std::nullopt;
    if (change.baseRev == 0)
        return json::object();
    return log_.snapshot(std::string(entity.name), change.id, change.baseRev);
}

// Checks that need the record as it will be stored: a household's status must move by legal
// steps of the status machine and its code must be free, and a
// part's area is the server's to compute: the device's own figure must match the rules
// applied to what the device saw, and the stored figure is recomputed from the merged record.
std::optional<ApiError> BatchApplier::checkMergedRecord(const EntitySpec& entity,
                                                        const Change& change,
                                                        const std::optional<StoredRecord>& stored,
                                                        RevisionDecision& decision) {
    fillColumnDefaults(entity, decision.fields);
    if (change.op != Op::Upsert || decision.deleted)
        return std::nullopt;
    if (entity.name == "household") {
        const json& before = stored && !stored->deleted ? stored->fields : json::object();
        if (auto e = checkStatusChange(before, decision.fields, context_.role))
            return e;
        if (auto e = checkReviewComment(before, decision.fields, context_.role))
            return e;
        return checks_.checkHouseholdCode(change.id, decision.fields);
    }
    if (entity.name == "building") {
        // The server derives this figure from the parts after the batch (BuildingAreas).
        std::erase_if(decision.conflicts,
                      [](const auto& c) { return c.field == "measured_area_dm2"; });
        if (decision.conflicts.empty())
            decision.verdict = Verdict::Apply;
        return std::nullopt;
    }
    if (entity.name != "part")
        return std::nullopt;
    auto clientArea = partAreaDm2(decision.deviceRecord());
    if (auto* e = std::get_if<ApiError>(&clientArea))
        return *e;
    if (auto e = checkClientArea(change.fields, std::get<std::int64_t>(clientArea)))
        return e;
    // Without a merge the device's record is the merged one: the same area.
    auto mergedArea = decision.clientView.is_null() ? clientArea : partAreaDm2(decision.fields);
    if (auto* e = std::get_if<ApiError>(&mergedArea))
        return *e;
    decision.fields["area_dm2"] = std::get<std::int64_t>(mergedArea);
    // A derived figure is no dispute of its own; the dimensions it comes from are.
    std::erase_if(decision.conflicts, [](const auto& c) { return c.field == "area_dm2"; });
    if (decision.conflicts.empty())
        decision.verdict = Verdict::Apply;
    return std::nullopt;
}

ChangeResult BatchApplier::decideAndWrite(const Change& change) {
    const EntitySpec* entity = records::findEntity(change.entity);
    if (!entity)
        return rejected(change, 0,
                        {ErrorCode::UnknownEntity, "unknown entity " + change.entity, "entity"});
    const auto stored = store_.read(*entity, change.id);
    const bool isPart = entity->name == "part";
    if (isPart)
        areas_.notePartRead(change.id, stored ? &*stored : nullptr);
    if (stored && stored->projectId != context_.projectId)
        return rejected(change, 0,
                        {ErrorCode::Forbidden,
                         change.entity + " " + change.id + " belongs to another project", "id"});
    const std::int64_t storedRev = stored ? stored->rev : 0;
    if (auto e = checkBeforeMerge(*entity, change, stored))
        return rejected(change, storedRev, std::move(*e));

    std::optional<StoredState> state;
    if (stored)
        state = StoredState{stored->rev, stored->deleted, stored->fields};
    RevisionDecision decision = decideRevision(change, state, baseFor(*entity, change, stored));
    if (decision.verdict == Verdict::Reject)
        return rejected(change, storedRev, std::move(*decision.error));
    if (auto e = checkMergedRecord(*entity, change, stored, decision))
        return rejected(change, storedRev, std::move(*e));

    const bool changed =
        !stored || stored->deleted != decision.deleted || stored->fields != decision.fields;
    ChangeResult result{change.changeId,
                        decision.verdict == Verdict::Conflict ? ChangeStatus::Conflict
                                                              : ChangeStatus::Applied,
                        changed ? write(*entity, change, decision) : storedRev,
                        std::nullopt,
                        std::move(decision.conflicts),
                        std::nullopt};
    if (changed && isPart)
        areas_.notePartWritten(change.id, decision.fields);
    recordConflicts(*entity, change, result.conflicts);
    if (changed || !result.conflicts.empty())
        audit(*entity, change, result);
    return result;
}

std::int64_t BatchApplier::write(const EntitySpec& entity, const Change& change,
                                 const RevisionDecision& decision) {
    return writeRecordChange(log_, store_, entity,
                             {context_.projectId, change.entity, change.id, change.op,
                              decision.fields, change.changeId, context_.userId, deviceId_,
                              context_.at},
                             decision.deleted);
}

void BatchApplier::recordConflicts(const EntitySpec& entity, const Change& change,
                                   const std::vector<survey::sync::FieldConflict>& conflicts) {
    for (const auto& c : conflicts) {
        auto q = db_.prepareCached("INSERT INTO conflicts(project_id, entity, entity_id, field,"
                                   " base_json, server_json, client_json, change_id, device_id,"
                                   " user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, context_.projectId).bind(2, entity.name).bind(3, change.id).bind(4, c.field);
        q.bind(5, records::canonicalJson(c.base)).bind(6, records::canonicalJson(c.server));
        q.bind(7, records::canonicalJson(c.client)).bind(8, change.changeId);
        q.bind(9, deviceId_).bind(10, context_.userId).bind(11, context_.at).run();
    }
}

void BatchApplier::audit(const EntitySpec& entity, const Change& change,
                         const ChangeResult& result) {
    const std::string detail = pushAuditDetail(context_.projectId, result);
    audit_.appendEncoded(audit::EncodedAuditEntry{context_.userId, deviceId_,
                                                  audit::pushActionName(entity, change.op),
                                                  change.id, detail},
                         context_.at);
}

} // namespace

survey::sync::PushResponse PushService::push(const PushContext& context,
                                             const survey::sync::PushRequest& request) {
    storage::Transaction tx(db_);
    records::RecordStore store(db_);
    // A batch brings households with their buildings, parts and members: every child checks
    // its parent and its household's lock, and each building's area is derived at the end.
    store.rememberParents();
    BuildingAreas areas(db_, store);
    BatchApplier applier(db_, context, request.deviceId, store, areas);
    survey::sync::PushResponse response;
    response.results.reserve(request.changes.size());
    for (const auto& change : request.changes)
        response.results.push_back(applier.apply(change));
    areas.afterBatch(request.changes, response.results);
    ChangeLog log(db_);
    areas.derive(log, {context.projectId, context.userId, request.deviceId, context.at});
    tx.commit();
    return response;
}

} // namespace survey::server::sync
