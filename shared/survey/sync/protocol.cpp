// SPDX-License-Identifier: Apache-2.0
#include "survey/sync/protocol.h"

namespace survey::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {

ApiError err(ErrorCode code, std::string message, std::string field = {}) {
    return ApiError{code, std::move(message), std::move(field)};
}

/// Reads a required string member; returns an error when absent or of another type.
std::optional<ApiError> requireString(const json& obj, const char* key, const std::string& path,
                                      std::string& out) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return err(ErrorCode::MissingField, std::string(key) + " is required", path + key);
    if (!it->is_string())
        return err(ErrorCode::WrongType, std::string(key) + " must be a string", path + key);
    out = it->get<std::string>();
    return std::nullopt;
}

std::optional<ApiError> requireId(const json& obj, const char* key, const std::string& path,
                                  std::string& out) {
    if (auto e = requireString(obj, key, path, out))
        return e;
    if (!isValidId(out))
        return err(ErrorCode::Validation,
                   std::string(key) + " must be 1-64 characters of A-Z a-z 0-9 _ -", path + key);
    return std::nullopt;
}

ApiError tooDeep() {
    return err(ErrorCode::BadRequest,
               "body nests deeper than " + std::to_string(kMaxJsonNesting) + " levels");
}

} // namespace

bool nestsDeeperThan(const json& value, int limit) {
    if (!value.is_structured())
        return false;
    if (limit == 0)
        return true;
    for (const auto& child : value)
        if (nestsDeeperThan(child, limit - 1))
            return true;
    return false;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
}

std::string_view opName(Op op) {
    return op == Op::Upsert ? "upsert" : "delete";
}

std::string_view statusName(ChangeStatus s) {
    switch (s) {
    case ChangeStatus::Applied:
        return "applied";
    case ChangeStatus::Duplicate:
        return "duplicate";
    case ChangeStatus::Conflict:
        return "conflict";
    case ChangeStatus::Rejected:
        return "rejected";
    }
    return "rejected";
}

std::optional<ChangeStatus> statusFromName(std::string_view s) {
    for (auto st : {ChangeStatus::Applied, ChangeStatus::Duplicate, ChangeStatus::Conflict,
                    ChangeStatus::Rejected})
        if (statusName(st) == s)
            return st;
    return std::nullopt;
}

bool textNestsDeeperThan(std::string_view text, int limit) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

namespace {
std::optional<ApiError> checkPushShape(const json& body) {
    if (!body.is_object())
        return err(ErrorCode::BadRequest, "push body must be a JSON object");
    if (nestsDeeperThan(body, kMaxJsonNesting))
        return tooDeep();
    return std::nullopt;
}

/// The push request in `body`, which checkPushShape() passed; each change's fields are moved
/// out of it.
Parsed<PushRequest> parseShapedPushRequest(json& body) {
    PushRequest req;
    if (auto e = requireId(body, "device_id", "", req.deviceId))
        return *e;
    auto changes = body.find("changes");
    if (changes == body.end())
        return err(ErrorCode::MissingField, "changes is required", "changes");
    if (!changes->is_array())
        return err(ErrorCode::WrongType, "changes must be an array", "changes");
    if (changes->size() > kMaxChangesPerPush)
        return err(ErrorCode::TooLarge,
                   "at most " + std::to_string(kMaxChangesPerPush) + " changes per push",
                   "changes");
    req.changes.reserve(changes->size());
    for (std::size_t i = 0; i < changes->size(); ++i) {
        json& c = (*changes)[i];
        const std::string path = "changes[" + std::to_string(i) + "].";
        if (!c.is_object())
            return err(ErrorCode::WrongType, "each change must be an object",
                       path.substr(0, path.size() - 1));
        Change ch;
        if (auto e = requireId(c, "change_id", path, ch.changeId))
            return *e;
        if (auto e = requireString(c, "entity", path, ch.entity))
            return *e;
        if (auto e = requireId(c, "id", path, ch.id))
            return *e;
        std::string op;
        if (auto e = requireString(c, "op", path, op))
            return *e;
        if (op == "upsert")
            ch.op = Op::Upsert;
        else if (op == "delete")
            ch.op = Op::Delete;
        else
            return err(ErrorCode::Validation, "op must be upsert or delete", path + "op");
        auto base = c.find("base_rev");
        if (base == c.end() || base->is_null())
            return err(ErrorCode::MissingField, "base_rev is required", path + "base_rev");
        if (!base->is_number_integer() || base->get<std::int64_t>() < 0)
            return err(ErrorCode::WrongType, "base_rev must be a non-negative integer",
                       path + "base_rev");
        ch.baseRev = base->get<std::int64_t>();
        auto fields = c.find("fields");
        if (fields != c.end() && !fields->is_null()) {
            if (!fields->is_object())
                return err(ErrorCode::WrongType, "fields must be an object", path + "fields");
            ch.fields = std::move(*fields);
        } else if (ch.op == Op::Upsert) {
            return err(ErrorCode::MissingField, "fields is required for upsert", path + "fields");
        }
        req.changes.push_back(std::move(ch));
    }
    return req;
}
} // namespace

Parsed<PushRequest> parsePushRequest(const json& body) {
    if (auto e = checkPushShape(body))
        return *e;
    // Copied only once checked: copying recurses, and a deep document would overflow the stack.
    json copy(body);
    return parseShapedPushRequest(copy);
}

Parsed<PushRequest> parsePushRequest(json&& body) {
    if (auto e = checkPushShape(body))
        return *e;
    return parseShapedPushRequest(body);
}

