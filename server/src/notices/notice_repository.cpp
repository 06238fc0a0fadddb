// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_repository.h"

namespace survey::server::notices {

namespace {
constexpr const char* kColumns =
    "id, project_id, kind, household_id, serial, seq, content_sha256, pdf_sha256, data_sha256, "
    "issued_at, issued_on, issued_by, status, voided_at, voided_by, replaced_by, file_path";

std::optional<std::string> optionalText(const storage::Statement& q, int col) {
    return q.isNull(col) ? std::nullopt : std::optional(q.getText(col));
}

nlohmann::json orNull(const std::optional<std::string>& s) {
    return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}
} // namespace

nlohmann::json toJson(const NoticeRow& row) {
    return {{"id", row.id},
            {"project_id", row.projectId},
            {"kind", row.kind},
            {"household_id", orNull(row.householdId)},
            {"serial", row.serial},
            {"sha256", row.pdfSha256},
            {"content_sha256", row.contentSha256},
            {"data_sha256", row.dataSha256},
            {"issued_at", row.issuedAt},
            {"issued_on", row.issuedOn},
            {"issued_by", row.issuedBy},
            {"status", row.status},
            {"voided_at", orNull(row.voidedAt)},
            {"replaced_by", orNull(row.replacedBy)},
            {"url", "/api/v1/notices/" + row.id + ".pdf"}};
}

std::int64_t NoticeRepository::nextSeq(const std::string& projectId, const std::string& kind) {
    auto q = db_.prepare("SELECT coalesce(max(seq), 0) + 1 FROM notices "
                         "WHERE project_id = ?1 AND kind = ?2");
    q.bind(1, projectId).bind(2, kind);
    q.step();
    return q.getInt(0);
}

void NoticeRepository::insert(const NoticeRow& row) {
    auto q = db_.prepare(std::string("INSERT INTO notices (") + kColumns +
                         ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                         "?15, ?16, ?17)");
    q.bind(1, row.id).bind(2, row.projectId).bind(3, row.kind).bind(4, row.householdId);
    q.bind(5, row.serial).bind(6, row.seq).bind(7, row.contentSha256).bind(8, row.pdfSha256);
    q.bind(9, row.dataSha256).bind(10, row.issuedAt).bind(11, row.issuedOn).bind(12, row.issuedBy);
    q.bind(13, row.status).bind(14, row.voidedAt).bind(15, row.voidedBy).bind(16, row.replacedBy);
    q.bind(17, row.filePath);
    q.run();
}

std::vector<NoticeRow> NoticeRepository::select(const std::string& where,
                                                const std::vector<std::string>& args) {
    auto q = db_.prepare(std::string("SELECT ") + kColumns + " FROM notices WHERE " + where);
    for (std::size_t i = 0; i < args.size(); ++i)
        q.bind(static_cast<int>(i + 1), args[i]);
    std::vector<NoticeRow> rows;
    while (q.step()) {
        NoticeRow r;
        r.id = q.getText(0);
        r.projectId = q.getText(1);
        r.kind = q.getText(2);
        r.householdId = optionalText(q, 3);
        r.serial = q.getText(4);
        r.seq = q.getInt(5);
        r.contentSha256 = q.getText(6);
        r.pdfSha256 = q.getText(7);
        r.dataSha256 = q.getText(8);
        r.issuedAt = q.getText(9);
        r.issuedOn = q.getText(10);
        r.issuedBy = q.getText(11);
        r.status = q.getText(12);
        r.voidedAt = optionalText(q, 13);
        r.voidedBy = optionalText(q, 14);
        r.replacedBy = optionalText(q, 15);
        r.filePath = q.getText(16);
        rows.push_back(std::move(r));
    }
    return rows;
}

std::optional<NoticeRow> NoticeRepository::findById(const std::string& id) {
    auto rows = select("id = ?1", {id});
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::optional<NoticeRow> NoticeRepository::findBySerial(const std::string& serial) {
    auto rows = select("serial = ?1", {serial});
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::optional<NoticeRow> NoticeRepository::current(const std::string& projectId,
                                                   const std::string& kind,
                                                   const std::optional<std::string>& householdId) {
    auto rows = householdId ? select("project_id = ?1 AND kind = ?2 AND household_id = ?3 AND "
                                     "status = 'current'",
                                     {projectId, kind, *householdId})
                            : select("project_id = ?1 AND kind = ?2 AND household_id IS NULL "
                                     "AND status = 'current'",
                                     {projectId, kind});
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

void NoticeRepository::markVoid(const std::string& id, const std::string& at, const std::string& by,
                                const std::optional<std::string>& replacedBy) {
    auto q = db_.prepare("UPDATE notices SET status = 'void', voided_at = ?2, voided_by = ?3, "
                         "replaced_by = ?4 WHERE id = ?1 AND status = 'current'");
    q.bind(1, id).bind(2, at).bind(3, by).bind(4, replacedBy);
    q.run();
}

std::vector<NoticeRow> NoticeRepository::forProject(const std::string& projectId) {
    return select("project_id = ?1 ORDER BY issued_at DESC, serial DESC", {projectId});
}

std::string NoticeRepository::serialOf(const std::string& id) {
    auto row = findById(id);
    return row ? row->serial : std::string();
}

std::string NoticeRepository::firstIssuedOn(const std::string& projectId, const std::string& kind,
                                            const std::string& from) {
    auto q = db_.prepare("SELECT min(issued_on) FROM notices WHERE project_id = ?1 AND kind = ?2 "
                         "AND issued_on >= ?3");
    q.bind(1, projectId).bind(2, kind).bind(3, from);
    q.step();
    return q.isNull(0) ? std::string() : q.getText(0);
}

} // namespace survey::server::notices
