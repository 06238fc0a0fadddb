// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_generator.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "auth/user_repository.h"
#include "common/random_ids.h"
#include "common/utc_time.h"
#include "demo/demo_survey.h"
#include "projects/project_repository.h"
#include "sync/push_service.h"
#include "teams/team_repository.h"

#include <map>
#include <stdexcept>

namespace survey::server::demo {

namespace {
constexpr std::string_view kActor = "demo";
constexpr std::string_view kDemoDevice = "demo-generator";

struct DemoAccount {
    std::string_view username, name;
    auth::Role role;
};
constexpr DemoAccount kAccounts[] = {{"surveyor1", "调查员一", auth::Role::Surveyor},
                                     {"reviewer1", "审核员一", auth::Role::Reviewer},
                                     {"department1", "认定部门一", auth::Role::Department},
                                     {"admin1", "管理员一", auth::Role::Admin}};

// 12 characters without look-alikes (0/O, 1/l/I), read aloud over a phone without doubt.
std::string freshPassword() {
    constexpr std::string_view kAlphabet =
        "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    // Bytes above the largest multiple of the alphabet's size are skipped, so that every
    // character is equally likely.
    constexpr unsigned kUsable = 256 / kAlphabet.size() * kAlphabet.size();
    std::string out;
    while (out.size() < 12)
        for (unsigned char byte : secureRandomBytes(16))
            if (byte < kUsable && out.size() < 12)
                out += kAlphabet[byte % kAlphabet.size()];
    return out;
}

std::string ensureProject(storage::Database& db) {
    if (auto p = projects::ProjectRepository(db).findByCode(std::string(kDemoProjectCode)))
        return p->id;
    // The scope was frozen the day the survey notice was posted (Art. 16).
    return projects::addProject(db, std::string(kDemoProjectCode), std::string(kDemoProjectName),
                                "2024-03-15", std::string(kActor));
}

/// The account's id after giving it `password`, creating it when missing.
std::string ensureAccount(storage::Database& db, const DemoAccount& account,
                          const std::string& password) {
    auth::UserRepository users(db);
    if (auto existing = users.findByUsername(std::string(account.username))) {
        auth::resetPassword(db, existing->id, password, std::string(kActor));
        if (!auth::seesAllProjects(account.role))
            if (auto p = projects::ProjectRepository(db).findByCode(std::string(kDemoProjectCode)))
                users.assignProject(existing->id, p->id);
        return existing->id;
    }
    auth::NewUser request{
        std::string(account.username), std::string(account.name), password, account.role, {}};
    // Everybody but the admin works only in the projects they are assigned to.
    if (!auth::seesAllProjects(account.role))
        request.projectCodes.push_back(std::string(kDemoProjectCode));
    return auth::addUser(db, request, std::string(kActor));
}

/// The demo's survey team (调查组) with surveyor1 in it, so that progress counts per team.
void ensureTeam(storage::Database& db, const std::string& projectId,
                const std::string& surveyorId) {
    teams::TeamRepository teams(db);
    if (!teams.listForProject(projectId)["teams"].empty())
        return;
    auto team = teams.create(projectId, "第一调查组", std::string(kActor), std::string(kDemoDevice),
                             nowIsoUtc());
    const auto* created = std::get_if<nlohmann::json>(&team);
    if (!created)
        throw std::logic_error("demo team: " + std::get<errors::ApiError>(team).message);
    if (auto e = teams.setMember(projectId, surveyorId, (*created)["id"].get<std::string>(),
                                 std::string(kActor), std::string(kDemoDevice), nowIsoUtc()))
        throw std::logic_error("demo team member: " + e->message);
}

bool hasHouseholds(storage::Database& db, const std::string& projectId) {
    auto q = db.prepare("SELECT 1 FROM households WHERE project_id = ? LIMIT 1");
    q.bind(1, projectId);
    return q.step();
}

int pushOrThrow(storage::Database& db, const sync::PushContext& context,
                std::vector<survey::sync::Change> changes,
                std::map<std::string, std::int64_t>& revs) {
    survey::sync::PushRequest request{std::string(kDemoDevice), std::move(changes)};
    auto response = sync::PushService(db).push(context, request);
    for (std::size_t i = 0; i < response.results.size(); ++i) {
        const auto& r = response.results[i];
        if (r.status != survey::sync::ChangeStatus::Applied)
            throw std::logic_error("demo change " + request.changes[i].entity + " was " +
                                   std::string(survey::sync::statusName(r.status)) + ": " +
                                   (r.error ? r.error->message : std::string()));
        revs[request.changes[i].id] = r.rev;
    }
    return static_cast<int>(response.results.size());
}
} // namespace

DemoReport generateDemo(storage::Database& db, std::uint32_t seed) {
    DemoReport report;
    report.projectId = ensureProject(db);
    std::map<std::string_view, std::string> userIds;
    for (const auto& account : kAccounts) {
        DemoLogin login{std::string(account.username), freshPassword()};
        userIds[account.username] = ensureAccount(db, account, login.password);
        report.logins.push_back(std::move(login));
    }
    ensureTeam(db, report.projectId, userIds["surveyor1"]);
    if (hasHouseholds(db, report.projectId))
        return report;

    DemoSurvey survey = makeDemoSurvey(seed, kDemoHouseholds);
    std::map<std::string, std::int64_t> revs;
    report.changesApplied +=
        pushOrThrow(db, {report.projectId, userIds["surveyor1"], auth::Role::Surveyor, nowIsoUtc()},
                    std::move(survey.surveyChanges), revs);
    // The review edits each household from the revision its surveyor's push produced.
    for (auto& change : survey.reviewChanges)
        change.baseRev = revs.at(change.id);
    report.changesApplied +=
        pushOrThrow(db, {report.projectId, userIds["reviewer1"], auth::Role::Reviewer, nowIsoUtc()},
                    std::move(survey.reviewChanges), revs);
    report.householdsCreated = survey.households;
    audit::appendAudit(
        db,
        {std::string(kActor),
         std::string(kDemoDevice),
         std::string(audit::actionName(audit::AuditAction::DemoGenerate)),
         report.projectId,
         {{"households", report.householdsCreated}, {"changes", report.changesApplied}}},
        nowIsoUtc());
    return report;
}

} // namespace survey::server::demo