Parsed<LoginRequest> parseLoginRequest(const json& body) {
    if (!body.is_object())
        return err(ErrorCode::BadRequest, "login body must be a JSON object");
    LoginRequest r;
    if (auto e = requireString(body, "username", "", r.username))
        return *e;
    if (auto e = requireString(body, "password", "", r.password))
        return *e;
    if (auto e = requireId(body, "device_id", "", r.deviceId))
        return *e;
    return r;
}

json toJson(const Change& c) {
    return {{"change_id", c.changeId}, {"entity", c.entity},    {"id", c.id},
            {"op", opName(c.op)},      {"base_rev", c.baseRev}, {"fields", c.fields}};
}

json toJson(const PushRequest& r) {
    json changes = json::array();
    for (const auto& c : r.changes)
        changes.push_back(toJson(c));
    return {{"device_id", r.deviceId}, {"changes", std::move(changes)}};
}

json toJson(const ChangeResult& r) {
    json j = {{"change_id", r.changeId}, {"status", statusName(r.status)}, {"rev", r.rev}};
    if (r.error)
        j["error"] = r.error->detailJson();
    if (!r.conflicts.empty()) {
        json cs = json::array();
        for (const auto& c : r.conflicts)
            cs.push_back(
                {{"field", c.field}, {"base", c.base}, {"server", c.server}, {"client", c.client}});
        j["conflicts"] = std::move(cs);
    }
    if (r.firstStatus)
        j["first_status"] = statusName(*r.firstStatus);
    return j;
}

json toJson(const PushResponse& r) {
    json results = json::array();
    for (const auto& x : r.results)
        results.push_back(toJson(x));
    return {{"results", std::move(results)}};
}

json toJson(const PulledChange& c) {
    return {{"seq", c.seq}, {"entity", c.entity}, {"id", c.id},
            {"rev", c.rev}, {"op", opName(c.op)}, {"fields", c.fields}};
}

json toJson(const ChangesPage& p) {
    json changes = json::array();
    for (const auto& c : p.changes)
        changes.push_back(toJson(c));
    return {{"changes", std::move(changes)}, {"next", p.next}, {"more", p.more}};
}

Parsed<PushResponse> parsePushResponse(const json& body) {
    // First, because even value() below copies, and copying recurses.
    if (nestsDeeperThan(body, kMaxJsonNesting))
        return tooDeep();
    if (!body.is_object() || !body.contains("results") || !body["results"].is_array())
        return err(ErrorCode::BadRequest, "push response must have a results array", "results");
    PushResponse out;
    for (const auto& r : body["results"]) {
        if (!r.is_object() || !r.value("change_id", json()).is_string() ||
            !r.value("status", json()).is_string())
            return err(ErrorCode::BadRequest, "malformed push result", "results");
        ChangeResult cr;
        cr.changeId = r["change_id"].get<std::string>();
        auto st = statusFromName(r["status"].get<std::string>());
        if (!st)
            return err(ErrorCode::BadRequest, "unknown push status", "status");
        cr.status = *st;
        if (auto rev = r.find("rev"); rev != r.end() && rev->is_number_integer())
            cr.rev = rev->get<std::int64_t>();
        if (auto e = r.find("error"); e != r.end())
            cr.error = ApiError::fromDetailJson(*e);
        if (auto fs = r.find("first_status"); fs != r.end() && fs->is_string())
            cr.firstStatus = statusFromName(fs->get<std::string>());
        if (auto cs = r.find("conflicts"); cs != r.end() && cs->is_array())
            for (const auto& c : *cs)
                if (c.is_object() && c.value("field", json()).is_string())
                    cr.conflicts.push_back({c["field"].get<std::string>(), c.value("base", json()),
                                            c.value("server", json()), c.value("client", json())});
        out.results.push_back(std::move(cr));
    }
    return out;
}

Parsed<ChangesPage> parseChangesPage(const json& body) {
    // First, because even value() below copies, and copying recurses.
    if (nestsDeeperThan(body, kMaxJsonNesting))
        return tooDeep();
    if (!body.is_object() || !body.contains("changes") || !body["changes"].is_array() ||
        !body.value("next", json()).is_number_integer() || !body.value("more", json()).is_boolean())
        return err(ErrorCode::BadRequest, "changes page must have changes, next and more");
    ChangesPage page;
    page.next = body["next"].get<std::int64_t>();
    page.more = body["more"].get<bool>();
    for (const auto& c : body["changes"]) {
        if (!c.is_object() || !c.value("seq", json()).is_number_integer() ||
            !c.value("entity", json()).is_string() || !c.value("id", json()).is_string() ||
            !c.value("rev", json()).is_number_integer() || !c.value("op", json()).is_string())
            return err(ErrorCode::BadRequest, "malformed change in page", "changes");
        PulledChange pc;
        pc.seq = c["seq"].get<std::int64_t>();
        pc.entity = c["entity"].get<std::string>();
        pc.id = c["id"].get<std::string>();
        pc.rev = c["rev"].get<std::int64_t>();
        const auto op = c["op"].get<std::string>();
        if (op != "upsert" && op != "delete")
            return err(ErrorCode::BadRequest, "unknown op in page", "op");
        pc.op = op == "upsert" ? Op::Upsert : Op::Delete;
        if (auto f = c.find("fields"); f != c.end() && f->is_object())
            pc.fields = *f;
        page.changes.push_back(std::move(pc));
    }
    return page;
}

} // namespace survey::sync
