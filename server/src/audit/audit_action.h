// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/records/entity_catalog.h"
#include "survey/sync/protocol.h"

#include <string>
#include <string_view>

namespace survey::server::audit {

/// Every state change the audit log records, besides pushes (which are named per entity).
enum class AuditAction {
    LoginSuccess,
    LoginFailure,
    ProjectAdd,
    UserAdd,
    UserPasswordReset,
    TokensRevoke,
    DemoGenerate,
    ReviewApprove,
    ReviewReturn,
    ConflictResolve,
    BuildingAreaDerive, ///< the server rewrote a building's measured area from its parts
    RecognitionDecide,
    LedgerExport,
    UserUpdate,
    ProjectUpdate,
    TeamCreate,
    TeamMemberSet,
    TeamRename,
    TeamDelete,
};

/// Dotted action name as stored, e.g. "auth.login.failure".
std::string_view actionName(AuditAction action);

/// Dotted action name of a pushed change of a catalogue entity, e.g. "household.push.upsert".
std::string_view pushActionName(const records::EntitySpec& entity, survey::sync::Op op);

} // namespace survey::server::audit
