// SPDX-License-Identifier: Apache-2.0
// Reading TLS records ahead.
//
// Without read-ahead OpenSSL takes each record with two recv() calls, its 5-byte header and
// then its body, and cpp-httplib 0.11 polls the socket before each SSL_read that finds no
// decrypted byte pending: three system calls per 16 KB record, 170,000 for 200 photos of
// 3 MB (bench/README.md), on the thread that also decrypts them. With read-ahead one recv()
// fills a buffer of several records. But cpp-httplib would still poll the socket when the
// decrypted bytes run out, while whole records wait in that buffer: the last records of a
// body, which the client has sent, would wait there until the read timeout. So the
// library's poll, select_read (internal to it, exported from its shared object and called
// through its PLT, as keep_alive is in keep_alive_wait.cpp), is replaced below: it answers
// "readable" at once when the connection served on this thread has bytes buffered in
// OpenSSL, and polls as the library does otherwise. The wait for a kept-alive connection's
// next request asks the same (keep_alive_wait.cpp): a request can be read ahead with the one
// before it, or with the handshake, since a TLS 1.3 client sends it right after its last
// handshake message. Buffered bytes count only once the handshake is done and while the last
// socket read did not time out (hasBufferedRecords says why). Nor does the first read of a
// request poll again when the kept-alive wait's poll has just found the socket readable and
// nothing has read from it since (noteSocketReadable). server.read_ahead holds all of this.
#include "http/read_ahead.h"

#include "http/socket_poll.h"

#include <ctime>
#include <poll.h>
#include <sys/types.h>

namespace survey::server::http {

namespace {
/// The read-ahead connection this thread serves. cpp-httplib 0.11 makes a connection's SSL,
/// serves it and frees it on one worker thread (SSLServer::process_and_close_socket), so a
/// thread-local needs no lock and never outlives its SSL.
struct ServedConnection {
    SSL* ssl = nullptr;
    bool readTimedOut = false;  ///< its last socket read ended at the read timeout
    bool writeTimedOut = false; ///< its last socket write ended at the write timeout
    /// A poll found the socket readable and nothing has read from it since.
    bool socketReadable = false;
};
thread_local ServedConnection served;

/// Notes whether the served connection's last socket read (write) moved bytes or ended at
/// the read (write) timeout: SO_RCVTIMEO (SO_SNDTIMEO), where the blocking call gives up
/// with EAGAIN.
long watchSocket(BIO* bio, int oper, const char*, std::size_t, int, long, int ret, std::size_t*) {
    if (oper == (BIO_CB_READ | BIO_CB_RETURN)) {
        served.readTimedOut = ret <= 0 && BIO_should_retry(bio);
        served.socketReadable = false;
    } else if (oper == (BIO_CB_WRITE | BIO_CB_RETURN)) {
        served.writeTimedOut = ret <= 0 && BIO_should_retry(bio);
    }
    return ret;
}

/// The served connection on `sock` once its handshake is done and its socket watched.
SSL* watchedConnection(int sock) {
    SSL* ssl = establishedConnection(sock);
    return ssl && BIO_get_callback_ex(SSL_get_rbio(ssl)) == watchSocket ? ssl : nullptr;
}

/// Marks the contexts whose connections read ahead (the value is non-null).
int contextIndex() {
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

void onNew(void* parent, void*, CRYPTO_EX_DATA*, int, long, void*) {
    auto* ssl = static_cast<SSL*>(parent);
    if (SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), contextIndex()))
        served = {ssl, false};
}

void onFree(void* parent, void*, CRYPTO_EX_DATA*, int, long, void*) {
    if (served.ssl == parent)
        served = {};
}

/// Registers onNew and onFree for every SSL of the process; they act on marked contexts only.
void watchConnections() {
    static const int index = SSL_get_ex_new_index(0, nullptr, onNew, nullptr, onFree);
    (void)index;
}
} // namespace

void readAhead(SSL_CTX& ctx) {
    watchConnections();
    SSL_CTX_set_ex_data(&ctx, contextIndex(), &ctx);
    SSL_CTX_set_read_ahead(&ctx, 1);
    SSL_CTX_set_default_read_buffer_len(&ctx, kReadAheadBytes);
}

SSL* establishedConnection(int sock) {
    SSL* ssl = served.ssl;
    return ssl && SSL_get_fd(ssl) == sock && SSL_is_init_finished(ssl) ? ssl : nullptr;
}

bool hasBufferedRecords(int sock) {
    // During the handshake the socket is non-blocking and OpenSSL asks for more bytes only
    // when what it holds is not a whole record: answering "readable" then would spin the
    // handshake loop for as long as a client leaves its hello half-sent.
    SSL* ssl = establishedConnection(sock);
    if (!ssl)
        return false;
    // cpp-httplib gives the SSL its socket after SSL_new, one BIO for reads and writes.
    BIO* socket = SSL_get_rbio(ssl);
    if (BIO_get_callback_ex(socket) != watchSocket)
        BIO_set_callback_ex(socket, watchSocket);
    // After a read that timed out, OpenSSL holds part of a record whose rest has not come:
    // the socket is waited on again, so that the read timeout still ends a stalled request
    // (cpp-httplib gives up when that wait times out, and would retry the read otherwise).
    return !served.readTimedOut && SSL_has_pending(ssl);
}

void noteSocketReadable(int sock) {
    // Only once the socket is watched (hasBufferedRecords installs the watch), so that the
    // next read clears the note.
    if (watchedConnection(sock))
        served.socketReadable = true;
}

bool isKnownReadable(int sock) {
    return served.socketReadable && establishedConnection(sock);
}

bool lastWriteWentThrough(int sock) {
    return watchedConnection(sock) && !served.writeTimedOut;
}

} // namespace survey::server::http

namespace httplib::detail {

/// Positive when `sock` can be read without waiting, within `sec` seconds and `usec`
/// microseconds; 0 on timeout, negative on error (as cpp-httplib's own). A zero timeout
/// probes the socket itself (is there a close from the peer to read?), which neither records
/// in OpenSSL's buffer nor an earlier poll may answer.
ssize_t select_read(int sock, std::time_t sec, std::time_t usec) {
    using namespace survey::server::http;
    if ((sec > 0 || usec > 0) && (hasBufferedRecords(sock) || isKnownReadable(sock)))
        return 1;
    return pollSocket(sock, POLLIN, timeoutMilliseconds(sec, usec));
}

} // namespace httplib::detail
