// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <openssl/ssl.h>

namespace survey::server::http {

/// Bytes OpenSSL may read from a connection's socket at once: several 16 KB TLS records.
inline constexpr long kReadAheadBytes = 128 * 1024;

/// Lets the server's connections read TLS records ahead, several to a recv(), instead of
/// two recv() calls per record (see read_ahead.cpp for what that takes with cpp-httplib).
void readAhead(SSL_CTX& ctx);

/// True when OpenSSL holds bytes of `sock`'s connection, served on this thread, that
/// SSL_read can return or start decrypting without the socket: the socket alone cannot tell
/// whether such a connection has something to read.
bool hasBufferedRecords(int sock);

/// The connection served on this thread, when `sock` is its socket and its TLS handshake is
/// done; null otherwise. cpp-httplib 0.11 then has the socket blocking, with its read and
/// write timeouts as the socket's own (SO_RCVTIMEO, SO_SNDTIMEO).
SSL* establishedConnection(int sock);

/// Notes that a poll just found `sock`, the served connection's socket, readable: until the
/// next read from it, waiting for it to become readable needs no other poll.
void noteSocketReadable(int sock);
/// True while such a note holds for `sock`.
bool isKnownReadable(int sock);

/// True when `sock` is the established connection served on this thread, its socket is
/// watched, and its last socket write did not end at the write timeout.
bool lastWriteWentThrough(int sock);

} // namespace survey::server::http
