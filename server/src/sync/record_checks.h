// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"
#include "survey/records/record_store.h"
#include "survey/sync/protocol.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace survey::server::sync {

/// The checks of a pushed change that need stored records: parent, lock, code uniqueness.
/// They read through the batch's RecordStore, so records written earlier in the same
/// batch count.
class RecordChecks {
  public:
    RecordChecks(storage::Database& db, records::RecordStore& store, std::string projectId)
        : db_(db), store_(store), projectId_(std::move(projectId)) {}

    /// The parent named by the record must exist, be live and be in this project.
    std::optional<errors::ApiError> checkParent(const records::EntitySpec& entity,
                                                const nlohmann::json& recordFields);

    /// Refuses changes to a record whose household is approved or later, before and after
    /// the change (a record may not be moved into or out of a locked household).
    std::optional<errors::ApiError> checkLock(const records::EntitySpec& entity,
                                              const survey::sync::Change& change,
                                              const std::optional<records::StoredRecord>& stored);

    /// A live household's code must be unique in its project (the schema enforces it too;
    /// checking first turns a failed batch into one rejected change).
    std::optional<errors::ApiError> checkHouseholdCode(const std::string& householdId,
                                                       const nlohmann::json& fields);

  private:
    std::optional<errors::ApiError> lockOf(const std::string& householdId);

    storage::Database& db_;
    records::RecordStore& store_;
    std::string projectId_;
    /// From the connection's statement cache on first use: a batch checks the code of every
    /// household it brings.
    std::optional<storage::Statement> codeQuery_;
};

} // namespace survey::server::sync
