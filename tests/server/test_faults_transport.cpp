// SPDX-License-Identifier: Apache-2.0
// What a weak mobile link or a hostile peer does to the transport, against the real
// survey-server: requests dribbled and stalled, bodies shorter than their Content-Length,
// oversized headers and request targets, malformed request lines, bytes that are not TLS,
// connections dropped mid-body and the same push replayed. Each gets the error JSON or a
// closed connection within the server's read timeout, changes nothing, and leaves the
// server answering everyone else; the database passes PRAGMA integrity_check after each.
//
// Responses are read up to their Content-Length, never until the server closes: after an
// error cpp-httplib 0.11 keeps the connection for its keep-alive timeout, which is not
// what these tests measure.
#include "raw_tls_client.h"
#include "server_process.h"
#include "server_test_support.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

using nlohmann::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {
/// The server's --read-timeout in these tests; every stall is cut this long after it began.
constexpr auto kReadTimeout = 2s;
/// What the test allows beyond the read timeout: scheduling on a loaded CI machine.
constexpr auto kSlack = 4s;
/// How long a well-behaved request may take while the bad ones are held open.
constexpr auto kPromptAnswer = 3s;

/// A whole HTTP response as the raw clients read it.
struct RawResponse {
    int status = 0;
    json body;
    bool closed = false; ///< the server closed the connection instead of answering
};

/// True once `bytes` hold a response head and as many body bytes as it declares.
bool responseComplete(std::string_view bytes) {
    return completeResponseBytes(bytes) > 0;
}

RawResponse parseResponse(const std::string& raw, bool closed) {
    RawResponse r;
    r.closed = closed && !responseComplete(raw);
    if (raw.starts_with("HTTP/1.1 ") && raw.size() >= 12)
        r.status = std::stoi(raw.substr(9, 3));
    if (const auto headEnd = raw.find("\r\n\r\n"); headEnd != std::string::npos)
        r.body = json::parse(raw.substr(headEnd + 4), nullptr, false);
    return r;
}

/// Reads one response (bounded by `timeout`) from a raw TLS connection.
RawResponse readResponse(RawTlsClient& client, std::chrono::milliseconds timeout) {
    bool closed = false;
    const std::string raw = client.readUntil(timeout, responseComplete, &closed);
    return parseResponse(raw, closed);
}

/// The design's error JSON with a code, whatever the status.
bool isErrorJson(const RawResponse& r) {
    return r.body.is_object() && r.body.size() == 1 && r.body["error"].is_object() &&
           r.body["error"]["code"].is_string() && r.body["error"]["message"].is_string();
}

/// Sends `bytes` over plain TCP (no TLS) and waits, bounded, for the server to close;
/// returns how long that took, or nullopt when it did not close in time.
std::optional<std::chrono::milliseconds> plainTcpClosedAfter(int port, std::string_view bytes,
                                                             std::chrono::milliseconds timeout) {
    const int fd = connectLoopback(port);
    if (fd < 0)
        return std::nullopt;
    const auto start = Clock::now();
    if (!bytes.empty() && ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) < 0) {
        ::close(fd);
        return std::chrono::milliseconds(0); // already closed
    }
    const auto deadline = start + timeout;
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd p{fd, POLLIN, 0};
        if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
            ::close(fd);
            return std::nullopt;
        }
        char buffer[4096];
        if (::recv(fd, buffer, sizeof buffer, 0) <= 0) // FIN or reset: closed
            break;
    }
    ::close(fd);
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

std::int64_t scalar(survey::storage::Database& db, const std::string& sql) {
    auto q = db.prepare(sql);
    return q.step() ? q.getInt(0) : -1;
}

/// A push of `households` new households whose change ids start with `prefix`.
std::string pushBody(const std::string& prefix, int households) {
    json changes = json::array();
    for (int i = 0; i < households; ++i) {
        const std::string id = prefix + "-h" + std::to_string(i);
        changes.push_back({{"change_id", "c-" + id},
                           {"entity", "household"},
                           {"id", id},
                           {"op", "upsert"},
                           {"base_rev", 0},
                           {"fields",
                            {{"code", "T-" + id},
                             {"head_name", "户主" + std::to_string(i)},
                             {"address", "示范路 " + std::to_string(i) + " 号"}}}});
    }
    return json{{"device_id", "tablet-transport"}, {"changes", std::move(changes)}}.dump();
}
} // namespace

