// SPDX-License-Identifier: Apache-2.0
#include "http/health_route.h"

#include "http/json_io.h"
#include "survey/storage/migrations.h"

namespace survey::server::http {

void registerHealthRoute(httplib::Server& server, ServerContext& context) {
    server.Get("/healthz", [&context](const httplib::Request&, httplib::Response& res) {
        auto db = context.pool.acquire();
        sendJson(res, 200, {{"status", "ok"}, {"schema_version", storage::schemaVersion(*db)}});
    });
}

} // namespace survey::server::http
