// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/connection_watchdog.h"

#include <cstddef>
#include <ctime>
#include <httplib.h>
#include <string>

namespace survey::server::http {

/// Largest request body accepted (JSON pushes); larger ones get 413 too_large.
inline constexpr std::size_t kMaxJsonBodyBytes = 16u * 1024 * 1024;

/// Worker threads serving connections. cpp-httplib gives each open keep-alive connection a
/// worker for its whole life, so the pool must exceed the tablets and browsers connected at
/// once (a project has 10-50 tablets); with 16 workers, 200 clients queued behind whole
/// sessions (p99 of seconds in bench/pull_load). Idle threads cost only their stacks.
inline constexpr std::size_t kWorkerThreads = 256;
/// SQLite connections opened before the first request: one for each worker, which holds one
/// only while a handler runs. Opening a connection under load (the schema read and parsed,
/// each statement prepared anew, its memory faulted in) kept pulls waiting 20-40 ms, and in
/// a burst of 200 pulls on 2 cores, preempted handlers held 50-160 connections at once
/// (bench/pull_load). The 256 take 0.2 s and 36 MB at start.
inline constexpr std::size_t kReadyConnections = kWorkerThreads;

/// Longest silence, in seconds, of a client in the middle of a request (and of a client
/// not reading its response) before the server drops the connection and frees its worker.
/// Tablets sync over mobile links that stall for seconds (lifts, stairwells), so a stall
/// shorter than this must not cost a whole upload; a peer silent for longer is gone.
/// cpp-httplib applies it to each read, not to the whole request: a client that trickles
/// a byte at a time keeps its worker until it pauses this long.
inline constexpr std::time_t kDefaultReadTimeoutSeconds = 30;

/// Connection options (TCP_NODELAY and keep-alive, without which cpp-httplib manages only
/// a few hundred requests a second), read and write timeouts, the body limit, and handlers
/// that turn every error response (unknown route, too large, exceptions) into the design's
/// error JSON. With a watchdog, every request's start and answer are reported to it.
void configureServer(httplib::Server& server,
                     std::time_t readTimeoutSeconds = kDefaultReadTimeoutSeconds,
                     ConnectionWatchdog* watchdog = nullptr);

/// Binds `server` to host:port (port 0: any free one) and returns the port, or -1.
/// cpp-httplib 0.11 listens with a backlog of 5: when many tablets connect at once (the
/// start of a shift, a network coming back) the kernel drops the connections beyond it,
/// and each waits for SYN retransmits, seconds to a minute. So the socket is made to listen
/// again, with the system's largest backlog, right after bind.
int bindWithFullBacklog(httplib::Server& server, const std::string& host, int port);

} // namespace survey::server::http
