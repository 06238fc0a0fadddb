// SPDX-License-Identifier: Apache-2.0
// Push semantics end to end through the push service against a real database (no HTTP).
#include "audit/audit_verify.h"
#include "review/conflict_service.h"
#include "server_test_support.h"
#include "survey/records/record_store.h"

#include <QtTest>

using nlohmann::json;
using namespace survey;
using server::auth::Role;
using sync::ChangeStatus;

namespace {
json household(const std::string& code) {
    return {{"code", code}, {"address", "示范路2号"}, {"head_name", "王建国"}};
}
json building(const std::string& householdId) {
    return {{"household_id", householdId}, {"no", 1}, {"structure", "04"}};
}
json room(const std::string& buildingId, std::int64_t w, std::int64_t d, std::int64_t h) {
    return {
        {"building_id", buildingId}, {"kind", "room"}, {"lengths_mm", {w, d}}, {"height_mm", h}};
}

std::string statusOf(const sync::ChangeResult& r) {
    return std::string(sync::statusName(r.status));
}
std::string errorOf(const sync::ChangeResult& r) {
    return r.error ? std::string(errors::codeName(r.error->code)) : std::string();
}

json stored(ServerTestWorld& w, const std::string& entity, const std::string& id) {
    records::RecordStore store(w.db());
    auto r = store.read(*records::findEntity(entity), id);
    return r ? r->fields : json();
}

std::int64_t storedRev(ServerTestWorld& w, const std::string& entity, const std::string& id) {
    records::RecordStore store(w.db());
    auto r = store.read(*records::findEntity(entity), id);
    return r ? r->rev : -1;
}

/// Seeds household h1 with building b1 and returns the household's rev.
std::int64_t seedHousehold(ServerTestWorld& w) {
    auto res = w.push({makeChange("seed-h", "household", "h1", 0, household("H-001")),
                       makeChange("seed-b", "building", "b1", 0, building("h1"))});
    return res.results[0].rev;
}
} // namespace

