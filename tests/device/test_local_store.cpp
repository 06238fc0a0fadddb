// SPDX-License-Identifier: Apache-2.0
// LocalStore: saving writes the row and exactly one outbox change in one transaction.
#include "device_support.h"
#include "store/part_area.h"

#include <QRegularExpression>
#include <QTest>

using nlohmann::json;
using survey::device::test::kValidIdNumber;
using survey::device::test::TempStore;

namespace {
const QString kProject = QStringLiteral("p1");

// The outbox rows as (entity_id, op, base_rev, fields), oldest first.
struct OutboxRow {
    std::string entityId, op, householdId;
    std::int64_t baseRev;
    json fields;
};

std::vector<OutboxRow> outbox(TempStore& t) {
    auto q = t.store->db().prepare("SELECT entity_id, op, base_rev, fields_json,"
                                   " coalesce(household_id, '') FROM outbox ORDER BY seq");
    std::vector<OutboxRow> out;
    while (q.step())
        out.push_back(
            {q.getText(0), q.getText(1), q.getText(4), q.getInt(2), json::parse(q.getText(3))});
    return out;
}

QString saveHousehold(TempStore& t, const QString& code = QStringLiteral("H001")) {
    return t.store->save(kProject, QStringLiteral("household"), {},
                         {{"code", code.toStdString()},
                          {"head_name", "张三"},
                          {"head_id_number", kValidIdNumber},
                          {"address", "解放路 1 号"}});
}
} // namespace

class TestLocalStore : public QObject {
    Q_OBJECT
  private slots:
    void newRecordAppendsAllFields();
    void updateSendsChangedFieldsOnly();
    void noOpSaveAddsNothing();
    void nullClearsAField();
    void invalidInputThrowsAndWritesNothing_data();
    void invalidInputThrowsAndWritesNothing();
    void householdCodeIsUnique();
    void partAreaComesFromSharedRule();
    void removeTombstonesAndQueuesDelete();
    void householdListSearchesAndCountsPending();
    void householdListFiltersByStatusStreetAndSync();
    void childrenAndDeviceIdSurviveReopen();
};

void TestLocalStore::newRecordAppendsAllFields() {
    TempStore t;
    const QString id = saveHousehold(t);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"))
                .match(id)
                .hasMatch());
    auto row = t.store->read(QStringLiteral("household"), id);
    QVERIFY(row);
    QCOMPARE(row->rev, std::int64_t{0});
    SURVEY_COMPARE_JSON(row->fields["head_id_number"], "11010519491231002X"); // normalised
    QCOMPARE(row->deviceId, t.store->deviceId().toStdString());
    const auto rows = outbox(t);
    QCOMPARE(rows.size(), std::size_t{1});
    QCOMPARE(rows[0].entityId, id.toStdString());
    QCOMPARE(rows[0].op, std::string("upsert"));
    QCOMPARE(rows[0].baseRev, std::int64_t{0});
    QCOMPARE(rows[0].householdId, id.toStdString());
    QCOMPARE(rows[0].fields.size(), std::size_t{4});
    SURVEY_COMPARE_JSON(rows[0].fields["head_id_number"], "11010519491231002X");
    QCOMPARE(t.store->pendingCount(kProject), 1);
}

void TestLocalStore::updateSendsChangedFieldsOnly() {
    TempStore t;
    const QString id = saveHousehold(t);
    // The server rev the device knows is the base of the next change.
    t.store->db().prepare("UPDATE households SET rev = 7").run();
    t.store->save(kProject, QStringLiteral("household"), id,
                  {{"code", "H001"}, {"head_name", "李四"}, {"door_no", "3-201"}});
    const auto rows = outbox(t);
    QCOMPARE(rows.size(), std::size_t{2});
    QCOMPARE(rows[1].baseRev, std::int64_t{7});
    SURVEY_COMPARE_JSON(rows[1].fields, (json{{"head_name", "李四"}, {"door_no", "3-201"}}));
    auto row = t.store->read(QStringLiteral("household"), id);
    QCOMPARE(row->rev, std::int64_t{7}); // a local save never changes the server rev
    SURVEY_COMPARE_JSON(row->fields["address"], "解放路 1 号");
    SURVEY_COMPARE_JSON(row->fields["head_name"], "李四");
}

void TestLocalStore::noOpSaveAddsNothing() {
    TempStore t;
    const QString id = saveHousehold(t);
    // Same values, an integer-valued coordinate compared with its stored real, and the ID
    // number as typed (lower-case x) against its normalised form.
    t.store->save(kProject, QStringLiteral("household"), id, {{"lat", 28}});
    QCOMPARE(t.outboxRows(), 2);
    QCOMPARE(t.store->save(kProject, QStringLiteral("household"), id,
                           {{"code", "H001"}, {"head_id_number", kValidIdNumber}, {"lat", 28.0}}),
             id);
    QCOMPARE(t.outboxRows(), 2);
}

