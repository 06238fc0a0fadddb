// SPDX-License-Identifier: Apache-2.0
#include "sync/push_receipts.h"

#include "survey/records/canonical_json.h"

namespace survey::server::sync {

using nlohmann::json;
using survey::sync::ChangeResult;
using survey::sync::ChangeStatus;

std::optional<Receipt> PushReceipts::find(const std::string& changeId) {
    auto q = db_.prepare("SELECT project_id, result_json FROM push_receipts WHERE change_id = ?");
    q.bind(1, changeId);
    if (!q.step())
        return std::nullopt;
    Receipt receipt{q.getText(0), {}};
    // Stored by save() below; parsed with the protocol's own result parser.
    const json stored = {{"results", json::array({json::parse(q.getText(1), nullptr, false)})}};
    auto parsed = survey::sync::parsePushResponse(stored);
    if (auto* response = std::get_if<survey::sync::PushResponse>(&parsed))
        receipt.result = response->results.front();
    else
        receipt.result = {changeId, ChangeStatus::Rejected, 0,
                          errors::ApiError{errors::ErrorCode::Internal, "unreadable receipt"}};
    return receipt;
}

void PushReceipts::save(const std::string& projectId, const ChangeResult& result,
                        const std::string& at) {
    auto q = db_.prepare("INSERT INTO push_receipts(change_id, project_id, status, rev,"
                         " result_json, at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, result.changeId).bind(2, projectId).bind(3, survey::sync::statusName(result.status));
    q.bind(4, result.rev).bind(5, records::canonicalJson(survey::sync::toJson(result))).bind(6, at);
    q.run();
}

ChangeResult duplicateOf(const ChangeResult& first) {
    ChangeResult out = first;
    out.status = ChangeStatus::Duplicate;
    out.firstStatus = first.status;
    return out;
}

} // namespace survey::server::sync
