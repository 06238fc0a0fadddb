// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

/// Wire types of the sync protocol (design.md §3), with strict parsers: every parser
/// either returns a fully valid value or an ApiError naming the offending field.
namespace survey::sync {

enum class Op { Upsert, Delete };
std::string_view opName(Op op);

/// One change made on a device to one record.
struct Change {
    std::string changeId; ///< device-made UUID; the idempotency key
    std::string entity;   ///< wire entity name, e.g. "household"
    std::string id;       ///< record UUID
    Op op = Op::Upsert;
    std::int64_t baseRev = 0; ///< the server rev the device edited from (0: new record)
    nlohmann::json fields = nlohmann::json::object(); ///< changed or full fields
};

struct PushRequest {
    std::string deviceId;
    std::vector<Change> changes;
};

enum class ChangeStatus { Applied, Duplicate, Conflict, Rejected };
std::string_view statusName(ChangeStatus s);
std::optional<ChangeStatus> statusFromName(std::string_view s);

/// A field changed both on the server and on the device since base_rev.
struct FieldConflict {
    std::string field;
    nlohmann::json base, server, client;
};

struct ChangeResult {
    std::string changeId;
    ChangeStatus status = ChangeStatus::Applied;
    std::int64_t rev = 0;
    std::optional<errors::ApiError> error;
    std::vector<FieldConflict> conflicts;
    /// For a duplicate: the status the first delivery got.
    std::optional<ChangeStatus> firstStatus;
};

struct PushResponse {
    std::vector<ChangeResult> results;
};

/// One entry of the project-wide change cursor.
struct PulledChange {
    std::int64_t seq = 0;
    std::string entity, id;
    std::int64_t rev = 0;
    Op op = Op::Upsert;
    nlohmann::json fields = nlohmann::json::object();
};

struct ChangesPage {
    std::vector<PulledChange> changes;
    std::int64_t next = 0; ///< cursor to pass as `since` next time
    bool more = false;
};

struct LoginRequest {
    std::string username, password, deviceId;
};

template <typename T> using Parsed = std::variant<T, errors::ApiError>;

/// Limits that keep one request from exhausting the server.
inline constexpr std::size_t kMaxChangesPerPush = 5000;
inline constexpr std::size_t kMaxIdLength = 64;
/// Deepest array/object nesting a body may have. The deepest wire shape (a conflict's
/// vertices inside a push result) nests 7 levels; nlohmann::json copies and compares
/// recursively, so an unbounded body could overflow the stack of whoever parses it.
inline constexpr int kMaxJsonNesting = 32;

Parsed<PushRequest> parsePushRequest(const nlohmann::json& body);
/// parsePushRequest() that moves each change's fields out of `body` instead of copying them.
Parsed<PushRequest> parsePushRequest(nlohmann::json&& body);
Parsed<LoginRequest> parseLoginRequest(const nlohmann::json& body);

nlohmann::json toJson(const Change& c);
nlohmann::json toJson(const PushRequest& r);
nlohmann::json toJson(const ChangeResult& r);
nlohmann::json toJson(const PushResponse& r);
nlohmann::json toJson(const PulledChange& c);
nlohmann::json toJson(const ChangesPage& p);

Parsed<PushResponse> parsePushResponse(const nlohmann::json& body);
Parsed<ChangesPage> parseChangesPage(const nlohmann::json& body);

/// True for ids the system makes and accepts: 1..64 of [A-Za-z0-9_-], so that an id is
/// never a path trick or an injection vector wherever it travels.
bool isValidId(std::string_view id);

/// True when `value` nests deeper than `limit` levels. Stops descending at the limit, so it
/// is safe on any parsed input; copying a deeper document would recurse off the stack.
bool nestsDeeperThan(const nlohmann::json& value, int limit);

/// nestsDeeperThan() for JSON text, before it is parsed: counts the brackets outside
/// strings. On text that is not valid JSON it may count deeper than a parser would get, and
/// never shallower, so a parse after a false answer never nests deeper than `limit`.
bool textNestsDeeperThan(std::string_view text, int limit);

} // namespace survey::sync
