// SPDX-License-Identifier: Apache-2.0
// Many tablets pulling at once: concurrent keep-alive HTTPS clients each fetch pages of
// GET /api/v1/projects/{pid}/changes?since=…&limit=500 from the real survey-server, a
// bounded number of times within a bounded time; reports requests/s and latency
// percentiles as the clients see them (queueing and TLS handshakes included).
#include "bench_support.h"
#include "common/utc_time.h"
#include "storage/data_directory.h"
#include "sync/push_service.h"

#include <algorithm>
#include <atomic>
#include <httplib.h>
#include <iostream>
#include <mutex>
#include <thread>

using namespace survey;
using namespace survey::bench;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kRecords = 20'000;
constexpr int kRequestsPerClient = 20;
constexpr double kTimeLimitSeconds = 60;
constexpr int kPageLimit = 500;

/// Seeds the project with the survey through the push service, as tablets would have.
void ingest(const fs::path& dataDir, const SeededProject& seeded) {
    auto db = server::DataDirectory(dataDir).openDatabase();
    const server::sync::PushContext context{seeded.projectId, seeded.userId,
                                            server::auth::Role::Surveyor, server::nowIsoUtc()};
    server::sync::PushService(db).push(context, {"bench-tablet", surveyChanges(kRecords)});
}

struct ClientOutcome {
    std::vector<double> latenciesMs;
    int failures = 0;
};

/// One tablet: a keep-alive connection pulling pages from spread-out cursors.
ClientOutcome pullAsOneClient(int port, const std::string& token, const std::string& path,
                              int client, const Stopwatch& run) {
    httplib::SSLClient http("127.0.0.1", port);
    http.enable_server_certificate_verification(false);
    http.set_keep_alive(true);
    http.set_bearer_token_auth(token);
    http.set_read_timeout(30);
    ClientOutcome out;
    for (int i = 0; i < kRequestsPerClient && run.seconds() < kTimeLimitSeconds; ++i) {
        const long since = (static_cast<long>(client) * 7919 + i * 997) % (kRecords - kPageLimit);
        Stopwatch request;
        auto res = http.Get(
            (path + "?since=" + std::to_string(since) + "&limit=" + std::to_string(kPageLimit))
                .c_str());
        if (!res || res->status != 200 || res->body.size() < 1000)
            ++out.failures;
        else
            out.latenciesMs.push_back(request.seconds() * 1000);
    }
    return out;
}

double percentile(std::vector<double>& sorted, double p) {
    if (sorted.empty())
        return 0;
    const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1));
    return sorted[index];
}
} // namespace

int main(int argc, char** argv) {
    const int clients = argc > 1 ? std::stoi(argv[1]) : 200;
    ScratchDir scratch("pull-load");
    const SeededProject seeded = seedDataDirectory(scratch.path());
    ingest(scratch.path(), seeded);

    ServerProcess server(scratch.path());
    const std::string token = loginToken(server.port(), seeded.username, seeded.password);
    const std::string path = "/api/v1/projects/" + seeded.projectId + "/changes";

    std::vector<ClientOutcome> outcomes(static_cast<std::size_t>(clients));
    std::vector<std::thread> threads;
    Stopwatch run;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            outcomes[static_cast<std::size_t>(c)] =
                pullAsOneClient(server.port(), token, path, c, run);
        });
    for (auto& t : threads)
        t.join();
    const double seconds = run.seconds();

    std::vector<double> latencies;
    int failures = 0;
    for (const auto& o : outcomes) {
        latencies.insert(latencies.end(), o.latenciesMs.begin(), o.latenciesMs.end());
        failures += o.failures;
    }
    std::sort(latencies.begin(), latencies.end());
    std::cout << clients << " clients, " << latencies.size() << " pages of " << kPageLimit
              << " changes, " << failures << " failed, " << seconds << " s\n";
    report("pull_load", "requests_per_s", static_cast<double>(latencies.size()) / seconds, "1/s");
    report("pull_load", "p50_latency", percentile(latencies, 0.50), "ms");
    report("pull_load", "p99_latency", percentile(latencies, 0.99), "ms");
    report("pull_load", "failed_requests", failures, "");
    return failures == 0 ? 0 : 1;
}
