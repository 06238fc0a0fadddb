// SPDX-License-Identifier: Apache-2.0
// The office side of a project over HTTP against the real survey-server: survey teams
// (调查组) made by an admin and the progress counted per team of the surveyor who surveyed
// a household; a recognition department (认定部门) that reads households and records 认定
// decisions and may do nothing else; reviewers who no longer record them. The slots run in
// order and build on each other.
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

json upsert(const std::string& entity, const std::string& id, json fields,
            std::int64_t baseRev = 0) {
    static int changes = 0;
    return {{"change_id", "c-" + std::to_string(++changes)},
            {"entity", entity},
            {"id", id},
            {"op", "upsert"},
            {"base_rev", baseRev},
            {"fields", std::move(fields)}};
}

const json kDecision = {{"status", "illegal"},
                        {"department", "武昌区城市管理执法局"},
                        {"decision_no", "武城认〔2026〕9号"},
                        {"decided_on", "2026-11-20"},
                        {"basis", "未取得规划许可"}};
} // namespace

class TestOfficeRoles : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::Client> client_;
    std::string pa_, pb_;
    std::map<std::string, std::string> tokens_;

    std::string cli(const QStringList& args, const QByteArray& input = {}) {
        QString output;
        const int exit = ServerProcess::runCommand(QStringList(args) << "--data" << dataDir_.path(),
                                                   input, &output);
        return exit == 0 ? output.trimmed().toStdString() : std::string("<failed>");
    }

    httplib::Headers auth(const std::string& user) {
        return {{"Authorization", "Bearer " + tokens_[user]}};
    }
    httplib::Result post(const std::string& path, const json& body, const std::string& user) {
        return client_->Post(path.c_str(), auth(user), body.dump(), "application/json");
    }
    httplib::Result put(const std::string& path, const json& body, const std::string& user) {
        return client_->Put(path.c_str(), auth(user), body.dump(), "application/json");
    }
    httplib::Result get(const std::string& path, const std::string& user) {
        return client_->Get(path.c_str(), auth(user));
    }
    httplib::Result del(const std::string& path, const std::string& user) {
        return client_->Delete(path.c_str(), auth(user));
    }

    json push(const std::string& user, json changes) {
        auto res = post("/api/v1/projects/" + pa_ + "/push",
                        {{"device_id", "d-" + user}, {"changes", std::move(changes)}}, user);
        return res && res->status == 200 ? bodyOf(res)["results"] : json();
    }

    std::string userId(const json& teams, const std::string& username) {
        for (const auto& s : teams["surveyors"])
            if (s["username"] == username)
                return s["id"];
        return "";
    }

    /// The team_id of a surveyor in a teams list; a string when the surveyor is not listed.
    json teamIdOf(const json& teams, const std::string& username) {
        for (const auto& s : teams["surveyors"])
            if (s["username"] == username)
                return s["team_id"];
        return "not listed";
    }

    std::int64_t auditRows(const std::string& action) {
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto q = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?");
        q.bind(1, action);
        q.step();
        return q.getInt(0);
    }

    // The by_team rows of PA's progress as {name: total}.
    std::map<std::string, std::int64_t> teamTotals() {
        const json progress = bodyOf(get("/api/v1/projects/" + pa_ + "/progress", "adam"));
        std::map<std::string, std::int64_t> out;
        for (const auto& g : progress["by_team"])
            out[g["name"].get<std::string>()] = g["total"].get<std::int64_t>();
        return out;
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        pa_ = cli({"project", "add", "PA", "--name", "甲片区"});
        pb_ = cli({"project", "add", "PB", "--name", "乙片区"});
        QCOMPARE(pa_.size(), std::size_t(36));
        const std::pair<const char*, QStringList> users[] = {
            {"alice", {"--role", "surveyor", "--project", "PA"}},
            {"carol", {"--role", "surveyor", "--project", "PA"}},
            {"bob", {"--role", "surveyor", "--project", "PA"}},
            {"rita", {"--role", "reviewer", "--project", "PA"}},
            {"dora", {"--role", "department", "--project", "PA"}},
            {"adam", {"--role", "admin"}}};
        for (const auto& [name, roleArgs] : users)
            QCOMPARE(
                cli(QStringList{"user", "add", name} + roleArgs, QByteArray(name) + "-password\n")
                    .size(),
                std::size_t(36));
        QVERIFY2(server_.start(
                     {"--data", dataDir_.path(), "--listen", "127.0.0.1:0", "--insecure-http"}),
                 qPrintable(server_.log()));
        client_ = std::make_unique<httplib::Client>("127.0.0.1", server_.port());
        client_->set_read_timeout(20);
        for (const auto& [name, roleArgs] : users) {
            auto res = client_->Post("/api/v1/auth/login",
                                     json{{"username", name},
                                          {"password", std::string(name) + "-password"},
                                          {"device_id", "d-" + std::string(name)}}
                                         .dump(),
                                     "application/json");
            QVERIFY2(res && res->status == 200, name);
            tokens_[name] = bodyOf(res)["token"];
        }
    }

    void adminMakesTeamsAndPutsSurveyorsInThem() {
        const std::string teams = "/api/v1/projects/" + pa_ + "/teams";
        const std::string members = "/api/v1/projects/" + pa_ + "/team-members";
        auto one = post(teams, {{"name", "一组"}}, "adam");
        QVERIFY(one && one->status == 201);
        auto two = post(teams, {{"name", "二组"}}, "adam");
        QVERIFY(two && two->status == 201);
        QVERIFY(post(teams, {{"name", "三组"}}, "adam")->status == 201);
        QVERIFY(isError(post(teams, {{"name", "一组"}}, "adam"), 409, "conflict"));
        QVERIFY(isError(post(teams, {{"name", "  "}}, "adam"), 422, "validation"));
        QVERIFY(isError(post(teams, {{"name", "四组"}}, "rita"), 403, "forbidden"));

        const json list = bodyOf(get(teams, "adam"));
        QCOMPARE(list["teams"].size(), std::size_t(3));
        QCOMPARE(list["surveyors"].size(), std::size_t(3)); // alice, bob, carol; no office staff
        const std::string teamOne = bodyOf(one)["id"], teamTwo = bodyOf(two)["id"];
        QVERIFY(put(members, {{"user_id", userId(list, "alice")}, {"team_id", teamTwo}}, "adam")
                    ->status == 200);
        // A surveyor is in one team per project: putting alice in 一组 moves her.
        auto moved =
            put(members, {{"user_id", userId(list, "alice")}, {"team_id", teamOne}}, "adam");
        QVERIFY(moved && moved->status == 200);
        QVERIFY(put(members, {{"user_id", userId(list, "carol")}, {"team_id", teamTwo}}, "adam")
                    ->status == 200);
        const json after = bodyOf(moved);
        for (const auto& team : after["teams"])
            if (team["name"] == "一组") {
                QCOMPARE(team["members"].size(), std::size_t(1));
                QCOMPARE(team["members"][0]["username"], json("alice"));
            }
        // Only the project's surveyors join, only its teams are joined.
        auto ritaId = bodyOf(get("/api/v1/admin/users", "adam"))["users"];
        std::string rita;
        for (const auto& u : ritaId)
            if (u["username"] == "rita")
                rita = u["id"];
        QVERIFY(isError(put(members, {{"user_id", rita}, {"team_id", teamOne}}, "adam"), 422,
                        "validation"));
        QVERIFY(isError(
            put(members, {{"user_id", userId(list, "bob")}, {"team_id", "no-such-team"}}, "adam"),
            422, "validation"));
        QVERIFY(isError(put(members, {{"user_id", userId(list, "bob")}}, "adam"), 400,
                        "missing_field"));
        QCOMPARE(auditRows("team.create"), std::int64_t(3));
        QCOMPARE(auditRows("team.member.set"), std::int64_t(3));
    }

    void progressCountsHouseholdsByTheSurveyorsTeam() {
        auto household = [](const std::string& id, const std::string& code) {
            return upsert("household", id, {{"code", code}, {"head_name", "户主"}});
        };
        QCOMPARE(push("alice", {household("h1", "A-1"), household("h2", "A-2"),
                                upsert("building", "b1",
                                       {{"household_id", "h1"}, {"no", 1}, {"registered", false}})})
                     .size(),
                 std::size_t(3));
        const json h3 = push("carol", {household("h3", "C-1")});
        QCOMPARE(h3[0]["status"], json("applied"));
        QCOMPARE(push("bob", {household("h4", "B-1")})[0]["status"], json("applied"));
        // A reviewer's later edit does not move h3 out of the team that surveyed it, and a
        // surveyor of another team editing h2 does not move h2 either.
        const json edited =
            push("rita", {upsert("household", "h3", {{"code", "C-1"}, {"notes", "门牌核实"}},
                                 h3[0]["rev"].get<std::int64_t>())});
        QCOMPARE(edited[0]["status"], json("applied"));
        const json h2 = bodyOf(get("/api/v1/households/h2", "adam"))["household"];
        QCOMPARE(push("carol", {upsert("household", "h2", {{"code", "A-2"}, {"notes", "补拍照片"}},
                                       h2["rev"].get<std::int64_t>())})[0]["status"],
                 json("applied"));

        const auto totals = teamTotals();
        QCOMPARE(totals.at("一组"), std::int64_t(2));
        QCOMPARE(totals.at("二组"), std::int64_t(1));
        QCOMPARE(totals.at("三组"), std::int64_t(0)); // a team that surveyed nothing yet shows
        QCOMPARE(totals.at(""), std::int64_t(1));     // bob is in no team
        QCOMPARE(totals.size(), std::size_t(4));

        // Grouping follows the surveyor's team as it stands.
        const json list = bodyOf(get("/api/v1/projects/" + pa_ + "/teams", "adam"));
        QVERIFY(put("/api/v1/projects/" + pa_ + "/team-members",
                    {{"user_id", userId(list, "alice")}, {"team_id", nullptr}}, "adam")
                    ->status == 200);
        QCOMPARE(teamTotals().at(""), std::int64_t(3));
    }

    void adminRenamesAndDeletesTeams() {
        const std::string teams = "/api/v1/projects/" + pa_ + "/teams";
        std::map<std::string, std::string> idOf;
        const json before = bodyOf(get(teams, "adam"));
        for (const auto& team : before["teams"])
            idOf[team["name"]] = team["id"];
        const std::string two = teams + "/" + idOf.at("二组");

        auto renamed = put(two, {{"name", "第二组"}}, "adam");
        QVERIFY(renamed && renamed->status == 200);
        QCOMPARE(bodyOf(renamed)["teams"].size(), std::size_t(3));
        QCOMPARE(teamTotals().at("第二组"), std::int64_t(1)); // carol's h3 follows the team
        QVERIFY(!teamTotals().contains("二组"));
        QVERIFY(put(two, {{"name", "第二组"}}, "adam")->status == 200); // its own name: no change
        QVERIFY(isError(put(two, {{"name", "一组"}}, "adam"), 409, "conflict"));
        QVERIFY(isError(put(two, {{"name", " "}}, "adam"), 422, "validation"));
        QVERIFY(isError(put(two, {{"title", "x"}}, "adam"), 400, "missing_field"));
        QVERIFY(isError(put(two, {{"name", "二队"}}, "rita"), 403, "forbidden"));
        QVERIFY(isError(put(teams + "/no-such-team", {{"name", "x"}}, "adam"), 404, "not_found"));
        // A team of another project is not found through this one.
        auto other = post("/api/v1/projects/" + pb_ + "/teams", {{"name", "乙组"}}, "adam");
        QVERIFY(other && other->status == 201);
        const std::string otherId = bodyOf(other)["id"];
        QVERIFY(isError(put(teams + "/" + otherId, {{"name", "x"}}, "adam"), 404, "not_found"));
        QVERIFY(isError(del(teams + "/" + otherId, "adam"), 404, "not_found"));

        // Deleting a team leaves its members in the project, in no team.
        QVERIFY(isError(del(two, "rita"), 403, "forbidden"));
        auto deleted = del(two, "adam");
        QVERIFY(deleted && deleted->status == 200);
        const json after = bodyOf(deleted);
        QCOMPARE(after["teams"].size(), std::size_t(2));
        QCOMPARE(after["surveyors"].size(), std::size_t(3));
        QVERIFY(teamIdOf(after, "carol").is_null());
        const auto totals = teamTotals();
        QCOMPARE(totals.at(""), std::int64_t(4));
        QVERIFY(!totals.contains("第二组"));
        QVERIFY(isError(del(two, "adam"), 404, "not_found"));
        QCOMPARE(bodyOf(get("/api/v1/projects/" + pb_ + "/teams", "adam"))["teams"].size(),
                 std::size_t(1));

        QCOMPARE(auditRows("team.rename"), std::int64_t(1));
        QCOMPARE(auditRows("team.delete"), std::int64_t(1));
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto detail = db.prepare("SELECT detail_json FROM audit_log WHERE action = 'team.delete'");
        QVERIFY(detail.step());
        const json deletedDetail = json::parse(detail.getText(0));
        QCOMPARE(deletedDetail["name"], json("第二组"));
        QCOMPARE(deletedDetail["members"], json::array({userId(after, "carol")}));
    }

    void departmentReadsAndRecordsDecisionsOnly() {
        const std::string project = "/api/v1/projects/" + pa_;
        QCOMPARE(get(project + "/households", "dora")->status, 200);
        QCOMPARE(get("/api/v1/households/h1", "dora")->status, 200);
        const json rows = bodyOf(get(project + "/recognition", "dora"))["rows"];
        QCOMPARE(rows.size(), std::size_t(1));
        auto decided = post("/api/v1/buildings/b1/recognition", kDecision, "dora");
        QVERIFY2(decided && decided->status == 200, decided ? decided->body.c_str() : "");
        QCOMPARE(bodyOf(decided)["consequence"]["compensated"], json("no"));
        QCOMPARE(auditRows("building.recognition.decide"), std::int64_t(1));

        // Nothing else: no review, notice, conflict, push, progress, ledger, settings.
        QVERIFY(isError(post("/api/v1/households/h1/review",
                             {{"decision", "approve"}, {"base_rev", 1}}, "dora"),
                        403, "forbidden"));
        QVERIFY(isError(post(project + "/notices",
                             {{"kind", "recognition_notice"}, {"household_id", "h1"}}, "dora"),
                        403, "forbidden"));
        QVERIFY(
            isError(post("/api/v1/conflicts/1/resolve", {{"value", "x"}, {"base_rev", 1}}, "dora"),
                    403, "forbidden"));
        QVERIFY(isError(
            post(project + "/push", {{"device_id", "d-dora"}, {"changes", json::array()}}, "dora"),
            403, "forbidden"));
        QVERIFY(isError(get(project + "/progress", "dora"), 403, "forbidden"));
        QVERIFY(isError(get(project + "/conflicts", "dora"), 403, "forbidden"));
        QVERIFY(isError(get(project + "/ledger.xlsx", "dora"), 403, "forbidden"));
        QVERIFY(isError(get(project + "/teams", "dora"), 403, "forbidden"));
        QVERIFY(isError(get("/api/v1/admin/users", "dora"), 403, "forbidden"));
        // Only in the projects it is assigned to.
        QVERIFY(isError(get("/api/v1/projects/" + pb_ + "/households", "dora"), 403, "forbidden"));
        const json visible = bodyOf(get("/api/v1/projects", "dora"))["projects"];
        QCOMPARE(visible.size(), std::size_t(1));
    }

    void reviewersNoLongerRecordButAdminsCorrect() {
        QVERIFY(
            isError(post("/api/v1/buildings/b1/recognition", kDecision, "rita"), 403, "forbidden"));
        QVERIFY(isError(post("/api/v1/buildings/b1/recognition", kDecision, "alice"), 403,
                        "forbidden"));
        json corrected = kDecision;
        corrected["status"] = "temporary_valid";
        auto res = post("/api/v1/buildings/b1/recognition", corrected, "adam");
        QVERIFY2(res && res->status == 200, res ? res->body.c_str() : "");
        QCOMPARE(bodyOf(res)["consequence"]["compensated"], json("yes"));
        QCOMPARE(auditRows("building.recognition.decide"), std::int64_t(2));
    }

    void cleanupTestCase() { QVERIFY2(server_.stop(), qPrintable(server_.log())); }
};

QTEST_GUILESS_MAIN(TestOfficeRoles)
#include "test_office_roles.moc"
