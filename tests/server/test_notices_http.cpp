// SPDX-License-Identifier: Apache-2.0
// Notices over HTTP against the real survey-server: each of the five kinds issued singly
// and in batches, the archived PDF's hash and text, the QR code opening the public
// verification page, re-issue voiding, refusals that change nothing, and the disclosure
// deadlines under a holiday calendar. The slots run in order and build on each other.
#include "../unit/notice_test_support.h"
#include "notices_http_seed.h"
#include "server_process.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtTest>
#include <httplib.h>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

using nlohmann::json;
using notice_test::hasPhrase;
using namespace notices_http;

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

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

class TestNoticesHttp : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_, workDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::Client> client_;
    std::string cd_, xb_, demo_; // project ids
    std::string demoSurveyorPassword_;
    std::string alice_, sam_, rita_, adam_; // tokens: surveyors in CD and XB, reviewer, admin
    std::map<std::string, json> issued_;    // the first notice of each kind, by kind

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}, int* exit = nullptr) {
        QString output;
        const int code = ServerProcess::runCommand(withData(args), input, &output);
        if (exit)
            *exit = code;
        return output.trimmed().toStdString();
    }

    std::string login(const std::string& user, const std::string& password = {}) {
        auto res =
            client_->Post("/api/v1/auth/login",
                          json{{"username", user},
                               {"password", password.empty() ? user + "-password" : password},
                               {"device_id", user + "-1"}}
                              .dump(),
                          "application/json");
        return res && res->status == 200 ? bodyOf(res)["token"].get<std::string>() : "";
    }

    static httplib::Headers auth(const std::string& token) {
        return token.empty() ? httplib::Headers{}
                             : httplib::Headers{{"Authorization", "Bearer " + token}};
    }
    httplib::Result post(const std::string& path, const json& body, const std::string& token) {
        return client_->Post(path.c_str(), auth(token), body.dump(), "application/json");
    }
    httplib::Result put(const std::string& path, const json& body, const std::string& token) {
        return client_->Put(path.c_str(), auth(token), body.dump(), "application/json");
    }
    httplib::Result get(const std::string& path, const std::string& token) {
        return client_->Get(path.c_str(), auth(token));
    }

    void push(const std::string& pid, const std::string& token, json changes) {
        const std::size_t count = changes.size();
        auto res = post("/api/v1/projects/" + pid + "/push",
                        {{"device_id", "tablet"}, {"changes", std::move(changes)}}, token);
        QVERIFY2(res && res->status == 200, res ? res->body.c_str() : "no response");
        const json results = bodyOf(res)["results"];
        QCOMPARE(results.size(), count);
        for (const auto& r : results)
            QVERIFY2(r["status"] == "applied", r.dump().c_str());
    }

    httplib::Result issue(const std::string& pid, const json& body, const std::string& token) {
        return post("/api/v1/projects/" + pid + "/notices", body, token);
    }

    /// The archived PDF of `notice`, checked against the hash the API reported, in workDir_.
    QString download(const json& notice) {
        auto res = get(notice["url"].get<std::string>(), rita_);
        if (!res || res->status != 200 ||
            res->get_header_value("Content-Type") != "application/pdf")
            return {};
        const std::string sha = survey::hashing::sha256Hex(res->body);
        if (sha != notice["sha256"] || res->get_header_value("X-Content-SHA256") != sha) {
            qWarning() << "PDF hash" << sha.c_str() << "reported"
                       << notice["sha256"].dump().c_str();
            return {};
        }
        return notice_test::writePdf(workDir_, QByteArray::fromStdString(res->body),
                                     q(notice["serial"].get<std::string>() + ".pdf"));
    }

    /// The page the QR code of `pdf` opens, after checking that it points at this server.
    httplib::Result openQr(const QString& pdf, const std::string& serial) {
        const QUrl url(QString::fromUtf8(notice_test::decodeQr(workDir_, pdf)));
        if (url.host() != "127.0.0.1" || url.port() != server_.port() ||
            url.path() != q("/verify/" + serial)) {
            qWarning() << "QR code says" << url;
            return httplib::Result(nullptr, httplib::Error::Unknown);
        }
        return client_->Get(url.path().toStdString().c_str());
    }

    std::string serialOf(const std::string& kind) { return issued_[kind]["serial"]; }
    QString pdfOf(const std::string& kind) { return workDir_.filePath(q(serialOf(kind) + ".pdf")); }

    json verifyJson(const std::string& serial) {
        return bodyOf(client_->Get(("/verify/" + serial).c_str(),
                                   httplib::Headers{{"Accept", "application/json"}}));
    }

    std::int64_t rows(const std::string& sql) {
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto stmt = db.prepare(sql);
        stmt.step();
        return stmt.getInt(0);
    }

    /// Notices, their audit entries and archived files: what a refused request must not change.
    std::vector<std::int64_t> noticeState() {
        return {rows("SELECT count(*) FROM notices"),
                rows("SELECT count(*) FROM notices WHERE status = 'void'"),
                rows("SELECT count(*) FROM audit_log"),
                QDir(dataDir_.filePath("notices")).entryList(QDir::Files | QDir::Hidden).size()};
    }

    void seedHouseholds() {
        push(cd_, alice_, cdSeedChanges());
        push(xb_, sam_, {change("household", "x1", {{"code", "XB-0001"}, {"head_name", "钱多"}})});

        // 认定 decisions have no API yet: the department's decision is recorded as the
        // server stores it.
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto insert = db.prepare(
            "INSERT INTO recognition_decisions (building_id, department, decision_no, decided_on, "
            "basis, status, recorded_by, at) VALUES ('h1-b2', '城东区城市管理局', "
            "'城东城管认〔2026〕17号', '2026-11-20', '无规划许可', 'illegal', 'test', "
            "'2026-11-20T02:00:00Z')");
        insert.run();
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        QVERIFY(workDir_.isValid());
        cd_ = cli({"project", "add", "CD", "--name", "城东片区棚户区改造项目", "--freeze-date",
                   "2026-03-15"});
        xb_ = cli({"project", "add", "XB", "--name", "西坝片区"});
        QCOMPARE(cd_.size(), std::size_t(36));
        QCOMPARE(xb_.size(), std::size_t(36));
        // The demo project's 40 households make a batch that renders for many seconds.
        static const QRegularExpression demoProject(R"(^project DEMO (\S+)$)",
                                                    QRegularExpression::MultilineOption);
        static const QRegularExpression demoLogin(R"(^login surveyor1 (\S+)$)",
                                                  QRegularExpression::MultilineOption);
        const QString demo = q(cli({"demo"}));
        demo_ = demoProject.match(demo).captured(1).toStdString();
        demoSurveyorPassword_ = demoLogin.match(demo).captured(1).toStdString();
        QVERIFY2(!demo_.empty() && !demoSurveyorPassword_.empty(), qPrintable(demo));
        const std::pair<const char*, QStringList> users[] = {
            {"alice", {"--role", "surveyor", "--project", "CD"}},
            {"sam", {"--role", "surveyor", "--project", "XB"}},
            {"rita",
             {"--role", "reviewer", "--project", "CD", "--project", "XB", "--project", "DEMO"}},
            {"adam", {"--role", "admin"}}};
        for (const auto& [name, roleArgs] : users)
            QCOMPARE(
                cli(QStringList{"user", "add", name} + roleArgs, QByteArray(name) + "-password\n")
                    .size(),
                std::size_t(36));
        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0", "--insecure-http"})),
                 qPrintable(server_.log()));
        client_ = std::make_unique<httplib::Client>("127.0.0.1", server_.port());
        client_->set_connection_timeout(5);
        client_->set_read_timeout(60); // a notice is rendered while the request waits
        client_->set_keep_alive(true);
        alice_ = login("alice");
        sam_ = login("sam");
        rita_ = login("rita");
        adam_ = login("adam");
        for (const auto* t : {&alice_, &sam_, &rita_, &adam_})
            QVERIFY(!t->empty());
        seedHouseholds();
        if (QTest::currentTestFailed())
            return;
        auto settings = put("/api/v1/projects/" + cd_ + "/settings",
                            {{"authority", "城东区房屋征收办公室"},
                             {"contact_name", "张科长"},
                             {"contact_phone", "028-86001234"},
                             {"survey_from", "2026-11-02"},
                             {"survey_to", "2026-11-20"},
                             {"evidence_deadline", "2026-11-27"},
                             {"posted_at", "红星社区居委会公告栏"},
                             {"objection_to", "城东区房屋征收办公室（解放路8号）"},
                             {"posting_days", 7}},
                            adam_);
        QVERIFY2(settings && settings->status == 200, settings ? settings->body.c_str() : "");
    }

    void eachKindIsIssuedAndArchived() {
        const std::tuple<const char*, const char*, json> kinds[] = {
            {"survey_notice", "TZ", "h1"},
            {"registration_form", "DJB", "h1"},
            {"survey_posting", "GS1", nullptr},
            {"recognition_notice", "RDTZ", "h1"},
            {"recognition_posting", "GS2", nullptr}};
        for (const auto& [kind, code, household] : kinds) {
            json body = {{"kind", kind}};
            if (!household.is_null())
                body["household_id"] = household;
            auto res = issue(cd_, body, rita_);
            QVERIFY2(res && res->status == 201, res ? res->body.c_str() : "no response");
            const json notice = bodyOf(res);
            QCOMPARE(notice["kind"], json(kind));
            QCOMPARE(notice["household_id"], household);
            QCOMPARE(notice["serial"], json(std::string("CD-") + code + "-000001"));
            QCOMPARE(notice["status"], json("current"));
            QCOMPARE(notice["sha256"].get<std::string>().size(), std::size_t(64));
            QVERIFY(!download(notice).isEmpty());
            issued_[kind] = notice;
        }
        const json list = bodyOf(get("/api/v1/projects/" + cd_ + "/notices", alice_))["notices"];
        QCOMPARE(list.size(), std::size_t(5));
        QCOMPARE(rows("SELECT count(*) FROM audit_log WHERE action = 'notice.issue'"), 5);
    }

    void householdNoticesCarryTheRecord() {
        const QString notice = notice_test::pdfText(pdfOf("survey_notice"));
        for (const QString& phrase :
             {q(serialOf("survey_notice")), QString("王小明"), QString("城东区房屋征收办公室"),
              QString("2026年11月27日"), QString("2026年3月15日")})
            QVERIFY2(hasPhrase(notice, phrase), qPrintable(phrase + "\n" + notice));

        // The registration form goes to the household itself: its numbers are printed whole.
        const QString form = notice_test::pdfText(pdfOf("registration_form"));
        for (const QString& phrase :
             {q(serialOf("registration_form")), QString("CD-0001"), QString("90.00"),
              QString("15.12"), QString("20.00"), QString("35.12"), QString("14.85"),
              QString("49.97"), q(kHeadId), q(kSpouseId), QString(kSpousePhone)})
            QVERIFY2(hasPhrase(form, phrase), qPrintable(phrase + "\n" + form));

        const QString recognition = notice_test::pdfText(pdfOf("recognition_notice"));
        for (const QString& phrase :
             {q(serialOf("recognition_notice")), QString("第 2 幢"), QString("14.85"),
              QString("认定违法"), QString("城东区城市管理局"), QString("城东城管认〔2026〕17号"),
              QString("2026年11月20日"), QString("不予补偿")})
            QVERIFY2(hasPhrase(recognition, phrase), qPrintable(phrase + "\n" + recognition));
        QVERIFY(!hasPhrase(recognition, "第 1 幢")); // registered: no 认定
    }

    void postingsShowFiguresButNoPrivateNumbers() {
        const QString survey = notice_test::pdfText(pdfOf("survey_posting"));
        for (const QString& phrase :
             {q(serialOf("survey_posting")), QString("CD-0001"), QString("王小明"),
              QString("90.00"), QString("49.97"), QString("CD-0002"), QString("李秀英"),
              QString("30.00"), QString("拒签"), QString("CD-0003"), QString("共3户")})
            QVERIFY2(hasPhrase(survey, phrase), qPrintable(phrase + "\n" + survey));
        // h3 was not surveyed: a dash for its area, not a measured 0.00.
        const QStringList h3 = survey.split('\n').filter("CD-0003");
        QCOMPARE(h3.size(), 1);
        QVERIFY2(!h3[0].contains("0.00"), qPrintable(h3[0]));
        const QString recognition = notice_test::pdfText(pdfOf("recognition_posting"));
        for (const QString& phrase :
             {q(serialOf("recognition_posting")), QString("CD-0001"), QString("王小明"),
              QString("14.85"), QString("认定违法"), QString("城东城管认〔2026〕17号"),
              QString("不予补偿"), QString("共1幢")})
            QVERIFY2(hasPhrase(recognition, phrase), qPrintable(phrase + "\n" + recognition));
        QVERIFY(!hasPhrase(recognition, "CD-0002")); // no unregistered building

        // Postings are public (domain.md §8): no ID number or phone, whole or in part.
        for (const char* kind : {"survey_posting", "recognition_posting"}) {
            const QString drawn = notice_test::pdfDrawnText(pdfOf(kind));
            for (const std::string& number :
                 {kHeadId, kSpouseId, kRefusedHeadId, std::string(kHeadPhone),
                  std::string(kSpousePhone), std::string(kRefusedPhone)}) {
                QVERIFY2(!drawn.contains(q(number)), kind);
            }
            // Nor anything shaped like one, masked or not, outside the footer's hash.
            static const QRegularExpression numberLike(R"([0-9*]{11,})");
            for (const QString& line : notice_test::pdfText(pdfOf(kind)).split('\n'))
                if (!line.contains("SHA-256"))
                    QVERIFY2(!numberLike.match(line).hasMatch(), qPrintable(line));
        }
    }

    void qrCodesOpenTheVerifyPage() {
        for (const auto& [kind, notice] : issued_) {
            const std::string serial = notice["serial"];
            auto page = openQr(pdfOf(kind), serial);
            QVERIFY2(page && page->status == 200, kind.c_str());
            QVERIFY(page->get_header_value("Content-Type").starts_with("text/html"));
            QVERIFY(page->body.find("有效") != std::string::npos);
            QVERIFY(page->body.find(serial) != std::string::npos);
            QVERIFY(page->body.find(notice["sha256"].get<std::string>()) != std::string::npos);
            // Anyone holding the paper can open it: no personal data.
            for (const std::string& personal :
                 {std::string("王小明"), std::string("李秀英"), std::string("刘芳"),
                  std::string("东风巷"), kHeadId, kSpouseId, kRefusedHeadId,
                  std::string(kHeadPhone), std::string(kRefusedPhone)})
                QVERIFY2(page->body.find(personal) == std::string::npos, personal.c_str());
            const json answer = verifyJson(serial);
            QCOMPARE(answer["status"], json("current"));
            QCOMPARE(answer["pdf_sha256"], notice["sha256"]);
            QCOMPARE(answer["content_sha256"], notice["content_sha256"]);
        }
    }

    void reissueVoidsThePrevious() {
        const json first = issued_["registration_form"];
        auto res = issue(cd_, {{"kind", "registration_form"}, {"household_id", "h1"}}, rita_);
        QVERIFY2(res && res->status == 201, res ? res->body.c_str() : "no response");
        const json second = bodyOf(res);
        QCOMPARE(second["serial"], json("CD-DJB-000002"));
        const QString secondPdf = download(second);
        QVERIFY(!secondPdf.isEmpty());

        auto old = openQr(pdfOf("registration_form"), first["serial"]);
        QVERIFY(old && old->status == 200);
        QVERIFY(old->body.find("已作废") != std::string::npos);
        QVERIFY(old->body.find("有效") == std::string::npos);
        QVERIFY(old->body.find("CD-DJB-000002") != std::string::npos);
        const json oldAnswer = verifyJson(first["serial"]);
        QCOMPARE(oldAnswer["status"], json("void"));
        QCOMPARE(oldAnswer["replaced_by"], json("CD-DJB-000002"));
        auto current = openQr(secondPdf, "CD-DJB-000002");
        QVERIFY(current && current->body.find("有效") != std::string::npos);
        // The voided file stays as it was issued.
        auto archived = get(first["url"], rita_);
        QVERIFY(archived && survey::hashing::sha256Hex(archived->body) == first["sha256"]);

        // Voided without a replacement (issued in error), and only once.
        const std::string voidPath = "/api/v1/notices/" + second["id"].get<std::string>() + "/void";
        QVERIFY(isError(post(voidPath, json::object(), alice_), 403, "forbidden"));
        auto voided = post(voidPath, json::object(), rita_);
        QVERIFY(voided && voided->status == 200);
        QCOMPARE(bodyOf(voided)["status"], json("void"));
        QVERIFY(isError(post(voidPath, json::object(), rita_), 409, "conflict"));
        const json answer = verifyJson("CD-DJB-000002");
        QCOMPARE(answer["status"], json("void"));
        QCOMPARE(answer["replaced_by"], json());
    }

    void batchIssuesEveryQualifyingHousehold() {
        const std::tuple<const char*, std::vector<std::string>, std::vector<std::string>>
            batches[] = {{"survey_notice",
                          {"h1", "h2", "h3"},
                          {"CD-TZ-000002", "CD-TZ-000003", "CD-TZ-000004"}},
                         {"registration_form", {"h1", "h2"}, {"CD-DJB-000003", "CD-DJB-000004"}},
                         {"recognition_notice", {"h1"}, {"CD-RDTZ-000002"}}};
        for (const auto& [kind, households, serials] : batches) {
            auto res = post("/api/v1/projects/" + cd_ + "/notices/batch", {{"kind", kind}}, rita_);
            QVERIFY2(res && res->status == 201, res ? res->body.c_str() : "no response");
            const json notices = bodyOf(res)["notices"];
            QCOMPARE(notices.size(), households.size());
            for (std::size_t i = 0; i < households.size(); ++i) {
                QCOMPARE(notices[i]["household_id"], json(households[i]));
                QCOMPARE(notices[i]["serial"], json(serials[i]));
                QCOMPARE(verifyJson(serials[i])["status"], json("current"));
            }
        }
        // h1's single survey notice was replaced by its batch one.
        QCOMPARE(verifyJson(serialOf("survey_notice"))["replaced_by"], json("CD-TZ-000002"));

        // The refused household's form says so, with its own figures.
        const json list = bodyOf(get("/api/v1/projects/" + cd_ + "/notices", rita_))["notices"];
        json refusedForm;
        for (const auto& n : list)
            if (n["serial"] == "CD-DJB-000004")
                refusedForm = n;
        QVERIFY(refusedForm.is_object());
        const QString pdf = download(refusedForm);
        QVERIFY(!pdf.isEmpty());
        const QString text = notice_test::pdfText(pdf);
        for (const QString& phrase : {QString("CD-DJB-000004"), QString("李秀英"), QString("30.00"),
                                      QString("户主拒绝签字")})
            QVERIFY2(hasPhrase(text, phrase), qPrintable(phrase + "\n" + text));

        QVERIFY(isError(
            post("/api/v1/projects/" + cd_ + "/notices/batch", {{"kind", "survey_posting"}}, rita_),
            400, "bad_request"));
    }

    void pushesGoThroughWhileABatchRenders() {
        // Rendering takes a while; a tablet's push must not wait for a whole batch of it.
        const std::string surveyor = login("surveyor1", demoSurveyorPassword_);
        QVERIFY(!surveyor.empty());
        const std::string list = "/api/v1/projects/" + demo_ + "/notices";
        const auto surveyed = static_cast<std::size_t>(
            rows("SELECT count(DISTINCT b.household_id) FROM buildings b JOIN households h ON "
                 "h.id = b.household_id WHERE b.deleted = 0 AND h.project_id = '" +
                 demo_ + "'"));
        httplib::Result batch(nullptr, httplib::Error::Unknown);
        std::thread batchThread([&] {
            httplib::Client other("127.0.0.1", server_.port());
            other.set_read_timeout(120);
            batch = other.Post((list + "/batch").c_str(), auth(rita_),
                               json{{"kind", "registration_form"}}.dump(), "application/json");
        });
        QDeadlineTimer started(60'000);
        while (bodyOf(get(list, rita_))["notices"].empty() && !started.hasExpired())
            QThread::msleep(50);
        QElapsedTimer pushTime;
        pushTime.start();
        auto pushed = post("/api/v1/projects/" + demo_ + "/push",
                           {{"device_id", "surveyor1-1"},
                            {"changes", {change("household", "d-new", {{"code", "SF-900"}})}}},
                           surveyor);
        const qint64 pushMs = pushTime.elapsed();
        const bool batchStillRunning = bodyOf(get(list, rita_))["notices"].size() < surveyed;
        batchThread.join();
        QVERIFY2(pushed && pushed->status == 200, pushed ? pushed->body.c_str() : "no response");
        QCOMPARE(bodyOf(pushed)["results"][0]["status"], json("applied"));
        QVERIFY2(batchStillRunning, "the batch ended before the push; the check proved nothing");
        QVERIFY2(pushMs < 2000, qPrintable(QString::number(pushMs) + " ms"));
        QVERIFY2(batch && batch->status == 201, batch ? batch->body.c_str() : "no response");
        QCOMPARE(bodyOf(batch)["notices"].size(), surveyed);
    }

    void unknownSerialIsUnknown() {
        auto page = client_->Get("/verify/CD-DJB-999999");
        QVERIFY(page && page->status == 404);
        QVERIFY(page->body.find("未找到") != std::string::npos);
        QCOMPARE(verifyJson("CD-DJB-999999")["status"], json("unknown"));
        QVERIFY(isError(client_->Get("/verify/CD%20DJB"), 404, "not_found"));
    }

    void refusalsChangeNothing() {
        const auto before = noticeState();
        const std::string notices = "/api/v1/projects/" + cd_ + "/notices";
        const json h1Form = {{"kind", "registration_form"}, {"household_id", "h1"}};
        QVERIFY(isError(issue(cd_, {{"kind", "eviction_order"}, {"household_id", "h1"}}, rita_),
                        422, "validation"));
        QVERIFY(isError(issue(cd_, {{"household_id", "h1"}}, rita_), 400, "missing_field"));
        QVERIFY(isError(issue(cd_, {{"kind", "registration_form"}}, rita_), 400, "missing_field"));
        QVERIFY(isError(issue(cd_, {{"kind", "survey_posting"}, {"household_id", "h1"}}, rita_),
                        400, "bad_request"));
        QVERIFY(isError(issue(cd_, {{"kind", "survey_notice"}, {"household_id", 7}}, rita_), 400,
                        "wrong_type"));
        // Wrong project: a household of XB through CD, a project that does not exist, and a
        // surveyor of XB reading CD.
        QVERIFY(isError(issue(cd_, {{"kind", "survey_notice"}, {"household_id", "x1"}}, rita_), 404,
                        "not_found"));
        QVERIFY(isError(issue(cd_, {{"kind", "survey_notice"}, {"household_id", "nope"}}, rita_),
                        404, "not_found"));
        QVERIFY(isError(issue("00000000-0000-0000-0000-000000000000", h1Form, rita_), 404,
                        "not_found"));
        QVERIFY(isError(get(notices, sam_), 403, "forbidden"));
        QVERIFY(isError(get(issued_["survey_posting"]["url"], sam_), 403, "forbidden"));
        // Surveyors do not issue, not even in their own project; no token, no notice.
        QVERIFY(isError(issue(cd_, h1Form, alice_), 403, "forbidden"));
        QVERIFY(isError(post(notices + "/batch", {{"kind", "survey_notice"}}, alice_), 403,
                        "forbidden"));
        QVERIFY(isError(issue(xb_, {{"kind", "survey_notice"}, {"household_id", "x1"}}, sam_), 403,
                        "forbidden"));
        QVERIFY(isError(issue(cd_, h1Form, ""), 401, "unauthorized"));
        QVERIFY(isError(issue(cd_, h1Form, "not-a-token"), 401, "unauthorized"));
        QVERIFY(isError(get(issued_["survey_posting"]["url"], ""), 401, "unauthorized"));
        QVERIFY(isError(client_->Post(notices.c_str(), auth(rita_), "{", "application/json"), 400,
                        "bad_json"));
        QVERIFY(noticeState() == before);
    }

    void deadlinesCountWorkingDaysAndListTheOverdue() {
        const std::string project = "/api/v1/projects/" + cd_;
        const json today = bodyOf(get(project + "/deadlines", rita_))["today"];
        QVERIFY(today.is_string());
        // Survey results formed before the 2026 National Day holiday and never posted in
        // time; 认定 results formed today and posted today (the posting issued above).
        auto settings = put(
            project + "/settings",
            {{"survey_results_formed_on", "2026-09-25"}, {"recognition_results_formed_on", today}},
            adam_);
        QVERIFY2(settings && settings->status == 200, settings ? settings->body.c_str() : "");
        auto surveyItem = [&] {
            const json items = bodyOf(get(project + "/deadlines", alice_))["items"];
            return items.size() == 2 ? items[0] : json();
        };
        QCOMPARE(surveyItem()["due_on"], json("2026-10-23")); // Monday..Friday only

        QVERIFY(isError(put(project + "/holidays", {{"dates", {"2026-10-01"}}}, rita_), 403,
                        "forbidden"));
        QVERIFY(isError(put(project + "/holidays", {{"dates", {"2026-10-32"}}}, adam_), 422,
                        "validation"));
        // Oct 1, 2, 5, 6, 7, 8 off; Sunday Sep 27 and Saturday Oct 10 worked (调休).
        auto calendar = put(
            project + "/holidays",
            {{"dates",
              {"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"}},
             {"workdays", {"2026-09-27", "2026-10-10"}}},
            adam_);
        QVERIFY2(calendar && calendar->status == 200, calendar ? calendar->body.c_str() : "");

        const json deadlines = bodyOf(get(project + "/deadlines", alice_));
        QCOMPARE(deadlines["items"].size(), std::size_t(2));
        const json survey = deadlines["items"][0];
        QCOMPARE(survey["item"], json("survey_results"));
        QCOMPARE(survey["formed_on"], json("2026-09-25"));
        QCOMPARE(survey["due_on"], json("2026-10-29"));
        QCOMPARE(survey["disclosed_on"], today); // the posting issued today came too late
        QCOMPARE(survey["overdue"], json(true));
        const json recognition = deadlines["items"][1];
        QCOMPARE(recognition["item"], json("recognition_results"));
        QCOMPARE(recognition["disclosed_on"], today);
        QCOMPARE(recognition["overdue"], json(false));
        QVERIFY(recognition["posted_until"].is_string());
        QVERIFY(isError(get(project + "/deadlines", sam_), 403, "forbidden"));

        int exit = 0;
        const std::string report = cli({"deadlines"}, {}, &exit);
        QCOMPARE(exit, 1);
        QVERIFY2(report.find("overdue CD survey_results formed 2026-09-25 due 2026-10-29") !=
                     std::string::npos,
                 report.c_str());
        QVERIFY2(report.find("recognition_results") == std::string::npos, report.c_str());
    }

    void auditChainVerifies() {
        QCOMPARE(rows("SELECT count(*) FROM audit_log WHERE action = 'notice.issue'"),
                 rows("SELECT count(*) FROM notices"));
        const std::string out = cli({"audit", "verify"});
        QVERIFY2(out.starts_with("OK "), out.c_str());
    }

    void cleanupTestCase() {
        client_.reset();
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
    }
};

int main(int argc, char** argv) {
    // Each slot renders and scans a few PDFs in seconds; one that is stuck fails after two
    // minutes with a stack trace instead of running into QTest's or ctest's limit.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "120000");
    QCoreApplication app(argc, argv);
    TestNoticesHttp test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_notices_http.moc"
