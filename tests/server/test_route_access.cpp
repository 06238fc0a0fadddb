// SPDX-License-Identifier: Apache-2.0
// Roles and project assignments on every route the server registers (design.md §4): one
// table row per route, called by nobody, by a surveyor, a reviewer and a recognition
// department (认定部门) each on their own project and on another one, and by an admin, against
// the real survey-server. A route
// added to server/src without a row here fails routesTableCoversEveryRegistration.
//
// "Allowed" means the call got past authentication and access checks (neither 401 nor
// 403); the bodies are chosen to fail validation after those checks, so that rows do not
// change what the next rows see.
#include "server_process.h"
#include "survey/hashing/sha256.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <httplib.h>
#include <map>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {
/// Who may call a route.
enum class Who {
    Anyone,        ///< public: no token needed
    Authenticated, ///< any valid token, no project in play
    Reader,        ///< a token whose user may read the households of the project, departments too
    Assigned,      ///< a token whose user may work in the project the URL names (no department)
    Reviewer,      ///< a reviewer or admin who may work in that project
    Recorder,      ///< a department or admin: records 认定 decisions
    Admin,         ///< an admin
    /// the console's own session cookie; a bearer token is not one (401 for every caller)
    SessionCookie,
};

struct Route {
    const char* method;
    /// Path with placeholders: {P} project, {H} household, {C} conflict, {N} notice id,
    /// {S} notice serial, {B} blob SHA-256; each filled from project P1 or P2.
    const char* path;
    const char* body;
    Who who;
};

/// Every registration in server/src, once (GET routes also answer HEAD; the blob route's
/// HEAD is listed because it is the tus status call).
const Route kRoutes[] = {
    {"GET", "/healthz", "", Who::Anyone},
    {"POST", "/api/v1/auth/login",
     R"({"username":"alice","password":"alice-password","device_id":"d-row"})", Who::Anyone},
    {"POST", "/api/v1/auth/revoke", R"({"device_id":"no-such-device"})", Who::Authenticated},
    {"GET", "/api/v1/projects", "", Who::Authenticated},
    {"POST", "/api/v1/projects/{P}/push", R"({"device_id":"d","changes":[]})", Who::Assigned},
    {"GET", "/api/v1/projects/{P}/changes?since=0&limit=1", "", Who::Assigned},
    {"POST", "/api/v1/households/{H}/review", R"({"decision":"maybe","base_rev":0})",
     Who::Reviewer},
    {"GET", "/api/v1/households/{H}/reviews", "", Who::Assigned},
    {"GET", "/api/v1/projects/{P}/conflicts", "", Who::Assigned},
    {"POST", "/api/v1/conflicts/{C}/resolve", "{}", Who::Reviewer},
    // A blob is uploaded and asked about by those who work in a project whose photo or
    // signature names it (the tablet pushes the record before the bytes), never by a
    // department; reading the bytes needs a record you may read.
    {"HEAD", "/api/v1/blobs/{B}", "", Who::Assigned},
    {"GET", "/api/v1/blobs/{B}", "", Who::Reader},
    {"PATCH", "/api/v1/blobs/{B}", "", Who::Assigned},
    {"GET", "/api/v1/projects/{P}/blobs/missing", "", Who::Assigned},
    {"GET", "/api/v1/projects/{P}/deadlines", "", Who::Assigned},
    {"PUT", "/api/v1/projects/{P}/holidays", "[]", Who::Admin},
    {"GET", "/api/v1/projects/{P}/settings", "", Who::Assigned},
    {"PUT", "/api/v1/projects/{P}/settings", "[]", Who::Admin},
    {"POST", "/api/v1/projects/{P}/notices", R"({"kind":"no_such_kind"})", Who::Reviewer},
    {"POST", "/api/v1/projects/{P}/notices/batch", R"({"kind":"no_such_kind"})", Who::Reviewer},
    {"GET", "/api/v1/projects/{P}/notices", "", Who::Assigned},
    {"GET", "/api/v1/notices/{N}.pdf", "", Who::Assigned},
    {"POST", "/api/v1/notices/{N}/void", "", Who::Reviewer},
    {"GET", "/verify/{S}", "", Who::Anyone},
    // The back-office console's pages and APIs.
    {"GET", "/", "", Who::Anyone},
    {"GET", "/console/app.js", "", Who::Anyone},
    {"POST", "/console/session", "[]", Who::Anyone},
    {"GET", "/console/session", "", Who::SessionCookie},
    {"GET", "/api/v1/projects/{P}/households", "", Who::Reader},
    {"GET", "/api/v1/households/{H}", "", Who::Reader},
    {"GET", "/api/v1/projects/{P}/progress", "", Who::Assigned},
    {"GET", "/api/v1/projects/{P}/recognition", "", Who::Reader},
    {"POST", "/api/v1/buildings/no-such-building/recognition", "[]", Who::Recorder},
    {"GET", "/api/v1/blobs/{B}/thumb", "", Who::Reader},
    {"GET", "/api/v1/projects/{P}/notices/preview/survey_posting.pdf", "", Who::Reviewer},
    {"GET", "/api/v1/projects/{P}/ledger.xlsx", "", Who::Reviewer},
    {"GET", "/api/v1/projects/{P}/ledger/households.csv", "", Who::Reviewer},
    {"GET", "/api/v1/projects/{P}/holidays", "", Who::Assigned},
    {"PUT", "/api/v1/projects/{P}/survey-settings", "[]", Who::Admin},
    {"POST", "/api/v1/admin/projects", "[]", Who::Admin},
    {"GET", "/api/v1/admin/users", "", Who::Admin},
    {"POST", "/api/v1/admin/users", "[]", Who::Admin},
    {"POST", "/api/v1/admin/users/no-such-user", "[]", Who::Admin},
    {"GET", "/api/v1/admin/devices", "", Who::Admin},
    {"GET", "/api/v1/admin/audit", "", Who::Admin},
    {"GET", "/api/v1/projects/{P}/teams", "", Who::Admin},
    {"POST", "/api/v1/projects/{P}/teams", "[]", Who::Admin},
    {"PUT", "/api/v1/projects/{P}/team-members", "[]", Who::Admin},
    {"PUT", "/api/v1/projects/{P}/teams/no-such-team", "[]", Who::Admin},
    {"DELETE", "/api/v1/projects/{P}/teams/no-such-team", "", Who::Admin},
};

