// SPDX-License-Identifier: Apache-2.0
#include "recognition/recognition_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "notices/recognition_consequence.h"
#include "review/sql_json.h"
#include "survey/households/codes.h"
#include "survey/records/record_store.h"
#include "sync/change_log.h"
#include "sync/record_writer.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <regex>

namespace survey::server::recognition {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
// Statuses a department decides; registered and pending are states, not decisions.
constexpr std::array<std::string_view, 6> kDecided = {
    "legal", "temporary_valid", "temporary_expired", "illegal", "self_demolished", "legalized"};
constexpr std::size_t kMaxText = 2000;

bool isIsoDate(const std::string& s) {
    static const std::regex pattern(R"((\d{4})-(\d{2})-(\d{2}))");
    std::smatch m;
    if (!std::regex_match(s, m, pattern))
        return false;
    const std::chrono::year_month_day date{std::chrono::year(std::stoi(m[1])),
                                           std::chrono::month(std::stoul(m[2])),
                                           std::chrono::day(std::stoul(m[3]))};
    return date.ok();
}

std::variant<std::string, ApiError> text(const json& body, const char* name, bool required) {
    auto it = body.find(name);
    if (it == body.end() || it->is_null() || (it->is_string() && it->get<std::string>().empty())) {
        if (required)
            return ApiError{ErrorCode::MissingField, std::string(name) + " is required", name};
        return std::string();
    }
    if (!it->is_string())
        return ApiError{ErrorCode::WrongType, std::string(name) + " must be text", name};
    if (it->get<std::string>().size() > kMaxText)
        return ApiError{ErrorCode::Validation, std::string(name) + " is too long", name};
    return it->get<std::string>();
}

json consequenceJson(const std::string& status) {
    const auto c = notices::recognitionConsequence(status);
    const char* compensated =
        c.compensation == notices::RecognitionConsequence::Compensation::Yes  ? "yes"
        : c.compensation == notices::RecognitionConsequence::Compensation::No ? "no"
                                                                              : "undecided";
    return {{"compensated", compensated},
            {"opinion", std::string(c.opinion)},
            {"explanation", std::string(c.explanation)}};
}

// The rows of listRecognition: unregistered buildings, or any with a decision.
constexpr const char* kNeedsRecognition =
    " FROM buildings b JOIN households h ON h.id = b.household_id"
    " LEFT JOIN recognition_decisions d ON d.building_id = b.id"
    " WHERE b.project_id = ?1 AND b.deleted = 0 AND h.deleted = 0"
    " AND (b.registered = 0 OR d.building_id IS NOT NULL"
    "  OR (b.registered IS NULL AND COALESCE(b.recognition, 'pending') <> 'registered'))"
    " AND (?2 = '' OR COALESCE(d.status, NULLIF(b.recognition, 'registered'), 'pending') = ?2)";
} // namespace

std::variant<DecisionRequest, ApiError> parseDecision(const json& body) {
    if (!body.is_object())
        return ApiError{ErrorCode::BadRequest, "body must be a JSON object"};
    DecisionRequest r;
    std::pair<const char*, std::string*> fields[] = {{"status", &r.status},
                                                     {"department", &r.department},
                                                     {"decision_no", &r.decisionNo},
                                                     {"decided_on", &r.decidedOn}};
    for (auto& [name, target] : fields) {
        auto value = text(body, name, true);
        if (auto* e = std::get_if<ApiError>(&value))
            return *e;
        *target = std::get<std::string>(value);
    }
    auto basis = text(body, "basis", false);
    if (auto* e = std::get_if<ApiError>(&basis))
        return *e;
    r.basis = std::get<std::string>(basis);
    if (std::find(kDecided.begin(), kDecided.end(), r.status) == kDecided.end())
        return ApiError{ErrorCode::Validation, "status is not a recognition decision", "status"};
    if (!isIsoDate(r.decidedOn))
        return ApiError{ErrorCode::Validation, "decided_on is YYYY-MM-DD", "decided_on"};
    return r;
}

std::string buildingProject(storage::Database& db, const std::string& buildingId) {
    auto q = db.prepare("SELECT project_id FROM buildings WHERE id = ? AND deleted = 0");
    q.bind(1, buildingId);
    return q.step() ? q.getText(0) : std::string();
}

std::variant<json, ApiError> recordDecision(storage::Database& db, const DecisionRequest& r) {
    storage::Transaction tx(db);
    const auto& spec = *records::findEntity("building");
    records::RecordStore store(db);
    auto building = store.read(spec, r.buildingId);
    if (!building || building->deleted)
        return ApiError{ErrorCode::NotFound, "no building " + r.buildingId};
    if (building->fields.value("registered", json()) == json(true))
        return ApiError{ErrorCode::Conflict, "a registered building needs no 认定", "building"};

    auto save = db.prepare(
        "INSERT OR REPLACE INTO recognition_decisions(building_id, department, decision_no,"
        " decided_on, basis, status, recorded_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    save.bind(1, r.buildingId).bind(2, r.department).bind(3, r.decisionNo).bind(4, r.decidedOn);
    save.bind(5, r.basis).bind(6, r.status).bind(7, r.userId).bind(8, r.at).run();

    json fields = building->fields;
    const json previous = fields.value("recognition", json());
    fields["recognition"] = r.status;
    sync::ChangeLog log(db);
    const std::int64_t rev = sync::writeRecordChange(
        log, store, spec,
        {building->projectId, "building", r.buildingId, survey::sync::Op::Upsert, fields,
         "recognition-" + newUuid(), r.userId, r.deviceId, r.at},
        false);
    audit::AuditWriter(db).append(
        {r.userId,
         r.deviceId,
         std::string(audit::actionName(audit::AuditAction::RecognitionDecide)),
         r.buildingId,
         {{"project_id", building->projectId},
          {"from_status", previous},
          {"status", r.status},
          {"department", r.department},
          {"decision_no", r.decisionNo},
          {"decided_on", r.decidedOn},
          {"basis", r.basis},
          {"rev", rev}}},
        r.at);
    tx.commit();
    return json{{"building_id", r.buildingId},
                {"status", r.status},
                {"rev", rev},
                {"consequence", consequenceJson(r.status)}};
}

json listRecognition(storage::Database& db, const std::string& projectId, const std::string& status,
                     int offset, int limit) {
    auto count = db.prepare(std::string("SELECT count(*)") + kNeedsRecognition);
    count.bind(1, projectId).bind(2, status);
    count.step();
    auto page = db.prepare(
        std::string("SELECT b.id, b.no, b.rev, b.household_id, h.code AS household_code,"
                    " h.head_name, h.address, b.measured_area_dm2, b.actual_use,"
                    " COALESCE(d.status, NULLIF(b.recognition, 'registered'), 'pending')"
                    " AS status, d.department, d.decision_no, d.decided_on, d.basis,"
                    " (SELECT name FROM users WHERE id = d.recorded_by) AS recorded_by, d.at") +
        kNeedsRecognition + " ORDER BY h.code, b.no LIMIT ?3 OFFSET ?4");
    page.bind(1, projectId).bind(2, status).bind(3, std::clamp(limit, 1, 500));
    page.bind(4, std::max(offset, 0));
    json rows = review::rowsToJson(page);
    for (auto& row : rows)
        row["consequence"] = consequenceJson(row["status"].get<std::string>());
    return {{"total", count.getInt(0)}, {"offset", offset}, {"rows", std::move(rows)}};
}

} // namespace survey::server::recognition
