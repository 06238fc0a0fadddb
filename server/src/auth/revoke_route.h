// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::auth {

/// POST /api/v1/auth/revoke {device_id, user_id?} → {revoked}: revokes the tokens on a
/// device. An admin revokes anyone's (every user's when user_id is absent); anyone else
/// only their own (403 for another user_id).
void registerRevokeRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::auth
