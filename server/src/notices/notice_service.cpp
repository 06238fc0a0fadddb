// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_service.h"

#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "common/utc_time.h"
#include "notices/notice_documents.h"
#include "notices/notice_rendering.h"
#include "survey/hashing/sha256.h"
#include "survey/records/canonical_json.h"

#include <cstdio>
#include <mutex>
#include <stdexcept>

namespace survey::server::notices {

using errors::ApiError;
using errors::ErrorCode;

namespace {
constexpr std::int64_t kChinaUtcOffsetSeconds = 8 * 3600;

/// Notices are issued one at a time in this process (the only one that issues them): the
/// serial allocated with the read snapshot is then still free when the row is written.
std::mutex& issueMutex() {
    static std::mutex mutex;
    return mutex;
}

/// BEGIN (deferred) … ROLLBACK: the reads in between see one committed state (in WAL mode,
/// the one at the first read) without taking the write lock, so writers go on meanwhile.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(storage::Database& db) : db_(db) { db_.exec("BEGIN"); }
    ~ReadSnapshot() {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // Nothing was written; a failed rollback leaves the read to end with the connection.
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    storage::Database& db_;
};

bool isSerialSafe(std::string_view code) {
    return !code.empty() && code.size() <= 32 &&
           code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                  "0123456789_-") == std::string_view::npos;
}
} // namespace

std::string noticeSerial(std::string_view projectCode, const NoticeKindInfo& kind,
                         std::int64_t seq) {
    char number[16];
    std::snprintf(number, sizeof number, "%06lld", static_cast<long long>(seq));
    return std::string(projectCode) + "-" + std::string(kind.code) + "-" + number;
}

std::string issueDate(std::int64_t unixSeconds) {
    return isoUtc(unixSeconds + kChinaUtcOffsetSeconds).substr(0, 10);
}

NoticeRow NoticeService::issueLocked(const projects::Project& project, const NoticeKindInfo& kind,
                                     const std::optional<std::string>& householdId,
                                     const IssueContext& ctx) {
    const std::lock_guard issuing(issueMutex());
    NoticeRow row;
    row.id = newUuid();
    row.projectId = project.id;
    row.kind = std::string(kind.wireName);
    row.householdId = householdId;
    row.issuedAt = isoUtc(ctx.now);
    row.issuedOn = issueDate(ctx.now);
    row.issuedBy = ctx.actor;
    survey::notices::NoticeDocument doc;
    {
        // Rendering takes long (a batch, minutes): it must not hold the write lock, or
        // tablets' pushes time out behind it. The records come from one read snapshot.
        const ReadSnapshot snapshot(db_);
        const auto ids =
            householdId ? std::vector{*householdId} : projectHouseholdIds(db_, project.id);
        const NoticeSources sources = loadSources(db_, project, ids);
        row.seq = NoticeRepository(db_).nextSeq(project.id, row.kind);
        row.dataSha256 = records::recordHash(sources.rows);
        doc = buildNoticeDocument(kind.kind, sources, row.issuedOn);
    }
    row.serial = noticeSerial(project.code, kind, row.seq);
    row.contentSha256 = survey::notices::contentHash(doc);
    const std::string pdf = renderNoticePdf(
        doc, {row.serial, row.issuedOn, ctx.verifyBaseUrl + "/verify/" + row.serial});
    row.pdfSha256 = hashing::sha256Hex(pdf);
    row.filePath = archive_.store(row.serial, pdf);
    try {
        storage::Transaction tx(db_);
        NoticeRepository repo(db_);
        const auto previous = repo.current(project.id, row.kind, householdId);
        repo.insert(row);
        if (previous)
            repo.markVoid(previous->id, row.issuedAt, ctx.actor, row.id);
        audit::AuditWriter(db_).append(
            {ctx.actor,
             "",
             std::string(kAuditNoticeIssue),
             row.id,
             {{"serial", row.serial},
              {"kind", row.kind},
              {"pdf_sha256", row.pdfSha256},
              {"data_sha256", row.dataSha256},
              {"voided", previous ? nlohmann::json(previous->serial) : nlohmann::json(nullptr)}}},
            row.issuedAt);
        tx.commit();
    } catch (...) {
        archive_.discard(row.filePath); // the serial was never issued
        throw;
    }
    return row;
}

std::variant<NoticeRow, ApiError>
NoticeService::issue(const projects::Project& project, NoticeKind kind,
                     const std::optional<std::string>& householdId, const IssueContext& ctx) {
    const auto& info = kindInfo(kind);
    if (info.perHousehold && !householdId)
        return ApiError{ErrorCode::MissingField,
                        "a " + std::string(info.wireName) + " is issued to one household",
                        "household_id"};
    if (!info.perHousehold && householdId)
        return ApiError{ErrorCode::BadRequest, "a posting is issued for the whole project",
                        "household_id"};
    if (!isSerialSafe(project.code))
        return ApiError{ErrorCode::Validation,
                        "project code " + project.code + " cannot be part of a serial"};
    try {
        return issueLocked(project, info, householdId, ctx);
    } catch (const std::out_of_range& e) {
        return ApiError{ErrorCode::NotFound, e.what(), "household_id"};
    }
}

std::variant<std::vector<NoticeRow>, ApiError>
NoticeService::issueBatch(const projects::Project& project, NoticeKind kind,
                          const IssueContext& ctx) {
    if (!kindInfo(kind).perHousehold)
        return ApiError{ErrorCode::BadRequest, "postings are issued one per project", "kind"};
    std::vector<std::string> qualifying;
    {
        const auto sources = loadSources(db_, project, projectHouseholdIds(db_, project.id));
        for (const auto& h : sources.households)
            if (qualifiesForBatch(kind, h, sources.decisions))
                qualifying.push_back(h.id);
    }
    std::vector<NoticeRow> issued;
    for (const auto& id : qualifying) {
        auto one = issue(project, kind, id, ctx);
        if (auto* e = std::get_if<ApiError>(&one))
            return *e;
        issued.push_back(std::move(std::get<NoticeRow>(one)));
    }
    return issued;
}

std::variant<NoticeRow, ApiError> NoticeService::voidNotice(const std::string& noticeId,
                                                            const IssueContext& ctx) {
    storage::Transaction tx(db_);
    NoticeRepository repo(db_);
    auto row = repo.findById(noticeId);
    if (!row)
        return ApiError{ErrorCode::NotFound, "no notice " + noticeId};
    if (row->status != "current")
        return ApiError{ErrorCode::Conflict, "notice " + row->serial + " is already void"};
    const std::string at = isoUtc(ctx.now);
    repo.markVoid(row->id, at, ctx.actor, std::nullopt);
    audit::AuditWriter(db_).append(
        {ctx.actor, "", std::string(kAuditNoticeVoid), row->id, {{"serial", row->serial}}}, at);
    tx.commit();
    return *repo.findById(noticeId);
}

} // namespace survey::server::notices
