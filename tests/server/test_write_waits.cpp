// SPDX-License-Identifier: Apache-2.0
// The server writes its answers without polling the socket first (http/write_waits.cpp), and
// the first read of a request does not poll again after the kept-alive wait found the socket
// readable (http/read_ahead.cpp): a request on a kept-alive connection costs one poll, the
// wait for the next one. The polls are counted in the real survey-server by
// tests/support/poll_counter, loaded with LD_PRELOAD. A client that half-closes its
// connection after sending a request still gets the answer; cpp-httplib's own check before
// writing took that close for a dead connection and sent nothing. Answers that nobody reads
// are still cut at the write timeout, although cpp-httplib retries a write that timed out.
#include "raw_tls_client.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>

using namespace std::chrono_literals;

namespace {
constexpr int kRequests = 40;
// Answers of the console's i18n.js, 23 KB each: 23 MB, far more than the socket buffers
// hold (Linux lets a socket's send buffer grow to 4 MB by default).
constexpr int kPipelined = 1000;
constexpr auto kWriteTimeout = 2s;
constexpr std::string_view kHealthRequest = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

/// The count poll_counter last wrote to `path`; -1 when it has written none.
std::int64_t pollsCounted(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::int64_t count = -1;
    in.read(reinterpret_cast<char*>(&count), sizeof count);
    return in ? count : -1;
}

/// Sends a health request on `client` and waits for its whole answer; true when it is 200.
bool askHealth(RawTlsClient& client) {
    if (!client.send(kHealthRequest))
        return false;
    bool closed = false;
    const std::string answer = client.readUntil(
        10s, [](std::string_view r) { return completeResponseBytes(r) > 0; }, &closed);
    return answer.starts_with("HTTP/1.1 200");
}
} // namespace

class TestWriteWaits : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    QString countFile_;

  private slots:
    void initTestCase() {
        // A client writing to a connection the server has closed fails that write instead.
        std::signal(SIGPIPE, SIG_IGN);
        QVERIFY(dataDir_.isValid());
        countFile_ = dataDir_.filePath("polls");
        // Only the server gets the counter, ahead of the sanitizers' runtime where the test
        // build has one (which then must not insist on coming first).
        const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
        qputenv("LD_PRELOAD", POLL_COUNTER_LIBRARY);
        qputenv("POLL_COUNTER_FILE", countFile_.toUtf8());
        qputenv("ASAN_OPTIONS",
                asanOptions + (asanOptions.isEmpty() ? "" : ":") + "verify_asan_link_order=0");
        const bool started =
            server_.start({"--data", dataDir_.path(), "--listen", "127.0.0.1:0", "--read-timeout",
                           QString::number(kWriteTimeout.count())});
        qunsetenv("LD_PRELOAD");
        qunsetenv("POLL_COUNTER_FILE");
        qputenv("ASAN_OPTIONS", asanOptions);
        QVERIFY2(started, qPrintable(server_.log()));
    }

    // Before: a poll before the first read of each request, and two before each of the
    // answer's two writes (room to write? has the client closed?), six in all.
    void aKeptAliveRequestPollsOnlyForTheNextOne() {
        RawTlsClient client(server_.port());
        QVERIFY(client.connected());
        QVERIFY(askHealth(client)); // the handshake's polls come before the count
        const std::int64_t before = pollsCounted(countFile_);
        QVERIFY2(before > 0, "the poll counter is not loaded into the server");
        for (int i = 0; i < kRequests; ++i)
            QVERIFY(askHealth(client));
        const std::int64_t polls = pollsCounted(countFile_) - before;
        // One wait for each request, and the one after the last answer may have begun.
        QVERIFY2(polls <= kRequests + 1,
                 qPrintable(QString("%1 requests polled %2 times").arg(kRequests).arg(polls)));
    }

    // A login takes the server the password hash's time (for an unknown name too), so the
    // close is there before the answer is written.
    void aRequestFollowedByTheClientsCloseIsAnswered() {
        const std::string body =
            R"({"username":"nobody","password":"not-a-password","device_id":"d1"})";
        RawTlsClient client(server_.port());
        QVERIFY(client.connected());
        QVERIFY(client.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\nContent-Length: " +
                            std::to_string(body.size()) + "\r\n\r\n" + body));
        client.shutdownWrites();
        bool closed = false;
        const std::string answer = client.readUntil(
            10s, [](std::string_view r) { return completeResponseBytes(r) > 0; }, &closed);
        QVERIFY2(answer.starts_with("HTTP/1.1 401"), answer.c_str());
    }

    // Answers to pipelined requests pile up unread until the server's write waits for room:
    // it must give up at the write timeout (the read timeout, 2 s here) and close, not retry.
    void answersNobodyReadsAreCutAtTheWriteTimeout() {
        const std::string request = "GET /console/i18n.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        RawTlsClient client(server_.port(), TLS1_2_VERSION, 4096);
        QVERIFY(client.connected());
        std::string requests;
        for (int i = 0; i < kPipelined; ++i)
            requests += request;
        QVERIFY(client.send(requests));
        // Up to three timeouts: a write that moved part of a record, the next that moved
        // nothing, then the poll before its retry.
        std::this_thread::sleep_for(3 * kWriteTimeout + 3s);
        bool closed = false;
        const std::string answers = client.readUntilClosed(10s, &closed);
        int answered = 0;
        for (std::size_t at = answers.find("HTTP/1.1 200"); at != std::string::npos;
             at = answers.find("HTTP/1.1 200", at + 1))
            ++answered;
        QVERIFY2(closed, qPrintable(QString("still open after %1 answers").arg(answered)));
        QVERIFY2(answered < kPipelined, "every answer came: the writes never waited");
    }

    void cleanupTestCase() { QVERIFY2(server_.stop(), qPrintable(server_.log())); }
};

QTEST_GUILESS_MAIN(TestWriteWaits)
#include "test_write_waits.moc"
