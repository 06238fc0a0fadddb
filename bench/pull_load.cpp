// SPDX-License-Identifier: Apache-2.0
// Many tablets pulling at once from the real survey-server over keep-alive HTTPS, under two
// load models (bench/README.md says why two):
//  - steady, open loop: each tablet pulls what changed since its last pull (1-50 changes)
//    on a fixed schedule, one pull a second; latency counts from the scheduled time, so a
//    server that falls behind is charged for the queue it builds. The p99 target is here.
//  - saturation, closed loop: the same tablets fetch 500-change pages back to back, a
//    bounded number of times within a bounded time; requests/s is the server's throughput.
#include "bench_support.h"
#include "common/utc_time.h"
#include "storage/data_directory.h"
#include "sync/push_service.h"

#include <algorithm>
#include <httplib.h>
#include <iostream>
#include <latch>
#include <mutex>
#include <thread>

using namespace survey;
using namespace survey::bench;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
constexpr std::size_t kRecords = 20'000;
constexpr long kPageLimit = 500;
// Tablets sync every 30-60 s; a pull a second from each is a load 30-60 times the real one.
constexpr auto kSteadyInterval = std::chrono::seconds(1);
constexpr int kSteadyPulls = 15;
constexpr long kMaxNewChanges = 50;
constexpr int kSaturationPulls = 20;
constexpr double kSaturationSeconds = 60;

/// Seeds the project with the survey through the push service, as tablets would have, and
/// returns the last seq of the change log.
long ingest(const fs::path& dataDir, const SeededProject& seeded) {
    auto db = server::DataDirectory(dataDir).openDatabase();
    const server::sync::PushContext context{seeded.projectId, seeded.userId,
                                            server::auth::Role::Surveyor, server::nowIsoUtc()};
    server::sync::PushService(db).push(context, {"bench-tablet", surveyChanges(kRecords)});
    auto q = db.prepare("SELECT max(seq) FROM change_log");
    q.step();
    return static_cast<long>(q.getInt(0));
}

struct Outcome {
    std::vector<double> latenciesMs;
    int failures = 0;
};

/// One tablet's keep-alive connection to the changes of the project.
class Tablet {
  public:
    Tablet(int port, const std::string& token, std::string path)
        : http_("127.0.0.1", port), path_(std::move(path)) {
        http_.enable_server_certificate_verification(false);
        http_.set_keep_alive(true);
        http_.set_bearer_token_auth(token);
        http_.set_read_timeout(30);
    }

    /// Pulls one page after `since`; false unless it came with at least one change.
    bool pull(long since) {
        auto res = http_.Get(path_ + "?since=" + std::to_string(since) +
                             "&limit=" + std::to_string(kPageLimit));
        return res && res->status == 200 && res->body.find("\"seq\":") != std::string::npos;
    }

  private:
    httplib::SSLClient http_;
    std::string path_;
};

/// Runs `clients` threads, each with its own tablet, and gathers their outcomes.
template <typename Body>
std::vector<Outcome> runClients(int clients, int port, const std::string& token,
                                const std::string& path, Body body) {
    std::vector<Outcome> outcomes(static_cast<std::size_t>(clients));
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Tablet tablet(port, token, path);
            body(tablet, c, outcomes[static_cast<std::size_t>(c)]);
        });
    for (auto& t : threads)
        t.join();
    return outcomes;
}

double milliseconds(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(const std::vector<double>& sorted, double p) {
    if (sorted.empty())
        return 0;
    return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
}

/// Prints requests/s, p50, p99 of one load model; returns its failures.
int summarise(const std::string& model, const std::vector<Outcome>& outcomes, double seconds) {
    std::vector<double> latencies;
    int failures = 0;
    for (const auto& o : outcomes) {
        latencies.insert(latencies.end(), o.latenciesMs.begin(), o.latenciesMs.end());
        failures += o.failures;
    }
    std::sort(latencies.begin(), latencies.end());
    std::cout << model << ": " << outcomes.size() << " clients, " << latencies.size() << " pulls, "
              << failures << " failed, " << seconds << " s\n";
    report("pull_load", model + "_requests_per_s", static_cast<double>(latencies.size()) / seconds,
           "1/s");
    report("pull_load", model + "_p50_latency", percentile(latencies, 0.50), "ms");
    report("pull_load", model + "_p99_latency", percentile(latencies, 0.99), "ms");
    return failures;
}
} // namespace

int main(int argc, char** argv) {
    const int clients = argc > 1 ? std::stoi(argv[1]) : 200;
    ScratchDir scratch("pull-load");
    const SeededProject seeded = seedDataDirectory(scratch.path());
    const long head = ingest(scratch.path(), seeded);

    ServerProcess server(scratch.path());
    const std::string token = loginToken(server.port(), seeded.username, seeded.password);
    const std::string path = "/api/v1/projects/" + seeded.projectId + "/changes";

    // Every tablet connects and pulls once before the clock starts, then keeps its slot in
    // the second, the slots spread evenly over it.
    std::latch connected(clients);
    std::once_flag startOnce;
    Clock::time_point start;
    const auto steady =
        runClients(clients, server.port(), token, path, [&](Tablet& tablet, int c, Outcome& out) {
            tablet.pull(head - 1);
            connected.arrive_and_wait();
            std::call_once(startOnce,
                           [&] { start = Clock::now() + std::chrono::milliseconds(100); });
            const auto slot = start + kSteadyInterval * c / clients;
            for (int i = 0; i < kSteadyPulls; ++i) {
                const auto due = slot + kSteadyInterval * i;
                std::this_thread::sleep_until(due);
                const long fresh = 1 + (c * 7 + i * 13) % kMaxNewChanges;
                if (tablet.pull(head - fresh))
                    out.latenciesMs.push_back(milliseconds(Clock::now() - due));
                else
                    ++out.failures;
            }
        });
    const double steadySeconds = std::chrono::duration<double>(Clock::now() - start).count();

    Stopwatch run;
    const auto saturation =
        runClients(clients, server.port(), token, path, [&](Tablet& tablet, int c, Outcome& out) {
            for (int i = 0; i < kSaturationPulls && run.seconds() < kSaturationSeconds; ++i) {
                const long since = (c * 7919L + i * 997L) % (head - kPageLimit);
                const auto sent = Clock::now();
                if (tablet.pull(since))
                    out.latenciesMs.push_back(milliseconds(Clock::now() - sent));
                else
                    ++out.failures;
            }
        });
    const double saturationSeconds = run.seconds();

    std::cout << kRecords << " records in the project; steady pulls ask for 1-" << kMaxNewChanges
              << " new changes, saturation pulls for pages of " << kPageLimit << "\n";
    const int failures = summarise("steady", steady, steadySeconds) +
                         summarise("saturation", saturation, saturationSeconds);
    report("pull_load", "failed_requests", failures, "");
    return failures == 0 ? 0 : 1;
}