void TestLocalStore::nullClearsAField() {
    TempStore t;
    const QString id = saveHousehold(t);
    t.store->save(kProject, QStringLiteral("household"), id, {{"address", nullptr}});
    QVERIFY(!t.store->read(QStringLiteral("household"), id)->fields.contains("address"));
    SURVEY_COMPARE_JSON(outbox(t).back().fields, (json{{"address", nullptr}}));
}

void TestLocalStore::invalidInputThrowsAndWritesNothing_data() {
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("fields");
    QTest::newRow("unknown field") << "household"
                                   << R"({"code":"H9","colour":"red"})";
    QTest::newRow("wrong type") << "household"
                                << R"({"code":"H9","lat":"north"})";
    QTest::newRow("missing required") << "household"
                                      << R"({"head_name":"王五"})";
    QTest::newRow("bad ID number") << "household"
                                   << R"({"code":"H9","head_id_number":"110105194912310021"})";
    QTest::newRow("unknown entity") << "garage"
                                    << R"({"code":"H9"})";
    QTest::newRow("part without height")
        << "part"
        << R"({"building_id":"b1","kind":"room","lengths_mm":[3000,4000]})";
    QTest::newRow("part of unknown kind")
        << "part"
        << R"({"building_id":"b1","kind":"attic","lengths_mm":[3000,4000],"height_mm":2800})";
    QTest::newRow("not an object") << "household"
                                   << R"(["H9"])";
}

void TestLocalStore::invalidInputThrowsAndWritesNothing() {
    QFETCH(QString, entity);
    QFETCH(QString, fields);
    TempStore t;
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        t.store->save(kProject, entity, {}, json::parse(fields.toStdString())));
    QCOMPARE(t.outboxRows(), 0);
    QCOMPARE(t.rows("households") + t.rows("parts"), 0);
}

void TestLocalStore::householdCodeIsUnique() {
    TempStore t;
    saveHousehold(t);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, saveHousehold(t));
    QCOMPARE(t.rows("households"), 1);
    QCOMPARE(t.outboxRows(), 1);
}

void TestLocalStore::partAreaComesFromSharedRule() {
    TempStore t;
    const QString hh = saveHousehold(t);
    const QString b = t.store->save(kProject, QStringLiteral("building"), {},
                                    {{"household_id", hh.toStdString()}, {"no", 1}});
    // 4.00 m × 3.00 m, storey height 2.15 m < 2.20 m → half: 6.00 m²; a stale figure given
    // by the caller is replaced.
    const QString part = t.store->save(kProject, QStringLiteral("part"), {},
                                       {{"building_id", b.toStdString()},
                                        {"kind", "room"},
                                        {"lengths_mm", {4000, 3000}},
                                        {"height_mm", 2150},
                                        {"area_dm2", 1}});
    SURVEY_COMPARE_JSON(t.store->read(QStringLiteral("part"), part)->fields["area_dm2"], 600);
    auto rows = outbox(t);
    SURVEY_COMPARE_JSON(rows.back().fields["area_dm2"], 600);
    QCOMPARE(rows.back().householdId, hh.toStdString());
    // A new height alone changes the area: both travel.
    t.store->save(kProject, QStringLiteral("part"), part, {{"height_mm", 2800}});
    SURVEY_COMPARE_JSON(outbox(t).back().fields, (json{{"height_mm", 2800}, {"area_dm2", 1200}}));
    SURVEY_COMPARE_JSON(
        survey::device::withComputedArea(
            {{"kind", "balcony_outside"}, {"lengths_mm", {1500, 1001}}})["area_dm2"],
        75); // 1.5015 m² / 2 = 0.75075 → 0.75
}

void TestLocalStore::removeTombstonesAndQueuesDelete() {
    TempStore t;
    const QString id = saveHousehold(t);
    t.store->db().prepare("UPDATE households SET rev = 3").run();
    t.store->remove(kProject, QStringLiteral("household"), id);
    auto row = t.store->read(QStringLiteral("household"), id);
    QVERIFY(row && row->deleted);
    SURVEY_COMPARE_JSON(row->fields["code"], "H001"); // a tombstone keeps what it was
    auto rows = outbox(t);
    QCOMPARE(rows.back().op, std::string("delete"));
    QCOMPARE(rows.back().baseRev, std::int64_t{3});
    SURVEY_COMPARE_JSON(rows.back().fields, json::object());
    t.store->remove(kProject, QStringLiteral("household"), id);
    QCOMPARE(t.outboxRows(), 2);
    QVERIFY(t.store->households(kProject).isEmpty());
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        t.store->save(kProject, QStringLiteral("household"), id, {{"notes", "x"}}));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        t.store->remove(kProject, QStringLiteral("household"), QStringLiteral("nope")));
}