class TestFaultsTransport : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::string projectId_, token_;

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}) {
        QString output;
        const int exit = ServerProcess::runCommand(withData(args), input, &output);
        return exit == 0 ? output.trimmed().toStdString() : "<exit " + std::to_string(exit) + ">";
    }

    std::unique_ptr<httplib::SSLClient> client() const {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
        c->enable_server_certificate_verification(false);
        c->set_connection_timeout(2);
        c->set_read_timeout(10);
        return c;
    }

    std::string pushPath() const { return "/api/v1/projects/" + projectId_ + "/push"; }

    /// The head of a push request as a tablet sends it, with the Content-Length given.
    std::string pushHead(std::size_t contentLength, const std::string& extraHeaders = {}) const {
        return "POST " + pushPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
               token_ + "\r\nContent-Type: application/json\r\nContent-Length: " +
               std::to_string(contentLength) + "\r\n" + extraHeaders + "\r\n";
    }

    survey::storage::Database openDb() const {
        return survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
    }

    /// Rows of every table a push writes, to prove that a refused request wrote nothing.
    std::vector<std::int64_t> writeCounts() const {
        auto db = openDb();
        std::vector<std::int64_t> counts;
        for (const char* table : {"change_log", "push_receipts", "audit_log", "households"})
            counts.push_back(scalar(db, std::string("SELECT count(*) FROM ") + table));
        return counts;
    }

    /// Receipts of the changes whose change_id starts with c-<prefix>.
    std::int64_t receiptsOf(const std::string& prefix) const {
        auto db = openDb();
        auto q = db.prepare("SELECT count(*) FROM push_receipts WHERE change_id LIKE ?");
        q.bind(1, "c-" + prefix + "-%");
        return q.step() ? q.getInt(0) : -1;
    }

    /// A well-behaved client is answered promptly: health, and a push of a fresh batch.
    void othersAreServed(const std::string& prefix) {
        auto c = client();
        const auto start = Clock::now();
        auto health = c->Get("/healthz");
        QVERIFY(health && health->status == 200);
        auto pushed = c->Post(pushPath().c_str(), {{"Authorization", "Bearer " + token_}},
                              pushBody(prefix, 3), "application/json");
        QVERIFY(pushed);
        QVERIFY2(pushed->status == 200, pushed->body.c_str());
        const json answer = json::parse(pushed->body);
        for (const auto& r : answer["results"])
            QCOMPARE(r["status"], json("applied"));
        const auto took = Clock::now() - start;
        QVERIFY2(
            took < kPromptAnswer,
            qPrintable(
                QString("answered after %1 ms")
                    .arg(std::chrono::duration_cast<std::chrono::milliseconds>(took).count())));
    }

  private slots:
    void initTestCase() {
        std::signal(SIGPIPE, SIG_IGN); // writes to a connection the server closed must fail
        QVERIFY(dataDir_.isValid());
        projectId_ = cli({"project", "add", "P1", "--name", "示范路片区"});
        QCOMPARE(projectId_.size(), std::size_t(36));
        QCOMPARE(cli({"user", "add", "alice", "--role", "surveyor", "--project", "P1"},
                     "alice-password\n")
                     .size(),
                 std::size_t(36));
        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0", "--read-timeout",
                                         QString::number(kReadTimeout.count())})),
                 qPrintable(server_.log()));
        auto res = client()->Post(
            "/api/v1/auth/login",
            R"({"username":"alice","password":"alice-password","device_id":"tablet-transport"})",
            "application/json");
        QVERIFY(res && res->status == 200);
        token_ = json::parse(res->body)["token"];
    }

    /// After every case: the server still answers and the database is sound.
    void cleanup() {
        auto health = client()->Get("/healthz");
        QVERIFY2(health && health->status == 200, qPrintable(server_.log()));
        auto db = openDb();
        auto q = db.prepare("PRAGMA integrity_check");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("ok"));
    }

    void malformedRequestLinesGetTheErrorJson() {
        const std::string body = pushBody("malformed", 1);
        const std::string auth = "Authorization: Bearer " + token_ + "\r\n";
        const std::string push = "POST " + pushPath() + " HTTP/1.1\r\nHost: x\r\n" + auth;
        const std::vector<std::string> requests = {
            "BLAH\r\n\r\n",
            "GET\r\n\r\n",
            "GET /healthz\r\n\r\n",
            "GET /healthz HTTP/9.9\r\n\r\n",
            "BREW /healthz HTTP/1.1\r\n\r\n",
            "\r\n\r\n",
            std::string("GET /heal\0thz HTTP/1.1\r\n\r\n", 26),
            "GET /healthz HTTP/1.1\n\n", // bare line feeds: an incomplete request, then a stall
            push + "Content-Length: -5\r\n\r\n" + body,
            push + "Content-Length: 99999999999999999999999\r\n\r\n" + body,
            push + "Content-Length: 12abc\r\n\r\n" + body,
            push + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body + "\r\n0\r\n\r\n",
        };
        const auto before = writeCounts();
        for (const auto& request : requests) {
            RawTlsClient raw(server_.port());
            QVERIFY(raw.connected());
            const auto start = Clock::now();
            raw.send(request);
            const RawResponse r = readResponse(raw, kReadTimeout + kSlack);
            const auto took = Clock::now() - start;
            const QByteArray shown =
                QByteArray::fromStdString(request.substr(0, 60)).toPercentEncoding(" /:");
            QVERIFY2(took < kReadTimeout + kSlack, shown.constData());
            if (r.closed)
                continue; // a closed connection is an answer too, within the read timeout
            QVERIFY2(r.status >= 400 && r.status < 500, shown.constData());
            QVERIFY2(isErrorJson(r), shown.constData());
        }
        QCOMPARE(writeCounts(), before);
        QCOMPARE(receiptsOf("malformed"), 0);
    }

    void oversizedHeadersAndTargetsAreRefused() {
        const std::string body = pushBody("oversized", 1);
        const auto before = writeCounts();
        struct Case {
            const char* what;
            std::string request;
            int status;
        };
        std::string manyHeaders, wideHeaders;
        for (int i = 0; i < 2000; ++i)
            manyHeaders += "X-Pad-" + std::to_string(i) + ": 0123456789\r\n";
        for (int i = 0; i < 8; ++i)
            wideHeaders += "X-Wide-" + std::to_string(i) + ": " + std::string(5000, 'w') + "\r\n";
        const std::vector<Case> cases = {
            {"one header line of 20 KB",
             pushHead(body.size(), "X-Huge: " + std::string(20'000, 'h') + "\r\n") + body, 400},
            {"2000 header fields", pushHead(body.size(), manyHeaders) + body, 431},
            {"40 KB of header fields", pushHead(body.size(), wideHeaders) + body, 431},
            {"a request target of 10 KB",
             "GET /api/v1/projects/" + std::string(10'000, 'p') +
                 "/changes HTTP/1.1\r\nHost: x\r\n\r\n",
             414},
        };
        for (const auto& c : cases) {
            RawTlsClient raw(server_.port());
            QVERIFY(raw.connected());
            raw.send(c.request);
            const RawResponse r = readResponse(raw, kReadTimeout + kSlack);
            QVERIFY2(!r.closed, c.what);
            QVERIFY2(
                r.status == c.status,
                qPrintable(
                    QString("%1: status %2, expected %3").arg(c.what).arg(r.status).arg(c.status)));
            QVERIFY2(isErrorJson(r), c.what);
        }
        QCOMPARE(writeCounts(), before);
        QCOMPARE(receiptsOf("oversized"), 0);
        othersAreServed("after-oversized");
    }

    void dribbledHeadersThenStallAreCutByTheReadTimeout() {
        // Three slowloris connections: each sends its head in pieces, every piece well
        // inside the read timeout, then stops before the blank line and waits.
        const std::string body = pushBody("slowloris", 1);
        const std::string head = pushHead(body.size());
        const std::string partial = head.substr(0, head.size() - 2);
        constexpr int kPieces = 6;
        std::vector<std::unique_ptr<RawTlsClient>> slow;
        for (int i = 0; i < 3; ++i) {
            slow.push_back(std::make_unique<RawTlsClient>(server_.port()));
            QVERIFY(slow.back()->connected());
        }
        const std::size_t piece = partial.size() / kPieces + 1;
        for (std::size_t at = 0; at < partial.size(); at += piece) {
            for (auto& s : slow)
                QVERIFY(s->send(std::string_view(partial).substr(at, piece)));
            std::this_thread::sleep_for(kReadTimeout / 6);
        }
        const auto stalled = Clock::now();

        // While they hang, everyone else is served.
        othersAreServed("during-slowloris");

        for (auto& s : slow) {
            const RawResponse r = readResponse(*s, kReadTimeout + kSlack);
            QVERIFY2(r.closed || (r.status == 400 && isErrorJson(r)),
                     qPrintable(QString("status %1").arg(r.status)));
        }
        QVERIFY(Clock::now() - stalled < kReadTimeout + kSlack);
        QCOMPARE(receiptsOf("slowloris"), 0);
    }

    void bodyShorterThanContentLengthThenStallChangesNothing() {
        const std::string body = pushBody("short-body", 5);
        const auto before = writeCounts();
        RawTlsClient raw(server_.port());
        QVERIFY(raw.connected());
        QVERIFY(raw.send(pushHead(body.size()) + body.substr(0, body.size() / 2)));
        const auto stalled = Clock::now();
        othersAreServed("during-short-body");
        const auto afterOthers = writeCounts();

        const RawResponse r = readResponse(raw, kReadTimeout + kSlack);
        QVERIFY(Clock::now() - stalled < kReadTimeout + kSlack);
        QVERIFY2(r.closed || (r.status == 400 && isErrorJson(r)),
                 qPrintable(QString("status %1").arg(r.status)));
        QVERIFY(before != afterOthers); // the other client's push did land
        QCOMPARE(writeCounts(), afterOthers);
        QCOMPARE(receiptsOf("short-body"), 0);
    }

    void droppedMidBodyThenReplayAppliesOnce() {
        constexpr int kHouseholds = 40;
        const std::string body = pushBody("dropped", kHouseholds);
        const auto before = writeCounts();
        {
            // The link dies halfway through the body: nothing of the batch may land.
            RawTlsClient raw(server_.port());
            QVERIFY(raw.connected());
            QVERIFY(raw.send(pushHead(body.size()) + body.substr(0, body.size() / 2)));
            raw.drop();
        }
        std::this_thread::sleep_for(300ms);
        QCOMPARE(writeCounts(), before);

        // The tablet resends the same batch: applied, once.
        auto c = client();
        const httplib::Headers auth = {{"Authorization", "Bearer " + token_}};
        auto first = c->Post(pushPath().c_str(), auth, body, "application/json");
        QVERIFY(first && first->status == 200);
        const json firstAnswer = json::parse(first->body);
        for (const auto& r : firstAnswer["results"])
            QCOMPARE(r["status"], json("applied"));
        QCOMPARE(receiptsOf("dropped"), kHouseholds);

        {
            // The whole batch arrives but the answer is lost with the link.
            RawTlsClient raw(server_.port());
            QVERIFY(raw.connected());
            QVERIFY(raw.send(pushHead(body.size()) + body));
            raw.drop();
        }
        // And the tablet resends once more: every change is a duplicate of the first.
        auto replay = c->Post(pushPath().c_str(), auth, body, "application/json");
        QVERIFY(replay && replay->status == 200);
        const json replayAnswer = json::parse(replay->body);
        for (const auto& r : replayAnswer["results"]) {
            QCOMPARE(r["status"], json("duplicate"));
            QCOMPARE(r["first_status"], json("applied"));
        }
        QCOMPARE(receiptsOf("dropped"), kHouseholds);
        auto db = openDb();
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log WHERE change_id LIKE 'c-dropped-%'"),
                 kHouseholds);
        QCOMPARE(scalar(db, "SELECT count(*) FROM households WHERE id LIKE 'dropped-%'"),
                 kHouseholds);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action LIKE '%.push.%' AND "
                            "json_extract(detail_json, '$.change_id') LIKE 'c-dropped-%'"),
                 kHouseholds);
    }

    void droppedMidUploadKeepsOnlyWhatArrived() {
        std::mt19937 random(11);
        std::string photo(300'000, '\0');
        for (auto& c : photo)
            c = static_cast<char>(random());
        const std::string sha = survey::hashing::sha256Hex(photo);
        const std::string path = "/api/v1/blobs/" + sha;
        auto named = client()->Post(pushPath().c_str(), {{"Authorization", "Bearer " + token_}},
                                    photoRecordPushBody("tablet-transport", "upload-h", sha),
                                    "application/json");
        QVERIFY(named && named->status == 200);
        {
            RawTlsClient raw(server_.port());
            QVERIFY(raw.connected());
            QVERIFY(raw.send(
                "PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                token_ + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nUpload-Length: " +
                std::to_string(photo.size()) +
                "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " +
                std::to_string(photo.size()) + "\r\n\r\n" + photo.substr(0, 100'000)));
            raw.drop();
        }
        // HEAD offers to resume no further than what arrived, once the server saw the drop.
        auto c = client();
        httplib::Headers headers = {{"Authorization", "Bearer " + token_},
                                    {"Tus-Resumable", "1.0.0"}};
        std::size_t offset = 0;
        const auto deadline = Clock::now() + kReadTimeout + kSlack;
        for (;;) {
            auto head = c->Head(path.c_str(), headers);
            QVERIFY(head);
            if (head->status == 200) {
                offset = std::stoul(head->get_header_value("Upload-Offset"));
                QCOMPARE(head->get_header_value("Upload-Length"), std::to_string(photo.size()));
                auto probe = head->get_header_value("Upload-Offset");
                std::this_thread::sleep_for(200ms);
                auto again = c->Head(path.c_str(), headers);
                if (again && again->get_header_value("Upload-Offset") == probe)
                    break; // settled: the cut request is over
            }
            QVERIFY2(Clock::now() < deadline, "the cut upload never settled");
            std::this_thread::sleep_for(100ms);
        }
        QVERIFY(offset <= 100'000);

        headers.emplace("Upload-Offset", std::to_string(offset));
        auto rest = c->Patch(path.c_str(), headers, photo.substr(offset),
                             "application/offset+octet-stream");
        QVERIFY(rest);
        QVERIFY2(rest->status == 204, rest->body.c_str());
        QCOMPARE(rest->get_header_value("Upload-Offset"), std::to_string(photo.size()));
        auto back = c->Get(path.c_str(), {{"Authorization", "Bearer " + token_}});
        QVERIFY(back && back->status == 200);
        QVERIFY(back->body == photo);
        auto db = openDb();
        auto q = db.prepare("SELECT count(*) FROM blobs WHERE sha256 = ?");
        q.bind(1, sha);
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), std::int64_t(1));
    }

    void bytesThatAreNotTlsAreDropped() {
        std::mt19937 random(7);
        std::string noise(4096, '\0');
        for (auto& c : noise)
            c = static_cast<char>(random());
        // A TLS record header announcing a handshake that never comes.
        const std::string recordHead("\x16\x03\x01\x02\x00", 5);
        struct Case {
            const char* what;
            std::string bytes;
        };
        const std::vector<Case> cases = {
            {"plain HTTP", "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"},
            {"random bytes", noise},
            {"garbage, then a ClientHello record head", "hello?\r\n" + recordHead},
            {"half a TLS record, then a stall", recordHead + "\x01\x00"},
            {"nothing at all", ""},
        };
        const auto before = writeCounts();
        for (const auto& c : cases) {
            const auto closedAfter =
                plainTcpClosedAfter(server_.port(), c.bytes, kReadTimeout + kSlack);
            QVERIFY2(closedAfter.has_value(), c.what);
            qInfo("%s: closed after %lld ms", c.what, static_cast<long long>(closedAfter->count()));
        }
        QCOMPARE(writeCounts(), before);
        othersAreServed("after-not-tls");
    }

    void cleanupTestCase() {
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
        const std::string verified = cli({"audit", "verify"});
        QVERIFY2(verified.starts_with("OK "), verified.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFaultsTransport)
#include "test_faults_transport.moc"
