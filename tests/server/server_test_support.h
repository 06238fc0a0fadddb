// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"
#include "survey/sync/protocol.h"
#include "sync/push_service.h"

#include <QTemporaryDir>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

/// A temp-dir server database with two projects and a surveyor assigned to the first,
/// for tests that drive the server's services directly (no HTTP).
class ServerTestWorld {
  public:
    ServerTestWorld();

    survey::storage::Database& db() { return *db_; }
    const std::string& projectId() const { return projectId_; }
    const std::string& otherProjectId() const { return otherProjectId_; }
    const std::string& surveyorId() const { return surveyorId_; }

    /// Pushes `changes` into the first project as the surveyor (or `role`).
    survey::sync::PushResponse
    push(std::vector<survey::sync::Change> changes,
         survey::server::auth::Role role = survey::server::auth::Role::Surveyor,
         const std::string& projectId = {});
    /// Row count of a table.
    std::int64_t count(const std::string& table);
    /// Row counts of every table a push writes, to prove a rejection wrote nothing.
    std::vector<std::int64_t> writeCounts();
    /// PRAGMA integrity_check says ok.
    bool integrityOk();

  private:
    QTemporaryDir dir_;
    std::unique_ptr<survey::storage::Database> db_;
    std::string projectId_, otherProjectId_, surveyorId_;
};

/// A change for tests: upsert (or delete) with the given base_rev and fields.
survey::sync::Change makeChange(const std::string& changeId, const std::string& entity,
                                const std::string& id, std::int64_t baseRev, nlohmann::json fields,
                                survey::sync::Op op = survey::sync::Op::Upsert);

/// A push body (JSON) of a new household and a photo of it that names blob `sha256`: what
/// a tablet sends before it may upload the photo's bytes.
std::string photoRecordPushBody(const std::string& deviceId, const std::string& householdId,
                                const std::string& sha256);
