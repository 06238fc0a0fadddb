// SPDX-License-Identifier: Apache-2.0
#include "server_test_support.h"

#include "auth/user_repository.h"
#include "common/utc_time.h"
#include "projects/project_repository.h"
#include "survey/storage/migrations.h"

#include <QtTest>
#include <tuple>

using namespace survey;

ServerTestWorld::ServerTestWorld() {
    QVERIFY(dir_.isValid());
    db_ = std::make_unique<storage::Database>(
        storage::Database::open(dir_.filePath("survey.db").toStdString()));
    storage::migrate(*db_, storage::SchemaRole::Server);
    projectId_ = server::projects::addProject(*db_, "P1", "测试项目一", "2024-03-15", "test");
    otherProjectId_ = server::projects::addProject(*db_, "P2", "测试项目二", std::nullopt, "test");
    surveyorId_ = server::auth::addUser(
        *db_, {"surveyor", "调查员", "password-1", server::auth::Role::Surveyor, {"P1"}}, "test");
}

survey::sync::PushResponse ServerTestWorld::push(std::vector<survey::sync::Change> changes,
                                                 server::auth::Role role,
                                                 const std::string& projectId) {
    server::sync::PushContext context{projectId.empty() ? projectId_ : projectId, surveyorId_, role,
                                      server::nowIsoUtc()};
    return server::sync::PushService(*db_).push(context, {"tablet-1", std::move(changes)});
}

std::int64_t ServerTestWorld::count(const std::string& table) {
    auto q = db_->prepare("SELECT count(*) FROM " + table);
    q.step();
    return q.getInt(0);
}

std::vector<std::int64_t> ServerTestWorld::writeCounts() {
    std::vector<std::int64_t> out;
    for (const char* table : {"households", "members", "buildings", "parts", "items", "change_log",
                              "conflicts", "audit_log"})
        out.push_back(count(table));
    return out;
}

bool ServerTestWorld::integrityOk() {
    auto q = db_->prepare("PRAGMA integrity_check");
    return q.step() && q.getText(0) == "ok";
}

survey::sync::Change makeChange(const std::string& changeId, const std::string& entity,
                                const std::string& id, std::int64_t baseRev, nlohmann::json fields,
                                survey::sync::Op op) {
    return {changeId, entity, id, op, baseRev, std::move(fields)};
}

std::string photoRecordPushBody(const std::string& deviceId, const std::string& householdId,
                                const std::string& sha256) {
    const nlohmann::json household = {
        {"code", "PH-" + householdId}, {"head_name", "户主"}, {"address", "示范路 1 号"}};
    const nlohmann::json photo = {
        {"household_id", householdId}, {"sha256", sha256}, {"category", "外观"}};
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& [entity, id, fields] : {std::tuple{"household", householdId, household},
                                             std::tuple{"photo", "ph-" + householdId, photo}})
        changes.push_back({{"change_id", "c-" + id},
                           {"entity", entity},
                           {"id", id},
                           {"op", "upsert"},
                           {"base_rev", 0},
                           {"fields", fields}});
    return nlohmann::json{{"device_id", deviceId}, {"changes", std::move(changes)}}.dump();
}