class TestPushService : public QObject {
    Q_OBJECT
  private slots:
    void appliesANewHouseholdWithItsParts() {
        ServerTestWorld w;
        auto res = w.push({makeChange("c1", "household", "h1", 0, household("H-001")),
                           makeChange("c2", "building", "b1", 0, building("h1")),
                           makeChange("c3", "part", "p1", 0, room("b1", 3000, 4000, 2150))});
        QCOMPARE(res.results.size(), std::size_t(3));
        for (const auto& r : res.results) {
            QCOMPARE(statusOf(r), std::string("applied"));
            QVERIFY(r.rev > 0);
        }
        QVERIFY(res.results[0].rev < res.results[1].rev && res.results[1].rev < res.results[2].rev);
        // The server computed the area (12 m² at half for a 2.15 m storey) and the defaults.
        QCOMPARE(stored(w, "part", "p1")["area_dm2"], json(600));
        QCOMPARE(stored(w, "part", "p1")["floor"], json(1));
        QCOMPARE(stored(w, "household", "h1")["status"], json("not_surveyed"));
        QCOMPARE(storedRev(w, "part", "p1"), res.results[2].rev);
        // The building's measured area follows its part, written by the server after them.
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(600));
        QVERIFY(storedRev(w, "building", "b1") > res.results[2].rev);
        QCOMPARE(w.count("change_log"), 4);
        QCOMPARE(w.count("push_receipts"), 3);
        QVERIFY(w.integrityOk());
        QVERIFY(server::audit::verifyAuditChain(w.db()).ok);
    }

    void replayedBatchIsDuplicateAndChangesNothing() {
        ServerTestWorld w;
        std::vector<sync::Change> batch = {
            makeChange("c1", "household", "h1", 0, household("H-001")),
            makeChange("c2", "part", "p-orphan", 0, room("nope", 1000, 1000, 2800))};
        auto first = w.push(batch);
        QCOMPARE(statusOf(first.results[0]), std::string("applied"));
        QCOMPARE(statusOf(first.results[1]), std::string("rejected"));
        const auto before = w.writeCounts();
        auto again = w.push(batch);
        QCOMPARE(statusOf(again.results[0]), std::string("duplicate"));
        QCOMPARE(again.results[0].rev, first.results[0].rev);
        QVERIFY(again.results[0].firstStatus == ChangeStatus::Applied);
        QCOMPARE(statusOf(again.results[1]), std::string("duplicate"));
        QVERIFY(again.results[1].firstStatus == ChangeStatus::Rejected);
        QCOMPARE(errorOf(again.results[1]), std::string("validation"));
        QCOMPARE(w.writeCounts(), before);
        // The same change_id twice in one batch: the second is a duplicate of the first.
        auto twice = w.push({makeChange("c9", "household", "h9", 0, household("H-009")),
                             makeChange("c9", "household", "h9", 0, household("H-009"))});
        QCOMPARE(statusOf(twice.results[0]), std::string("applied"));
        QCOMPARE(statusOf(twice.results[1]), std::string("duplicate"));
    }

    void conflictKeepsBothValues() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        auto a = w.push({makeChange("a1", "household", "h1", rev, {{"notes", "甲的备注"}})});
        QCOMPARE(statusOf(a.results[0]), std::string("applied"));
        auto b = w.push({makeChange("b1", "household", "h1", rev, {{"notes", "乙的备注"}})});
        QCOMPARE(statusOf(b.results[0]), std::string("conflict"));
        QCOMPARE(b.results[0].conflicts.size(), std::size_t(1));
        QCOMPARE(b.results[0].conflicts[0].field, std::string("notes"));
        QCOMPARE(b.results[0].conflicts[0].server, json("甲的备注"));
        QCOMPARE(b.results[0].conflicts[0].client, json("乙的备注"));
        // The stored record keeps the server value; the device's value is in conflicts.
        QCOMPARE(stored(w, "household", "h1")["notes"], json("甲的备注"));
        auto q = w.db().prepare("SELECT field, base_json, server_json, client_json, change_id"
                                " FROM conflicts");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("notes"));
        QCOMPARE(q.getText(1), std::string("null"));
        QCOMPARE(q.getText(2), std::string("\"甲的备注\""));
        QCOMPARE(q.getText(3), std::string("\"乙的备注\""));
        QCOMPARE(q.getText(4), std::string("b1"));
        QVERIFY(!q.step());
    }

    void nonOverlappingFieldsMerge() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        w.push({makeChange("a1", "household", "h1", rev, {{"notes", "甲"}})});
        auto b = w.push({makeChange("b1", "household", "h1", rev, {{"door_no", "2-1号"}})});
        QCOMPARE(statusOf(b.results[0]), std::string("applied"));
        const json h = stored(w, "household", "h1");
        QCOMPARE(h["notes"], json("甲"));
        QCOMPARE(h["door_no"], json("2-1号"));
        QCOMPARE(w.count("conflicts"), 0);
    }

    // A base_rev that an earlier change of the same batch issued: the merge finds the record
    // as it was at that rev.
    void mergeFromARevOfTheSameBatch() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        auto last = w.db().prepare("SELECT max(seq) FROM change_log");
        QVERIFY(last.step());
        const std::int64_t next = last.getInt(0) + 1;
        last.reset();
        const auto a = w.push({makeChange("a1", "household", "h1", rev, {{"notes", "甲"}}),
                               makeChange("a2", "household", "h1", next, {{"notes", "乙"}}),
                               makeChange("a3", "household", "h1", next, {{"door_no", "3号"}})});
        QCOMPARE(a.results[0].rev, next);
        QCOMPARE(statusOf(a.results[2]), std::string("applied"));
        const json h = stored(w, "household", "h1");
        QCOMPARE(h["notes"], json("乙"));
        QCOMPARE(h["door_no"], json("3号"));
        QCOMPARE(w.count("conflicts"), 0);
        QVERIFY(server::audit::verifyAuditChain(w.db()).ok);
    }

    void staleDeleteIsAConflict() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        w.push({makeChange("a1", "building", "b1", storedRev(w, "building", "b1"),
                           {{"structure", "05"}})});
        auto del = w.push({makeChange("d1", "building", "b1", rev, {}, sync::Op::Delete)});
        QCOMPARE(statusOf(del.results[0]), std::string("conflict"));
        QCOMPARE(del.results[0].conflicts[0].field, std::string("deleted"));
        records::RecordStore store(w.db());
        QVERIFY(!store.read(*records::findEntity("building"), "b1")->deleted);
    }

    void deleteMakesATombstoneThatTakesNoChildren() {
        ServerTestWorld w;
        seedHousehold(w);
        auto del = w.push({makeChange("d1", "building", "b1", storedRev(w, "building", "b1"), {},
                                      sync::Op::Delete)});
        QCOMPARE(statusOf(del.results[0]), std::string("applied"));
        records::RecordStore store(w.db());
        QVERIFY(store.read(*records::findEntity("building"), "b1")->deleted);
        auto child = w.push({makeChange("p1", "part", "p1", 0, room("b1", 3000, 3000, 2800))});
        QCOMPARE(errorOf(child.results[0]), std::string("validation"));
        QCOMPARE(child.results[0].error->field, std::string("building_id"));
    }

    void lockedHouseholdRejectsEdits() {
        ServerTestWorld w;
        // Only a submitted household can be approved (domain.md §7).
        auto submit = w.push(
            {makeChange("s1", "household", "h1", seedHousehold(w), {{"status", "submitted"}})});
        QCOMPARE(statusOf(submit.results[0]), std::string("applied"));
        auto approve = w.push(
            {makeChange("r1", "household", "h1", submit.results[0].rev, {{"status", "approved"}})},
            Role::Reviewer);
        QCOMPARE(statusOf(approve.results[0]), std::string("applied"));
        const auto approvedRev = approve.results[0].rev;
        const auto before = w.writeCounts();
        auto edits = w.push({makeChange("e1", "household", "h1", approvedRev, {{"notes", "改"}}),
                             makeChange("e2", "building", "b2", 0, building("h1")),
                             makeChange("e3", "part", "p1", 0, room("b1", 3000, 3000, 2800)),
                             makeChange("e4", "building", "b1", storedRev(w, "building", "b1"), {},
                                        sync::Op::Delete)});
        for (const auto& r : edits.results) {
            QCOMPARE(statusOf(r), std::string("rejected"));
            QCOMPARE(errorOf(r), std::string("locked"));
        }
        QCOMPARE(w.writeCounts(), before);
        QVERIFY(w.integrityOk());
    }

    void surveyorCannotApprove() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        auto res = w.push({makeChange("s1", "household", "h1", rev, {{"status", "approved"}})});
        QCOMPARE(errorOf(res.results[0]), std::string("forbidden"));
        QCOMPARE(res.results[0].error->field, std::string("status"));
    }

    void statusMovesByTheStatusMachine() {
        ServerTestWorld w;
        const auto rev = seedHousehold(w);
        // Offline, the tablet took several steps and sends only the last status.
        auto signed_ = w.push({makeChange("t1", "household", "h1", rev, {{"status", "signed"}})});
        QCOMPARE(statusOf(signed_.results[0]), std::string("applied"));
        // Approving a household that was never submitted is no step of the machine.
        auto early = w.push(
            {makeChange("t2", "household", "h1", signed_.results[0].rev, {{"status", "approved"}})},
            Role::Reviewer);
        QCOMPARE(errorOf(early.results[0]), std::string("validation"));
        QCOMPARE(early.results[0].error->field, std::string("status"));
        auto submit = w.push({makeChange("t3", "household", "h1", signed_.results[0].rev,
                                         {{"status", "submitted"}})});
        QCOMPARE(statusOf(submit.results[0]), std::string("applied"));
        // Once submitted only review reopens it, and the reviewer's comment is not the tablet's.
        const auto submittedRev = submit.results[0].rev;
        auto reopen = w.push(
            {makeChange("t4", "household", "h1", submittedRev, {{"status", "in_progress"}})});
        QCOMPARE(errorOf(reopen.results[0]), std::string("validation"));
        auto comment = w.push(
            {makeChange("t5", "household", "h1", submittedRev, {{"review_comment", "好了"}})});
        QCOMPARE(errorOf(comment.results[0]), std::string("forbidden"));
        QCOMPARE(comment.results[0].error->field, std::string("review_comment"));
        auto notes =
            w.push({makeChange("t6", "household", "h1", submittedRev, {{"notes", "补充说明"}})});
        QCOMPARE(statusOf(notes.results[0]), std::string("applied"));
        QCOMPARE(stored(w, "household", "h1")["status"], json("submitted"));
    }

    void areaMismatchIsRejected() {
        ServerTestWorld w;
        seedHousehold(w);
        const auto before = w.writeCounts();
        json part = room("b1", 3000, 4000, 2800);
        part["area_dm2"] = 1199;
        auto res = w.push({makeChange("m1", "part", "p1", 0, part)});
        QCOMPARE(errorOf(res.results[0]), std::string("area_mismatch"));
        QVERIFY(res.results[0].error->message.find("11.99") != std::string::npos);
        QVERIFY(res.results[0].error->message.find("12.00") != std::string::npos);
        QCOMPARE(w.writeCounts(), before);
        part["area_dm2"] = 1200;
        res = w.push({makeChange("m2", "part", "p1", 0, part)});
        QCOMPARE(statusOf(res.results[0]), std::string("applied"));
    }

    void staleDimensionsMergeAndAreaFollowsTheMergedRecord() {
        ServerTestWorld w;
        seedHousehold(w);
        auto created = w.push({makeChange("p0", "part", "p1", 0, room("b1", 3000, 4000, 2800))});
        const auto base = created.results[0].rev;
        // Another tablet lowers the storey height; this one corrects the lengths.
        w.push({makeChange("p1", "part", "p1", base, {{"height_mm", 2150}})});
        json edit = {{"lengths_mm", {3000, 5000}}, {"area_dm2", 1500}};
        auto res = w.push({makeChange("p2", "part", "p1", base, edit)});
        QCOMPARE(statusOf(res.results[0]), std::string("applied"));
        // The device's 15.00 m² matched what it saw; stored is 15 m² at half.
        QCOMPARE(stored(w, "part", "p1")["area_dm2"], json(750));
    }

    void invalidFieldsAreRejected_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown field") << "household"
                                       << R"({"code":"H-2","colour":"red"})"
                                       << "unknown_field"
                                       << "colour";
        QTest::newRow("wrong type") << "building"
                                    << R"({"household_id":"h1","no":"one"})"
                                    << "wrong_type"
                                    << "no";
        QTest::newRow("integer beyond int64")
            << "building"
            << R"({"household_id":"h1","no":18446744073709551615})"
            << "wrong_type"
            << "no";
        QTest::newRow("length beyond int64")
            << "part"
            << R"({"building_id":"b1","kind":"room","lengths_mm":[9223372036854775808,1]})"
            << "wrong_type"
            << "lengths_mm";
        QTest::newRow("system column") << "household"
                                       << R"({"code":"H-2","rev":99})"
                                       << "unknown_field"
                                       << "rev";
        QTest::newRow("missing required") << "member"
                                          << R"({"household_id":"h1"})"
                                          << "missing_field"
                                          << "name";
        QTest::newRow("missing parent")
            << "part"
            << R"({"building_id":"ghost","kind":"room","lengths_mm":[1000,1000],"height_mm":2800})"
            << "validation"
            << "building_id";
        QTest::newRow("unknown part kind")
            << "part"
            << R"({"building_id":"b1","kind":"castle","lengths_mm":[1000,1000]})"
            << "validation"
            << "kind";
        QTest::newRow("invalid geometry")
            << "part"
            << R"({"building_id":"b1","kind":"room","lengths_mm":[0,1000],"height_mm":2800})"
            << "validation"
            << "lengths_mm";
        QTest::newRow("unknown status") << "household"
                                        << R"({"code":"H-2","status":"done"})"
                                        << "validation"
                                        << "status";
        QTest::newRow("taken code") << "household"
                                    << R"({"code":"H-001"})"
                                    << "validation"
                                    << "code";
        QTest::newRow("unknown entity") << "castle"
                                        << R"({"code":"x"})"
                                        << "unknown_entity"
                                        << "entity";
    }

    void invalidFieldsAreRejected() {
        QFETCH(QString, entity);
        QFETCH(QString, fields);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ServerTestWorld w;
        seedHousehold(w);
        const auto before = w.writeCounts();
        auto res = w.push({makeChange("x1", entity.toStdString(), "new-1", 0,
                                      json::parse(fields.toStdString()))});
        QCOMPARE(statusOf(res.results[0]), std::string("rejected"));
        QCOMPARE(QString::fromStdString(errorOf(res.results[0])), code);
        QCOMPARE(QString::fromStdString(res.results[0].error->field), field);
        QCOMPARE(w.writeCounts(), before);
        QVERIFY(w.integrityOk());
    }

    void otherProjectsRecordsAreOutOfReach() {
        ServerTestWorld w;
        auto other = w.push({makeChange("o1", "household", "ho", 0, household("H-X")),
                             makeChange("o2", "building", "bo", 0, building("ho"))},
                            Role::Surveyor, w.otherProjectId());
        QCOMPARE(statusOf(other.results[1]), std::string("applied"));
        const auto before = w.writeCounts();
        auto res = w.push(
            {makeChange("x1", "household", "ho", other.results[0].rev, {{"notes", "跨项目"}}),
             makeChange("x2", "part", "px", 0, room("bo", 3000, 3000, 2800)),
             makeChange("o1", "household", "ho", 0, household("H-X"))});
        QCOMPARE(errorOf(res.results[0]), std::string("forbidden"));
        QCOMPARE(res.results[0].rev, 0); // no hint about the other project's revisions
        QCOMPARE(errorOf(res.results[1]), std::string("validation"));
        QCOMPARE(res.results[1].error->field, std::string("building_id"));
        QCOMPARE(errorOf(res.results[2]), std::string("forbidden"));
        QCOMPARE(w.writeCounts(), before);
    }

    void newRecordNeedsBaseRevZero() {
        ServerTestWorld w;
        auto res = w.push({makeChange("n1", "household", "h1", 5, household("H-1"))});
        QCOMPARE(errorOf(res.results[0]), std::string("not_found"));
    }

    void failureRollsBackTheWholeBatch() {
        ServerTestWorld w;
        // A failure SQLite raises mid-batch stands for any unexpected error.
        w.db().exec("CREATE TRIGGER fail_items BEFORE INSERT ON items"
                    " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
        const auto before = w.writeCounts();
        const auto receipts = w.count("push_receipts");
        QVERIFY_THROWS_EXCEPTION(storage::DbError,
                                 w.push({makeChange("f1", "household", "h1", 0, household("H-1")),
                                         makeChange("f2", "item", "i1", 0,
                                                    {{"household_id", "h1"}, {"name", "围墙"}})}));
        QCOMPARE(w.writeCounts(), before);
        QCOMPARE(w.count("push_receipts"), receipts);
        QVERIFY(w.integrityOk());
    }

    void buildingAreaIsTheSumOfItsLiveParts() {
        ServerTestWorld w;
        seedHousehold(w);
        // The tablet's figure disagrees with the parts: the server's sum replaces it.
        auto res = w.push({makeChange("m1", "part", "p1", 0, room("b1", 3000, 4000, 2800)),
                           makeChange("m2", "part", "p2", 0, room("b1", 2000, 2500, 2150)),
                           makeChange("m3", "building", "b1", storedRev(w, "building", "b1"),
                                      {{"measured_area_dm2", 99999}})});
        for (const auto& r : res.results)
            QCOMPARE(statusOf(r), std::string("applied"));
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(1200 + 250));

        // Deleting a part takes its area out; tablets pull the new figure from the log.
        const auto logBefore = w.count("change_log");
        w.push({makeChange("m4", "part", "p2", storedRev(w, "part", "p2"), {}, sync::Op::Delete)});
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(1200));
        QCOMPARE(w.count("change_log"), logBefore + 2);
        auto q = w.db().prepare("SELECT fields_json, change_id FROM change_log ORDER BY seq DESC"
                                " LIMIT 1");
        QVERIFY(q.step());
        QCOMPARE(json::parse(q.getText(0))["measured_area_dm2"], json(1200));
        QVERIFY(q.getText(1).starts_with("derive-"));
        auto audit = w.db().prepare("SELECT count(*) FROM audit_log WHERE action ="
                                    " 'building.measured_area.derive' AND subject = 'b1'");
        QVERIFY(audit.step());
        QCOMPARE(audit.getInt(0), std::int64_t(2));
        QVERIFY(server::audit::verifyAuditChain(w.db()).ok);
        QVERIFY(w.integrityOk());
    }

    void rightBuildingFigureAndReplaysWriteNothingMore() {
        ServerTestWorld w;
        seedHousehold(w);
        // The building with its parts' sum before the parts, as a batch from a tablet.
        const std::vector<sync::Change> batch = {
            makeChange("r1", "building", "b1", storedRev(w, "building", "b1"),
                       {{"measured_area_dm2", 1200}}),
            makeChange("r2", "part", "p1", 0, room("b1", 3000, 4000, 2800))};
        const auto logBefore = w.count("change_log");
        w.push(batch);
        QCOMPARE(w.count("change_log"), logBefore + 2);
        const auto before = w.writeCounts();
        w.push(batch);
        QCOMPARE(w.writeCounts(), before);
    }

    void staleBuildingFigureIsNoConflict() {
        ServerTestWorld w;
        seedHousehold(w);
        const auto base = storedRev(w, "building", "b1");
        w.push({makeChange("s1", "part", "p1", 0, room("b1", 3000, 4000, 2800))});
        // A tablet that has not pulled the derived figure sends its own from the old base.
        auto res = w.push({makeChange("s2", "building", "b1", base,
                                      {{"measured_area_dm2", 1}, {"structure", "05"}})});
        QCOMPARE(statusOf(res.results[0]), std::string("applied"));
        QVERIFY(res.results[0].conflicts.empty());
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(1200));
        QCOMPARE(stored(w, "building", "b1")["structure"], json("05"));
        QCOMPARE(w.count("conflicts"), 0);
    }

    void resolvedPartConflictMovesTheBuildingArea() {
        ServerTestWorld w;
        seedHousehold(w);
        const auto base = w.push({makeChange("q0", "part", "p1", 0, room("b1", 3000, 4000, 2800))})
                              .results[0]
                              .rev;
        w.push({makeChange("q1", "part", "p1", base, {{"height_mm", 2150}})});
        auto clash = w.push({makeChange("q2", "part", "p1", base, {{"height_mm", 2900}})});
        QCOMPARE(statusOf(clash.results[0]), std::string("conflict"));
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(600));

        server::review::ConflictService conflicts(w.db());
        const auto open = conflicts.list(w.projectId(), true);
        QCOMPARE(open.size(), std::size_t(1));
        auto resolved =
            conflicts.resolve({open[0].id, json(2900), storedRev(w, "part", "p1"), w.surveyorId(),
                               "office", Role::Reviewer, "2024-05-01T08:00:00Z"});
        QVERIFY(std::holds_alternative<std::int64_t>(resolved));
        QCOMPARE(stored(w, "part", "p1")["area_dm2"], json(1200));
        QCOMPARE(stored(w, "building", "b1")["measured_area_dm2"], json(1200));
        QVERIFY(server::audit::verifyAuditChain(w.db()).ok);
    }

    void everyAppliedChangeIsAuditedInAChain() {
        ServerTestWorld w;
        const auto auditBefore = w.count("audit_log");
        seedHousehold(w);
        QCOMPARE(w.count("audit_log"), auditBefore + 2);
        auto q = w.db().prepare("SELECT action, subject FROM audit_log ORDER BY seq DESC LIMIT 1");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("building.push.upsert"));
        QCOMPARE(q.getText(1), std::string("b1"));
        QVERIFY(server::audit::verifyAuditChain(w.db()).ok);
    }
};

QTEST_APPLESS_MAIN(TestPushService)
#include "test_push_service.moc"
