// SPDX-License-Identifier: Apache-2.0
#include "http/routes.h"

#include "auth/login_route.h"
#include "http/health_route.h"
#include "projects/projects_route.h"
#include "sync/changes_route.h"
#include "sync/push_route.h"

namespace survey::server::http {

void registerRoutes(httplib::Server& server, ServerContext& context) {
    registerHealthRoute(server, context);
    auth::registerLoginRoute(server, context);
    projects::registerProjectRoutes(server, context);
    sync::registerPushRoute(server, context);
    sync::registerChangesRoute(server, context);
}

} // namespace survey::server::http
