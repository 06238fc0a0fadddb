// SPDX-License-Identifier: Apache-2.0
#include "http/prompt_acks.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace survey::server::http {

namespace {
void onRecord(int written, int, int contentType, const void*, size_t, SSL* ssl, void*) {
    if (written || contentType != SSL3_RT_HEADER)
        return;
    const int on = 1;
    ::setsockopt(SSL_get_fd(ssl), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}
} // namespace

void acknowledgePromptly(SSL_CTX& ctx) {
    SSL_CTX_set_msg_callback(&ctx, onRecord);
}

} // namespace survey::server::http
