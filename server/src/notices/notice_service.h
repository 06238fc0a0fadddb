// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_archive.h"
#include "notices/notice_kind.h"
#include "notices/notice_repository.h"
#include "projects/project_repository.h"
#include "survey/errors/api_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace survey::server::notices {

/// Dotted audit actions of the notices and of what they are made from. (Kept here, not in
/// audit::AuditAction, because that enum names no per-domain actions of other folders yet.)
inline constexpr std::string_view kAuditNoticeIssue = "notice.issue";
inline constexpr std::string_view kAuditNoticeVoid = "notice.void";
inline constexpr std::string_view kAuditSettingsUpdate = "project.settings.update";
inline constexpr std::string_view kAuditCalendarReplace = "project.calendar.replace";

/// The serial printed on a notice: <PROJECTCODE>-<KINDCODE>-<NNNNNN>, e.g. CD-DJB-000017.
std::string noticeSerial(std::string_view projectCode, const NoticeKindInfo& kind,
                         std::int64_t seq);

/// The date printed on a notice issued at `unixSeconds`: the calendar day in China
/// Standard Time (UTC+8), where the notices are issued and read.
std::string issueDate(std::int64_t unixSeconds);

/// Who issues, when, and where the verification page is served.
struct IssueContext {
    std::string actor; ///< user id
    std::int64_t now = 0;
    std::string verifyBaseUrl; ///< e.g. https://survey.example.cn:8443, no trailing slash
};

/// Issues and voids notices. Each notice is made from the records as one read snapshot
/// shows them, with the serial allocated there; it is rendered and archived without the
/// write lock, then one short transaction writes its row and audit entry and voids the
/// previous current notice of the same kind for the same household (or project), linking
/// it to the new one.
class NoticeService {
  public:
    NoticeService(storage::Database& db, NoticeArchive& archive) : db_(db), archive_(archive) {}

    /// One notice; household kinds need `householdId`, postings must not have one.
    std::variant<NoticeRow, errors::ApiError> issue(const projects::Project& project,
                                                    NoticeKind kind,
                                                    const std::optional<std::string>& householdId,
                                                    const IssueContext& ctx);
    /// A household kind for every household that qualifies (qualifiesForBatch), each in
    /// its own transaction, in household-code order.
    std::variant<std::vector<NoticeRow>, errors::ApiError>
    issueBatch(const projects::Project& project, NoticeKind kind, const IssueContext& ctx);
    /// Voids a current notice without replacing it (issued in error).
    std::variant<NoticeRow, errors::ApiError> voidNotice(const std::string& noticeId,
                                                         const IssueContext& ctx);

  private:
    NoticeRow issueLocked(const projects::Project& project, const NoticeKindInfo& kind,
                          const std::optional<std::string>& householdId, const IssueContext& ctx);
    storage::Database& db_;
    NoticeArchive& archive_;
};

} // namespace survey::server::notices
