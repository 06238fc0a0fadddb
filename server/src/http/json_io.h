// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <variant>

namespace survey::server::http {

/// Sends `body` as UTF-8 JSON with `status`.
void sendJson(httplib::Response& res, int status, const nlohmann::json& body);

/// Sends the design's error JSON {"error": {code, message, field?}} with the code's status.
void sendError(httplib::Response& res, const errors::ApiError& error);

/// The request body as JSON, or bad_json when it is not well-formed UTF-8 JSON or nests
/// deeper than the protocol's kMaxJsonNesting (refused while parsing, before a deep
/// document is ever built).
std::variant<nlohmann::json, errors::ApiError> parseJsonBody(const httplib::Request& req);

/// The request body as a JSON object; otherwise sends parseJsonBody's error, or bad_request
/// for a document that is not an object, and returns nothing.
std::optional<nlohmann::json> readJsonObjectBody(const httplib::Request& req,
                                                 httplib::Response& res);

} // namespace survey::server::http
