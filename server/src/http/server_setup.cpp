// SPDX-License-Identifier: Apache-2.0
#include "http/server_setup.h"

#include "http/header_limits.h"
#include "http/json_io.h"

#include <exception>
#include <iostream>
#include <sys/socket.h>

namespace survey::server::http {

using errors::ApiError;
using errors::ErrorCode;

namespace {
// The error for a status cpp-httplib produced itself, before or instead of a route.
ApiError errorForStatus(int status) {
    switch (status) {
    case 404:
        return {ErrorCode::NotFound, "no such resource"};
    case 413:
        return {ErrorCode::TooLarge, "request body is larger than the server accepts"};
    case 414:
        return {ErrorCode::TooLarge, "request target is longer than the server accepts"};
    case 400:
        return {ErrorCode::BadRequest, "malformed HTTP request"};
    default:
        if (status >= 500)
            return {ErrorCode::Internal, "internal server error"};
        return {ErrorCode::BadRequest,
                "request refused with HTTP status " + std::to_string(status)};
    }
}
} // namespace

void configureServer(httplib::Server& server, std::time_t readTimeoutSeconds,
                     ConnectionWatchdog* watchdog) {
    server.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(1000);
    server.set_keep_alive_timeout(10);
    server.set_read_timeout(readTimeoutSeconds);
    server.set_write_timeout(readTimeoutSeconds);
    server.set_payload_max_length(kMaxJsonBodyBytes);

    // Before any route and before the body is read: a request with too many headers is
    // refused whole (431), whatever route it names. Its body is left unread, so the client
    // is told not to send another request on this connection (cpp-httplib 0.11 cannot
    // close it from here; it ends at the keep-alive timeout).
    server.set_pre_routing_handler(httplib::Server::HandlerWithResponse(
        [watchdog](const httplib::Request& req, httplib::Response& res) {
            if (watchdog && req.ssl)
                watchdog->requestStarted(req.ssl);
            auto problem = headerProblem(req.headers);
            if (!problem)
                return httplib::Server::HandlerResponse::Unhandled;
            sendError(res, *problem);
            res.status = 431;
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }));

    // Routes answer their own errors with a body; anything that reaches here empty is a
    // status cpp-httplib chose (404, 413, 414, 400), which must still speak the error JSON.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            const int status = res.status;
            sendError(res, errorForStatus(status));
            res.status = status;
            // After a request cpp-httplib could not read (400, 413, 414), what follows on the
            // connection is no longer at a request boundary.
            if (status == 400 || status == 413 || status == 414)
                res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }));

    // cpp-httplib calls the logger once an answer is written: the connection waits again.
    if (watchdog)
        server.set_logger([watchdog](const httplib::Request& req, const httplib::Response&) {
            if (req.ssl)
                watchdog->requestAnswered(req.ssl);
        });

    server.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                std::cerr << "error: " << req.method << " " << req.path << ": " << e.what()
                          << std::endl;
            } catch (...) {
                std::cerr << "error: " << req.method << " " << req.path << ": unknown exception"
                          << std::endl;
            }
            sendError(res, {ErrorCode::Internal, "internal server error"});
        });
}

int bindWithFullBacklog(httplib::Server& server, const std::string& host, int port) {
    // cpp-httplib calls the socket options on each socket it tries; the last is the one bound.
    socket_t listening = INVALID_SOCKET;
    server.set_socket_options([&listening](socket_t sock) {
        httplib::default_socket_options(sock);
        listening = sock;
    });
    const int bound =
        port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
    server.set_socket_options(httplib::default_socket_options);
    // On a socket that listens already, listen() only changes the backlog.
    if (bound < 0 || ::listen(listening, SOMAXCONN) != 0)
        return -1;
    return bound;
}

} // namespace survey::server::http
