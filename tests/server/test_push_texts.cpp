// SPDX-License-Identifier: Apache-2.0
// The texts a push writes per change without building json objects (the receipt's result,
// the audit row's detail) must be the bytes the json objects gave: stored receipts are
// parsed back, and stored audit details are hashed into the chain.
#include "survey/records/canonical_json.h"
#include "sync/push_audit_detail.h"
#include "sync/push_receipts.h"

#include <QtTest>

using nlohmann::json;
using namespace survey;
using errors::ApiError;
using errors::ErrorCode;
using sync::ChangeResult;
using sync::ChangeStatus;

namespace {
// The audit detail as the push built it before it was written out directly.
json detailObject(const std::string& projectId, const ChangeResult& result) {
    json detail = {{"project_id", projectId},
                   {"change_id", result.changeId},
                   {"rev", result.rev},
                   {"status", sync::statusName(result.status)}};
    if (!result.conflicts.empty()) {
        json fields = json::array();
        for (const auto& c : result.conflicts)
            fields.push_back(c.field);
        detail["conflicts"] = std::move(fields);
    }
    return detail;
}

std::vector<ChangeResult> sampleResults() {
    std::vector<ChangeResult> results;
    results.push_back({"c-1", ChangeStatus::Applied, 42, std::nullopt, {}, std::nullopt});
    results.push_back(
        {"c-2",
         ChangeStatus::Rejected,
         0,
         ApiError{ErrorCode::AreaMismatch, "area_dm2 1 (0.01 m²) differs", "area_dm2"},
         {},
         std::nullopt});
    results.push_back({"c-3",
                       ChangeStatus::Rejected,
                       7,
                       ApiError{ErrorCode::Locked, "household H-1 is 已审核 \"approved\"", {}},
                       {},
                       std::nullopt});
    results.push_back({"c-4",
                       ChangeStatus::Conflict,
                       9,
                       std::nullopt,
                       {{"notes", "old", "server \\ side", "设备"},
                        {"deleted", false, false, json{{"b", {1, 2}}, {"a", nullptr}}},
                        {"lengths_mm", json::array({3000, 4000}), nullptr, 2.5}},
                       std::nullopt});
    results.push_back(
        {"c-5", ChangeStatus::Duplicate, 3, std::nullopt, {}, ChangeStatus::Conflict});
    return results;
}
} // namespace

class TestPushTexts : public QObject {
    Q_OBJECT
  private slots:
    void receiptResultIsTheCanonicalJsonOfTheResult() {
        for (const auto& result : sampleResults())
            QCOMPARE(server::sync::resultJson(result),
                     records::canonicalJson(sync::toJson(result)));
    }

    void auditDetailIsTheCanonicalJsonOfTheDetail() {
        for (const auto& result : sampleResults())
            for (const std::string projectId : {"p-1", "项目 \"一\""})
                QCOMPARE(server::sync::pushAuditDetail(projectId, result),
                         records::canonicalJson(detailObject(projectId, result)));
    }
};

QTEST_GUILESS_MAIN(TestPushTexts)
#include "test_push_texts.moc"
