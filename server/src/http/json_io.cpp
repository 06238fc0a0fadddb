// SPDX-License-Identifier: Apache-2.0
#include "http/json_io.h"

#include "survey/sync/protocol.h"

namespace survey::server::http {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

void sendJson(httplib::Response& res, int status, const json& body) {
    res.status = status;
    // Replace rather than fail on invalid UTF-8 that slipped into stored text.
    res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace),
                    "application/json; charset=utf-8");
}

void sendError(httplib::Response& res, const ApiError& error) {
    sendJson(res, errors::httpStatus(error.code), error.toJson());
}

std::variant<json, ApiError> parseJsonBody(const httplib::Request& req) {
    // Counted on the text first: a parser callback that watches the depth would be called
    // for every value of a push of thousands of changes (a third of the parse).
    if (survey::sync::textNestsDeeperThan(req.body, survey::sync::kMaxJsonNesting))
        return ApiError{ErrorCode::BadJson, "request body nests deeper than " +
                                                std::to_string(survey::sync::kMaxJsonNesting)};
    // nlohmann ends its input at a NUL byte, so "{}\0garbage" would pass; JSON text has none.
    if (req.body.find('\0') != std::string::npos)
        return ApiError{ErrorCode::BadJson, "request body is not valid JSON"};
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded())
        return ApiError{ErrorCode::BadJson, "request body is not valid JSON"};
    return body;
}

std::optional<json> readJsonObjectBody(const httplib::Request& req, httplib::Response& res) {
    auto body = parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return sendError(res, *e), std::nullopt;
    if (!std::get<json>(body).is_object())
        return sendError(res, {ErrorCode::BadRequest, "body must be a JSON object"}), std::nullopt;
    return std::get<json>(std::move(body));
}

} // namespace survey::server::http
