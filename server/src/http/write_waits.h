// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <openssl/ssl.h>

namespace survey::server::http {

/// Lets the established connections of `ctx` (a cpp-httplib SSLServer's, which reads ahead:
/// read_ahead.h) write their answers without polling the socket before each write.
void writeWithoutPolling(SSL_CTX& ctx);

} // namespace survey::server::http
