// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::http {

/// A cpp-httplib handler that calls `handler(context, req, res)`: routes are written as
/// free functions of the server context and registered with this.
template <typename Handler> auto withContext(ServerContext& context, Handler handler) {
    return [&context, handler](const httplib::Request& req, httplib::Response& res) {
        handler(context, req, res);
    };
}

} // namespace survey::server::http
