// SPDX-License-Identifier: Apache-2.0
// The server reads TLS records ahead, several to a read(), and still answers a request whose
// last records already wait in OpenSSL's buffer at once (http/read_ahead.cpp replaces
// cpp-httplib's poll, which would wait for the read timeout on bytes the client has sent).
// A half-sent handshake does not spin the server, and a request stalled inside a record is
// still ended by the read timeout.
#include "raw_tls_client.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <fstream>
#include <openssl/bio.h>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {
constexpr std::size_t kRecordBytes = 16 * 1024; // the most plaintext a TLS record holds

/// read() calls the process has made so far (sockets included: OpenSSL reads with read()).
long readCalls(qint64 pid) {
    std::ifstream io("/proc/" + std::to_string(pid) + "/io");
    std::string key;
    long value = -1;
    while (io >> key >> value)
        if (key == "syscr:")
            return value;
    return -1;
}

/// CPU seconds the process has used so far.
double cpuSeconds(qint64 pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    long ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i)
        if (i == 14 || i == 15) // utime, stime
            ticks += std::stol(field);
    return double(ticks) / double(::sysconf(_SC_CLK_TCK));
}

/// A login request with a body of `bytes` that is not JSON: the server reads all of it and
/// answers 400 without a token or a database write.
std::string requestWithBody(std::size_t bytes) {
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\nContent-Length: " +
           std::to_string(bytes) + "\r\n\r\n" + std::string(bytes, 'x');
}

/// True once `received` holds `count` complete answers.
bool holdsAnswers(std::string_view received, int count) {
    for (; count > 0; --count) {
        const std::size_t bytes = completeResponseBytes(received);
        if (bytes == 0)
            return false;
        received.remove_prefix(bytes);
    }
    return true;
}
} // namespace

