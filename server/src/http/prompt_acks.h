// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <openssl/ssl.h>

namespace survey::server::http {

/// Makes the server acknowledge a request's bytes as they arrive. Qt's HTTP client (the
/// tablet's) leaves Nagle on, so the last piece of a body waits until all before it is
/// acknowledged, and Linux delays an acknowledgement up to 40 ms while the receiver has
/// nothing to send: every push and photo waited that long. Quick-ack mode is not sticky,
/// so it is re-armed for each TLS record received, from OpenSSL's message callback.
void acknowledgePromptly(SSL_CTX& ctx);

} // namespace survey::server::http
