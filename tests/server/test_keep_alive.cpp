// SPDX-License-Identifier: Apache-2.0
// Kept-alive connections wait for their next request without waking the server, and close
// at once when it stops (http/keep_alive_wait.cpp replaces cpp-httplib's polling wait).
#include "server_process.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <memory>
#include <thread>

using namespace std::chrono_literals;

namespace {
constexpr int kIdleConnections = 20;

/// Context switches of all the process's threads so far: a thread that wakes to poll and
/// sleeps again adds two each time.
long contextSwitches(qint64 pid) {
    long total = 0;
    for (const auto& task :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task")) {
        std::ifstream status(task.path() / "status");
        std::string key;
        long value = 0;
        while (status >> key)
            if ((key == "voluntary_ctxt_switches:" || key == "nonvoluntary_ctxt_switches:") &&
                status >> value)
                total += value;
    }
    return total;
}
} // namespace

class TestKeepAlive : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::vector<std::unique_ptr<httplib::SSLClient>> clients_;

    /// Every client asks once more on its kept-alive connection.
    bool allAnswer() {
        for (auto& c : clients_) {
            auto res = c->Get("/healthz");
            if (!res || res->status != 200)
                return false;
        }
        return true;
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        QVERIFY2(server_.start({"--data", dataDir_.path(), "--listen", "127.0.0.1:0"}),
                 qPrintable(server_.log()));
        for (int i = 0; i < kIdleConnections; ++i) {
            auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
            c->enable_server_certificate_verification(false);
            c->set_keep_alive(true);
            c->set_read_timeout(10);
            clients_.push_back(std::move(c));
        }
        QVERIFY(allAnswer());
    }

    // cpp-httplib's own wait polls every 10 ms and sleeps 1 ms between polls: some 3,600
    // context switches a second for 20 idle connections.
    void idleConnectionsDoNotWakeTheServer() {
        std::this_thread::sleep_for(200ms);
        const long before = contextSwitches(server_.processId());
        std::this_thread::sleep_for(1s);
        const long woken = contextSwitches(server_.processId()) - before;
        QVERIFY2(woken < 300,
                 qPrintable(QString("%1 context switches in an idle second").arg(woken)));
        QVERIFY(allAnswer()); // still kept alive, and served
    }

    // The wait ends when the server stops, not when the 10 s keep-alive timeout passes.
    void stoppingClosesIdleConnectionsAtOnce() {
        QVERIFY(allAnswer());
        const auto start = std::chrono::steady_clock::now();
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
        QVERIFY(std::chrono::steady_clock::now() - start < 3s);
    }
};

QTEST_GUILESS_MAIN(TestKeepAlive)
#include "test_keep_alive.moc"
