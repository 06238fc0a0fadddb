// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace survey::server::notices {

/// An issued notice as stored in `notices`.
struct NoticeRow {
    std::string id, projectId, kind;
    std::optional<std::string> householdId;
    std::string serial;
    std::int64_t seq = 0;
    std::string contentSha256, pdfSha256, dataSha256, issuedAt, issuedOn, issuedBy;
    std::string status = "current"; ///< current | void
    std::optional<std::string> voidedAt, voidedBy, replacedBy;
    std::string filePath; ///< relative to the data directory
};

/// Wire JSON of a notice for the API lists (no personal data: ids and hashes only).
nlohmann::json toJson(const NoticeRow& row);

/// Reads and writes `notices`; writers run inside the caller's transaction.
class NoticeRepository {
  public:
    explicit NoticeRepository(storage::Database& db) : db_(db) {}

    /// The next NNNNNN for (project, kind); call inside the write transaction that inserts it.
    std::int64_t nextSeq(const std::string& projectId, const std::string& kind);
    void insert(const NoticeRow& row);
    std::optional<NoticeRow> findById(const std::string& id);
    std::optional<NoticeRow> findBySerial(const std::string& serial);
    /// The current notice of a kind for a household (or, without one, for the project).
    std::optional<NoticeRow> current(const std::string& projectId, const std::string& kind,
                                     const std::optional<std::string>& householdId);
    /// Marks a notice void, naming the notice that replaces it when there is one.
    void markVoid(const std::string& id, const std::string& at, const std::string& by,
                  const std::optional<std::string>& replacedBy);
    /// Every notice of a project, newest first.
    std::vector<NoticeRow> forProject(const std::string& projectId);
    /// The serial of the notice with this id, or empty.
    std::string serialOf(const std::string& id);
    /// The earliest issue date (YYYY-MM-DD) of a kind in a project on or after `from`, or empty.
    std::string firstIssuedOn(const std::string& projectId, const std::string& kind,
                              const std::string& from);

  private:
    std::vector<NoticeRow> select(const std::string& where, const std::vector<std::string>& args);
    storage::Database& db_;
};

} // namespace survey::server::notices
