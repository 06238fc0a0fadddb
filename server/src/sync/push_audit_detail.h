// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/sync/protocol.h"

#include <string>
#include <string_view>

namespace survey::server::sync {

/// The detail of a pushed change's audit row, as canonical JSON:
/// {"change_id", "conflicts" (field names, when any), "project_id", "rev", "status"}.
/// Written out directly, because a push writes one per change; the bytes are those of
/// records::canonicalJson of that object.
std::string pushAuditDetail(std::string_view projectId, const survey::sync::ChangeResult& result);

} // namespace survey::server::sync
