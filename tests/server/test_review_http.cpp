// SPDX-License-Identifier: Apache-2.0
// Review over HTTP against the real survey-server: submission, return with comment,
// approval and its lock, stale revisions, project walls, readable and resolvable conflicts,
// and per-device token revocation. The slots run in order and build on each other.
#include "server_process.h"
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <httplib.h>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {
json bodyOf(const httplib::Result& res) {
    return res ? json::parse(res->body, nullptr, false) : json();
}

bool isError(const httplib::Result& res, int status, const std::string& code) {
    const json body = bodyOf(res);
    const bool ok = res && res->status == status && body.is_object() && body["error"].is_object() &&
                    body["error"]["code"] == code;
    if (!ok)
        qWarning() << "expected" << status << code.c_str() << "got" << (res ? res->status : -1)
                   << (res ? res->body.c_str() : "no response");
    return ok;
}

json upsert(const std::string& changeId, const std::string& id, std::int64_t baseRev, json fields) {
    return {{"change_id", changeId}, {"entity", "household"}, {"id", id},
            {"op", "upsert"},        {"base_rev", baseRev},   {"fields", std::move(fields)}};
}
} // namespace

class TestReviewHttp : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::Client> client_;
    std::string pa_, pb_;
    std::string alice_, carol_, bob_, rita_, adam_; // tokens
    std::int64_t rev_ = 0;                          // h1's rev as last seen

    std::string cli(const QStringList& args, const QByteArray& input = {}) {
        QString output;
        const int exit = ServerProcess::runCommand(QStringList(args) << "--data" << dataDir_.path(),
                                                   input, &output);
        return exit == 0 ? output.trimmed().toStdString() : std::string("<failed>");
    }

    std::string login(const std::string& user, const std::string& device) {
        auto res = client_->Post(
            "/api/v1/auth/login",
            json{{"username", user}, {"password", user + "-password"}, {"device_id", device}}
                .dump(),
            "application/json");
        return res && res->status == 200 ? bodyOf(res)["token"].get<std::string>() : "";
    }

    httplib::Headers auth(const std::string& token) const {
        return {{"Authorization", "Bearer " + token}};
    }
    httplib::Result post(const std::string& path, const json& body, const std::string& token) {
        return client_->Post(path.c_str(), auth(token), body.dump(), "application/json");
    }
    httplib::Result get(const std::string& path, const std::string& token) {
        return client_->Get(path.c_str(), auth(token));
    }

    // The one change result of a push of `changes` into project `pid` from `device`.
    json push(const std::string& pid, const std::string& token, const std::string& device,
              json changes) {
        auto res = post("/api/v1/projects/" + pid + "/push",
                        {{"device_id", device}, {"changes", std::move(changes)}}, token);
        return res && res->status == 200 ? bodyOf(res)["results"][0] : json();
    }

    httplib::Result review(const std::string& token, const std::string& decision,
                           const json& comment, std::int64_t baseRev) {
        json body = {{"decision", decision}, {"base_rev", baseRev}};
        if (!comment.is_null())
            body["comment"] = comment;
        return post("/api/v1/households/h1/review", body, token);
    }

    // h1 as the last change a tablet pulls shows it.
    json pulledH1(const std::string& token) {
        const json page = bodyOf(get("/api/v1/projects/" + pa_ + "/changes?limit=5000", token));
        json last;
        for (const auto& c : page["changes"])
            if (c["id"] == "h1")
                last = c;
        return last;
    }

    std::int64_t auditRows(const std::string& action) {
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto q = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?");
        q.bind(1, action);
        q.step();
        return q.getInt(0);
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        pa_ = cli({"project", "add", "PA", "--name", "甲片区"});
        pb_ = cli({"project", "add", "PB", "--name", "乙片区"});
        QCOMPARE(pa_.size(), std::size_t(36));
        QCOMPARE(pb_.size(), std::size_t(36));
        for (const char* u : {"alice", "carol"})
            QCOMPARE(cli({"user", "add", u, "--role", "surveyor", "--project", "PA"},
                         QByteArray(u) + "-password\n")
                         .size(),
                     std::size_t(36));
        QCOMPARE(
            cli({"user", "add", "bob", "--role", "surveyor", "--project", "PB"}, "bob-password\n")
                .size(),
            std::size_t(36));
        QCOMPARE(
            cli({"user", "add", "rita", "--role", "reviewer", "--project", "PA", "--project", "PB"},
                "rita-password\n")
                .size(),
            std::size_t(36));
        QCOMPARE(cli({"user", "add", "adam", "--role", "admin"}, "adam-password\n").size(),
                 std::size_t(36));
        QVERIFY2(server_.start(
                     {"--data", dataDir_.path(), "--listen", "127.0.0.1:0", "--insecure-http"}),
                 qPrintable(server_.log()));
        client_ = std::make_unique<httplib::Client>("127.0.0.1", server_.port());
        client_->set_connection_timeout(5);
        client_->set_read_timeout(20);
        client_->set_keep_alive(true);
        alice_ = login("alice", "tablet-1");
        carol_ = login("carol", "tablet-2");
        bob_ = login("bob", "tablet-3");
        rita_ = login("rita", "office-1");
        adam_ = login("adam", "office-2");
        for (const auto* t : {&alice_, &carol_, &bob_, &rita_, &adam_})
            QVERIFY(!t->empty());
    }

    void surveyorPushReachesSubmitted() {
        const json created =
            push(pa_, alice_, "tablet-1",
                 {upsert("c1", "h1", 0,
                         {{"code", "A-001"}, {"head_name", "王建国"}, {"status", "signed"}})});
        QCOMPARE(created["status"], json("applied"));
        const json submitted =
            push(pa_, alice_, "tablet-1",
                 {upsert("c2", "h1", created["rev"], {{"status", "submitted"}})});
        QCOMPARE(submitted["status"], json("applied"));
        rev_ = submitted["rev"];
        QCOMPARE(pulledH1(alice_)["fields"]["status"], json("submitted"));
    }

    void surveyorCannotReview() {
        QVERIFY(isError(review(alice_, "approve", {}, rev_), 403, "forbidden"));
        QVERIFY(isError(review(alice_, "return", "请补充", rev_), 403, "forbidden"));
    }

    void returnNeedsAComment() {
        QVERIFY(isError(review(rita_, "return", {}, rev_), 422, "validation"));
        auto blank = review(rita_, "return", "  ", rev_);
        QVERIFY(isError(blank, 422, "validation"));
        QCOMPARE(bodyOf(blank)["error"]["field"], json("comment"));
        QVERIFY(isError(review(rita_, "maybe", "x", rev_), 422, "validation"));
        QVERIFY(isError(post("/api/v1/households/h1/review", {{"decision", "approve"}}, rita_), 400,
                        "missing_field"));
        QVERIFY(isError(review(rita_, "approve", {}, rev_ + 1000), 409, "conflict"));
        QVERIFY(isError(post("/api/v1/households/nope/review",
                             {{"decision", "approve"}, {"base_rev", 1}}, rita_),
                        404, "not_found"));
    }

    void returnReachesTheTablet() {
        auto res = review(rita_, "return", "二层阳台尺寸请复测", rev_);
        QVERIFY(res && res->status == 200);
        const json body = bodyOf(res);
        QCOMPARE(body["status"], json("returned"));
        QVERIFY(body["rev"].get<std::int64_t>() > rev_);
        rev_ = body["rev"];
        const json pulled = pulledH1(alice_);
        QCOMPARE(pulled["rev"], json(rev_));
        QCOMPARE(pulled["fields"]["status"], json("returned"));
        QCOMPARE(pulled["fields"]["review_comment"], json("二层阳台尺寸请复测"));
        QCOMPARE(pulled["fields"]["head_name"], json("王建国"));
        const json history = bodyOf(get("/api/v1/households/h1/reviews", alice_))["reviews"];
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0]["decision"], json("return"));
        QCOMPARE(history[0]["from_status"], json("submitted"));
        QCOMPARE(history[0]["to_status"], json("returned"));
        QCOMPARE(history[0]["device_id"], json("office-1"));
        QCOMPARE(history[0]["household_rev"], json(rev_));
        QCOMPARE(auditRows("household.review.return"), 1);
    }

    void returnedHouseholdTakesEditsAgain() {
        const json edited =
            push(pa_, alice_, "tablet-1",
                 {upsert("c3", "h1", rev_, {{"status", "in_progress"}, {"notes", "阳台已复测"}})});
        QCOMPARE(edited["status"], json("applied"));
        const json resubmitted =
            push(pa_, alice_, "tablet-1",
                 {upsert("c4", "h1", edited["rev"], {{"status", "submitted"}})});
        QCOMPARE(resubmitted["status"], json("applied"));
        rev_ = resubmitted["rev"];
    }

    void staleApproveIsAConflict() {
        QVERIFY(isError(review(rita_, "approve", {}, rev_ - 1), 409, "conflict"));
    }

    void approvalLocksAndReturnUnlocks() {
        auto approved = review(rita_, "approve", "核实无误", rev_);
        QVERIFY(approved && approved->status == 200);
        rev_ = bodyOf(approved)["rev"];
        QVERIFY(isError(review(adam_, "approve", {}, rev_), 409, "conflict")); // already approved
        const json locked =
            push(pa_, alice_, "tablet-1", {upsert("c5", "h1", rev_, {{"notes", "再改"}})});
        QCOMPARE(locked["status"], json("rejected"));
        QCOMPARE(locked["error"]["code"], json("locked"));

        auto returned = review(adam_, "return", "门牌号有误", rev_);
        QVERIFY(returned && returned->status == 200);
        rev_ = bodyOf(returned)["rev"];
        const json unlocked =
            push(pa_, alice_, "tablet-1", {upsert("c6", "h1", rev_, {{"door_no", "2号"}})});
        QCOMPARE(unlocked["status"], json("applied"));
        rev_ = unlocked["rev"];
        const json history = bodyOf(get("/api/v1/households/h1/reviews", rita_))["reviews"];
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[1]["to_status"], json("approved"));
        QCOMPARE(history[2]["from_status"], json("approved"));
        QCOMPARE(auditRows("household.review.approve"), 1);
        QCOMPARE(auditRows("household.review.return"), 2);
    }

    void surveyorsStayInTheirProject() {
        const json other =
            push(pb_, bob_, "tablet-3", {upsert("b1", "hb1", 0, {{"code", "B-001"}})});
        QCOMPARE(other["status"], json("applied"));
        const json batch = {{"device_id", "tablet-1"}, {"changes", json::array()}};
        QVERIFY(
            isError(post("/api/v1/projects/" + pb_ + "/push", batch, alice_), 403, "forbidden"));
        QVERIFY(isError(get("/api/v1/projects/" + pb_ + "/changes", alice_), 403, "forbidden"));
        QVERIFY(isError(get("/api/v1/projects/" + pb_ + "/conflicts", alice_), 403, "forbidden"));
        QVERIFY(isError(get("/api/v1/households/hb1/reviews", alice_), 403, "forbidden"));
        QVERIFY(isError(get("/api/v1/projects/" + pa_ + "/conflicts", bob_), 403, "forbidden"));
    }

    void conflictIsListedAndResolvable() {
        const json first = push(pa_, alice_, "tablet-1",
                                {upsert("c7", "h1", rev_, {{"head_phone", "13800000001"}})});
        QCOMPARE(first["status"], json("applied"));
        const json second = push(pa_, carol_, "tablet-2",
                                 {upsert("k1", "h1", rev_, {{"head_phone", "13900000002"}})});
        QCOMPARE(second["status"], json("conflict"));
        rev_ = second["rev"];

        const json open =
            bodyOf(get("/api/v1/projects/" + pa_ + "/conflicts?open=1", alice_))["conflicts"];
        QCOMPARE(open.size(), std::size_t(1));
        const json c = open[0];
        QCOMPARE(c["entity"], json("household"));
        QCOMPARE(c["entity_id"], json("h1"));
        QCOMPARE(c["household_id"], json("h1"));
        QCOMPARE(c["field"], json("head_phone"));
        QCOMPARE(c["field_type"], json("text"));
        QCOMPARE(c["base"], json());
        QCOMPARE(c["server"], json("13800000001"));
        QCOMPARE(c["client"], json("13900000002"));
        QCOMPARE(c["change_id"], json("k1"));
        QCOMPARE(c["device_id"], json("tablet-2"));
        QVERIFY(c["user"].is_string());
        QCOMPARE(c["resolved_at"], json());

        const std::string resolve =
            "/api/v1/conflicts/" + std::to_string(c["id"].get<int>()) + "/resolve";
        const json chooseClient = {{"value", "13900000002"}, {"base_rev", rev_}};
        QVERIFY(isError(post(resolve, chooseClient, carol_), 403, "forbidden"));
        QVERIFY(isError(post(resolve, {{"value", "x"}, {"base_rev", rev_ - 1}}, rita_), 409,
                        "conflict"));
        QVERIFY(
            isError(post(resolve, {{"value", 5}, {"base_rev", rev_}}, rita_), 400, "wrong_type"));
        auto resolved = post(resolve, chooseClient, rita_);
        QVERIFY2(resolved && resolved->status == 200, qPrintable(server_.log()));
        rev_ = bodyOf(resolved)["rev"];
        const json pulled = pulledH1(carol_);
        QCOMPARE(pulled["rev"], json(rev_));
        QCOMPARE(pulled["fields"]["head_phone"], json("13900000002"));
        QCOMPARE(
            bodyOf(get("/api/v1/projects/" + pa_ + "/conflicts?open=1", rita_))["conflicts"].size(),
            std::size_t(0));
        const json all = bodyOf(get("/api/v1/projects/" + pa_ + "/conflicts", rita_))["conflicts"];
        QCOMPARE(all.size(), std::size_t(1));
        QVERIFY(all[0]["resolved_at"].is_string());
        QVERIFY(
            isError(post(resolve, {{"value", "x"}, {"base_rev", rev_}}, rita_), 409, "conflict"));
        QCOMPARE(auditRows("conflict.resolve"), 1);
    }

    void revokedDeviceTokenIsRefused() {
        const std::string lost = login("alice", "lost-tablet");
        QCOMPARE(get("/api/v1/projects", lost)->status, 200);
        QVERIFY(isError(post("/api/v1/auth/revoke",
                             {{"device_id", "tablet-2"}, {"user_id", "someone-else"}}, alice_),
                        403, "forbidden"));
        // A surveyor naming another's device revokes nothing of theirs.
        auto none = post("/api/v1/auth/revoke", {{"device_id", "tablet-2"}}, alice_);
        QCOMPARE(bodyOf(none)["revoked"], json(0));
        QCOMPARE(get("/api/v1/projects", carol_)->status, 200);
        auto own = post("/api/v1/auth/revoke", {{"device_id", "lost-tablet"}}, alice_);
        QVERIFY(own && own->status == 200);
        QCOMPARE(bodyOf(own)["revoked"], json(1));
        QVERIFY(isError(get("/api/v1/projects", lost), 401, "unauthorized"));
        QCOMPARE(get("/api/v1/projects", alice_)->status, 200);
        // An admin revokes a device whoever holds it.
        auto byAdmin = post("/api/v1/auth/revoke", {{"device_id", "tablet-2"}}, adam_);
        QCOMPARE(bodyOf(byAdmin)["revoked"], json(1));
        QVERIFY(isError(get("/api/v1/projects", carol_), 401, "unauthorized"));
        QVERIFY(isError(post("/api/v1/auth/revoke", json::object(), adam_), 400, "missing_field"));
        QCOMPARE(auditRows("auth.tokens.revoke"), 3);
    }

    void auditChainVerifies() {
        const std::string out = cli({"audit", "verify"});
        QVERIFY2(out.starts_with("OK "), out.c_str());
    }

    void cleanupTestCase() {
        client_.reset();
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
    }
};

QTEST_GUILESS_MAIN(TestReviewHttp)
#include "test_review_http.moc"
