// SPDX-License-Identifier: Apache-2.0
// The pure decisions of a push, table-driven: revision and merge, part areas, status rules.
#include "sync/changes_route.h"
#include "sync/part_area_check.h"
#include "sync/push_rules.h"
#include "sync/revision_decision.h"

#include <QtTest>

using nlohmann::json;
using namespace survey;
using namespace survey::server::sync;

namespace {
std::optional<StoredState> storedFrom(const QString& text, std::int64_t rev, bool deleted) {
    if (text.isEmpty())
        return std::nullopt;
    return StoredState{rev, deleted, json::parse(text.toStdString())};
}

std::optional<json> baseFrom(const QString& text) {
    if (text == "none")
        return std::nullopt;
    return json::parse(text.toStdString());
}
} // namespace

class TestPushDecisions : public QObject {
    Q_OBJECT
  private slots:
    void revision_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("baseRev");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("stored"); // empty: no stored record
        QTest::addColumn<int>("storedRev");
        QTest::addColumn<bool>("storedDeleted");
        QTest::addColumn<QString>("base"); // "none": base_rev is no revision of the record
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<QString>("error");

        QTest::newRow("new record") << "upsert" << 0 << R"({"code":"H1","notes":null})"
                                    << "" << 0 << false << "{}"
                                    << "apply"
                                    << R"({"code":"H1"})" << QStringList{} << "";
        QTest::newRow("new record with base_rev") << "upsert" << 4 << R"({"code":"H1"})"
                                                  << "" << 0 << false << "{}"
                                                  << "reject"
                                                  << "{}" << QStringList{} << "not_found";
        QTest::newRow("delete of unknown") << "delete" << 0 << "{}"
                                           << "" << 0 << false << "{}"
                                           << "reject"
                                           << "{}" << QStringList{} << "not_found";
        QTest::newRow("current base applies over stored")
            << "upsert" << 7 << R"({"notes":"n2","door_no":null})"
            << R"({"code":"H1","notes":"n1","door_no":"3号"})" << 7 << false << "none"
            << "apply"
            << R"({"code":"H1","notes":"n2"})" << QStringList{} << "";
        QTest::newRow("stale base merges other fields")
            << "upsert" << 3 << R"({"notes":"device"})"
            << R"({"code":"H1","door_no":"5号","notes":"old"})" << 9 << false
            << R"({"code":"H1","door_no":"3号","notes":"old"})"
            << "apply"
            << R"({"code":"H1","door_no":"5号","notes":"device"})" << QStringList{} << "";
        QTest::newRow("stale base, same field changed on both sides")
            << "upsert" << 3 << R"({"notes":"device","address":"新地址"})"
            << R"({"code":"H1","notes":"server"})" << 9 << false << R"({"code":"H1","notes":"old"})"
            << "conflict"
            << R"({"code":"H1","notes":"server","address":"新地址"})" << QStringList{"notes"} << "";
        QTest::newRow("stale base, device resends old value")
            << "upsert" << 3 << R"({"notes":"old"})"
            << R"({"code":"H1","notes":"server"})" << 9 << false << R"({"code":"H1","notes":"old"})"
            << "apply"
            << R"({"code":"H1","notes":"server"})" << QStringList{} << "";
        QTest::newRow("base_rev not a revision") << "upsert" << 5 << R"({"notes":"x"})"
                                                 << R"({"code":"H1"})" << 9 << false << "none"
                                                 << "reject"
                                                 << "{}" << QStringList{} << "validation";
        QTest::newRow("delete from current base") << "delete" << 9 << "{}"
                                                  << R"({"code":"H1"})" << 9 << false << "none"
                                                  << "apply"
                                                  << R"({"code":"H1"})" << QStringList{} << "";
        QTest::newRow("delete from stale base")
            << "delete" << 2 << "{}"
            << R"({"code":"H1"})" << 9 << false << R"({"code":"H1"})"
            << "conflict"
            << R"({"code":"H1"})" << QStringList{"deleted"} << "";
        QTest::newRow("delete of a tombstone")
            << "delete" << 2 << "{}"
            << R"({"code":"H1"})" << 9 << true << R"({"code":"H1"})"
            << "apply"
            << R"({"code":"H1"})" << QStringList{} << "";
        QTest::newRow("stale edit of a tombstone")
            << "upsert" << 2 << R"({"notes":"x"})"
            << R"({"code":"H1"})" << 9 << true << R"({"code":"H1"})"
            << "conflict"
            << R"({"code":"H1"})" << QStringList{"deleted"} << "";
    }

    void revision() {
        QFETCH(QString, op);
        QFETCH(int, baseRev);
        QFETCH(QString, client);
        QFETCH(QString, stored);
        QFETCH(int, storedRev);
        QFETCH(bool, storedDeleted);
        QFETCH(QString, base);
        QFETCH(QString, verdict);
        QFETCH(QString, fields);
        QFETCH(QStringList, conflicts);
        QFETCH(QString, error);

        const sync::Change change{"c1",    "household",
                                  "h1",    op == "delete" ? sync::Op::Delete : sync::Op::Upsert,
                                  baseRev, json::parse(client.toStdString())};
        const auto d =
            decideRevision(change, storedFrom(stored, storedRev, storedDeleted), baseFrom(base));
        const char* names[] = {"apply", "conflict", "reject"};
        QCOMPARE(QString(names[static_cast<int>(d.verdict)]), verdict);
        if (d.verdict == Verdict::Reject) {
            QVERIFY(d.error);
            QCOMPARE(QString::fromStdString(std::string(errors::codeName(d.error->code))), error);
            return;
        }
        QCOMPARE(d.fields, json::parse(fields.toStdString()));
        QStringList got;
        for (const auto& c : d.conflicts)
            got << QString::fromStdString(c.field);
        QCOMPARE(got, conflicts);
    }

    void conflictKeepsBothValues() {
        const sync::Change change{
            "c1", "household", "h1", sync::Op::Upsert, 3, json{{"notes", "device"}}};
        const auto d = decideRevision(change, StoredState{9, false, {{"notes", "server"}}},
                                      json{{"notes", "old"}});
        QCOMPARE(d.conflicts.size(), std::size_t(1));
        QCOMPARE(d.conflicts[0].base, json("old"));
        QCOMPARE(d.conflicts[0].server, json("server"));
        QCOMPARE(d.conflicts[0].client, json("device"));
        // What the device believes: its base with its own change on top.
        QCOMPARE(d.clientView, (json{{"notes", "device"}}));
    }

    void partArea_data() {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<qlonglong>("area");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("room full")
            << R"({"kind":"room","lengths_mm":[3000,4000],"height_mm":2800})" << 1200LL << "";
        QTest::newRow("room low storey half")
            << R"({"kind":"room","lengths_mm":[3000,4000],"height_mm":2150})" << 600LL << "";
        QTest::newRow("outside balcony half")
            << R"({"kind":"balcony_outside","lengths_mm":[1500,3333]})" << 250LL << "";
        QTest::newRow("polygon")
            << R"({"kind":"room","vertices_mm":[[0,0],[3000,0],[3000,4000]],"height_mm":3000})"
            << 600LL << "";
        QTest::newRow("unknown kind") << R"({"kind":"castle","lengths_mm":[1,1]})" << 0LL << "kind";
        QTest::newRow("no geometry")
            << R"({"kind":"room","height_mm":2800})" << 0LL << "lengths_mm";
        QTest::newRow("negative length")
            << R"({"kind":"room","lengths_mm":[-3000,4000],"height_mm":2800})" << 0LL
            << "lengths_mm";
        QTest::newRow("degenerate polygon")
            << R"({"kind":"room","vertices_mm":[[0,0],[1,1],[2,2]],"height_mm":2800})" << 0LL
            << "vertices_mm";
        QTest::newRow("room without height")
            << R"({"kind":"room","lengths_mm":[3000,4000]})" << 0LL << "height_mm";
        QTest::newRow("bay window without sill")
            << R"({"kind":"bay_window","lengths_mm":[1800,600],"height_mm":2200})" << 0LL
            << "sill_mm";
    }

    void partArea() {
        QFETCH(QString, fields);
        QFETCH(qlonglong, area);
        QFETCH(QString, errorField);
        const auto result = partAreaDm2(json::parse(fields.toStdString()));
        if (errorField.isEmpty()) {
            QVERIFY(std::holds_alternative<std::int64_t>(result));
            QCOMPARE(std::get<std::int64_t>(result), area);
        } else {
            QVERIFY(std::holds_alternative<errors::ApiError>(result));
            const auto& e = std::get<errors::ApiError>(result);
            QCOMPARE(e.code, errors::ErrorCode::Validation);
            QCOMPARE(QString::fromStdString(e.field), errorField);
        }
    }

    void clientAreaMustMatch() {
        QVERIFY(!checkClientArea(json{{"kind", "room"}}, 1200));
        QVERIFY(!checkClientArea(json{{"area_dm2", 1200}}, 1200));
        auto e = checkClientArea(json{{"area_dm2", 1201}}, 1200);
        QVERIFY(e);
        QCOMPARE(e->code, errors::ErrorCode::AreaMismatch);
        QVERIFY(e->message.find("12.01") != std::string::npos);
        QVERIFY(e->message.find("12.00") != std::string::npos);
    }

    void statusRules_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<QString>("surveyorError");
        QTest::addColumn<QString>("reviewerError");
        QTest::newRow("draft") << "in_progress" << false << ""
                               << "";
        QTest::newRow("submitted") << "submitted" << false << ""
                                   << "";
        QTest::newRow("returned") << "returned" << false << "forbidden"
                                  << "";
        QTest::newRow("approved") << "approved" << true << "forbidden"
                                  << "";
        QTest::newRow("posted") << "posted" << true << "forbidden"
                                << "";
        QTest::newRow("recognizing") << "recognizing" << true << "forbidden"
                                     << "";
        QTest::newRow("recognized") << "recognized" << true << "forbidden"
                                    << "";
        QTest::newRow("recognition_posted") << "recognition_posted" << true << "forbidden"
                                            << "";
        QTest::newRow("unknown") << "finished" << false << "validation"
                                 << "validation";
    }

    void statusRules() {
        QFETCH(QString, status);
        QFETCH(bool, locked);
        QFETCH(QString, surveyorError);
        QFETCH(QString, reviewerError);
        QCOMPARE(isLockedStatus(status.toStdString()), locked);
        const json fields = {{"status", status.toStdString()}};
        auto code = [](const std::optional<errors::ApiError>& e) {
            return e ? QString::fromStdString(std::string(errors::codeName(e->code))) : QString();
        };
        QCOMPARE(code(checkHouseholdStatus(fields, server::auth::Role::Surveyor)), surveyorError);
        QCOMPARE(code(checkHouseholdStatus(fields, server::auth::Role::Reviewer)), reviewerError);
    }

    void defaultsFillNotNullColumns() {
        json household = {{"code", "H1"}, {"status", nullptr}};
        fillColumnDefaults(*records::findEntity("household"), household);
        QCOMPARE(household["status"], json("not_surveyed"));
        json part = {{"kind", "room"}};
        fillColumnDefaults(*records::findEntity("part"), part);
        QCOMPARE(part["floor"], json(1));
        json kept = {{"kind", "room"}, {"floor", 3}};
        fillColumnDefaults(*records::findEntity("part"), kept);
        QCOMPARE(kept["floor"], json(3));
    }

    void cursorNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("value"); // -1: refused
        QTest::newRow("zero") << "0" << 0LL;
        QTest::newRow("number") << "1234" << 1234LL;
        QTest::newRow("max") << "9223372036854775807" << 9223372036854775807LL;
        QTest::newRow("overflow") << "9223372036854775808" << -1LL;
        QTest::newRow("negative") << "-1" << -1LL;
        QTest::newRow("plus") << "+1" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
        QTest::newRow("letters") << "12a" << -1LL;
        QTest::newRow("space") << " 1" << -1LL;
    }

    void cursorNumbers() {
        QFETCH(QString, text);
        QFETCH(qlonglong, value);
        const auto parsed = parseCursorNumber(text.toStdString());
        QCOMPARE(parsed ? static_cast<qlonglong>(*parsed) : -1LL, value);
    }
};

QTEST_APPLESS_MAIN(TestPushDecisions)
#include "test_push_decisions.moc"