void TestLocalStore::householdListSearchesAndCountsPending() {
    TempStore t;
    const QString b = saveHousehold(t, QStringLiteral("H002"));
    const QString a = saveHousehold(t, QStringLiteral("H001"));
    t.store->save(kProject, QStringLiteral("household"), a, {{"head_name", "赵六"}});
    t.store->save(kProject, QStringLiteral("member"), {},
                  {{"household_id", a.toStdString()}, {"name", "赵七"}});
    auto all = t.store->households(kProject);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].code, QStringLiteral("H001"));
    QCOMPARE(all[0].pendingChanges, 3);
    QCOMPARE(all[1].id, b);
    QCOMPARE(all[1].pendingChanges, 1);
    QCOMPARE(all[0].headName, QStringLiteral("赵六"));
    QCOMPARE(t.store->households(kProject, {.search = QStringLiteral("赵")}).size(), 1);
    QCOMPARE(t.store->households(kProject, {.search = QStringLiteral("解放路")}).size(), 2);
    QCOMPARE(t.store->households(kProject, {.search = QStringLiteral("H00_")}).size(),
             0); // literal _
    QCOMPARE(t.store->households(QStringLiteral("other")).size(), 0);
    QCOMPARE(t.store->pendingCount(kProject), 4);
}

void TestLocalStore::householdListFiltersByStatusStreetAndSync() {
    TempStore t;
    auto save = [&](const char* code, const char* address, const char* status) {
        json fields = {{"code", code}, {"head_name", "户主"}, {"address", address}};
        if (status)
            fields["status"] = status;
        return t.store->save(kProject, QStringLiteral("household"), {}, fields);
    };
    save("H1", "人民路1号", nullptr);
    save("H2", "人民路15号", "in_progress");
    save("H3", "解放巷7号", "in_progress");
    // A household only pulled from the server has nothing to sync.
    survey::sync::ChangesPage page;
    page.changes.push_back({.seq = 1,
                            .entity = "household",
                            .id = "h-pulled",
                            .rev = 3,
                            .fields = {{"code", "H4"}, {"address", "人民路2号"}}});
    page.next = 1;
    t.store->applyPulled(kProject, page);

    auto codes = [&](const survey::device::HouseholdFilter& filter) {
        QStringList out;
        for (const auto& h : t.store->households(kProject, filter))
            out.append(h.code);
        return out.join(',');
    };
    QCOMPARE(codes({}), QStringLiteral("H1,H2,H3,H4"));
    QCOMPARE(codes({.status = QStringLiteral("in_progress")}), QStringLiteral("H2,H3"));
    QCOMPARE(codes({.status = QStringLiteral("not_surveyed")}), QStringLiteral("H1,H4"));
    QCOMPARE(codes({.street = QStringLiteral("人民路")}), QStringLiteral("H1,H2,H4"));
    QCOMPARE(codes({.unsyncedOnly = true}), QStringLiteral("H1,H2,H3"));
    QCOMPARE(codes({.search = QStringLiteral("15"),
                    .status = QStringLiteral("in_progress"),
                    .street = QStringLiteral("人民路"),
                    .unsyncedOnly = true}),
             QStringLiteral("H2"));
    QCOMPARE(t.store->streets(kProject),
             QStringList({QStringLiteral("人民路"), QStringLiteral("解放巷")}));
}

void TestLocalStore::childrenAndDeviceIdSurviveReopen() {
    TempStore t;
    const QString device = t.store->deviceId();
    const QString hh = saveHousehold(t);
    for (int no : {1, 2})
        t.store->save(kProject, QStringLiteral("building"), {},
                      {{"household_id", hh.toStdString()}, {"no", no}});
    t.reopen();
    QCOMPARE(t.store->deviceId(), device);
    const auto buildings = t.store->children(QStringLiteral("building"), hh);
    QCOMPARE(buildings.size(), 2);
    SURVEY_COMPARE_JSON(buildings[1].fields["no"], 2);
    QCOMPARE(t.store->pendingCount(kProject), 3);
    QCOMPARE(t.store->projects().size(), 1);
    QCOMPARE(t.store->project(kProject)->code, QStringLiteral("DJB"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "test_local_store.moc"
