// SPDX-License-Identifier: Apache-2.0
#include "sync/push_receipts.h"

#include "survey/records/canonical_json.h"

namespace survey::server::sync {

using nlohmann::json;
using survey::sync::ChangeResult;
using survey::sync::ChangeStatus;

std::optional<Receipt> PushReceipts::find(const std::string& changeId) {
    if (!find_)
        find_.emplace(db_.prepareCached(
            "SELECT project_id, result_json FROM push_receipts WHERE change_id = ?"));
    auto& q = *find_;
    q.reset();
    q.bind(1, changeId);
    if (!q.step())
        return std::nullopt;
    Receipt receipt{q.getText(0), {}};
    const std::string resultJson = q.getText(1);
    q.reset(); // a reused statement left on a row would keep its read snapshot open
    // Stored by save() below; parsed with the protocol's own result parser.
    const json stored = {{"results", json::array({json::parse(resultJson, nullptr, false)})}};
    auto parsed = survey::sync::parsePushResponse(stored);
    if (auto* response = std::get_if<survey::sync::PushResponse>(&parsed))
        receipt.result = response->results.front();
    else
        receipt.result = {changeId, ChangeStatus::Rejected, 0,
                          errors::ApiError{errors::ErrorCode::Internal, "unreadable receipt"}};
    return receipt;
}

std::string resultJson(const ChangeResult& result) {
    using records::appendCanonicalJson;
    using records::appendCanonicalString;
    std::string out;
    out.reserve(96 + result.changeId.size());
    out += R"({"change_id":)";
    appendCanonicalString(out, result.changeId);
    if (!result.conflicts.empty()) {
        out += R"(,"conflicts":[)";
        bool first = true;
        for (const auto& c : result.conflicts) {
            out += first ? R"({"base":)" : R"(,{"base":)";
            first = false;
            appendCanonicalJson(out, c.base);
            out += R"(,"client":)";
            appendCanonicalJson(out, c.client);
            out += R"(,"field":)";
            appendCanonicalString(out, c.field);
            out += R"(,"server":)";
            appendCanonicalJson(out, c.server);
            out += '}';
        }
        out += ']';
    }
    if (const auto& e = result.error) {
        out += R"(,"error":{"code":)";
        appendCanonicalString(out, errors::codeName(e->code));
        if (!e->field.empty()) {
            out += R"(,"field":)";
            appendCanonicalString(out, e->field);
        }
        out += R"(,"message":)";
        appendCanonicalString(out, e->message);
        out += '}';
    }
    if (result.firstStatus) {
        out += R"(,"first_status":)";
        appendCanonicalString(out, survey::sync::statusName(*result.firstStatus));
    }
    out += R"(,"rev":)";
    out += std::to_string(result.rev);
    out += R"(,"status":)";
    appendCanonicalString(out, survey::sync::statusName(result.status));
    out += '}';
    return out;
}

void PushReceipts::save(const std::string& projectId, const ChangeResult& result,
                        const std::string& at) {
    if (!save_)
        save_.emplace(
            db_.prepareCached("INSERT INTO push_receipts(change_id, project_id, status, rev,"
                              " result_json, at) VALUES (?, ?, ?, ?, ?, ?)"));
    auto& q = *save_;
    q.reset();
    const std::string text = resultJson(result);
    q.bindView(1, result.changeId).bindView(2, projectId);
    q.bindView(3, survey::sync::statusName(result.status)).bind(4, result.rev);
    q.bindView(5, text).bindView(6, at).run();
}

ChangeResult duplicateOf(const ChangeResult& first) {
    ChangeResult out = first;
    out.status = ChangeStatus::Duplicate;
    out.firstStatus = first.status;
    return out;
}

} // namespace survey::server::sync
