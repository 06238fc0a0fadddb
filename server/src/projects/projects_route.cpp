// SPDX-License-Identifier: Apache-2.0
#include "projects/projects_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"

namespace survey::server::projects {

using errors::ApiError;

namespace {
void handleProjects(http::ServerContext& context, const httplib::Request& req,
                    httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : visibleProjects(*db, std::get<http::Caller>(caller).user))
        list.push_back(toJson(p));
    http::sendJson(res, 200, {{"projects", std::move(list)}});
}
} // namespace

void registerProjectRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get("/api/v1/projects", [&context](const httplib::Request& req, httplib::Response& res) {
        handleProjects(context, req, res);
    });
}

} // namespace survey::server::projects
