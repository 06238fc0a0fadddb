// SPDX-License-Identifier: Apache-2.0
// The texts a push writes per change without building json objects (the receipt's result,
// the audit row's detail) must be the bytes the json objects gave: stored receipts are
// parsed back, and stored audit details are hashed into the chain. The same holds for the
// page of changes a pull gets, which is written out from the stored rows.
#include "server_test_support.h"
#include "survey/records/canonical_json.h"
#include "sync/change_log.h"
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

    void changesPageIsTheProtocolsEncodingOfThePage() {
        ServerTestWorld world;
        const json household = {{"code", "H-1"}, {"address", "示范路2号"}, {"head_name", "王建国"}};
        const auto pushed =
            world.push({makeChange("c1", "household", "h-\"引号\"\\1", 0, household),
                        makeChange("c2", "household", "h-2", 0, {{"code", "H-2"}})});
        QCOMPARE(pushed.results.at(1).status, sync::ChangeStatus::Applied);
        const auto removed = world.push(
            {makeChange("c3", "household", "h-2", pushed.results.at(1).rev, {}, sync::Op::Delete)});
        QCOMPARE(removed.results.at(0).status, sync::ChangeStatus::Applied);
        server::sync::ChangeLog log(world.db());
        for (const std::int64_t limit : {1, 2, 3, 10}) {
            const std::string page = log.pageJson(world.projectId(), 0, limit);
            auto parsed = sync::parseChangesPage(json::parse(page));
            QVERIFY(std::holds_alternative<sync::ChangesPage>(parsed));
            QCOMPARE(page,
                     records::canonicalJson(sync::toJson(std::get<sync::ChangesPage>(parsed))));
        }

        // Only a hand-edited database holds text that is not UTF-8: the page still parses,
        // with the bytes replaced.
        world.db().exec("UPDATE change_log SET entity_id = 'h-' || x'ff' WHERE change_id = 'c2'");
        const json page = json::parse(log.pageJson(world.projectId(), 0, 10));
        QCOMPARE(page["changes"][1]["id"], json("h-\xEF\xBF\xBD"));
    }
};

QTEST_GUILESS_MAIN(TestPushTexts)
#include "test_push_texts.moc"