/// Registrations whose row would disturb the others, and the test that covers them.
const char* const kCoveredElsewhere[] = {
    "POST /console/logout: revokes the caller's tokens; web.console logs out and checks the cookie "
    "is gone",
};

struct Caller {
    const char* name;
    const char* role; ///< surveyor, reviewer, department, admin; empty for no token
};
const Caller kCallers[] = {{"nobody", ""},
                           {"alice", "surveyor"},
                           {"rita", "reviewer"},
                           {"dora", "department"},
                           {"adam", "admin"}};

/// Whether `caller`, assigned to P1 only unless an admin, may call a route of `who` on a
/// resource of project `project` (1 or 2).
bool mayCall(const Caller& caller, Who who, int project) {
    const std::string role = caller.role;
    const bool assigned = role == "admin" || (!role.empty() && project == 1);
    switch (who) {
    case Who::Anyone:
        return true;
    case Who::Authenticated:
        return !role.empty();
    case Who::Reader:
        return assigned;
    case Who::Assigned:
        return assigned && role != "department";
    case Who::Reviewer:
        return assigned && (role == "reviewer" || role == "admin");
    case Who::Recorder:
        // The building named does not exist, so no project is in play.
        return role == "department" || role == "admin";
    case Who::Admin:
        return role == "admin";
    case Who::SessionCookie:
        return false;
    }
    return false;
}

json bodyOf(const httplib::Result& res) {
    return res ? json::parse(res->body, nullptr, false) : json();
}
} // namespace

