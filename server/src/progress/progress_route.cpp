// SPDX-License-Identifier: Apache-2.0
#include "progress/progress_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "progress/progress_query.h"
#include "projects/project_access.h"

namespace survey::server::progress {

using errors::ApiError;

void registerProgressRoute(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/progress)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   auto db = context.pool.acquire();
                   auto caller = http::authenticate(req, *db, context.clock());
                   if (auto* e = std::get_if<ApiError>(&caller))
                       return http::sendError(res, *e);
                   auto project = projects::openProjectFor(*db, std::get<http::Caller>(caller).user,
                                                           req.matches[1].str());
                   if (auto* e = std::get_if<ApiError>(&project))
                       return http::sendError(res, *e);
                   http::sendJson(res, 200,
                                  projectProgress(*db, std::get<projects::Project>(project).id));
               });
}

} // namespace survey::server::progress
