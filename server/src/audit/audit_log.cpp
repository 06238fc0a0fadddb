// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_log.h"

#include "survey/hashing/sha256.h"
#include "survey/records/canonical_json.h"

namespace survey::server::audit {

namespace {
std::optional<std::string_view> nonEmpty(std::string_view value) {
    return value.empty() ? std::nullopt : std::optional<std::string_view>(value);
}

std::optional<std::string_view> viewOf(const std::optional<std::string>& value) {
    return value ? std::optional<std::string_view>(*value) : std::nullopt;
}

void bindOptional(storage::Statement& q, int index, std::optional<std::string_view> value) {
    if (value)
        q.bindView(index, *value);
    else
        q.bindNull(index);
}
} // namespace

std::string rowHash(const AuditRowView& row) {
    // canonicalJson of the object {seq, at, actor, device_id, action, subject, detail_json,
    // prev_hash}, written out key by key in sorted order: it is hashed once per pushed change,
    // and building the json object cost more than the hash. test_audit_chain holds the two
    // encodings equal.
    std::string text;
    text.reserve(2 * row.prevHash.size() + row.detailJson.size() + 256);
    text += row.prevHash;
    const auto field = [&text](std::string_view key, std::string_view value) {
        text += key;
        records::appendCanonicalString(text, value);
    };
    const auto optionalField = [&text, &field](std::string_view key,
                                               const std::optional<std::string_view>& value) {
        if (value)
            return field(key, *value);
        text += key;
        text += "null";
    };
    field(R"({"action":)", row.action);
    optionalField(R"(,"actor":)", row.actor);
    field(R"(,"at":)", row.at);
    field(R"(,"detail_json":)", row.detailJson);
    optionalField(R"(,"device_id":)", row.deviceId);
    field(R"(,"prev_hash":)", row.prevHash);
    text += R"(,"seq":)";
    text += std::to_string(row.seq);
    optionalField(R"(,"subject":)", row.subject);
    text += '}';
    return hashing::sha256Hex(text);
}

std::string rowHash(const AuditRow& row) {
    return rowHash(AuditRowView{row.seq, row.at, viewOf(row.actor), viewOf(row.deviceId),
                                viewOf(row.subject), row.action, row.detailJson, row.prevHash});
}

void AuditWriter::loadTail() {
    // seq continues from sqlite_sequence rather than max(seq), so that rows deleted from the
    // end leave a gap that verification notices.
    auto seqQuery = db_.prepareCached("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    lastSeq_ = seqQuery.step() ? seqQuery.getInt(0) : 0;
    auto hashQuery = db_.prepareCached("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    lastHash_ = hashQuery.step() ? hashQuery.getText(0) : std::string(kGenesisHash);
    tailLoaded_ = true;
}

std::int64_t AuditWriter::append(const AuditEntry& entry, const std::string& at) {
    const std::string detailJson = records::canonicalJson(entry.detail);
    return appendEncoded(
        EncodedAuditEntry{entry.actor, entry.deviceId, entry.action, entry.subject, detailJson},
        at);
}

std::int64_t AuditWriter::appendEncoded(const EncodedAuditEntry& entry, std::string_view at) {
    if (!tailLoaded_)
        loadTail();
    const AuditRowView row{lastSeq_ + 1,
                           at,
                           nonEmpty(entry.actor),
                           nonEmpty(entry.deviceId),
                           nonEmpty(entry.subject),
                           entry.action,
                           entry.detailJson,
                           lastHash_};
    std::string hash = rowHash(row);

    if (!insert_)
        insert_.emplace(db_.prepareCached("INSERT INTO audit_log(seq, at, actor, device_id, action,"
                                          " subject, detail_json, prev_hash, hash)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto& insert = *insert_;
    insert.reset();
    insert.bind(1, row.seq).bindView(2, row.at);
    bindOptional(insert, 3, row.actor);
    bindOptional(insert, 4, row.deviceId);
    insert.bindView(5, row.action);
    bindOptional(insert, 6, row.subject);
    insert.bindView(7, row.detailJson).bindView(8, row.prevHash).bindView(9, hash).run();
    lastSeq_ = row.seq;
    lastHash_ = std::move(hash);
    return row.seq;
}

void appendAudit(storage::Database& db, const AuditEntry& entry, const std::string& at) {
    storage::Transaction tx(db);
    AuditWriter(db).append(entry, at);
    tx.commit();
}

} // namespace survey::server::audit
