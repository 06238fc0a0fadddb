// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace survey::server::http {

/// Ends every wait for a kept-alive connection's next request, now and from now on, so that
/// idle connections close at once when the server stops (see keep_alive_wait.cpp).
void wakeIdleConnections();

} // namespace survey::server::http