class TestReadAhead : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;

    /// Sends `requests` copies of a request with a body of `bodyBytes`, all in one write, on
    /// a new connection, and returns how long the answers took; -1 if they did not all come.
    double answerSeconds(std::size_t bodyBytes, int requests = 1, int tlsVersion = TLS1_2_VERSION) {
        RawTlsClient client(server_.port(), tlsVersion);
        std::string sent;
        for (int i = 0; i < requests; ++i)
            sent += requestWithBody(bodyBytes);
        const auto start = std::chrono::steady_clock::now();
        if (!client.connected() || !client.send(sent))
            return -1;
        bool closed = false;
        const std::string answers = client.readUntil(
            20s, [requests](std::string_view r) { return holdsAnswers(r, requests); }, &closed);
        if (!answers.starts_with("HTTP/1.1 400") || !holdsAnswers(answers, requests))
            return -1;
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        // A stall on buffered records would last the read timeout: ten seconds here.
        QVERIFY2(server_.start({"--data", dataDir_.path(), "--listen", "127.0.0.1:0",
                                "--read-timeout", "10"}),
                 qPrintable(server_.log()));
    }

    // The whole request leaves in one go, so the server's first read takes several of its
    // records and the last ones wait in OpenSSL's buffer when the decrypted bytes run out.
    void lastRecordsOfABodyAreReadAtOnce() {
        for (const std::size_t bytes : {std::size_t(1000), 3 * kRecordBytes + 100,
                                        20 * kRecordBytes, 100 * kRecordBytes + 7}) {
            const double took = answerSeconds(bytes);
            QVERIFY2(took >= 0, qPrintable(QString("no answer to a body of %1 bytes").arg(bytes)));
            QVERIFY2(took < 3,
                     qPrintable(QString("a body of %1 bytes waited %2 s").arg(bytes).arg(took)));
        }
    }

    // Both requests arrive in one read: the second waits in OpenSSL's buffer, not on the
    // socket, when the connection waits for its next request.
    void pipelinedRequestsAreAnsweredAtOnce() {
        for (const std::size_t bytes : {std::size_t(10), 2 * kRecordBytes}) {
            const double took = answerSeconds(bytes, 2);
            QVERIFY2(took >= 0, "no answer to the second request");
            QVERIFY2(took < 3, qPrintable(QString("two requests took %1 s").arg(took)));
        }
    }

    // A TLS 1.3 client sends its request right after its last handshake message, so the
    // request can be read ahead with the handshake. Whether it is depends on timing, so each
    // of these may also pass without it; none may wait.
    void aRequestRightAfterTheHandshakeIsAnsweredAtOnce() {
        for (int i = 0; i < 5; ++i) {
            const double took = answerSeconds(100, 1, TLS1_3_VERSION);
            QVERIFY2(took >= 0, "no answer");
            QVERIFY2(took < 3, qPrintable(QString("the request waited %1 s").arg(took)));
        }
    }

    // A client hello cut short leaves a partial record in OpenSSL's buffer while the
    // handshake waits for the rest: the wait must sleep on the socket, not spin.
    void aHalfSentHelloDoesNotSpin() {
        const int fd = connectLoopback(server_.port());
        QVERIFY(fd >= 0);
        // A handshake record announcing 512 bytes, of which 100 are sent.
        std::string hello = {0x16, 0x03, 0x01,       0x02, 0x00, 0x01,
                             0x00, 0x01, char(0xfc), 0x03, 0x03};
        hello.resize(105, '\0');
        QCOMPARE(::send(fd, hello.data(), hello.size(), 0), ssize_t(hello.size()));
        std::this_thread::sleep_for(300ms);
        const double before = cpuSeconds(server_.processId());
        std::this_thread::sleep_for(1500ms);
        const double used = cpuSeconds(server_.processId()) - before;
        ::close(fd);
        QVERIFY2(used < 0.5, qPrintable(QString("the server used %1 s of CPU in 1.5 s").arg(used)));
    }

    // A request stalled inside a TLS record, after the handshake: the part that came waits in
    // OpenSSL's buffer, and the read timeout (2 s here) still ends the wait, as it did before
    // read-ahead, instead of the watchdog's much later deadline.
    void aRequestStalledInsideARecordIsCutByTheReadTimeout() {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start({"--data", dir.path(), "--listen", "127.0.0.1:0", "--read-timeout",
                               "2", "--header-deadline", "120"}),
                 qPrintable(server.log()));
        const int fd = connectLoopback(server.port());
        QVERIFY(fd >= 0);
        SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION); // no tickets after the handshake
        SSL* ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        const bool connected = SSL_connect(ssl) == 1;
        // From here on the records are sealed into memory, and only part of them is sent.
        BIO* sealed = BIO_new(BIO_s_mem());
        SSL_set0_wbio(ssl, sealed);
        const std::string request = "GET /api/v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const bool written = SSL_write(ssl, request.data(), int(request.size())) > 0;
        char* records = nullptr;
        const long recordBytes = BIO_get_mem_data(sealed, &records);
        const ssize_t sent = ::send(fd, records, std::size_t(recordBytes / 2), 0);
        const auto start = std::chrono::steady_clock::now();
        bool closed = false;
        while (!closed && std::chrono::steady_clock::now() - start < 20s) {
            pollfd readable{fd, POLLIN, 0};
            char byte[256];
            if (::poll(&readable, 1, 500) > 0)
                closed = ::recv(fd, byte, sizeof byte, 0) <= 0;
        }
        const double took =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        ::close(fd);
        QVERIFY(connected && written && sent == recordBytes / 2 && recordBytes > 10);
        QVERIFY2(closed && took < 12,
                 qPrintable(QString("the server held the connection for %1 s").arg(took)));
        QVERIFY2(server.stop(), qPrintable(server.log()));
    }

    // Without read-ahead OpenSSL reads each record with two read() calls, its header and
    // its body; with it, one read() takes several records.
    void aBodyIsReadSeveralRecordsAtATime() {
        constexpr std::size_t kRecords = 200;
        const long before = readCalls(server_.processId());
        QVERIFY(before >= 0);
        QVERIFY(answerSeconds(kRecords * kRecordBytes) >= 0);
        const long reads = readCalls(server_.processId()) - before;
        qInfo("%ld reads for %zu records", reads, kRecords);
        QVERIFY2(reads < long(kRecords),
                 qPrintable(QString("%1 reads for %2 records").arg(reads).arg(kRecords)));
    }

    void cleanupTestCase() { QVERIFY2(server_.stop(), qPrintable(server_.log())); }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "test_read_ahead.moc"
