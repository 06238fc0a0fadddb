// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <string>
#include <vector>

/// Many tablets' keep-alive HTTPS connections to the server, all driven by one thread with
/// epoll, as load generators such as wrk do: a thread per simulated tablet would make the
/// generator compete with the server for the same two cores and wake late itself, and its
/// own lateness would be charged to the server.
namespace survey::bench {

using Clock = std::chrono::steady_clock;

/// One GET a tablet makes. With a `due` time the request is open loop: it leaves at `due`
/// (or, if the tablet's previous answer is still on its way, as soon as it arrives) and its
/// latency counts from `due`, so a server that falls behind pays for the queue. Without one
/// (closed loop) it leaves as soon as the previous answer arrived and counts from sending.
struct PlannedGet {
    std::string target; ///< path and query
    Clock::time_point due{};
};

struct FleetOutcome {
    std::vector<double> latenciesMs; ///< of the answers that were 200 and carried a change
    int failures = 0;                ///< other answers, broken connections, unsent requests
};

class TabletFleet {
  public:
    /// Connects `tablets` connections to 127.0.0.1:`port` and completes their TLS handshakes.
    TabletFleet(int port, std::string bearerToken, int tablets);
    ~TabletFleet();
    TabletFleet(const TabletFleet&) = delete;
    TabletFleet& operator=(const TabletFleet&) = delete;

    int size() const;

    /// Sends each tablet's planned requests in order (`plans[t]` for tablet t) and waits for
    /// the answers; what has not been answered by `deadline` counts as failed.
    FleetOutcome run(const std::vector<std::vector<PlannedGet>>& plans, Clock::time_point deadline);

  private:
    struct Connection;
    std::string token_;
    std::vector<Connection> connections_;
    void* ctx_ = nullptr; // SSL_CTX
};

} // namespace survey::bench
