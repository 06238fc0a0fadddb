// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace survey::server::review {

/// Largest page of the review queue.
inline constexpr int kMaxQueuePage = 200;

/// One page of a project's households as the reviewer asks for it.
struct QueueQuery {
    std::string projectId;
    std::string status;        ///< a status code, or empty for all
    std::string search;        ///< substring of code, head, address or door number; empty for all
    std::string sort = "code"; ///< code, address, head_name, status or updated_at
    bool descending = false;
    int offset = 0;
    int limit = 50;
};

/// The page: {total, offset, rows:[{id, code, address, door_no, head_name, status, rev,
/// updated_at, updated_by, review_comment, buildings, measured_area_dm2, open_conflicts}],
/// status_counts:{code: n}}. Paged in SQL so that a 5,000-household project loads one page.
nlohmann::json queryQueue(storage::Database& db, const QueueQuery& query);

} // namespace survey::server::review
