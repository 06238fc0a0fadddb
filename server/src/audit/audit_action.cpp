// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_action.h"

#include <map>
#include <utility>

namespace survey::server::audit {

std::string_view actionName(AuditAction action) {
    switch (action) {
    case AuditAction::LoginSuccess:
        return "auth.login.success";
    case AuditAction::LoginFailure:
        return "auth.login.failure";
    case AuditAction::ProjectAdd:
        return "project.add";
    case AuditAction::UserAdd:
        return "user.add";
    case AuditAction::UserPasswordReset:
        return "user.password.reset";
    case AuditAction::TokensRevoke:
        return "auth.tokens.revoke";
    case AuditAction::DemoGenerate:
        return "demo.generate";
    case AuditAction::ReviewApprove:
        return "household.review.approve";
    case AuditAction::ReviewReturn:
        return "household.review.return";
    case AuditAction::ConflictResolve:
        return "conflict.resolve";
    case AuditAction::BuildingAreaDerive:
        return "building.measured_area.derive";
    case AuditAction::RecognitionDecide:
        return "building.recognition.decide";
    case AuditAction::LedgerExport:
        return "project.ledger.export";
    case AuditAction::UserUpdate:
        return "user.update";
    case AuditAction::ProjectUpdate:
        return "project.update";
    case AuditAction::TeamCreate:
        return "team.create";
    case AuditAction::TeamMemberSet:
        return "team.member.set";
    case AuditAction::TeamRename:
        return "team.rename";
    case AuditAction::TeamDelete:
        return "team.delete";
    }
    return "unknown";
}

std::string_view pushActionName(const records::EntitySpec& entity, survey::sync::Op op) {
    // Spelled once per catalogue entity and op: a push names one per change.
    static const auto names = [] {
        std::map<std::pair<std::string_view, survey::sync::Op>, std::string> all;
        for (const auto& e : records::allEntities())
            for (const auto o : {survey::sync::Op::Upsert, survey::sync::Op::Delete})
                all[{e.name, o}] =
                    std::string(e.name) + ".push." + std::string(survey::sync::opName(o));
        return all;
    }();
    return names.at({entity.name, op});
}

} // namespace survey::server::audit
