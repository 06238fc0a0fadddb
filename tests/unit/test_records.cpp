// SPDX-License-Identifier: Apache-2.0
// Canonical JSON hashing, field validation against the catalogue, and record rows.
#include "survey/households/household_record.h"
#include "survey/records/canonical_json.h"
#include "survey/records/record_store.h"
#include "survey/storage/migrations.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <optional>
#include <random>

using nlohmann::json;
using namespace survey;

class TestRecords : public QObject {
    Q_OBJECT
  private slots:
    void canonicalJsonIsKeyOrderIndependent() {
        const json a = json::parse(R"({"b":1,"a":{"y":[1,2],"x":"户主"}})");
        const json b = json::parse(R"({"a":{"x":"户主","y":[1,2]},"b":1})");
        QCOMPARE(records::canonicalJson(a), std::string(R"({"a":{"x":"户主","y":[1,2]},"b":1})"));
        QCOMPARE(records::recordHash(a), records::recordHash(b));
        QCOMPARE(records::recordHash(json::object()),
                 std::string("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
        QVERIFY(records::recordHash(a) != records::recordHash(json::parse(R"({"b":2})")));
    }

    void invalidUtf8IsRefused() {
        QVERIFY_THROWS_EXCEPTION(json::type_error,
                                 records::canonicalJson(json(std::string("\xff\xfe"))));
    }

    // canonicalJson writes most values itself; its bytes must stay nlohmann's dump, which
    // every stored hash was made with, for any string of bytes and any number.
    void canonicalJsonIsNlohmannsDump() {
        const auto nlohmannDump = [](const json& v) {
            return v.dump(-1, ' ', false, json::error_handler_t::strict);
        };
        const auto same = [&](const json& v) {
            std::optional<std::string> expected;
            try {
                expected = nlohmannDump(v);
            } catch (const json::type_error&) {
            }
            if (expected)
                QCOMPARE(records::canonicalJson(v), *expected);
            else
                QVERIFY_THROWS_EXCEPTION(json::type_error, records::canonicalJson(v));
        };
        const std::string samples[] = {"",
                                       "plain",
                                       "quote \" and \\ backslash",
                                       "tab\tnew\nline\r\x01\x1f\x7f",
                                       "户主 m²",
                                       "\xc2\x80",
                                       "\xc1\xbf",
                                       "\xe0\x9f\x80",
                                       "\xe0\xa0\x80",
                                       "\xed\x9f\xbf",
                                       "\xed\xa0\x80",
                                       "\xef\xbf\xbf",
                                       "\xf0\x8f\xbf\xbf",
                                       "\xf0\x90\x80\x80",
                                       "\xf4\x8f\xbf\xbf",
                                       "\xf4\x90\x80\x80",
                                       "\xf5\x80\x80\x80",
                                       "\xe4\xb8",
                                       "\x80",
                                       "ok\xe4\xb8\xad\"",
                                       "abcdefgh\"ijklmnop\\qrstuvwx\"",
                                       "长文本，带\"引号\"和\\反斜杠，跨过八字节的词",
                                       "abcdefghijklmnop\x01",
                                       "\xfe\xff"};
        for (const auto& s : samples) {
            same(json(s));
            same(json{{s, 1}});
        }
        std::mt19937 random(20261201);
        // Long enough for the encoder's eight-byte steps, mostly printable ASCII (as ids
        // and times are) with now and then a byte that needs a look.
        for (int n = 0; n < 20000; ++n) {
            std::string s(random() % 40, '\0');
            for (auto& c : s)
                c = static_cast<char>(random() % 16 == 0 ? random() % 0x100
                                                         : 0x20 + random() % 0x5f);
            same(json(s));
        }
        for (int n = 0; n < 20000; ++n) {
            std::string s(random() % 8, '\0');
            for (auto& c : s)
                c = static_cast<char>(random() % 4 == 0 ? 0x80 + random() % 0x80
                                                        : random() % 0x100);
            same(json(s));
        }
        same(json::parse(R"({"a":[1,-2,0,9223372036854775807,-9223372036854775808,
            18446744073709551615,true,false,null,0.1,1.0,-2.5e-7,1e300,[],{}],"b":{"c":"x"}})"));
        same(json(std::numeric_limits<double>::quiet_NaN()));
    }

    void validation_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok household") << "household"
                                      << R"({"code":"H-1","lat":30.5})" << true << ""
                                      << "";
        QTest::newRow("missing code") << "household"
                                      << R"({"address":"x"})" << true << "missing_field"
                                      << "code";
        QTest::newRow("partial update may omit required") << "household"
                                                          << R"({"address":"x"})" << false << ""
                                                          << "";
        QTest::newRow("required set null") << "household"
                                           << R"({"code":null})" << false << "missing_field"
                                           << "code";
        QTest::newRow("unknown field") << "household"
                                       << R"({"code":"H","evil":1})" << true << "unknown_field"
                                       << "evil";
        QTest::newRow("system column not writable")
            << "household"
            << R"({"code":"H","rev":5})" << true << "unknown_field"
            << "rev";
        QTest::newRow("int as string") << "building"
                                       << R"({"household_id":"h","no":"1"})" << true << "wrong_type"
                                       << "no";
        QTest::newRow("float for integer")
            << "part"
            << R"({"building_id":"b","kind":"room","height_mm":2.5})" << true << "wrong_type"
            << "height_mm";
        QTest::newRow("lengths not ints")
            << "part"
            << R"({"building_id":"b","kind":"room","lengths_mm":["a"]})" << true << "wrong_type"
            << "lengths_mm";
        QTest::newRow("vertices ok")
            << "part"
            << R"({"building_id":"b","kind":"room","vertices_mm":[[0,0],[1,0],[1,1]]})" << true
            << ""
            << "";
        QTest::newRow("vertices triple")
            << "part"
            << R"({"building_id":"b","kind":"room","vertices_mm":[[0,0,0]]})" << true
            << "wrong_type"
            << "vertices_mm";
        QTest::newRow("bool as int")
            << "building"
            << R"({"household_id":"h","no":1,"registered":1})" << true << "wrong_type"
            << "registered";
    }
    void validation() {
        QFETCH(QString, entity);
        QFETCH(QString, fields);
        QFETCH(bool, isNew);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto* spec = records::findEntity(entity.toStdString());
        QVERIFY(spec);
        auto err = records::validateFields(*spec, json::parse(fields.toStdString()), isNew);
        if (code.isEmpty()) {
            QVERIFY2(!err, err ? err->message.c_str() : "");
        } else {
            QVERIFY(err);
            QCOMPARE(QString::fromUtf8(errors::codeName(err->code)), code);
            QCOMPARE(QString::fromStdString(err->field), field);
        }
    }

