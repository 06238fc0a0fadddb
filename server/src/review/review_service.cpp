// SPDX-License-Identifier: Apache-2.0
#include "review/review_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "survey/households/codes.h"
#include "survey/households/status_transitions.h"
#include "sync/record_writer.h"

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
const records::EntitySpec& householdSpec() {
    return *records::findEntity("household");
}

std::string statusOf(const json& fields) {
    auto it = fields.find("status");
    return it != fields.end() && it->is_string() ? it->get<std::string>() : "not_surveyed";
}

households::Actor actorOf(auth::Role role) {
    switch (role) {
    case auth::Role::Surveyor:
        return households::Actor::Surveyor;
    case auth::Role::Reviewer:
        return households::Actor::Reviewer;
    case auth::Role::Department: // never reviews (the route refuses it): the least it may do
        return households::Actor::Surveyor;
    case auth::Role::Admin:
        return households::Actor::Admin;
    }
    return households::Actor::Surveyor;
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::int64_t insertHistory(storage::Database& db, const ReviewEntry& e) {
    auto q = db.prepare("INSERT INTO review_history(household_id, project_id, decision, comment,"
                        " reviewer, device, at, from_status, to_status, household_rev)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, e.householdId).bind(2, e.projectId).bind(3, e.decision);
    q.bind(4, e.comment).bind(5, e.reviewer).bind(6, e.device).bind(7, e.at);
    q.bind(8, e.fromStatus).bind(9, e.toStatus).bind(10, e.householdRev).run();
    return db.lastInsertRowId();
}
} // namespace

std::string_view decisionName(Decision decision) {
    return decision == Decision::Approve ? "approve" : "return";
}

std::optional<Decision> decisionFromName(std::string_view name) {
    if (name == "approve")
        return Decision::Approve;
    if (name == "return")
        return Decision::Return;
    return std::nullopt;
}

json toJson(const ReviewEntry& e) {
    return {{"id", e.id},
            {"household_id", e.householdId},
            {"project_id", e.projectId},
            {"decision", e.decision},
            {"comment", e.comment},
            {"reviewer", e.reviewer},
            {"device_id", e.device},
            {"at", e.at},
            {"from_status", e.fromStatus},
            {"to_status", e.toStatus},
            {"household_rev", e.householdRev}};
}

std::optional<records::StoredRecord> ReviewService::household(const std::string& householdId) {
    auto stored = records::RecordStore(db_).read(householdSpec(), householdId);
    if (!stored || stored->deleted)
        return std::nullopt;
    return stored;
}

std::variant<ReviewEntry, ApiError> ReviewService::decide(const ReviewRequest& r) {
    storage::Transaction tx(db_);
    records::RecordStore store(db_);
    auto stored = store.read(householdSpec(), r.householdId);
    if (!stored || stored->deleted)
        return ApiError{ErrorCode::NotFound, "no household " + r.householdId};
    if (r.baseRev != stored->rev)
        return ApiError{ErrorCode::Conflict,
                        "the household changed since rev " + std::to_string(r.baseRev) +
                            "; it is at rev " + std::to_string(stored->rev) + ", review that one",
                        "base_rev"};
    const std::string from = statusOf(stored->fields);
    const std::string to = r.decision == Decision::Approve ? "approved" : "returned";
    const auto check = households::checkTransition(from, to, actorOf(r.role));
    if (check.verdict == households::TransitionVerdict::WrongActor)
        return ApiError{ErrorCode::Forbidden, "only a reviewer or an admin decides a review"};
    if (!check.allowed() || check.verdict == households::TransitionVerdict::Unchanged)
        return ApiError{ErrorCode::Conflict,
                        "a household that is " +
                            std::string(households::labelFor(households::statusCodes(), from)) +
                            " (" + from + ") cannot be " +
                            (r.decision == Decision::Approve ? "approved" : "returned"),
                        "status"};
    if (check.commentRequired && isBlank(r.comment))
        return ApiError{ErrorCode::Validation, "a return needs a comment saying what to fix",
                        "comment"};

    json fields = stored->fields;
    fields["status"] = to;
    // The field holds the latest decision's comment, so a tablet shows what review said last.
    if (isBlank(r.comment))
        fields.erase("review_comment");
    else
        fields["review_comment"] = r.comment;
    sync::ChangeLog log(db_);
    const std::int64_t rev = sync::writeRecordChange(
        log, store, householdSpec(),
        {stored->projectId, "household", r.householdId, survey::sync::Op::Upsert, fields,
         "review-" + newUuid(), r.reviewerId, r.deviceId, r.at},
        false);

    ReviewEntry entry{0,
                      r.householdId,
                      stored->projectId,
                      std::string(decisionName(r.decision)),
                      r.comment,
                      r.reviewerId,
                      r.deviceId,
                      r.at,
                      from,
                      to,
                      rev};
    entry.id = insertHistory(db_, entry);
    const auto action = r.decision == Decision::Approve ? audit::AuditAction::ReviewApprove
                                                        : audit::AuditAction::ReviewReturn;
    audit::AuditWriter(db_).append({r.reviewerId,
                                    r.deviceId,
                                    std::string(audit::actionName(action)),
                                    r.householdId,
                                    {{"project_id", stored->projectId},
                                     {"review_id", entry.id},
                                     {"from_status", from},
                                     {"to_status", to},
                                     {"rev", rev},
                                     {"comment", r.comment}}},
                                   r.at);
    tx.commit();
    return entry;
}

std::vector<ReviewEntry> ReviewService::history(const std::string& householdId) {
    auto q = db_.prepare("SELECT id, household_id, project_id, decision, comment, reviewer, device,"
                         " at, from_status, to_status, household_rev FROM review_history"
                         " WHERE household_id = ? ORDER BY id");
    q.bind(1, householdId);
    std::vector<ReviewEntry> out;
    while (q.step())
        out.push_back({q.getInt(0), q.getText(1), q.getText(2), q.getText(3), q.getText(4),
                       q.getText(5), q.getText(6), q.getText(7), q.getText(8), q.getText(9),
                       q.getInt(10)});
    return out;
}

} // namespace survey::server::review
