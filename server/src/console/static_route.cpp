// SPDX-License-Identifier: Apache-2.0
#include "console/static_route.h"

#include "console/console_assets.h"
#include "console/security_headers.h"
#include "http/json_io.h"

namespace survey::server::console {

namespace {
void sendAsset(http::ServerContext& context, std::string_view path, httplib::Response& res) {
    auto asset = findConsoleAsset(path);
    if (!asset)
        return http::sendError(res, {errors::ErrorCode::NotFound, "no such console file"});
    setSecurityHeaders(res, context.secureCookies);
    // The files change only with the binary; revalidating each load is cheap on loopback
    // and a reviewer never runs a stale script after an upgrade.
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(asset->body), std::string(asset->contentType));
}
} // namespace

void registerStaticRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get("/", [&context](const httplib::Request&, httplib::Response& res) {
        sendAsset(context, "index.html", res);
    });
    server.Get(R"(/console/([A-Za-z0-9_/-]{1,80}\.(?:js|css|svg)))",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   // The pattern admits no dot before the extension, so no "..".
                   sendAsset(context, req.matches[1].str(), res);
               });
}

} // namespace survey::server::console