    void overlongTextIsRefused() {
        const auto* spec = records::findEntity("household");
        auto err = records::validateFields(
            *spec, {{"code", "H"}, {"notes", std::string(9000, 'x')}}, true);
        QVERIFY(err);
        QCOMPARE(err->field, std::string("notes"));
    }

    void writeReadAndLoadHousehold() {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath("t.db").toStdString());
        storage::migrate(db, storage::SchemaRole::Device);
        db.exec("INSERT INTO projects(id, code, name) VALUES ('p1', 'P1', '示范项目')");
        records::RecordStore store(db);
        const records::RowMeta meta{"2026-11-23T08:00:00Z", "u1", "d1"};
        store.write(*records::findEntity("household"),
                    {"h1", "p1", "", "", "", 3, false, {{"code", "H-1"}, {"head_name", "王建国"}}},
                    meta);
        store.write(*records::findEntity("building"),
                    {"b1",
                     "p1",
                     "",
                     "",
                     "",
                     4,
                     false,
                     {{"household_id", "h1"}, {"no", 1}, {"registered", true}}},
                    meta);
        store.write(*records::findEntity("part"),
                    {"x1",
                     "p1",
                     "",
                     "",
                     "",
                     5,
                     false,
                     {{"building_id", "b1"},
                      {"kind", "room"},
                      {"lengths_mm", {3600, 4200}},
                      {"height_mm", 2800},
                      {"area_dm2", 1512}}},
                    meta);
        auto back = store.read(*records::findEntity("part"), "x1");
        QVERIFY(back);
        QCOMPARE(back->rev, std::int64_t(5));
        QCOMPARE(back->fields["lengths_mm"], json({3600, 4200}));
        QCOMPARE(back->updatedBy, std::string("u1"));
        QCOMPARE(store.householdOf(*records::findEntity("part"), "x1", back->fields),
                 std::string("h1"));

        auto h = households::loadHousehold(db, "h1");
        QVERIFY(h);
        QCOMPARE(h->projectName, std::string("示范项目"));
        QCOMPARE(h->buildings.size(), size_t(1));
        QCOMPARE(h->buildings[0].registered, std::optional<bool>(true));
        QCOMPARE(h->buildings[0].parts.at(0).areaDm2, std::optional<std::int64_t>(1512));
        QVERIFY(!households::loadHousehold(db, "nope"));
    }

    // A push's store keeps the parents it wrote instead of reading them back: what it keeps
    // must be what a read from SQLite gives, down to the JSON types.
    void rememberedWriteIsTheRowAsStored() {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath("t.db").toStdString());
        storage::migrate(db, storage::SchemaRole::Device);
        db.exec("INSERT INTO projects(id, code, name) VALUES ('p1', 'P1', '示范项目')");
        records::RecordStore remembering(db);
        remembering.rememberParents();
        const auto& household = *records::findEntity("household");
        const auto& building = *records::findEntity("building");
        const json householdFields = {{"code", "H-1"},
                                      {"lat", 30},
                                      {"lon", 120.5},
                                      {"business_area_dm2", 1200u},
                                      {"notes", nullptr}};
        remembering.write(household, {"h1", "p1", 3, false, "2026-11-23T08:00:00Z", "u1", "d1"},
                          householdFields);
        const json buildingFields = {{"household_id", "h1"}, {"no", 1}, {"registered", true}};
        remembering.write(building, {"b1", "p1", 4, true, "2026-11-23T08:01:00Z", "u1", "d1"},
                          buildingFields);

        records::RecordStore fresh(db);
        for (const auto& [spec, id] : {std::pair{&household, "h1"}, std::pair{&building, "b1"}}) {
            const auto kept = remembering.readShared(*spec, id);
            const auto stored = fresh.read(*spec, id);
            QVERIFY(kept && stored);
            QCOMPARE(records::canonicalJson(kept->fields), records::canonicalJson(stored->fields));
            QCOMPARE(kept->rev, stored->rev);
            QCOMPARE(kept->deleted, stored->deleted);
            QCOMPARE(kept->projectId, stored->projectId);
            QCOMPARE(kept->updatedAt, stored->updatedAt);
            QCOMPARE(kept->updatedBy, stored->updatedBy);
            QCOMPARE(kept->deviceId, stored->deviceId);
        }
        QCOMPARE(records::canonicalJson(remembering.readShared(household, "h1")->fields["lat"]),
                 std::string("30.0"));
    }
};

QTEST_APPLESS_MAIN(TestRecords)
#include "test_records.moc"
