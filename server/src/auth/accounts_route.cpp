// SPDX-License-Identifier: Apache-2.0
#include "auth/accounts_route.h"

#include "auth/account_admin.h"
#include "auth/user_repository.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "projects/project_repository.h"

#include <stdexcept>

namespace survey::server::auth {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
// The calling admin, or nullopt with the error sent.
std::optional<http::Caller> admin(http::ServerContext& context, storage::Database& db,
                                  const httplib::Request& req, httplib::Response& res) {
    auto caller = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e), std::nullopt;
    if (std::get<http::Caller>(caller).user.role != Role::Admin)
        return http::sendError(res, {ErrorCode::Forbidden, "only an admin manages accounts"}),
               std::nullopt;
    return std::get<http::Caller>(std::move(caller));
}

// A list of strings at body[name], or nullopt when absent; throws invalid_argument if garbled.
std::optional<std::vector<std::string>> stringList(const json& body, const char* name) {
    if (!body.contains(name))
        return std::nullopt;
    const json& list = body[name];
    if (!list.is_array() || list.size() > 1000)
        throw std::invalid_argument(std::string(name) + " must be a list");
    std::vector<std::string> out;
    for (const auto& item : list) {
        if (!item.is_string())
            throw std::invalid_argument(std::string(name) + " must be a list of ids");
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::string textOf(const json& body, const char* name) {
    if (!body.contains(name) || body[name].is_null())
        return {};
    if (!body[name].is_string() || body[name].get<std::string>().size() > 200)
        throw std::invalid_argument(std::string(name) + " must be short text");
    return body[name].get<std::string>();
}

void handleList(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    if (!admin(context, *db, req, res))
        return;
    http::sendJson(res, 200, {{"users", listAccounts(*db)}});
}

void handleCreate(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = admin(context, *db, req, res);
    if (!caller)
        return;
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    try {
        NewUser user{textOf(*body, "username"), textOf(*body, "name"), textOf(*body, "password")};
        const auto role = roleFromName(textOf(*body, "role"));
        if (!role || user.username.empty())
            throw std::invalid_argument("username and a role are required");
        user.role = *role;
        if (user.name.empty())
            user.name = user.username;
        projects::ProjectRepository projectsRepo(*db);
        for (const auto& id : stringList(*body, "projects").value_or(std::vector<std::string>{})) {
            auto project = projectsRepo.findById(id);
            if (!project)
                throw std::invalid_argument("no such project " + id);
            user.projectCodes.push_back(project->code);
        }
        const std::string id = addUser(*db, user, caller->user.id);
        http::sendJson(res, 201, {{"id", id}});
    } catch (const std::invalid_argument& e) {
        http::sendError(res, {ErrorCode::Validation, e.what()});
    }
}

void handleChange(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = admin(context, *db, req, res);
    if (!caller)
        return;
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    try {
        AccountChange change{req.matches[1].str(), {}, {}, stringList(*body, "projects")};
        if (body->contains("role")) {
            change.role = roleFromName(textOf(*body, "role"));
            if (!change.role)
                throw std::invalid_argument("unknown role");
        }
        if (body->contains("disabled")) {
            if (!(*body)["disabled"].is_boolean())
                throw std::invalid_argument("disabled must be true or false");
            change.disabled = (*body)["disabled"].get<bool>();
        }
        if (change.userId == caller->user.id &&
            (change.disabled.value_or(false) || change.role.value_or(Role::Admin) != Role::Admin))
            throw std::invalid_argument("an admin cannot lock themselves out");
        changeAccount(*db, change, caller->user.id, isoUtc(context.clock()));
        http::sendJson(res, 200, {{"users", listAccounts(*db)}});
    } catch (const std::invalid_argument& e) {
        http::sendError(res, {ErrorCode::Validation, e.what()});
    }
}

void handleDevices(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    if (!admin(context, *db, req, res))
        return;
    http::sendJson(res, 200, {{"devices", listDevices(*db, context.clock())}});
}
} // namespace

void registerAccountRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get("/api/v1/admin/users", http::withContext(context, handleList));
    server.Post("/api/v1/admin/users", http::withContext(context, handleCreate));
    server.Post(R"(/api/v1/admin/users/([A-Za-z0-9_-]{1,64}))",
                http::withContext(context, handleChange));
    server.Get("/api/v1/admin/devices", http::withContext(context, handleDevices));
}

} // namespace survey::server::auth
