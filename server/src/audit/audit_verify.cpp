// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_verify.h"

#include "audit/audit_log.h"

namespace survey::server::audit {

namespace {
std::optional<std::string> optionalColumn(const storage::Statement& q, int col) {
    return q.isNull(col) ? std::nullopt : std::optional<std::string>(q.getText(col));
}

ChainCheck broken(std::int64_t rows, std::int64_t seq, std::string reason) {
    return {false, rows, seq, std::move(reason)};
}
} // namespace

ChainCheck verifyAuditChain(storage::Database& db) {
    auto q = db.prepare("SELECT seq, at, actor, device_id, action, subject, detail_json,"
                        " prev_hash, hash FROM audit_log ORDER BY seq");
    std::int64_t rows = 0;
    std::string prevHash(kGenesisHash);
    while (q.step()) {
        AuditRow row;
        row.seq = q.getInt(0);
        row.at = q.getText(1);
        row.actor = optionalColumn(q, 2);
        row.deviceId = optionalColumn(q, 3);
        row.action = q.getText(4);
        row.subject = optionalColumn(q, 5);
        row.detailJson = q.getText(6);
        row.prevHash = q.getText(7);
        row.hash = q.getText(8);
        const std::int64_t expectedSeq = rows + 1;
        if (row.seq != expectedSeq)
            return broken(rows, expectedSeq,
                          "row " + std::to_string(expectedSeq) + " is missing (next is " +
                              std::to_string(row.seq) + ")");
        if (row.prevHash != prevHash)
            return broken(rows, row.seq, "prev_hash does not match the previous row's hash");
        if (rowHash(row) != row.hash)
            return broken(rows, row.seq, "hash does not match the row's content");
        prevHash = row.hash;
        ++rows;
    }
    auto last = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    const std::int64_t issued = last.step() ? last.getInt(0) : 0;
    if (issued > rows)
        return broken(rows, rows + 1,
                      "rows " + std::to_string(rows + 1) + ".." + std::to_string(issued) +
                          " were issued but are missing");
    return {true, rows, 0, {}};
}

} // namespace survey::server::audit
