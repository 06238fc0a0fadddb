// SPDX-License-Identifier: Apache-2.0
// `survey-server serve`: the HTTPS API over the data directory.
#include "auth/login_throttle.h"
#include "blobs/blob_store.h"
#include "cli/commands.h"
#include "cli/shutdown_signals.h"
#include "http/connection_watchdog.h"
#include "http/keep_alive_wait.h"
#include "http/prompt_acks.h"
#include "http/read_ahead.h"
#include "http/routes.h"
#include "http/server_setup.h"
#include "http/write_waits.h"
#include "notices/notice_rendering.h"
#include "storage/connection_pool.h"
#include "storage/data_directory.h"
#include "storage/wal_checkpointer.h"
#include "tls/self_signed_cert.h"

#include <csignal>
#include <iostream>
#include <memory>

namespace survey::server::cli {

namespace {
struct ListenAddress {
    std::string host; ///< as given, IPv6 without brackets
    int port = 0;
    std::string urlHost() const {
        return host.find(':') == std::string::npos ? host : "[" + host + "]";
    }
};

ListenAddress parseListen(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw UsageError("--listen must be HOST:PORT");
    ListenAddress address;
    address.host = text.substr(0, colon);
    if (address.host.front() == '[' && address.host.back() == ']')
        address.host = address.host.substr(1, address.host.size() - 2);
    const std::string port = text.substr(colon + 1);
    if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(port) > 65535)
        throw UsageError("--listen port must be 0..65535");
    address.port = std::stoi(port);
    return address;
}

/// A whole number 1..`largest` given as --`name`, or `fallback` when the option is absent.
std::int64_t positiveOption(const Arguments& args, const std::string& name, std::int64_t fallback,
                            std::int64_t largest) {
    const auto text = args.value(name);
    if (!text)
        return fallback;
    const bool digits = !text->empty() && text->size() <= 10 &&
                        text->find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(*text) == 0 || std::stoll(*text) > largest)
        throw UsageError("--" + name + " must be a whole number from 1 to " +
                         std::to_string(largest));
    return std::stoll(*text);
}

http::ConnectionLimits connectionLimits(const Arguments& args) {
    const http::ConnectionLimits defaults;
    return {std::chrono::seconds(
                positiveOption(args, "header-deadline", defaults.betweenRequests.count(), 3600)),
            std::chrono::seconds(
                positiveOption(args, "request-deadline", defaults.perRequest.count(), 86'400)),
            static_cast<std::size_t>(
                positiveOption(args, "max-connections-per-address", defaults.perAddress, 100'000))};
}

std::unique_ptr<httplib::Server> makeServer(const Arguments& args, const DataDirectory& dir,
                                            std::ostream& out) {
    if (args.flag("insecure-http")) {
        if (args.value("tls-cert") || args.value("tls-key"))
            throw UsageError("--insecure-http and --tls-cert/--tls-key exclude each other");
        return std::make_unique<httplib::Server>();
    }
    tls::TlsFiles files;
    if (args.value("tls-cert") || args.value("tls-key"))
        files = {args.required("tls-cert"), args.required("tls-key")};
    else
        files = tls::ensureSelfSignedCertificate(dir.tlsDirectory());
    out << "fingerprint " << tls::certificateFingerprint(files.cert) << std::endl;
    auto server = std::make_unique<httplib::SSLServer>(files.cert.c_str(), files.key.c_str());
    if (!server->is_valid())
        throw std::runtime_error("cannot use TLS certificate " + files.cert.string() + " and key " +
                                 files.key.string());
    return server;
}
} // namespace

int runServe(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data", "listen", "insecure-http", "tls-cert", "tls-key", "token-ttl",
                    "read-timeout", "public-url", "header-deadline", "request-deadline",
                    "max-connections-per-address"},
                   1);
    // Notices are rendered with Qt Gui, which needs its application object on this thread.
    const notices::RenderingApplication gui;
    const ListenAddress address = parseListen(args.required("listen"));
    const std::int64_t ttl =
        positiveOption(args, "token-ttl", auth::kDefaultTokenTtlSeconds, 999'999'999);
    const std::time_t readTimeout =
        positiveOption(args, "read-timeout", http::kDefaultReadTimeoutSeconds, 9999);
    const http::ConnectionLimits limits = connectionLimits(args);
    const DataDirectory dir(args.required("data"));
    dir.openDatabase(); // creates or migrates before the first request

    auto server = makeServer(args, dir, out);
    WalCheckpointer checkpointer(dir);
    ConnectionPool pool(
        [&dir, &checkpointer] {
            auto db = dir.connect();
            checkpointer.watch(db);
            return db;
        },
        http::kReadyConnections);
    auth::LoginThrottle throttle;
    blobs::BlobStore blobStore(std::filesystem::path(args.required("data")) / "blobs");
    http::ServerContext context{pool, throttle, ttl, systemUnixSeconds, &blobStore};
    context.dataRoot = args.required("data");
    context.secureCookies = !args.flag("insecure-http");
    // Plain HTTP (tests, a proxy on the same host) has no TLS hooks to watch connections by.
    std::unique_ptr<http::ConnectionWatchdog> watchdog;
    if (auto* tlsServer = dynamic_cast<httplib::SSLServer*>(server.get())) {
        watchdog = std::make_unique<http::ConnectionWatchdog>(*tlsServer->ssl_context(), limits);
        http::acknowledgePromptly(*tlsServer->ssl_context());
        http::readAhead(*tlsServer->ssl_context());
        http::writeWithoutPolling(*tlsServer->ssl_context());
    }
    http::configureServer(*server, readTimeout, watchdog.get());
    http::registerRoutes(*server, context);

    // A client that drops its connection mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    ShutdownSignals shutdownSignals([&server] {
        http::wakeIdleConnections();
        server->stop();
    });
    const int port = http::bindWithFullBacklog(*server, address.host, address.port);
    if (port < 0)
        throw std::runtime_error("cannot listen on " + args.required("listen"));
    const char* scheme = args.flag("insecure-http") ? "http" : "https";
    // The QR codes of notices point at --public-url, or by default at this listener.
    context.publicBaseUrl =
        args.value("public-url")
            .value_or(std::string(scheme) + "://" + address.urlHost() + ":" + std::to_string(port));
    while (context.publicBaseUrl.ends_with('/'))
        context.publicBaseUrl.pop_back();
    out << "listening " << scheme << "://" << address.urlHost() << ":" << port << std::endl;
    const bool clean = server->listen_after_bind();
    out << "stopped" << std::endl;
    return clean ? 0 : 1;
}

} // namespace survey::server::cli
