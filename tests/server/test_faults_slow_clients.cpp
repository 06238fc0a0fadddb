// SPDX-License-Identifier: Apache-2.0
// Clients that hold the server's workers without ever finishing a request, against the real
// survey-server: a request trickled a byte at a time, each byte inside the read timeout
// (which cpp-httplib 0.11 applies per read, so it alone never cuts such a client), and more
// open connections from one address than it may hold. The watchdog cuts both within its
// limits, and the server goes on answering.
#include "raw_tls_client.h"
#include "server_process.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <csignal>
#include <httplib.h>
#include <memory>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {
constexpr auto kReadTimeout = 2s;
constexpr auto kHeaderDeadline = 4s;
constexpr int kPerAddress = 4;
constexpr auto kSlack = 4s;

QString seconds(std::chrono::seconds s) {
    return QString::number(s.count());
}
} // namespace

class TestFaultsSlowClients : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;

    bool healthAnswers() const {
        httplib::SSLClient c("127.0.0.1", server_.port());
        c.enable_server_certificate_verification(false);
        c.set_connection_timeout(2);
        c.set_read_timeout(5);
        auto res = c.Get("/healthz");
        return res && res->status == 200;
    }

    /// Waits (bounded) until a fresh connection is admitted again: the server noticed the
    /// ones closed before.
    bool connectsWithin(std::chrono::seconds limit) const {
        const auto deadline = Clock::now() + limit;
        while (Clock::now() < deadline) {
            if (healthAnswers())
                return true;
            std::this_thread::sleep_for(100ms);
        }
        return false;
    }

  private slots:
    void initTestCase() {
        std::signal(SIGPIPE, SIG_IGN); // writes to a connection the server cut must fail
        QVERIFY(dataDir_.isValid());
        QVERIFY2(
            server_.start({"--data", dataDir_.path(), "--listen", "127.0.0.1:0", "--read-timeout",
                           seconds(kReadTimeout), "--header-deadline", seconds(kHeaderDeadline),
                           "--max-connections-per-address", QString::number(kPerAddress)}),
            qPrintable(server_.log()));
        QVERIFY(healthAnswers());
    }

    void requestTrickledForeverIsCutAtTheHeaderDeadline() {
        RawTlsClient slow(server_.port());
        QVERIFY(slow.connected());
        const auto start = Clock::now();
        QVERIFY(slow.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        bool closed = false;
        // A header byte every half read timeout: each read is answered in time.
        while (!closed && Clock::now() - start < kHeaderDeadline + kSlack + kSlack) {
            if (!slow.send("X"))
                break;
            slow.readUntilClosed(
                std::chrono::duration_cast<std::chrono::milliseconds>(kReadTimeout / 2), &closed);
        }
        const auto took = Clock::now() - start;
        QVERIFY2(closed || !slow.connected(), "the trickling client was never cut");
        QVERIFY2(
            took >= kHeaderDeadline - 1s && took < kHeaderDeadline + kSlack,
            qPrintable(
                QString("cut after %1 ms")
                    .arg(std::chrono::duration_cast<std::chrono::milliseconds>(took).count())));
        QVERIFY(healthAnswers());
    }

    void connectionsBeyondTheAddressLimitAreRefused() {
        std::vector<std::unique_ptr<RawTlsClient>> idle;
        for (int i = 0; i < kPerAddress; ++i) {
            idle.push_back(std::make_unique<RawTlsClient>(server_.port()));
            QVERIFY2(idle.back()->connected(), qPrintable(QString("connection %1").arg(i)));
        }
        RawTlsClient oneTooMany(server_.port());
        bool closed = false;
        if (oneTooMany.connected())
            oneTooMany.readUntilClosed(2000ms, &closed);
        QVERIFY2(!oneTooMany.connected() || closed, "a connection beyond the limit was served");
        // Once one of them goes, the address may connect again.
        idle.front()->drop();
        QVERIFY(connectsWithin(kSlack));
    }

    void cleanupTestCase() { QVERIFY2(server_.stop(), qPrintable(server_.log())); }
};

QTEST_GUILESS_MAIN(TestFaultsSlowClients)
#include "test_faults_slow_clients.moc"
