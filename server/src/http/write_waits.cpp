// SPDX-License-Identifier: Apache-2.0
// Writing an answer without polling first.
//
// cpp-httplib 0.11 polls the socket twice before each write of an answer: select_write, to
// wait at most the write timeout for room in the send buffer, and is_socket_alive, to see
// whether the client has closed. An answer is two writes (its headers, then its body), so a
// pull cost four polls beside its one read and two writes, and each system call is dear on
// a virtual machine (bench/README.md). Once a connection's handshake is done its socket is
// blocking and carries the write timeout itself (SO_SNDTIMEO, set by cpp-httplib at
// accept): a write that finds no room waits that long at most and then fails, as the poll
// would have, so the poll adds nothing. After such a failure the library retries up to
// 1,000 times, each after asking whether the socket is writable: that question is polled,
// so that its timeout ends the answer as before instead of 1,000 more waits. A client that
// has closed makes the write fail, and the answer ends as it would have.
//
// Both functions are internal to the library, exported from its shared object and called
// through its PLT, as keep_alive is (keep_alive_wait.cpp): the definitions below are the
// ones it calls. During the handshake, when the socket is non-blocking, and for the
// contexts not marked here, they poll as the library does. server.write_waits holds that a
// pull polls only for its next request, and that answers nobody reads are still cut at the
// write timeout.
#include "http/write_waits.h"

#include "http/read_ahead.h"
#include "http/socket_poll.h"

#include <cerrno>
#include <ctime>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>

namespace survey::server::http {

namespace {
/// Marks the contexts whose established connections write without polling.
int contextIndex() {
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

/// True when `sock` is an established connection of a marked context, served on this thread,
/// whose last write did not time out. After one that did, cpp-httplib asks whether the socket
/// is writable before each of up to 1,000 retries: only a poll that waits, and times out,
/// ends them within the write timeout.
bool writesWithoutPolling(int sock) {
    const SSL* ssl = establishedConnection(sock);
    return ssl && SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), contextIndex()) != nullptr &&
           lastWriteWentThrough(sock);
}
} // namespace

void writeWithoutPolling(SSL_CTX& ctx) {
    SSL_CTX_set_ex_data(&ctx, contextIndex(), &ctx);
}

} // namespace survey::server::http

namespace httplib::detail {

/// Positive when `sock` can be written without waiting, within `sec` seconds and `usec`
/// microseconds; 0 on timeout, negative on error (as cpp-httplib's own).
ssize_t select_write(int sock, std::time_t sec, std::time_t usec) {
    if (survey::server::http::writesWithoutPolling(sock))
        return 1;
    using namespace survey::server::http;
    return pollSocket(sock, POLLOUT, timeoutMilliseconds(sec, usec));
}

/// False when the peer of `sock` has closed the connection or the socket is gone.
bool is_socket_alive(int sock) {
    if (survey::server::http::writesWithoutPolling(sock))
        return true;
    const int ready = survey::server::http::pollSocket(sock, POLLIN, 0);
    if (ready == 0)
        return true;
    if (ready < 0 && errno == EBADF)
        return false;
    char peeked;
    return ::recv(sock, &peeked, 1, MSG_PEEK) > 0;
}

} // namespace httplib::detail
