// SPDX-License-Identifier: Apache-2.0
// Many tablets pulling from the real survey-server over keep-alive HTTPS, driven by one
// thread (tablet_fleet.h), under three load models (bench/README.md says why):
//  - steady, open loop: each tablet pulls what changed since its last pull (1-50 changes)
//    once a second at its own slot, the slots spread over the second; latency counts from
//    the scheduled time, so a server that falls behind is charged for the queue it builds.
//  - burst, open loop: the same, but all tablets pull at the same instant each second, so
//    every pull of the second is in the server at once. The p99 target holds for both.
//  - saturation, closed loop: the same tablets fetch 500-change pages back to back, a
//    bounded number of times within a bounded time; requests/s is the server's throughput.
#include "bench_support.h"
#include "common/utc_time.h"
#include "storage/data_directory.h"
#include "sync/push_service.h"
#include "tablet_fleet.h"

#include <algorithm>
#include <iostream>

using namespace survey;
using namespace survey::bench;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kRecords = 20'000;
constexpr long kPageLimit = 500;
// Tablets sync every 30-60 s; a pull a second from each is a load 30-60 times the real one.
// In microseconds: slots are fractions of it, which whole seconds would round to 0.
constexpr std::chrono::microseconds kPullInterval = std::chrono::seconds(1);
constexpr int kOpenLoopPulls = 15;
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

double percentile(const std::vector<double>& sorted, double p) {
    if (sorted.empty())
        return 0;
    return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
}

/// Prints requests/s, p50, p99 of one load model; returns its failures.
int summarise(const std::string& model, int clients, FleetOutcome outcome, double seconds) {
    auto& latencies = outcome.latenciesMs;
    std::sort(latencies.begin(), latencies.end());
    std::cout << model << ": " << clients << " clients, " << latencies.size() << " pulls, "
              << outcome.failures << " failed, " << seconds << " s\n";
    report("pull_load", model + "_requests_per_s", static_cast<double>(latencies.size()) / seconds,
           "1/s");
    report("pull_load", model + "_p50_latency", percentile(latencies, 0.50), "ms");
    report("pull_load", model + "_p99_latency", percentile(latencies, 0.99), "ms");
    return outcome.failures;
}

std::string pageTarget(const std::string& path, long since, long limit) {
    return path + "?since=" + std::to_string(since) + "&limit=" + std::to_string(limit);
}

using Plans = std::vector<std::vector<PlannedGet>>;

/// Open-loop plans: each tablet pulls what is new once per interval, at its slot in the
/// interval (spread evenly over it, or all at its start), from `start` on.
Plans openLoopPlans(int clients, const std::string& path, long head, Clock::time_point start,
                    bool spread) {
    Plans plans(static_cast<std::size_t>(clients));
    for (int c = 0; c < clients; ++c)
        for (int i = 0; i < kOpenLoopPulls; ++i) {
            const long fresh = 1 + (c * 7 + i * 13) % kMaxNewChanges;
            const auto slot = spread ? kPullInterval * c / clients : kPullInterval * 0;
            plans[static_cast<std::size_t>(c)].push_back(
                {pageTarget(path, head - fresh, kPageLimit), start + slot + kPullInterval * i});
        }
    return plans;
}

/// Runs open-loop plans from 100 ms from now; the outcome and the seconds it took.
std::pair<FleetOutcome, double> runOpenLoop(TabletFleet& fleet, const std::string& path, long head,
                                            bool spread) {
    const auto start = Clock::now() + std::chrono::milliseconds(100);
    auto outcome = fleet.run(openLoopPlans(fleet.size(), path, head, start, spread),
                             start + kPullInterval * (kOpenLoopPulls + 30));
    return {std::move(outcome), std::chrono::duration<double>(Clock::now() - start).count()};
}

bool wanted(const std::string& only, const std::string& model) {
    return only.empty() || only == model;
}
} // namespace

// Usage: bench_pull_load [clients] [steady|burst|saturation] (default: 200, all three)
int main(int argc, char** argv) {
    const int clients = argc > 1 ? std::stoi(argv[1]) : 200;
    const std::string only = argc > 2 ? argv[2] : "";
    if (!only.empty() && only != "steady" && only != "burst" && only != "saturation") {
        std::cerr << "unknown load model " << only << " (steady, burst or saturation)\n";
        return 2;
    }
    ScratchDir scratch("pull-load");
    const SeededProject seeded = seedDataDirectory(scratch.path());
    const long head = ingest(scratch.path(), seeded);

    ServerProcess server(scratch.path());
    const std::string token = loginToken(server.port(), seeded.username, seeded.password);
    const std::string path = "/api/v1/projects/" + seeded.projectId + "/changes";

    TabletFleet fleet(server.port(), token, clients);
    const auto tablets = static_cast<std::size_t>(clients);

    // Every tablet pulls once before the clock starts (the server's first answer on a
    // connection carries TLS session tickets).
    fleet.run(Plans(tablets, {{pageTarget(path, head - 1, kPageLimit)}}),
              Clock::now() + std::chrono::seconds(30));
    std::cout << kRecords << " records in the project; steady and burst pulls ask for 1-"
              << kMaxNewChanges << " new changes, saturation pulls for pages of " << kPageLimit
              << "\n";
    int failures = 0;
    for (const bool spread : {true, false}) {
        const std::string model = spread ? "steady" : "burst";
        if (!wanted(only, model))
            continue;
        auto [outcome, seconds] = runOpenLoop(fleet, path, head, spread);
        failures += summarise(model, clients, std::move(outcome), seconds);
    }
    if (wanted(only, "saturation")) {
        Plans plans(tablets);
        for (int c = 0; c < clients; ++c)
            for (int i = 0; i < kSaturationPulls; ++i)
                plans[static_cast<std::size_t>(c)].push_back(
                    {pageTarget(path, (c * 7919L + i * 997L) % (head - kPageLimit), kPageLimit)});
        Stopwatch run;
        auto outcome =
            fleet.run(plans, Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(kSaturationSeconds)));
        failures += summarise("saturation", clients, std::move(outcome), run.seconds());
    }
    report("pull_load", "failed_requests", failures, "");
    return failures == 0 ? 0 : 1;
}
