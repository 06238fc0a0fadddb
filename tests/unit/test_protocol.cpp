// SPDX-License-Identifier: Apache-2.0
// Strict parsing of the sync protocol: every malformed body yields a precise error.
#include "survey/sync/protocol.h"

#include <QtTest>
#include <functional>
#include <random>

using nlohmann::json;
using namespace survey;

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void rejectsMalformedPush_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("array body") << "[]" << "bad_request" << "";
        QTest::newRow("no device") << R"({"changes":[]})" << "missing_field" << "device_id";
        QTest::newRow("device number") << R"({"device_id":5,"changes":[]})" << "wrong_type"
                                       << "device_id";
        QTest::newRow("device path trick")
            << R"({"device_id":"../../etc","changes":[]})" << "validation" << "device_id";
        QTest::newRow("changes object") << R"({"device_id":"d1","changes":{}})" << "wrong_type"
                                        << "changes";
        QTest::newRow("change not object")
            << R"({"device_id":"d1","changes":[1]})" << "wrong_type" << "changes[0]";
        QTest::newRow("no change_id")
            << R"({"device_id":"d1","changes":[{"entity":"household","id":"h","op":"upsert","base_rev":0,"fields":{}}]})"
            << "missing_field" << "changes[0].change_id";
        QTest::newRow("bad op")
            << R"({"device_id":"d1","changes":[{"change_id":"c","entity":"household","id":"h","op":"merge","base_rev":0,"fields":{}}]})"
            << "validation" << "changes[0].op";
        QTest::newRow("negative base_rev")
            << R"({"device_id":"d1","changes":[{"change_id":"c","entity":"household","id":"h","op":"upsert","base_rev":-1,"fields":{}}]})"
            << "wrong_type" << "changes[0].base_rev";
        QTest::newRow("base_rev string")
            << R"({"device_id":"d1","changes":[{"change_id":"c","entity":"household","id":"h","op":"upsert","base_rev":"3","fields":{}}]})"
            << "wrong_type" << "changes[0].base_rev";
        QTest::newRow("fields array")
            << R"({"device_id":"d1","changes":[{"change_id":"c","entity":"household","id":"h","op":"upsert","base_rev":0,"fields":[]}]})"
            << "wrong_type" << "changes[0].fields";
        QTest::newRow("upsert without fields")
            << R"({"device_id":"d1","changes":[{"change_id":"c","entity":"household","id":"h","op":"upsert","base_rev":0}]})"
            << "missing_field" << "changes[0].fields";
    }
    void rejectsMalformedPush() {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto parsed = sync::parsePushRequest(json::parse(body.toStdString()));
        QVERIFY(std::holds_alternative<errors::ApiError>(parsed));
        const auto& e = std::get<errors::ApiError>(parsed);
        QCOMPARE(QString::fromUtf8(errors::codeName(e.code)), code);
        QCOMPARE(QString::fromStdString(e.field), field);
        QVERIFY(!e.message.empty());
    }

    void tooManyChangesIsTooLarge() {
        json changes = json::array();
        for (std::size_t i = 0; i <= sync::kMaxChangesPerPush; ++i)
            changes.push_back(json::object());
        auto parsed = sync::parsePushRequest({{"device_id", "d"}, {"changes", changes}});
        QVERIFY(std::holds_alternative<errors::ApiError>(parsed));
        QCOMPARE(std::get<errors::ApiError>(parsed).code, errors::ErrorCode::TooLarge);
        QCOMPARE(errors::httpStatus(errors::ErrorCode::TooLarge), 413);
    }

    // The server counts a body's depth on its text before parsing it; the count must agree
    // with the parsed document's, whatever the strings hold.
    void textDepthAgreesWithTheParsedDepth() {
        std::mt19937 random(7);
        const char pieces[] = {'[', ']', '{', '}', '"', '\\', 'x'};
        const auto randomString = [&] {
            std::string s;
            for (int n = std::uniform_int_distribution<int>(0, 6)(random); n > 0; --n)
                s += pieces[std::uniform_int_distribution<std::size_t>(0, 6)(random)];
            return s;
        };
        std::function<json(int)> randomValue = [&](int depth) -> json {
            const int kind = std::uniform_int_distribution<int>(0, depth > 6 ? 1 : 3)(random);
            if (kind == 0)
                return randomString();
            if (kind == 1)
                return 42;
            json out = kind == 2 ? json::array() : json::object();
            for (int n = std::uniform_int_distribution<int>(0, 3)(random); n > 0; --n) {
                if (out.is_array())
                    out.push_back(randomValue(depth + 1));
                else
                    out[randomString()] = randomValue(depth + 1);
            }
            return out;
        };
        for (int i = 0; i < 2000; ++i) {
            const json value = randomValue(0);
            const std::string text = value.dump();
            for (int limit = 0; limit <= 8; ++limit)
                QVERIFY2(sync::textNestsDeeperThan(text, limit) ==
                             sync::nestsDeeperThan(value, limit),
                         qPrintable(QString::fromStdString(text) + " limit " +
                                    QString::number(limit)));
        }
        const std::string backslashThenNest = "[\"\\\\\",[[1]]]"; // ["\\",[[1]]]
        QVERIFY(!sync::textNestsDeeperThan(backslashThenNest, 3));
        QVERIFY(sync::textNestsDeeperThan(backslashThenNest, 2));
        const std::string quoteInString = "{\"a\":\"\\\"[[[[[[\"}"; // {"a":"\"[[[[[["}
        QVERIFY(!sync::textNestsDeeperThan(quoteInString, 1));
        QVERIFY(sync::textNestsDeeperThan(std::string(33, '[') + std::string(33, ']'),
                                          sync::kMaxJsonNesting));
        QVERIFY(!sync::textNestsDeeperThan(std::string(32, '[') + std::string(32, ']'),
                                           sync::kMaxJsonNesting));
    }

    // The server's parse moves each change's fields out of the body; the result is the same.
    void movingParseGivesTheSameRequest() {
        json body = sync::toJson(sync::PushRequest{
            "dev-1",
            {{"c1", "household", "h1", sync::Op::Upsert, 0, {{"code", "H-1"}, {"n", {1, 2}}}},
             {"c2", "member", "m1", sync::Op::Delete, 4, json::object()}}});
        const auto copied = sync::parsePushRequest(body);
        const auto moved = sync::parsePushRequest(std::move(body));
        QVERIFY(std::holds_alternative<sync::PushRequest>(copied));
        QVERIFY(std::holds_alternative<sync::PushRequest>(moved));
        QCOMPARE(sync::toJson(std::get<sync::PushRequest>(moved)),
                 sync::toJson(std::get<sync::PushRequest>(copied)));
    }

    void pushRoundTrips() {
        sync::PushRequest req{"dev-1",
                              {{"c1", "household", "h1", sync::Op::Upsert, 0, {{"code", "H-1"}}},
                               {"c2", "member", "m1", sync::Op::Delete, 4, json::object()}}};
        auto parsed = sync::parsePushRequest(sync::toJson(req));
        QVERIFY(std::holds_alternative<sync::PushRequest>(parsed));
        const auto& back = std::get<sync::PushRequest>(parsed);
        QCOMPARE(back.changes.size(), size_t(2));
        QCOMPARE(back.changes[1].op, sync::Op::Delete);
        QCOMPARE(back.changes[1].baseRev, std::int64_t(4));
        QCOMPARE(back.changes[0].fields["code"], json("H-1"));
    }

    void resultsRoundTrip() {
        sync::ChangeResult r;
        r.changeId = "c1";
        r.status = sync::ChangeStatus::Conflict;
        r.rev = 9;
        r.conflicts = {{"head_name", "张三", "张叁", "章三"}};
        sync::PushResponse resp{{r}};
        auto parsed = sync::parsePushResponse(sync::toJson(resp));
        QVERIFY(std::holds_alternative<sync::PushResponse>(parsed));
        const auto& back = std::get<sync::PushResponse>(parsed).results.at(0);
        QCOMPARE(back.status, sync::ChangeStatus::Conflict);
        QCOMPARE(back.conflicts.at(0).client, json("章三"));
    }

    void errorJsonShape() {
        errors::ApiError e{errors::ErrorCode::AreaMismatch, "area differs", "area_dm2"};
        const json j = e.toJson();
        QCOMPARE(j["error"]["code"], json("area_mismatch"));
        QCOMPARE(j["error"]["field"], json("area_dm2"));
        QCOMPARE(errors::httpStatus(e.code), 422);
        QCOMPARE(errors::codeFromName("locked"), errors::ErrorCode::Locked);
    }

    void validIds_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << "0f8fad5b-d9cb-469f-a165-70867728950e" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("65 chars") << QString(65, 'a') << false;
        QTest::newRow("64 chars") << QString(64, 'a') << true;
    }
    void validIds() {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(sync::isValidId(id.toStdString()), valid);
    }
};

QTEST_APPLESS_MAIN(TestProtocol)
#include "test_protocol.moc"