class TestRouteAccess : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::SSLClient> client_;
    std::map<std::string, std::string> tokens_;
    /// Placeholder values per project (index 1 and 2).
    std::map<std::string, std::string> fill_[3];

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}) {
        QString output;
        const int exit = ServerProcess::runCommand(withData(args), input, &output);
        return exit == 0 ? output.trimmed().toStdString() : "<exit " + std::to_string(exit) + ">";
    }

    httplib::Headers auth(const std::string& user) {
        return {{"Authorization", "Bearer " + tokens_[user]}};
    }

    httplib::Result call(const std::string& method, const std::string& path,
                         const std::string& body, const httplib::Headers& headers) {
        if (method == "GET")
            return client_->Get(path.c_str(), headers);
        if (method == "HEAD")
            return client_->Head(path.c_str(), headers);
        if (method == "POST")
            return client_->Post(path.c_str(), headers, body, "application/json");
        if (method == "PUT")
            return client_->Put(path.c_str(), headers, body, "application/json");
        if (method == "PATCH")
            return client_->Patch(path.c_str(), headers, body, "application/json");
        if (method == "DELETE")
            return client_->Delete(path.c_str(), headers);
        return httplib::Result{nullptr, httplib::Error::Unknown};
    }

    std::string login(const std::string& user) {
        auto res = client_->Post(
            "/api/v1/auth/login",
            json{{"username", user}, {"password", user + "-password"}, {"device_id", "d-" + user}}
                .dump(),
            "application/json");
        return res && res->status == 200 ? bodyOf(res)["token"].get<std::string>() : "";
    }

    json push(const std::string& user, const std::string& project, json changes) {
        auto res = client_->Post(("/api/v1/projects/" + project + "/push").c_str(), auth(user),
                                 json{{"device_id", "d-" + user}, {"changes", changes}}.dump(),
                                 "application/json");
        return res && res->status == 200 ? bodyOf(res)["results"] : json();
    }

    /// A household, a photo whose blob is uploaded, a conflict and a notice in project
    /// `n`, pushed by `surveyor`; their ids become the placeholders of that project.
    void seedProject(int n, const std::string& projectId, const std::string& surveyor) {
        const std::string h = "h" + std::to_string(n), tag = std::to_string(n);
        auto upsert = [&](const std::string& changeId, const std::string& entity,
                          const std::string& id, json fields) {
            return json{{"change_id", changeId}, {"entity", entity}, {"id", id},
                        {"op", "upsert"},        {"base_rev", 0},    {"fields", fields}};
        };
        const std::string blob = "photo bytes of project " + tag;
        const std::string sha = survey::hashing::sha256Hex(blob);
        json first = push(surveyor, projectId,
                          {upsert("c-h-" + tag, "household", h,
                                  {{"code", "R-" + tag}, {"head_name", "甲"}, {"address", "一路"}}),
                           upsert("c-ph-" + tag, "photo", "ph" + tag,
                                  {{"household_id", h}, {"sha256", sha}, {"category", "外观"}})});
        QCOMPARE(first.size(), std::size_t(2));
        QCOMPARE(first[0]["status"], json("applied"));
        // The same field changed from the same base by another change: a stored conflict.
        json second = push(
            surveyor, projectId,
            {upsert("c-h2-" + tag, "household", h, {{"code", "R-" + tag}, {"head_name", "乙"}})});
        QCOMPARE(second[0]["status"], json("conflict"));

        httplib::Headers patch = auth(surveyor);
        patch.emplace("Tus-Resumable", "1.0.0");
        patch.emplace("Upload-Offset", "0");
        patch.emplace("Upload-Length", std::to_string(blob.size()));
        auto uploaded = client_->Patch(("/api/v1/blobs/" + sha).c_str(), patch, blob,
                                       "application/offset+octet-stream");
        QVERIFY(uploaded && uploaded->status == 204);

        auto conflicts =
            client_->Get(("/api/v1/projects/" + projectId + "/conflicts").c_str(), auth("adam"));
        QVERIFY(conflicts && conflicts->status == 200);
        const json list = bodyOf(conflicts)["conflicts"];
        QVERIFY(!list.empty());
        auto notice = client_->Post(
            ("/api/v1/projects/" + projectId + "/notices").c_str(), auth("adam"),
            json{{"kind", "survey_notice"}, {"household_id", h}}.dump(), "application/json");
        QVERIFY2(notice && notice->status == 201, notice ? notice->body.c_str() : "no answer");
        fill_[n] = {{"{P}", projectId},
                    {"{H}", h},
                    {"{C}", std::to_string(list[0]["id"].get<std::int64_t>())},
                    {"{N}", bodyOf(notice)["id"]},
                    {"{S}", bodyOf(notice)["serial"]},
                    {"{B}", sha}};
    }

    std::string pathFor(const Route& route, int project) {
        std::string path = route.path;
        for (const auto& [placeholder, value] : fill_[project])
            if (auto at = path.find(placeholder); at != std::string::npos)
                path.replace(at, placeholder.size(), value);
        return path;
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        const std::string p1 = cli({"project", "add", "P1", "--name", "一号片区"});
        const std::string p2 = cli({"project", "add", "P2", "--name", "二号片区"});
        QCOMPARE(p1.size(), std::size_t(36));
        QCOMPARE(p2.size(), std::size_t(36));
        for (const auto& [user, args] : std::vector<std::pair<std::string, QStringList>>{
                 {"alice", {"--role", "surveyor", "--project", "P1"}},
                 {"sam", {"--role", "surveyor", "--project", "P2"}},
                 {"rita", {"--role", "reviewer", "--project", "P1"}},
                 {"dora", {"--role", "department", "--project", "P1"}},
                 {"adam", {"--role", "admin"}}})
            QCOMPARE(cli(QStringList{"user", "add", QString::fromStdString(user)} + args,
                         QByteArray::fromStdString(user + "-password\n"))
                         .size(),
                     std::size_t(36));
        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0"})), qPrintable(server_.log()));
        client_ = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
        client_->enable_server_certificate_verification(false);
        client_->set_read_timeout(30);
        for (const char* user : {"alice", "sam", "rita", "dora", "adam"}) {
            tokens_[user] = login(user);
            QVERIFY2(!tokens_[user].empty(), user);
        }
        seedProject(1, p1, "alice");
        seedProject(2, p2, "sam");
    }

    void everyRouteEnforcesRolesAndAssignments_data() {
        QTest::addColumn<int>("route");
        QTest::addColumn<int>("caller");
        QTest::addColumn<int>("project");
        for (int r = 0; r < int(std::size(kRoutes)); ++r)
            for (int c = 0; c < int(std::size(kCallers)); ++c)
                for (int p : {1, 2}) {
                    const std::string name = std::string(kRoutes[r].method) + " " +
                                             kRoutes[r].path + " as " + kCallers[c].name + " on P" +
                                             std::to_string(p);
                    QTest::newRow(name.c_str()) << r << c << p;
                }
    }

    void everyRouteEnforcesRolesAndAssignments() {
        QFETCH(int, route);
        QFETCH(int, caller);
        QFETCH(int, project);
        const Route& r = kRoutes[route];
        const Caller& who = kCallers[caller];
        const httplib::Headers headers =
            std::string(who.role).empty() ? httplib::Headers{} : auth(who.name);
        auto res = call(r.method, pathFor(r, project), r.body, headers);
        QVERIFY(res);
        const bool allowed = mayCall(who, r.who, project);
        const QString seen = QString("status %1: %2").arg(res->status).arg(res->body.c_str());
        if (allowed) {
            QVERIFY2(res->status != 401 && res->status != 403, qPrintable(seen));
            QVERIFY2(res->status < 500, qPrintable(seen));
            return;
        }
        const int expected =
            std::string(who.role).empty() || r.who == Who::SessionCookie ? 401 : 403;
        QVERIFY2(res->status == expected, qPrintable(seen));
        if (std::string(r.method) != "HEAD") {
            const json body = bodyOf(res);
            QVERIFY2(body.is_object() && body.contains("error"), qPrintable(seen));
            QCOMPARE(body["error"]["code"], json(expected == 401 ? "unauthorized" : "forbidden"));
        }
    }

    /// Counts the route registrations in the server's sources: each must have its row.
    void routesTableCoversEveryRegistration() {
        static const QRegularExpression registration(
            R"(\bserver\.(Get|Post|Put|Patch|Delete|Options)\()");
        int registered = 0;
        QDirIterator it(SURVEY_SERVER_SOURCES, {"*.cpp"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            registered += int(QString::fromUtf8(file.readAll()).count(registration));
        }
        const auto rows = std::count_if(std::begin(kRoutes), std::end(kRoutes), [](const Route& r) {
            return std::string(r.method) != "HEAD";
        });
        QCOMPARE(registered, int(rows + std::size(kCoveredElsewhere)));
    }

    void cleanupTestCase() {
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
        QString output;
        QCOMPARE(ServerProcess::runCommand(withData({"audit", "verify"}), {}, &output), 0);
        QVERIFY2(output.startsWith("OK "), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestRouteAccess)
#include "test_route_access.moc"
