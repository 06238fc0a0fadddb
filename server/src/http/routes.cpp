// SPDX-License-Identifier: Apache-2.0
#include "http/routes.h"

#include "audit/audit_route.h"
#include "auth/accounts_route.h"
#include "auth/login_route.h"
#include "auth/revoke_route.h"
#include "blobs/blob_routes.h"
#include "console/session_route.h"
#include "console/static_route.h"
#include "http/health_route.h"
#include "ledger/ledger_route.h"
#include "notices/deadlines_route.h"
#include "notices/notices_route.h"
#include "notices/preview_route.h"
#include "notices/verify_route.h"
#include "photos/thumbnail_route.h"
#include "progress/progress_route.h"
#include "projects/project_admin_route.h"
#include "projects/projects_route.h"
#include "recognition/recognition_route.h"
#include "review/conflicts_route.h"
#include "review/queue_route.h"
#include "review/review_route.h"
#include "sync/changes_route.h"
#include "sync/push_route.h"
#include "teams/teams_route.h"

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
    // Before the blob routes, whose pattern would also take …/{sha256}/thumb.
    photos::registerThumbnailRoute(server, context);
    blobs::registerBlobRoutes(server, context);
    notices::registerNoticeRoutes(server, context);
    notices::registerVerifyRoute(server, context);
    notices::registerDeadlineRoutes(server, context);
    review::registerQueueRoutes(server, context);
    progress::registerProgressRoute(server, context);
    recognition::registerRecognitionRoutes(server, context);
    ledger::registerLedgerRoutes(server, context);
    notices::registerPreviewRoute(server, context);
    auth::registerAccountRoutes(server, context);
    audit::registerAuditRoute(server, context);
    projects::registerProjectAdminRoutes(server, context);
    teams::registerTeamRoutes(server, context);
    console::registerStaticRoutes(server, context);
    console::registerSessionRoutes(server, context);
}

} // namespace survey::server::http
