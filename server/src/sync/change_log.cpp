// SPDX-License-Identifier: Apache-2.0
#include "sync/change_log.h"

#include "survey/records/canonical_json.h"

#include <algorithm>
#include <charconv>

namespace survey::server::sync {

using nlohmann::json;
using survey::sync::Op;

namespace {
// Stored text as a JSON string. Only a hand-edited database holds text that is not UTF-8; it
// is replaced rather than refused, as in sendJson. The canonical encoder writes the rest
// without building a json value (through nlohmann, two strings a row were most of a page).
void appendQuoted(std::string& out, std::string_view text) {
    const std::size_t before = out.size();
    try {
        records::appendCanonicalString(out, text);
    } catch (const json::exception&) {
        out.resize(before);
        out += json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
    }
}

// A page row is about 300 bytes. The body is reserved for the few changes a tablet's
// routine pull brings, and grows for a full page: reserving a full page (160 KB) for every
// pull made each worker's malloc arena grow and shrink again, page faults and TLB
// shootdowns included, at each request.
constexpr std::size_t kPageRowBytes = 320;
constexpr std::int64_t kReservedRows = 16;
} // namespace

std::int64_t ChangeLog::append(const LoggedChange& c) {
    if (!insert_)
        insert_.emplace(db_.prepareCached(
            "INSERT INTO change_log(project_id, entity, entity_id, op, fields_json, change_id,"
            " user_id, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto& q = *insert_;
    q.reset();
    fieldsJson_.clear();
    records::appendCanonicalJson(fieldsJson_, c.fields);
    q.bindView(1, c.projectId).bindView(2, c.entity).bindView(3, c.entityId);
    q.bindView(4, survey::sync::opName(c.op)).bindView(5, fieldsJson_);
    q.bindView(6, c.changeId).bindView(7, c.userId).bindView(8, c.deviceId).bindView(9, c.at);
    q.run();
    return db_.lastInsertRowId();
}

std::optional<json> ChangeLog::snapshot(const std::string& entity, const std::string& entityId,
                                        std::int64_t seq) {
    auto q = db_.prepare(
        "SELECT fields_json FROM change_log WHERE seq = ? AND entity_id = ? AND entity = ?");
    q.bind(1, seq).bind(2, entityId).bind(3, entity);
    if (!q.step())
        return std::nullopt;
    json fields = json::parse(q.getText(0), nullptr, false);
    if (!fields.is_object())
        return std::nullopt;
    return fields;
}

std::string ChangeLog::pageJson(const std::string& projectId, std::int64_t since,
                                std::int64_t limit) {
    // One row more than asked tells whether another page follows.
    auto q = db_.prepareCached("SELECT seq, entity, entity_id, op, fields_json FROM change_log"
                               " WHERE project_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    q.bind(1, projectId).bind(2, since).bind(3, limit + 1);
    // fields_json is canonical JSON that append() wrote, so it goes into the page as stored:
    // parsing and re-encoding it was most of the cost of serving a page.
    std::string body;
    body.reserve(static_cast<std::size_t>(std::min(limit, kReservedRows)) * kPageRowBytes);
    body += R"({"changes":[)";
    std::int64_t next = since, count = 0;
    bool more = false;
    while (q.step()) {
        if (count == limit) {
            more = true;
            break;
        }
        next = q.getInt(0);
        char seq[24];
        const auto seqEnd = std::to_chars(seq, seq + sizeof seq, next).ptr;
        const std::string_view seqText(seq, static_cast<std::size_t>(seqEnd - seq));
        body += count++ ? R"(,{"entity":)" : R"({"entity":)";
        appendQuoted(body, q.textView(1));
        body += R"(,"fields":)";
        body += q.textView(4);
        body += R"(,"id":)";
        appendQuoted(body, q.textView(2));
        body += q.textView(3) == "delete" ? R"(,"op":"delete","rev":)" : R"(,"op":"upsert","rev":)";
        body += seqText;
        body += R"(,"seq":)";
        body += seqText;
        body += '}';
    }
    body += R"(],"more":)";
    body += more ? "true" : "false";
    body += R"(,"next":)";
    body += std::to_string(next);
    body += '}';
    return body;
}

} // namespace survey::server::sync
