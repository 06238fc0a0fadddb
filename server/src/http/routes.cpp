// SPDX-License-Identifier: Apache-2.0
#include "http/routes.h"

#include "auth/login_route.h"
#include "auth/revoke_route.h"
#include "blobs/blob_routes.h"
#include "http/health_route.h"
#include "notices/deadlines_route.h"
#include "notices/notices_route.h"
#include "notices/verify_route.h"
#include "projects/projects_route.h"
#include "review/conflicts_route.h"
#include "review/review_route.h"
#include "sync/changes_route.h"
#include "sync/push_route.h"

namespace survey::server::http {

void registerRoutes(httplib::Server& server, ServerContext& context) {
    registerHealthRoute(server, context);
    auth::registerLoginRoute(server, context);
    auth::registerRevokeRoute(server, context);
    projects::registerProjectRoutes(server, context);
    sync::registerPushRoute(server, context);
    sync::registerChangesRoute(server, context);
    review::registerReviewRoutes(server, context);
    review::registerConflictRoutes(server, context);
    blobs::registerBlobRoutes(server, context);
    notices::registerNoticeRoutes(server, context);
    notices::registerVerifyRoute(server, context);
    notices::registerDeadlineRoutes(server, context);
}

} // namespace survey::server::http
