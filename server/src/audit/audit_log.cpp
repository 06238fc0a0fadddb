// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_log.h"

#include "survey/hashing/sha256.h"
#include "survey/records/canonical_json.h"

namespace survey::server::audit {

using nlohmann::json;

namespace {
json optionalText(const std::optional<std::string>& value) {
    return value ? json(*value) : json(nullptr);
}

std::optional<std::string> nonEmpty(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}
} // namespace

std::string rowHash(const AuditRow& row) {
    const json body = {{"seq", row.seq},
                       {"at", row.at},
                       {"actor", optionalText(row.actor)},
                       {"device_id", optionalText(row.deviceId)},
                       {"action", row.action},
                       {"subject", optionalText(row.subject)},
                       {"detail_json", row.detailJson},
                       {"prev_hash", row.prevHash}};
    return hashing::sha256Hex(row.prevHash + records::canonicalJson(body));
}

void AuditWriter::loadTail() {
    // seq continues from sqlite_sequence rather than max(seq), so that rows deleted from the
    // end leave a gap that verification notices.
    auto seqQuery = db_.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    lastSeq_ = seqQuery.step() ? seqQuery.getInt(0) : 0;
    auto hashQuery = db_.prepare("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    lastHash_ = hashQuery.step() ? hashQuery.getText(0) : std::string(kGenesisHash);
    tailLoaded_ = true;
}

std::int64_t AuditWriter::append(const AuditEntry& entry, const std::string& at) {
    if (!tailLoaded_)
        loadTail();
    AuditRow row;
    row.seq = lastSeq_ + 1;
    row.at = at;
    row.actor = nonEmpty(entry.actor);
    row.deviceId = nonEmpty(entry.deviceId);
    row.subject = nonEmpty(entry.subject);
    row.action = entry.action;
    row.detailJson = records::canonicalJson(entry.detail);
    row.prevHash = lastHash_;
    row.hash = rowHash(row);

    if (!insert_)
        insert_.emplace(db_.prepare("INSERT INTO audit_log(seq, at, actor, device_id, action,"
                                    " subject, detail_json, prev_hash, hash)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto& insert = *insert_;
    insert.reset();
    insert.bind(1, row.seq).bind(2, row.at).bind(3, row.actor).bind(4, row.deviceId);
    insert.bind(5, row.action).bind(6, row.subject).bind(7, row.detailJson);
    insert.bind(8, row.prevHash).bind(9, row.hash).run();
    lastSeq_ = row.seq;
    lastHash_ = row.hash;
    return row.seq;
}

void appendAudit(storage::Database& db, const AuditEntry& entry, const std::string& at) {
    storage::Transaction tx(db);
    AuditWriter(db).append(entry, at);
    tx.commit();
}

} // namespace survey::server::audit
